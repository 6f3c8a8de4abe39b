/** The eligibility reasoning on a small synthetic graph: pure, no database, milliseconds. */
import { describe, expect, it } from 'vitest';
import {
  buildQuestion,
  evaluate,
  parseObjective,
  whyNot,
  type EligibilityFacts,
  type RuleFact,
  type TargetFact,
} from '../../../../../api/src/domain/eligibility/index.js';

const cite = (quote: string) => [{ documentId: 'doc', locator: '1', quote, kind: 'QUOTE' as const }];
const rule = (partial: Partial<RuleFact> & Pick<RuleFact, 'id'>): RuleFact => ({
  name: partial.id,
  objective: 'ALL',
  approaches: ['OUTREACH'],
  effect: 'GRANT',
  activity: `activity of ${partial.id}`,
  scope: null,
  conditions: [],
  citations: cite(partial.id),
  appliesTo: [],
  principle: null,
  ...partial,
});

const facts: EligibilityFacts = {
  objectives: ['SO4.1', 'SO4.4'],
  actors: new Map(
    Object.entries({
      group: { id: 'group', name: 'Group', kind: 'country-group' },
      alpha: { id: 'alpha', name: 'Alpha', kind: 'third-country' },
      beta: { id: 'beta', name: 'Beta', kind: 'third-country' },
      org: { id: 'org', name: 'Org', kind: 'international-organisation' },
    }),
  ),
  targets: new Map(
    Object.entries({
      group: {
        id: 'group',
        label: 'Actor',
        name: 'Group',
        kind: 'country-group',
        memberKinds: [],
        filledBy: null,
        admitsKinds: [],
        members: [{ id: 'alpha', role: null, citations: [] }],
      },
      org: {
        id: 'org',
        label: 'Actor',
        name: 'Org',
        kind: 'international-organisation',
        memberKinds: [],
        filledBy: null,
        admitsKinds: [],
        members: [{ id: 'beta', role: 'member country', citations: [] }],
      },
      agreed: {
        id: 'agreed',
        label: 'ActorClass',
        name: 'Agreed',
        kind: null,
        memberKinds: [],
        filledBy: 'HAS_CYBER_AGREEMENT',
        admitsKinds: ['third-country'],
        members: [],
      },
      everyone: {
        id: 'everyone',
        label: 'ActorClass',
        name: 'Everyone',
        kind: null,
        memberKinds: ['third-country', 'international-organisation'],
        filledBy: null,
        admitsKinds: [],
        members: [],
      },
      bad: {
        id: 'bad',
        label: 'ActorClass',
        name: 'Bad',
        kind: null,
        memberKinds: [],
        filledBy: 'INCOMPATIBLE',
        admitsKinds: [],
        members: [],
      },
    } satisfies Record<string, TargetFact>),
  ),
  agreements: [],
  rules: [
    rule({
      id: 'group-outreach',
      appliesTo: ['group'],
      conditions: [{ kind: 'WHEN_RELEVANT', text: 'when relevant' }],
    }),
    rule({ id: 'org-outreach', objective: 'SO4.4', appliesTo: ['org'] }),
    rule({
      id: 'agreed-outreach',
      objective: 'SO4.4',
      appliesTo: ['agreed'],
      conditions: [{ kind: 'MB_ENDORSEMENT', text: 'with the endorsement' }],
    }),
    rule({ id: 'challenges', objective: 'SO4.4' }),
    rule({ id: 'limited', approaches: ['LIMITED'], appliesTo: ['everyone'] }),
    rule({ id: 'exclude', approaches: ['LIMITED', 'ASSISTING', 'OUTREACH'], effect: 'EXCLUDE', appliesTo: ['bad'] }),
    rule({
      id: 'notify',
      approaches: ['OUTREACH'],
      effect: 'CONDITION',
      scope: 'approach:OUTREACH',
      conditions: [{ kind: 'EB_NOTIFICATION', text: 'notify' }],
    }),
    rule({
      id: 'endorse-agreements',
      effect: 'CONDITION',
      scope: 'agreements',
      conditions: [{ kind: 'EB_ENDORSEMENT', text: 'endorse' }],
    }),
  ],
};

const ask = (
  objective: string,
  approach: 'LIMITED' | 'ASSISTING' | 'OUTREACH',
  assumptions: Parameters<typeof buildQuestion>[3] = [],
) => evaluate(facts, buildQuestion(facts, parseObjective(objective), approach, assumptions));

describe('eligibility rules', () => {
  it('should expand a named group to its members, with the group as the reason, and add condition rules', () => {
    const decision = ask('4.4', 'OUTREACH');
    const alpha = decision.partners.find((p) => p.actorId === 'alpha')!;
    expect(alpha.reasons[0]).toMatchObject({ basis: 'GROUP_MEMBER', viaGroup: 'group' });
    expect(alpha.conditions.map((c) => c.kind)).toEqual(['WHEN_RELEVANT', 'EB_NOTIFICATION']);
    expect(decision.generalConditions.map((c) => c.kind)).toEqual(['EB_ENDORSEMENT']);
  });

  it('should not expand an international organisation to its member countries', () => {
    const ids = ask('SO4.4', 'OUTREACH').partners.map((p) => p.actorId);
    expect(ids).toContain('org');
    expect(ids).not.toContain('beta');
  });

  it('should return a named class even when empty, and fill it from an assumption', () => {
    expect(ask('SO4.4', 'OUTREACH').classes).toEqual([expect.objectContaining({ classId: 'agreed', members: [] })]);
    const assumed = ask('SO4.4', 'OUTREACH', [{ kind: 'HAS_CYBER_AGREEMENT', actorId: 'beta' }]);
    const beta = assumed.partners.find((p) => p.actorId === 'beta')!;
    expect(beta).toMatchObject({ assumed: true });
    expect(beta.reasons[0]).toMatchObject({
      basis: 'ASSUMPTION',
      viaClass: 'agreed',
      assumption: { kind: 'HAS_CYBER_AGREEMENT', actorId: 'beta' },
    });
    expect(beta.conditions.map((c) => c.kind)).toContain('MB_ENDORSEMENT');
  });

  it('should only admit the kinds a class admits', () => {
    const decision = ask('SO4.4', 'OUTREACH', [{ kind: 'HAS_CYBER_AGREEMENT', actorId: 'org' }]);
    expect(decision.classes[0]!.members).toEqual([]);
  });

  it('should list activities that name no partner, and scope rules to the objective', () => {
    expect(ask('SO4.4', 'OUTREACH').activities.map((a) => a.rule.id)).toEqual(['challenges']);
    expect(ask('SO4.1', 'OUTREACH').activities).toEqual([]);
    expect(ask('SO4.1', 'OUTREACH').partners.map((p) => p.actorId)).not.toContain('org');
  });

  it('should apply LIMITED to every partner by kind unless excluded', () => {
    expect(ask('ALL', 'LIMITED').partners.map((p) => p.actorId)).toEqual(['alpha', 'beta', 'org']);
    const excluded = ask('ALL', 'LIMITED', [{ kind: 'INCOMPATIBLE', actorId: 'beta' }]);
    expect(excluded.partners.map((p) => p.actorId)).toEqual(['alpha', 'org']);
    expect(excluded.excluded.map((p) => p.actorId)).toEqual(['beta']);
  });

  it('should explain why a partner does not qualify, rule by rule', () => {
    const result = whyNot(facts, buildQuestion(facts, 'SO4.4', 'OUTREACH'), 'beta');
    expect(result.eligible).toBe(false);
    const checks = Object.fromEntries(result.checks.map((c) => [c.rule.id, c]));
    expect(checks['agreed-outreach']!.explanation).toMatch(/HAS_CYBER_AGREEMENT/);
    expect(checks.challenges!.explanation).toMatch(/Names no partner/);
    expect(checks['group-outreach']!.applies).toBe(false);
  });

  it('should refuse an unknown objective or assumed actor with the valid values', () => {
    expect(() => parseObjective('SO9')).toThrow(/ALL, SO4\.1, 4\.1, SO4\.2, 4\.2, .*SO4\.7, 4\.7$/);
    expect([parseObjective('4.4'), parseObjective('so4.4'), parseObjective('SO4_4'), parseObjective('all')]).toEqual([
      'SO4.4',
      'SO4.4',
      'SO4.4',
      'ALL',
    ]);
    expect(() => buildQuestion(facts, 'SO4.4', 'OUTREACH', [{ kind: 'INCOMPATIBLE', actorId: 'nobody' }])).toThrow(
      /assume\[0\]\.actor/,
    );
  });

  it('should take ids that name built-in object properties for what they are: unknown actors', () => {
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(() => buildQuestion(facts, 'SO4.4', 'OUTREACH', [{ kind: 'HAS_CYBER_AGREEMENT', actorId: id }])).toThrow(
        /assume\[0\]\.actor: no actor/,
      );
      const result = whyNot(facts, buildQuestion(facts, 'SO4.4', 'OUTREACH'), id);
      expect(result.summary).not.toMatch(/Object|function/);
    }
  });
});
