/**
 * Issue 20: whyNot and the profile find one actor's memberships through indexes of the facts (one-actor.ts) and
 * ask principle 4 one id at a time (deemedLookup), instead of listing every member of every target a rule names.
 * The answers must not change: the digests below are of the answers whyNot and the profile gave before (commit
 * ffd9010), on the seeded synthetic graph (at-scale-fixture.ts), for a regular sample of the actors; and
 * each lookup is checked against the listing it replaces (membersOf, deemed), target by target and actor by actor.
 * No time is measured here (`npm run bench` measures it).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  actorProfile,
  buildQuestion,
  whyNot,
  type AssumptionInput,
} from '../../../../../api/src/domain/eligibility/index.js';
import { membersOf } from '../../../../../api/src/domain/eligibility/membership.js';
import { actorMembershipOf } from '../../../../../api/src/domain/eligibility/one-actor.js';
import { byEffect, deemed, deemedLookup, rulesFor } from '../../../../../api/src/domain/eligibility/routes.js';
import { factsAtScale, heldByKind } from './at-scale-fixture.js';

const facts = factsAtScale(1500);
const held = heldByKind(facts);
const ids = [...facts.actors.keys()];
const every = (step: number) => ids.filter((_, i) => i % step === 0);

/** The answers as JSON (a rule, the facts' own object, by its id), hashed. */
const digest = (value: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(value, (key, v: unknown) => (key === 'rule' ? (v as { id: string }).id : v)))
    .digest('hex')
    .slice(0, 16);

const WHAT_IF: AssumptionInput[] = [
  { kind: 'SPECIFIC_EU_AGREEMENT', actorId: 'a-5' },
  { kind: 'IN_CLASS', actorId: 'a-10', classId: 'like-minded' },
];

/** Of the answers before the indexes (commit ffd9010). */
const PINNED = {
  profiles: '7f9727030d4987ee',
  profilesWhatIf: 'f04667d82136afc6',
  whyNotOutreach: '23423105ef6fa878',
  whyNotAllWhatIf: 'b445523086f4e8a8',
  whyNotHeldByKind: 'd76b4cc6906746ca',
};

describe("one actor's answers at scale (issue 20)", () => {
  it('should give the profiles and whyNots it gave before the indexes, byte for byte', () => {
    const whatIf = buildQuestion(facts, 'ALL', 'LIMITED', WHAT_IF).assumptions;
    const digests = {
      profiles: digest(every(15).map((id) => actorProfile(facts, id))),
      profilesWhatIf: digest(every(50).map((id) => actorProfile(facts, id, whatIf))),
      whyNotOutreach: digest(every(2).map((id) => whyNot(facts, buildQuestion(facts, 'SO4.1', 'OUTREACH'), id))),
      whyNotAllWhatIf: digest(
        every(3).map((id) => whyNot(facts, buildQuestion(facts, 'ALL', 'ASSISTING', WHAT_IF), id)),
      ),
      whyNotHeldByKind: digest(every(5).map((id) => whyNot(held, buildQuestion(held, 'ALL', 'LIMITED'), id))),
    };
    expect(digests).toEqual(PINNED);
  }, 60_000);

  it("should find each actor's membership of each target as listing the target's members does", () => {
    const { assumptions } = buildQuestion(facts, 'ALL', 'LIMITED', WHAT_IF);
    const sample = new Set([...every(7), 'a-5', 'a-10']);
    const bases = new Set<string>();
    for (const target of facts.targets.values())
      for (const membersOnly of [false, true]) {
        const listed = new Map(membersOf(target.id, facts, assumptions, membersOnly).map((m) => [m.actorId, m]));
        for (const id of new Set([...sample, ...[...listed.keys()].filter((_, i) => i % 3 === 0)])) {
          const one = actorMembershipOf(target.id, facts, assumptions, membersOnly, id);
          const expected = listed.get(id);
          expect(one, `${target.id} ${id}`).toEqual(expected ? [expected] : []);
          for (const m of one) bases.add(m.inactive ? 'inactive' : m.basis);
        }
      }
    // Every basis is met, and inactive memberships.
    expect([...bases].sort()).toEqual(
      ['AGREEMENT', 'ASSUMPTION', 'BY_KIND', 'CLASS_MEMBER', 'GROUP_MEMBER', 'NAMED', 'inactive'].sort(),
    );
  }, 60_000);

  it('should find whom principle 4 names as listing the exclusions does', () => {
    for (const [objective, approach, assume] of [
      ['ALL', 'LIMITED', []],
      ['SO4.2', 'OUTREACH', WHAT_IF],
    ] as const) {
      const question = buildQuestion(facts, objective, approach, [...assume]);
      const { exclusions } = byEffect(rulesFor(facts, question), question.approach);
      const listed = deemed(facts, question, exclusions);
      const lookup = deemedLookup(facts, question, exclusions);
      expect(listed.size).toBeGreaterThan(5);
      for (const id of [...facts.actors.keys(), ...facts.targets.keys()])
        expect(lookup.has(id), id).toBe(listed.has(id));
    }
  });
});
