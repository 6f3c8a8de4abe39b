/**
 * Issue 16, point 6: some sentences name no approach. "ENISA's default international approach is 'limited'."
 * (2.1). A rule whose sentence names no approach says so (approachStated: false) and gives the reading; the
 * criterion is one for all (seed/READINGS.md, method rule 6 and G1): a section-4 rule states its approach
 * exactly when its own sentence says "using the assisting approach", "using the outreach approach" or "under
 * the outreach approach". Before: §4.4 "seek to reach out", §4.7 "focus its outreach" and §4.3 "building a
 * trusted network" were given approaches silently.
 */
import { describe, expect, it } from 'vitest';
import { buildQuestion, evaluate } from '../../../api/src/domain/eligibility/index.js';
import { seedFacts } from '../../helpers/eligibility-facts.js';

const NAMES_APPROACH = /using the (assisting|outreach) approach|under the outreach approach/;

describe('issue 16.6: where the text names no approach, the answer says so', () => {
  it('should mark every section-4 grant whose sentence names no approach, and only those, with the reading', async () => {
    const facts = await seedFacts();
    const section4 = facts.rules.filter((r) => r.effect === 'GRANT' && r.objective !== 'ALL');
    expect(section4.length).toBeGreaterThan(20);
    for (const rule of section4) {
      const own = rule.citations.filter((c) => c.locator.startsWith('4.'));
      const named = own.some((c) => NAMES_APPROACH.test(c.quote));
      expect(rule.approachStated, rule.id).toBe(named);
      if (!named) expect(rule.approachReading, rule.id).toMatch(/approach/);
    }
    const unstated = section4.filter((r) => !r.approachStated).map((r) => r.id);
    expect(unstated.sort()).toEqual(
      [
        'rule-so4-1-limited-exchange-awareness-education',
        'rule-so4-2-limited-policy-best-practices',
        'rule-so4-3-limited-trusted-network-like-minded-partners',
        'rule-so4-4-limited-exchange-international-partners',
        'rule-so4-4-limited-observer-international-exercises',
        'rule-so4-5-limited-market-actors',
        'rule-so4-6-limited-ad-hoc-exchange-international-forums',
        'rule-so4-7-outreach-like-minded-partners',
      ].sort(),
    );
  });

  it('should carry the reading on the answer: SO4.7 outreach to Japan reads "its outreach" as the outreach approach, and says it is a genuine ambiguity', async () => {
    const facts = await seedFacts();
    const decision = evaluate(facts, buildQuestion(facts, 'SO4.7', 'OUTREACH'));
    const japan = decision.partners.find((p) => p.actorId === 'japan')!;
    const reason = japan.reasons.find((r) => r.rule.id === 'rule-so4-7-outreach-like-minded-partners')!;
    expect(reason.rule.approachStated).toBe(false);
    expect(reason.rule.approachReading).toMatch(/"its outreach"/);
    expect(reason.rule.ambiguities.some((a) => a.startsWith('G1 '))).toBe(true);
    const oecd = decision.partners.find((p) => p.actorId === 'oecd')!;
    expect(oecd.reasons.every((r) => r.rule.approachStated)).toBe(true);
  });

  it('should read 4.4 "seek to reach out" and 4.3 "building a trusted network" as the default approach, saying why', async () => {
    const facts = await seedFacts();
    const byId = new Map(facts.rules.map((r) => [r.id, r]));
    expect(byId.get('rule-so4-4-limited-exchange-international-partners')!.approachReading).toMatch(
      /"Reach out" is not the outreach approach/,
    );
    expect(byId.get('rule-so4-3-limited-trusted-network-like-minded-partners')!.approachReading).toMatch(
      /names the outreach approach for the OSCE and NATO only/,
    );
  });
});
