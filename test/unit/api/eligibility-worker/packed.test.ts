/**
 * Issue 20: the decision crosses from the eligibility worker packed (a tape of numbers, the distinct strings and
 * shapes once), which the API's thread unpacks far faster than a structured clone at scale. Unpacked, it must equal
 * the decision evaluated in this thread, with the same objects shared; anything but plain data is refused.
 */
import { describe, expect, it } from 'vitest';
import { buildQuestion, evaluate, type Decision } from '../../../../api/src/domain/eligibility/index.js';
import { pack, unpack } from '../../../../api/src/eligibility-worker/packed.js';
import { resultOf, errorOf, replyOf } from '../../../../api/src/eligibility-worker/protocol.js';
import { factsAtScale, heldByKind } from '../domain/eligibility/at-scale-fixture.js';

const facts = factsAtScale(300);
const decide = (on = facts, approach: 'LIMITED' | 'OUTREACH' = 'OUTREACH') =>
  evaluate(on, buildQuestion(on, 'ALL', approach, [{ kind: 'SPECIFIC_EU_AGREEMENT', actorId: 'a-5' }]));

describe('a decision packed to cross threads (issue 20)', () => {
  it('should unpack to the same decision, listed or held by kind', () => {
    for (const decision of [decide(), decide(heldByKind(facts), 'LIMITED')]) {
      const unpacked = unpack<Decision>(pack(decision)!);
      expect(unpacked).toEqual(decision);
      expect(unpacked).not.toBe(decision);
    }
    expect(unpack<Decision>(pack(decide(heldByKind(facts), 'LIMITED'))!).byKind!.partners.names).toBeInstanceOf(Map);
  });

  it('should keep shared objects shared and send each distinct string once', () => {
    const decision = decide();
    const packed = pack(decision)!;
    const unpacked = unpack<Decision>(packed);
    const reasons = unpacked.partners.flatMap((p) => p.reasons);
    const byRule = new Map(reasons.map((r) => [r.rule.id, r.rule]));
    for (const r of reasons) expect(r.rule).toBe(byRule.get(r.rule.id));
    const explanations = decision.partners.flatMap((p) => p.reasons.map((r) => r.explanation));
    expect(new Set(explanations).size).toBeLessThan(explanations.length);
    expect(packed.strings.length).toBe(new Set(packed.strings).size);
  });

  it('should keep plain values as they are: null, undefined, booleans, numbers, an own "__proto__" key', () => {
    const value = { a: null, b: undefined, c: [true, false, 0, -0, 1.5, NaN], d: new Map([[1, 'x']]) };
    const tricky = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}') as object;
    expect(unpack(pack(value)!)).toEqual(value);
    const back = unpack<Record<string, unknown>>(pack(tricky)!);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back)).toEqual(['__proto__', 'x']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('should refuse what is not plain data, so the reply sends it as it is', () => {
    expect(pack({ at: new Date(0) })).toBeNull();
    expect(pack([new Set([1])])).toBeNull();
    expect(pack({ f: () => 1 })).toBeNull();
  });

  it('should reply with the decision packed, and the error as before', () => {
    const decision = decide();
    const reply = replyOf(7, () => decision);
    expect(reply.packed).toBeDefined();
    expect(reply.result).toBeUndefined();
    expect(resultOf(reply)).toEqual(decision);
    const failed = replyOf(8, () => {
      throw new Error('boom');
    });
    expect(resultOf(failed)).toBeUndefined();
    expect(errorOf(failed).message).toBe('boom');
  });
});
