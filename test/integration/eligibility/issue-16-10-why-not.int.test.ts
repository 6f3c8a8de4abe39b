/**
 * Issue 16, point 10: whyNot counts what it lists, gives the decisive route first ("would qualify with an EU
 * agreement"), marks checks that do not apply as neutral rather than failures, and names actors by name.
 * Before: Japan under SO4.4 outreach listed 9 checks while the summary said "4 rules checked", the first
 * check was the exclusion rule, and a what-if read "japan". Since issue 21 Japan qualifies for SO4.4 outreach
 * through its Strategic Partnership Agreement; the United States, which no recorded specific EU agreement brings
 * in, is the negative example.
 */
import type { FastifyInstance } from 'fastify';
import { APPROACHES } from '../../../core/vocabulary.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildQuestion, whyNot } from '../../../api/src/domain/eligibility/index.js';
import { buildTestApp, gql } from '../../helpers/app.js';
import { ask } from '../../helpers/eligibility.js';
import { seedFacts } from '../../helpers/eligibility-facts.js';

interface WhyNot {
  eligible: boolean;
  summary: string;
  checks: Array<{ rule: { id: string; effect: string }; applies: boolean; explanation: string }>;
}
const WHY_NOT = `query($partner: ID!, $objective: Objective!, $approach: Approach!) {
  whyNot(partner: $partner, objective: $objective, approach: $approach) {
    eligible summary checks { rule { id effect } applies explanation }
  }
}`;
const tally = (summary: string) => {
  const m = /(\d+) checks: (\d+) apply, (\d+) do not apply, (\d+) are neutral/.exec(summary);
  if (!m) throw new Error(`no count in: ${summary}`);
  return m.slice(1).map(Number);
};

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

describe('issue 16.10: whyNot', () => {
  it('should count exactly the checks it lists (the United States, SO4.4 outreach)', async () => {
    const { data } = await gql<{ whyNot: WhyNot }>(app, WHY_NOT, {
      partner: 'united-states',
      objective: 'SO4_4',
      approach: 'OUTREACH',
    });
    const result = data!.whyNot;
    const [total, apply] = tally(result.summary);
    expect(total).toBe(result.checks.length);
    expect(apply).toBe(result.checks.filter((c) => c.applies).length);
  });

  it('should count exactly the checks it lists for every actor, objective and approach', async () => {
    const facts = await seedFacts();
    for (const actorId of facts.actors.keys())
      for (const objective of facts.objectives)
        for (const approach of APPROACHES.values) {
          const result = whyNot(facts, buildQuestion(facts, objective, approach), actorId);
          const [total, apply, doNot, neutral] = tally(result.summary);
          expect([total, apply, doNot, neutral], `${actorId} ${objective} ${approach}`).toEqual([
            result.checks.length,
            result.checks.filter((c) => c.status === 'APPLIES').length,
            result.checks.filter((c) => c.status === 'DOES_NOT_APPLY').length,
            result.checks.filter((c) => c.status === 'NEUTRAL').length,
          ]);
        }
  });

  it('should give the decisive route first: the United States would qualify with a specific EU agreement (4.4 / bullet 5)', async () => {
    const { data } = await gql<{ whyNot: WhyNot }>(app, WHY_NOT, {
      partner: 'united-states',
      objective: 'SO4_4',
      approach: 'OUTREACH',
    });
    const result = data!.whyNot;
    expect(result.checks[0]!.rule.id).toBe('rule-so4-4-outreach-third-countries-with-agreements');
    expect(result.checks[0]!.explanation).toMatch(/would qualify with a specific EU agreement \(section 4\)/);
    expect(result.summary).toMatch(
      /^United States does not qualify for outreach under SO4\.4\. It would qualify with a specific EU agreement/,
    );
    expect(result.summary).toMatch(
      /or it would qualify with an agreement that explicitly states cooperation in cybersecurity \(principle 2\)/,
    );
  });

  it('should mark conditions, safeguards, activities and an exclusion that does not apply as neutral', async () => {
    const facts = await seedFacts();
    const result = whyNot(facts, buildQuestion(facts, 'SO4.4', 'OUTREACH'), 'united-states');
    for (const check of result.checks) {
      if (['CONDITION', 'SAFEGUARD', 'EXCLUDE'].includes(check.rule.effect) || check.rule.appliesTo.length === 0)
        expect(check.status, check.rule.id).toBe('NEUTRAL');
      else expect(check.status, check.rule.id).toBe('DOES_NOT_APPLY');
    }
    const neutralAfter = result.checks.findIndex((c) => c.status === 'NEUTRAL');
    expect(result.checks.slice(neutralAfter).every((c) => c.status === 'NEUTRAL')).toBe(true);
  });

  it('should give the granting route first when the partner qualifies (Japan, SO4.7 outreach)', async () => {
    const { data } = await gql<{ whyNot: WhyNot }>(app, WHY_NOT, {
      partner: 'japan',
      objective: 'SO4_7',
      approach: 'OUTREACH',
    });
    expect(data!.whyNot.eligible).toBe(true);
    expect(data!.whyNot.checks[0]).toMatchObject({
      applies: true,
      rule: { id: 'rule-so4-7-outreach-like-minded-partners' },
    });
    expect(data!.whyNot.summary).toMatch(/^Japan qualifies for outreach under SO4\.7 \(4\.7; 4\.7 \/ bullet 2\)/);
  });

  it('should name actors, not ids, in what-ifs and explanations', async () => {
    const answer = await ask(app, 'SO4.4', 'OUTREACH', [{ kind: 'SPECIFIC_EU_AGREEMENT', actor: 'japan' }]);
    const description = (answer as unknown as { assumptions: Array<{ description: string }> }).assumptions[0]!
      .description;
    expect(description).toContain('Japan');
    expect(description).not.toMatch(/\bjapan\b/);
    const { data } = await gql<{ whyNot: WhyNot }>(app, WHY_NOT, {
      partner: 'united-states',
      objective: 'SO4_4',
      approach: 'ASSISTING',
    });
    for (const text of [data!.whyNot.summary, ...data!.whyNot.checks.map((c) => c.explanation)])
      expect(text).not.toMatch(/united-states|third-countries-with|partners-with-/);
  });
});
