import { describe, expect, it } from 'vitest';
import { FileParser } from '../../../../api/src/seed/parse.js';
import { validateSeed } from '../../../../api/src/seed/validate.js';

const SOURCE = 'Article 1. ENISA shall cooperate with NATO on exercises.\n';
const DOCUMENTS = {
  nodes: [
    { id: 'doc', label: 'Document', name: 'Doc', kind: 'strategy', date: '2021', sourceFile: 'doc.txt' },
    { id: 'doc-1', label: 'Provision', document: 'doc', locator: '1', text: 'ENISA shall cooperate with NATO' },
  ],
};
const cite = (quote: string, locator = '1') => [{ document: 'doc', locator, quote, modality: 'FACT' }];

function check(files: Record<string, unknown>) {
  const parsed = Object.entries({ 'documents.yaml': DOCUMENTS, ...files }).map(([file, value]) => {
    const parser = new FileParser(file);
    return { file, graph: parser.parse(value), problems: parser.problems };
  });
  const result = validateSeed({ files: parsed, sources: { 'doc.txt': SOURCE } });
  return [...parsed.flatMap((p) => p.problems), ...result.problems];
}

describe('seed validation', () => {
  const enisa = {
    id: 'enisa',
    label: 'Actor',
    name: 'ENISA',
    kind: 'eu-agency',
    citations: cite('ENISA shall cooperate'),
  };
  const nato = {
    id: 'nato',
    label: 'Actor',
    name: 'NATO',
    kind: 'international-organisation',
    citations: cite('with NATO'),
  };

  it('should accept a consistent seed', () => {
    const rel = {
      from: 'enisa',
      type: 'COOPERATES_WITH',
      to: 'nato',
      citations: cite('ENISA shall cooperate with NATO'),
    };
    expect(check({ 'a.yaml': { nodes: [enisa, nato], relationships: [rel] } })).toEqual([]);
  });

  it('should report a relationship to a missing node with file and path', () => {
    const rel = { from: 'enisa', type: 'COOPERATES_WITH', to: 'osce', citations: cite('ENISA shall cooperate') };
    expect(check({ 'a.yaml': { nodes: [enisa], relationships: [rel] } })).toEqual([
      { file: 'a.yaml', path: 'enisa-[COOPERATES_WITH]->osce', reason: 'endpoint "osce" does not exist' },
    ]);
  });

  it('should report a quote that is in the source but not in the provision its locator names', () => {
    const elsewhere = { ...enisa, citations: cite('NATO on exercises') };
    const problems = check({ 'a.yaml': { nodes: [elsewhere] } });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toMatch(/^quote not in the text of provision "1"/);
  });

  it('should report a quote that stops inside a word', () => {
    const cut = { ...enisa, citations: cite('ENISA shall cooperate with NA') };
    expect(check({ 'a.yaml': { nodes: [cut] } })[0]!.reason).toMatch(/^quote starts or stops inside a word/);
  });

  it('should require a level on BELONGS_TO_PILLAR, and only there', () => {
    const pillar = { id: 'pillar-nis', label: 'Pillar', code: 'NIS', name: 'NIS', citations: cite('ENISA shall') };
    const bare = {
      from: 'enisa',
      type: 'BELONGS_TO_PILLAR',
      to: 'pillar-nis',
      basis: 'figure',
      citations: cite('ENISA'),
    };
    const reasons = check({ 'a.yaml': { nodes: [enisa, pillar], relationships: [bare] } }).map((p) => p.reason);
    expect(reasons).toEqual(['required for BELONGS_TO_PILLAR']);
    const stray = { from: 'enisa', type: 'COOPERATES_WITH', to: 'nato', level: 'EU', citations: cite('ENISA') };
    expect(check({ 'a.yaml': { nodes: [enisa, nato], relationships: [stray] } })[0]!.reason).toBe(
      'only BELONGS_TO_PILLAR carries level',
    );
  });

  it('should report a quote that is not in the source text', () => {
    const invented = { ...enisa, citations: cite('ENISA shall lead NATO') };
    const problems = check({ 'a.yaml': { nodes: [invented] } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'a.yaml', path: 'enisa.citations[0].quote' });
    expect(problems[0]!.reason).toMatch(/quote not found verbatim/);
  });

  it('should report an unknown locator, label, kind and a missing citation', () => {
    const problems = check({
      'a.yaml': {
        nodes: [
          { ...enisa, citations: cite('ENISA shall cooperate', '9') },
          { id: 'x', label: 'Planet', name: 'X' },
          { id: 'y', label: 'Actor', name: 'Y', kind: 'alien', citations: cite('NATO') },
          { id: 'z', label: 'Actor', name: 'Z', kind: 'other' },
        ],
      },
    });
    expect(problems.map((p) => p.path)).toEqual([
      'nodes[1].label',
      'nodes[2].kind',
      'nodes[3].citations',
      'enisa.citations[0].locator',
    ]);
  });

  it('should merge the same id across files and flag disagreeing properties', () => {
    const again = { ...enisa, kind: 'eu-body', citations: cite('cooperate with NATO') };
    const problems = check({ 'a.yaml': { nodes: [enisa] }, 'b.yaml': { nodes: [again] } });
    expect(problems).toEqual([{ file: 'b.yaml', path: 'nodes[0].kind', reason: '"enisa".kind disagrees with a.yaml' }]);
  });

  it('should reject ids that are not kebab-case slugs', () => {
    const problems = check({ 'a.yaml': { nodes: [{ ...enisa, id: 'ENISA Agency' }] } });
    expect(problems[0]!.path).toBe('nodes[0].id');
  });

  describe('conditions of eligibility rules (issue 16: condition texts are quotes too)', () => {
    const SOURCE_TWO =
      'Article 1. ENISA shall cooperate with NATO on exercises.\nArticle 2. Only with the endorsement of the Board.\n';
    const provisions = {
      nodes: [
        ...DOCUMENTS.nodes,
        {
          id: 'doc-2',
          label: 'Provision',
          document: 'doc',
          locator: '2',
          text: 'Only with the endorsement of the Board.',
        },
      ],
    };
    const rule = (conditions: unknown[], extra: Record<string, unknown> = {}) => ({
      id: 'rule-x',
      label: 'EligibilityRule',
      objective: 'ALL',
      approaches: ['OUTREACH'],
      effect: 'GRANT',
      activity: 'cooperate',
      conditions,
      citations: cite('ENISA shall cooperate with NATO'),
      ...extra,
    });
    const checkRule = (node: unknown) => {
      const parsed = Object.entries({ 'documents.yaml': provisions, 'r.yaml': { nodes: [node] } }).map(
        ([file, value]) => {
          const parser = new FileParser(file);
          return { file, graph: parser.parse(value), problems: parser.problems };
        },
      );
      const result = validateSeed({ files: parsed, sources: { 'doc.txt': SOURCE_TWO } });
      return [...parsed.flatMap((p) => p.problems), ...result.problems];
    };

    it("should accept a verbatim condition at the rule's provision or at the provision it names", () => {
      expect(
        checkRule(
          rule([
            { kind: 'WHEN_RELEVANT', text: 'cooperate with NATO' },
            { kind: 'MB_ENDORSEMENT', text: 'with the endorsement of the Board', locator: '2' },
          ]),
        ),
      ).toEqual([]);
    });

    it('should report a condition text not found verbatim, with its path', () => {
      const problems = checkRule(rule([{ kind: 'WHEN_RELEVANT', text: 'cooperate closely with NATO' }]));
      expect(problems).toEqual([
        expect.objectContaining({
          path: 'rule-x.conditions[0].text',
          reason: expect.stringMatching(/not found verbatim/),
        }),
      ]);
    });

    it('should report a condition found in the document but not at its provision, and an unknown locator', () => {
      const elsewhere = checkRule(rule([{ kind: 'MB_ENDORSEMENT', text: 'with the endorsement of the Board' }]));
      expect(elsewhere).toEqual([
        expect.objectContaining({
          path: 'rule-x.conditions[0].text',
          reason: expect.stringMatching(/not in provision "1"/),
        }),
      ]);
      const unknown = checkRule(rule([{ kind: 'MB_ENDORSEMENT', text: 'with the endorsement', locator: '9' }]));
      expect(unknown).toEqual([expect.objectContaining({ path: 'rule-x.conditions[0].locator' })]);
    });

    it('should require the reading when a rule says its sentence names no approach', () => {
      expect(checkRule(rule([], { approachStated: false }))).toEqual([
        expect.objectContaining({ path: 'rule-x.approachReading' }),
      ]);
      expect(checkRule(rule([], { approachStated: false, approachReading: 'the default approach (2.1)' }))).toEqual([]);
    });

    it('should refuse a membership date that is not a date as a page gives it', () => {
      const problems = check({
        'a.yaml': {
          nodes: [enisa, nato],
          relationships: [
            {
              from: 'enisa',
              type: 'MEMBER_OF',
              to: 'nato',
              since: 'June 2021',
              citations: cite('ENISA shall cooperate with NATO'),
            },
          ],
        },
      });
      expect(problems).toEqual([expect.objectContaining({ path: 'relationships[0].since' })]);
    });
  });

  describe('dates (issue 17)', () => {
    const action = (props: Record<string, unknown>) => ({
      id: 'act',
      label: 'Action',
      name: 'Cooperate',
      text: 'ENISA shall cooperate with NATO',
      modality: 'OBLIGATION',
      citations: cite('ENISA shall cooperate with NATO'),
      ...props,
    });
    const reasons = (props: Record<string, unknown>) =>
      check({ 'a.yaml': { nodes: [action(props)] } }).map((p) => `${p.path}: ${p.reason}`);

    it('should require an Action to have a date or to say it has none', () => {
      expect(reasons({})).toEqual([
        'act.date: an Action has an ISO date, or says undated: true when the text gives none (not both)',
      ]);
      expect(reasons({ undated: true })).toEqual([]);
    });

    it('should check the ISO value against its precision, and the date words against the node’s quotes', () => {
      const ok = { date: '2013', datePrecision: 'year', dateRole: 'planned', dateText: 'shall cooperate' };
      expect(reasons(ok)).toEqual([]);
      expect(reasons({ ...ok, datePrecision: 'month' })).toEqual(['act.datePrecision: "2013" has precision year']);
      expect(reasons({ ...ok, date: '200410' })).toHaveLength(1);
      expect(reasons({ ...ok, dateText: 'in 2013' })).toEqual([
        'act.dateText: "in 2013" is not in a quote this node cites',
      ]);
      expect(reasons({ ...ok, undated: true })).toHaveLength(1);
    });

    it('should require recurrence words, and a reference page for a reference date', () => {
      expect(reasons({ undated: true, recurrence: 'yearly' })).toEqual([
        'act.recurrenceText: a recurrence quotes the words that state it (and only then)',
      ]);
      const reference = { date: '2004-03-10', datePrecision: 'day', dateRole: 'adopted', dateSource: 'reference' };
      expect(reasons(reference)).toEqual([
        'act.dateReference: a reference date (and only it) names the reference page it comes from',
      ]);
      expect(reasons({ ...reference, dateReference: 'doc' })).toEqual([
        'act.dateReference: "doc" is not a reference page this node cites',
      ]);
    });
  });

  describe('modality (issue 17)', () => {
    const rel = (citation: Record<string, unknown>, type = 'COOPERATES_WITH') => ({
      from: 'enisa',
      type,
      to: 'nato',
      citations: [{ document: 'doc', locator: '1', quote: 'ENISA shall cooperate with NATO', ...citation }],
    });
    const nodes = [
      { id: 'enisa', label: 'Actor', name: 'ENISA', kind: 'eu-agency', citations: cite('ENISA shall cooperate') },
      { id: 'nato', label: 'Actor', name: 'NATO', kind: 'international-organisation', citations: cite('with NATO') },
    ];
    const reasons = (r: ReturnType<typeof rel>) =>
      check({ 'a.yaml': { nodes, relationships: [r] } }).map((p) => `${p.path}: ${p.reason}`);

    it('should require a modality on a relationship a strategy states, from the vocabulary', () => {
      expect(reasons(rel({ modality: 'OBLIGATION', verbPhrase: 'shall cooperate' }))).toEqual([]);
      expect(reasons(rel({}))).toEqual([
        'enisa-[COOPERATES_WITH]->nato.citations[0].modality: a relationship stated by a strategy says how firmly (modality: FACT, COMMITMENT, REQUEST, ...)',
      ]);
      expect(reasons(rel({ modality: 'MAYBE' }))[0]).toMatch(/modality: must be one of FACT, COMMITMENT/);
      expect(reasons(rel({}, 'UNDER_PRIORITY'))).toEqual([]);
    });

    it('should check the verb phrase inside the cited provision, as whole words', () => {
      expect(reasons(rel({ modality: 'OBLIGATION', verbPhrase: 'on exercises' }))).toEqual([
        'enisa-[COOPERATES_WITH]->nato.citations[0].verbPhrase: verb phrase not in provision "1" (whole words): "on exercises"',
      ]);
      expect(reasons(rel({ modality: 'OBLIGATION', verbPhrase: 'hall cooperate' }))).toHaveLength(1);
    });

    it('should require a modality on every Action', () => {
      const action = { id: 'act', label: 'Action', name: 'A', text: 'x', undated: true, citations: cite('ENISA') };
      expect(check({ 'a.yaml': { nodes: [action] } }).map((p) => p.path)).toEqual(['act.modality']);
    });
  });

  it('should require an identity link to say why, and to join nodes named by different documents (issue 17)', () => {
    const link = { from: 'enisa', type: 'SAME_AS', to: 'nato', citations: cite('ENISA shall cooperate with NATO') };
    expect(check({ 'a.yaml': { nodes: [enisa, nato], relationships: [link] } }).map((p) => p.reason)).toEqual([
      'a SAME_AS link says why in a note',
      'SAME_AS joins nodes named by different documents: each end needs a strategy the other lacks',
    ]);
  });
});
