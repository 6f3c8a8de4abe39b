/**
 * Issue 16, point 11: one actor across the whole strategy. For one actor, every objective × approach (21
 * cells on the seed): eligible or not, with reasons, conditions and quotes; and it agrees with the
 * eligibility answer and whyNot, which it shares its reasoning with. (The GraphQL query that serves it, and
 * its speed, come with the API shape of issue 15: phase B.)
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorProfile } from '../../../api/src/domain/eligibility/index.js';
import { buildTestApp } from '../../helpers/app.js';
import { ask, partnerIds } from '../../helpers/eligibility.js';
import { seedFacts } from '../../helpers/eligibility-facts.js';
import { SOURCES } from '../../helpers/sources.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

describe('issue 16.11: one actor across the whole strategy', () => {
  it('should answer all 21 cells for Japan, with reasons, conditions and quotes', async () => {
    const facts = await seedFacts();
    const profile = actorProfile(facts, 'japan');
    expect(profile.cells).toHaveLength(21);
    const cell = (objective: string, approach: string) =>
      profile.cells.find((c) => c.objective === objective && c.approach === approach)!;
    const so47 = cell('SO4.7', 'OUTREACH');
    expect(so47.eligible).toBe(true);
    expect(so47.reasons.map((r) => r.citation.quote)).toContain(
      'ENISA will focus its outreach to partners deemed like-minded (e.g. Japan).',
    );
    expect(so47.conditions.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['EB_NOTIFICATION', 'FOCUS_SHARED_VALUES_PARTNERS']),
    );
    // issue 21: the EU-Japan Strategic Partnership Agreement (reference data) brings Japan into SO4.4 outreach
    const so44 = cell('SO4.4', 'OUTREACH');
    expect(so44.eligible).toBe(true);
    expect(so44.reasons[0]!.agreement).toMatchObject({
      agreementId: 'eu-japan-strategic-partnership-agreement',
      details: { referenceData: true },
    });
    // the United States: no recorded specific EU agreement
    const us = actorProfile(facts, 'united-states').cells.find(
      (c) => c.objective === 'SO4.4' && c.approach === 'OUTREACH',
    )!;
    expect(us.eligible).toBe(false);
    expect(us.decisive!.wouldQualifyWith!.kind).toBe('SPECIFIC_EU_AGREEMENT');
    expect(us.caveats[0]!.citations[0]!.quote).toBe(
      'The directions and provisions in this strategy will not in any way limit or hamper the provisions laid out by Article 12 of the CSA.',
    );
    for (const c of profile.cells)
      for (const r of c.reasons)
        expect(SOURCES[r.citation.documentId]!.contains(r.citation.quote), r.citation.quote).toBe(true);
  });

  it.each(['japan', 'canada', 'united-states', 'serbia', 'nato', 'belarus'])(
    'should agree with the eligibility answer in all 21 cells for %s',
    async (actorId) => {
      const facts = await seedFacts();
      const profile = actorProfile(facts, actorId);
      for (const c of profile.cells) {
        const answer = await ask(app, c.objective, c.approach);
        expect(c.eligible, `${actorId} ${c.objective} ${c.approach}`).toBe(partnerIds(answer).includes(actorId));
      }
    },
  );
});
