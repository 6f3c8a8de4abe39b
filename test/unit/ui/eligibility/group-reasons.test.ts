import { describe, expect, it } from 'vitest';
import { groupAnswer, routeOf, sharedConditions } from '../../../../ui/src/lib/eligibility/group-reasons.js';

const cond = (kind: string, text = kind.toLowerCase()) => ({ kind, text });
const P3_QUOTE = 'ENISA can, when relevant, pursue an outreach approach … with European Economic Area countries.';
const SO44_QUOTE = 'ENISA can cooperate with third countries with which there are specific EU agreements';

const eea = (id: string, name: string) => ({
  actor: { id, name },
  assumed: false,
  reasons: [
    {
      rule: { id: 'rule-all-outreach-eea', name: 'Outreach with EEA countries', principle: 3 },
      basis: 'GROUP_MEMBER',
      activity: 'pursue an outreach approach',
      viaGroup: { id: 'eea', name: 'European Economic Area' },
      viaClass: null,
      explanation: `${name} belongs to European Economic Area`,
      citation: { locator: 'principle 3', quote: P3_QUOTE },
    },
  ],
  conditions: [cond('WHEN_RELEVANT'), cond('FOCUS'), cond('EB_NOTIFICATION')],
});

const agreement = (id: string, name: string, extra: Array<{ kind: string; text: string }> = []) => ({
  actor: { id, name },
  assumed: false,
  reasons: [
    {
      rule: { id: 'rule-so4-4-outreach', name: 'SO4.4 outreach: third countries', principle: null },
      basis: 'AGREEMENT',
      activity: 'cooperate',
      viaGroup: null,
      viaClass: { id: 'specific', name: 'Third countries with specific EU agreements' },
      explanation: `${name} is party to an agreement`,
      citation: { locator: '4.4 / bullet 5', quote: SO44_QUOTE },
    },
  ],
  conditions: [cond('MB_ENDORSEMENT'), cond('FOCUS'), cond('EB_NOTIFICATION'), ...extra],
});

describe('groupAnswer', () => {
  const partners = [
    agreement('canada', 'Canada'),
    eea('iceland', 'Iceland'),
    agreement('japan', 'Japan', [cond('CONSULT_EEAS')]),
    eea('liechtenstein', 'Liechtenstein'),
    eea('norway', 'Norway'),
  ];
  const grouped = groupAnswer(partners);

  it('should put partners that share a reason in one group, the largest first, each quote once', () => {
    expect(grouped.groups.map((g) => g.partners.map((p) => p.actor.id))).toEqual([
      ['iceland', 'liechtenstein', 'norway'],
      ['canada', 'japan'],
    ]);
    expect(grouped.groups[0]!.title).toBe('Principle 3: Outreach with EEA countries');
    const quotes = grouped.groups.map((g) => g.reason.citation.quote);
    expect(quotes.filter((q) => q === P3_QUOTE)).toHaveLength(1);
  });

  it('should say the conditions common to every partner once, a group’s shared ones once, and a partner’s own beside it', () => {
    expect(grouped.common.map((c) => c.kind)).toEqual(['FOCUS', 'EB_NOTIFICATION']);
    const [eeaGroup, so44] = grouped.groups;
    expect(eeaGroup!.shared.map((c) => c.kind)).toEqual(['WHEN_RELEVANT']);
    expect(so44!.shared.map((c) => c.kind)).toEqual(['MB_ENDORSEMENT']);
    expect(so44!.own.get('japan')!.map((c) => c.kind)).toEqual(['CONSULT_EEAS']);
    expect(so44!.own.get('canada')).toEqual([]);
  });

  it('should name each route: members of a group, parties to an agreement, partners named outright', () => {
    expect(grouped.groups[0]!.routes).toEqual([
      expect.objectContaining({
        label: 'member of European Economic Area',
        partners: partners.slice(1, 2).concat(partners.slice(3)),
      }),
    ]);
    expect(routeOf(partners[0]!.reasons[0]!).label).toBe(
      'through a recorded agreement, one of Third countries with specific EU agreements',
    );
    expect(routeOf({ ...partners[1]!.reasons[0]!, viaGroup: null, basis: 'NAMED' }).label).toBe(
      'named in the provision',
    );
  });

  it('should put a partner with two reasons in both groups, and a lone partner’s conditions all beside it', () => {
    const both = {
      ...agreement('moldova', 'Moldova', [cond('CONSULT_EEAS')]),
      reasons: [...agreement('x', 'X').reasons, ...eea('y', 'Y').reasons],
    };
    const g = groupAnswer([both, eea('norway', 'Norway')]);
    expect(g.groups.map((x) => x.partners.map((p) => p.actor.id))).toEqual([['moldova', 'norway'], ['moldova']]);
    expect(g.common.map((c) => c.kind)).toEqual(['FOCUS', 'EB_NOTIFICATION']);
    expect(g.groups[1]!.shared).toEqual([]);
    expect(g.groups[1]!.own.get('moldova')!.map((c) => c.kind)).toEqual(['MB_ENDORSEMENT', 'CONSULT_EEAS']);
  });

  it('should have nothing common when there is no partner', () => {
    expect(groupAnswer([])).toEqual({ common: [], groups: [] });
  });
});

describe('sharedConditions', () => {
  it('should keep the first list’s order and drop duplicates', () => {
    expect(
      sharedConditions([
        [cond('A'), cond('B'), cond('A')],
        [cond('B'), cond('A')],
      ]).map((c) => c.kind),
    ).toEqual(['A', 'B']);
    expect(sharedConditions([[cond('A', 'one')], [cond('A', 'two')]])).toEqual([]);
  });
});
