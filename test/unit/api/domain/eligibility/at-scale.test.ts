/**
 * Issue 20: evaluating at scale. The reasoning shares each target's memberships between the rules that name it,
 * groups routes and reasons per actor through maps and sorts by name with one collator: the same answer, byte for
 * byte, as evaluating each rule's targets anew. The digests below are of the answers the evaluation gave before it
 * was made linear (commit cb7e01b), on a seeded synthetic graph (at-scale-fixture.ts): any change to an answer,
 * to its order or to a sentence changes them. No time is measured here (`npm run bench` measures it).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildQuestion,
  evaluate,
  type AssumptionInput,
  type Decision,
  type EligibilityFacts,
  type Objective,
} from '../../../../../api/src/domain/eligibility/index.js';
import { cachedMembersOf, membersCache, membershipsOf } from '../../../../../api/src/domain/eligibility/routes.js';
import { factsAtScale, heldByKind } from './at-scale-fixture.js';

const facts = factsAtScale(1500);

/** The answer as JSON (Maps as their entries), hashed. */
const digest = (decision: Decision) =>
  createHash('sha256')
    .update(
      JSON.stringify(decision, (key, value: unknown) =>
        // A rule is the facts' own object (by reference): its id stands for it.
        value instanceof Map ? [...value] : key === 'rule' ? (value as { id: string }).id : value,
      ),
    )
    .digest('hex')
    .slice(0, 16);

const answer = (
  on: EligibilityFacts,
  objective: Objective,
  approach: 'LIMITED' | 'ASSISTING' | 'OUTREACH',
  assume: AssumptionInput[] = [],
) => evaluate(on, buildQuestion(on, objective, approach, assume));

const WHAT_IF: AssumptionInput[] = [
  { kind: 'SPECIFIC_EU_AGREEMENT', actorId: 'a-5' },
  { kind: 'IN_CLASS', actorId: 'a-10', classId: 'like-minded' },
];

describe('eligibility at scale (issue 20)', () => {
  it('should give the answers it gave before it was made linear, byte for byte', () => {
    const digests = {
      outreach: digest(answer(facts, 'SO4.1', 'OUTREACH')),
      assisting: digest(answer(facts, 'SO4.2', 'ASSISTING')),
      limitedAll: digest(answer(facts, 'ALL', 'LIMITED')),
      whatIf: digest(answer(facts, 'SO4.3', 'OUTREACH', WHAT_IF)),
      heldByKind: digest(answer(heldByKind(facts), 'ALL', 'LIMITED')),
      heldByKindOutreach: digest(answer(heldByKind(facts), 'SO4.1', 'OUTREACH', WHAT_IF)),
    };
    expect(digests).toEqual(PINNED);
  });

  it('should reach many partners through hubs named by many rules, with one reason per rule', () => {
    const decision = answer(facts, 'ALL', 'OUTREACH');
    expect(decision.partners.length).toBeGreaterThan(500);
    expect(decision.excluded.length).toBeGreaterThan(0);
    const most = Math.max(...decision.partners.map((p) => p.reasons.length));
    expect(most).toBeGreaterThan(5);
    for (const p of decision.partners) expect(new Set(p.reasons.map((r) => r.rule.id)).size).toBe(p.reasons.length);
  });

  it('should order partners by name as localeCompare does', () => {
    const decision = answer(facts, 'ALL', 'OUTREACH');
    const names = decision.partners.map((p) => facts.actors.get(p.actorId)!.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(new Set(names.map((n) => n.split(' ')[0]!.toLowerCase())).size).toBeGreaterThan(5);
  });

  it("should compute a target's memberships once for every rule that names it under one question", () => {
    const question = buildQuestion(facts, 'ALL', 'OUTREACH');
    const cache = membersCache();
    const once = cachedMembersOf('framework', facts, question, false, cache);
    expect(once.length).toBeGreaterThan(10);
    expect(cachedMembersOf('framework', facts, question, false, cache)).toBe(once);
    for (const rule of facts.rules.filter((r) => r.effect === 'GRANT'))
      expect(membershipsOf(rule, facts, question, undefined, cache)).toEqual(membershipsOf(rule, facts, question));
  });
});

const PINNED = {
  outreach: '688d4694d1448147',
  assisting: 'fc95e1f2c1df82ed',
  limitedAll: 'ba45c6405fa9a659',
  whatIf: '5a99d72a3b2fb0a9',
  heldByKind: '3a16a7a0da39a5eb',
  heldByKindOutreach: '14fd2b8dbefa4255',
};
