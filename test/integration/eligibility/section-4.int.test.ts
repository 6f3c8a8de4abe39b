/**
 * Every objective and approach, each expectation taken from the text of section 4 (and the general rules
 * of sections 2 and 3 that apply to every objective). `partners` must include the listed ids; `classes`
 * must include the listed class ids; `activities` must include an activity matching each pattern.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, gql } from '../../helpers/app.js';
import { ask, classIds, partner, partnerIds } from '../../helpers/eligibility.js';
import { SOURCES } from '../../helpers/sources.js';

interface Expectation {
  objective: string;
  approach: 'LIMITED' | 'ASSISTING' | 'OUTREACH';
  partners?: string[];
  absent?: string[];
  classes?: string[];
  activities?: RegExp[];
  why: string;
}

const EXPECTATIONS: Expectation[] = [
  {
    objective: 'SO4_1',
    approach: 'ASSISTING',
    partners: ['western-balkans', 'serbia', 'eastern-partnership', 'georgia'],
    absent: ['canada', 'norway'], // Japan qualifies since issue 21 (2.2, its Strategic Partnership Agreement); Canada's 2.2 reading is open (G21)
    why: '4.1 bullet 1: support in terms of expertise to the Western Balkans and the Eastern Partnership',
  },
  {
    objective: 'SO4_1',
    approach: 'OUTREACH',
    partners: ['iceland', 'norway'],
    classes: ['third-countries-with-specific-eu-agreements'],
    absent: ['serbia'],
    why: '4.1 bullet 2 and principle 3',
  },
  {
    objective: 'SO4_2',
    approach: 'ASSISTING',
    partners: ['western-balkans', 'eastern-partnership', 'ukraine'],
    classes: ['union-representatives-in-international-organisations'],
    why: '4.2 bullets 1 and 2',
  },
  {
    objective: 'SO4_2',
    approach: 'OUTREACH',
    partners: ['oecd', 'united-states'],
    classes: ['like-minded-countries'],
    absent: ['nato', 'osce'],
    why: '4.2 bullet 3: the OECD and like-minded countries such as the United States',
  },
  {
    objective: 'SO4_3',
    approach: 'OUTREACH',
    partners: ['osce', 'nato'],
    absent: ['oecd'],
    why: '4.3: cooperating with the OSCE and NATO on joint incident response coordination',
  },
  {
    objective: 'SO4_4',
    approach: 'ASSISTING',
    partners: ['western-balkans', 'eastern-partnership', 'oecd', 'osce', 'nato'],
    classes: ['countries-benefiting-from-union-development-programmes'],
    why: '4.4 bullets 1 to 3',
  },
  {
    objective: 'SO4_5',
    approach: 'OUTREACH',
    classes: ['key-strategic-economic-partners'],
    activities: [/standards that underpin the public core of the open internet/],
    why: '4.5 bullets 1 and 2',
  },
  {
    objective: 'SO4_6',
    approach: 'LIMITED',
    activities: [/international forums/],
    why: '4.6: exchange information on an ad hoc basis and participate in international forums',
  },
  {
    objective: 'SO4_7',
    approach: 'OUTREACH',
    partners: ['japan', 'oecd', 'nato'],
    classes: ['third-countries-with-specific-eu-agreements'],
    why: '4.7: like-minded partners (e.g. Japan); bullets 1 and 2',
  },
  {
    objective: 'ALL',
    approach: 'OUTREACH',
    partners: ['oecd', 'united-states', 'osce', 'nato', 'japan', 'iceland'],
    why: 'the union of every objective',
  },
];

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

describe('eligibility across section 4', () => {
  it.each(EXPECTATIONS.map((e) => [`${e.approach} under ${e.objective}`, e] as const))(
    '%s',
    async (_title, expected) => {
      const answer = await ask(app, expected.objective, expected.approach);
      expect(partnerIds(answer), expected.why).toEqual(expect.arrayContaining(expected.partners ?? []));
      for (const id of expected.absent ?? [])
        expect(partnerIds(answer), `${id} should be absent: ${expected.why}`).not.toContain(id);
      expect(classIds(answer), expected.why).toEqual(expect.arrayContaining(expected.classes ?? []));
      for (const pattern of expected.activities ?? [])
        expect(
          answer.activities.map((a) => a.activity).some((a) => pattern.test(a)),
          String(pattern),
        ).toBe(true);
      for (const p of answer.partners) {
        expect(p.reasons.length).toBeGreaterThan(0);
        for (const r of p.reasons)
          expect(SOURCES[r.citation.document.id]!.contains(r.citation.quote), r.citation.quote).toBe(true);
      }
    },
  );

  it('should show a group member with the group as the reason', async () => {
    const answer = await ask(app, 'SO4_1', 'ASSISTING');
    expect(partner(answer, 'serbia')!.reasons[0]).toMatchObject({
      basis: 'GROUP_MEMBER',
      viaGroup: { id: 'western-balkans' },
    });
  });

  it('should give the assisting approach its conditions: the 2.2 terms and Executive Board notification everywhere, and EEAS/Commission consultation for requests not covered', async () => {
    const answer = await ask(app, 'SO4_4', 'ASSISTING');
    expect(partner(answer, 'serbia')!.conditions.map((c) => c.kind)).toEqual(
      expect.arrayContaining([
        'ON_REQUEST',
        'SIGNIFICANT_ADDED_VALUE',
        'IN_LINE_WITH_UNION_POLICIES',
        'EB_NOTIFICATION',
      ]),
    );
    expect(partner(answer, 'serbia')!.conditions.map((c) => c.kind)).not.toContain('CONSULT_EEAS_AND_COMMISSION');
    // issue 21: the 2.2 class holds the partners of the recorded agreements and frameworks of that kind
    const viaGeneralRule = answer.partners
      .filter((p) => p.reasons.some((r) => r.rule.objective === 'ALL'))
      .map((p) => p.actor.id);
    expect(viaGeneralRule).toEqual(expect.arrayContaining(['japan', 'moldova', 'nato', 'united-states']));
    expect(viaGeneralRule, "Canada's 2.2 reading is open (G21): not granted").not.toContain('canada');
    expect(partner(answer, 'japan')!.conditions.map((c) => c.kind)).toContain('CONSULT_EEAS_AND_COMMISSION');
    const general = answer.classes.find(
      (c) => c.class.id === 'partners-with-eu-cybersecurity-agreements-or-frameworks',
    )!;
    expect(general.conditions.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['ON_REQUEST', 'CONSULT_EEAS_AND_COMMISSION', 'EB_NOTIFICATION']),
    );
    expect(answer.generalConditions.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['EB_ENDORSEMENT', 'MB_APPROVAL']),
    );
  });

  it('should apply LIMITED to every partner principle 4 does not exclude', async () => {
    const open = await ask(app, 'ALL', 'LIMITED');
    expect(partnerIds(open)).toEqual(expect.arrayContaining(['japan', 'oecd', 'serbia', 'united-states', 'eea']));
    const withExclusion = await ask(app, 'ALL', 'LIMITED', [{ kind: 'INCOMPATIBLE', actor: 'japan' }]);
    expect(partnerIds(withExclusion)).not.toContain('japan');
    expect(withExclusion.excluded.map((e) => e.actor.id)).toEqual(['japan']);
    const seedOnly = (ids: string[]) => ids.filter((id) => !id.startsWith('test-'));
    expect(seedOnly(partnerIds(withExclusion))).toEqual(seedOnly(partnerIds(open)).filter((id) => id !== 'japan'));
  });

  it.each([
    ['objective', { objective: 'SO9', approach: 'OUTREACH' }, /ALL, SO4_1.*SO4_7/],
    ['approach', { objective: 'SO4_4', approach: 'SOMETIMES' }, /LIMITED, ASSISTING, OUTREACH/],
    [
      'assumption kind',
      { objective: 'SO4_4', approach: 'OUTREACH', assume: [{ kind: 'FRIENDLY', actor: 'japan' }] },
      /SPECIFIC_EU_AGREEMENT, EXPLICIT_CYBER_AGREEMENT, CYBER_AGREEMENT_OR_FRAMEWORK, INCOMPATIBLE, IN_CLASS/,
    ],
  ])('should refuse a bad %s with BAD_USER_INPUT naming the valid values', async (_what, variables, message) => {
    const query =
      'query($objective: Objective!, $approach: Approach!, $assume: [AssumptionInput!]) { eligibility(objective: $objective, approach: $approach, assume: $assume) { question } }';
    const { status, errors } = await gql(app, query, variables);
    expect(status).toBe(200);
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toMatch(message);
  });

  it('should answer NOT_FOUND, with the id, for an assumption about an actor that does not exist', async () => {
    const { errors } = await gql(
      app,
      '{ eligibility(objective: SO4_4, approach: OUTREACH, assume: [{ kind: SPECIFIC_EU_AGREEMENT, actor: "atlantis" }]) { question } }',
    );
    expect(errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'atlantis', ids: ['atlantis'] });
    expect(errors![0]!.message).toMatch(/atlantis/);
  });
});
