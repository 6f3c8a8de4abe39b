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
const cite = (quote: string, locator = '1') => [{ document: 'doc', locator, quote }];

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
});
