/**
 * Issue 16, point 8: a negative answer is not final. "The directions and provisions in this strategy will
 * not in any way limit or hamper the provisions laid out by Article 12 of the CSA." (2), whose tasks 1.1
 * cites "at the request of the Commission". Every "does not qualify" and every whyNot says so and quotes it.
 * Before: neither did.
 */
import type { FastifyInstance } from 'fastify';
import { APPROACHES } from '../../../core/vocabulary.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildQuestion, evaluate, whyNot } from '../../../api/src/domain/eligibility/index.js';
import { buildTestApp, gql } from '../../helpers/app.js';
import { seedFacts } from '../../helpers/eligibility-facts.js';
import { SOURCES } from '../../helpers/sources.js';

const SECTION_2 =
  'The directions and provisions in this strategy will not in any way limit or hamper the provisions laid out by Article 12 of the CSA.';
const AT_THE_REQUEST = 'at the request of the Commission';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

describe('issue 16.8: the Article 12 caveat on every negative answer', () => {
  it('should quote it in whyNot for a partner that does not qualify (the United States, SO4.4 outreach)', async () => {
    const { data } = await gql<{ whyNot: { eligible: boolean; summary: string } }>(
      app,
      '{ whyNot(partner: "united-states", objective: SO4_4, approach: OUTREACH) { eligible summary } }',
    );
    expect(data!.whyNot.eligible).toBe(false);
    expect(data!.whyNot.summary).toContain('This is not final');
    expect(data!.whyNot.summary).toContain(SECTION_2.replace(/\.$/, ''));
    expect(data!.whyNot.summary).toContain(AT_THE_REQUEST);
  });

  it('should say so for an actor principle 4 excludes too ("in any way"; READINGS.md G10)', async () => {
    const { data } = await gql<{ whyNot: { excluded: boolean; summary: string } }>(
      app,
      '{ whyNot(partner: "serbia", objective: SO4_1, approach: ASSISTING, assume: [{ kind: INCOMPATIBLE, actor: "serbia" }]) { excluded summary } }',
    );
    expect(data!.whyNot.excluded).toBe(true);
    expect(data!.whyNot.summary).toContain('This is not final');
  });

  it('should carry the caveat, with both quotes found in the source, on all 21 answers and every whyNot', async () => {
    const facts = await seedFacts();
    for (const objective of facts.objectives)
      for (const approach of APPROACHES.values) {
        const question = buildQuestion(facts, objective, approach);
        const quotes = evaluate(facts, question).caveats.flatMap((c) => c.citations.map((q) => q.quote));
        expect(quotes, `${objective} ${approach}`).toContain(SECTION_2);
        expect(quotes.some((q) => q.includes(AT_THE_REQUEST))).toBe(true);
        for (const q of quotes) expect(SOURCES['enisa-international-strategy-2021']!.contains(q), q).toBe(true);
        expect(whyNot(facts, question, 'japan').caveats.length).toBeGreaterThan(0);
      }
    const so45 = evaluate(facts, buildQuestion(facts, 'SO4.5', 'OUTREACH')).caveats.flatMap((c) =>
      c.citations.map((q) => q.quote),
    );
    expect(so45).toContain('Without prejudice to possible tasks stemming from Article 12(d) of the CSA');
  });
});
