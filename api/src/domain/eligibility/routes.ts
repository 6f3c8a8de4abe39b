/**
 * Routes: every (actor, reason) a GRANT rule yields under a question, with principle 4 applied through
 * groups. The deemed set holds the actors (or groups) a principle-4 rule names directly; a route is blocked
 * when it leads to a deemed actor, or goes through a deemed group or class. A member of a deemed group
 * keeps the routes of its own (seed/READINGS.md, principle 4). Shared by evaluate, whyNot and the profile,
 * so the three cannot disagree.
 */
import { grantConditions, type GrantConditions } from './conditions.js';
import { describeMembership, membersOf, nameOf, type Membership } from './membership.js';
import { actorMembershipOf } from './one-actor.js';
import type { ApproachCode, EligibilityFacts, Question, Reason, RuleFact } from './types.js';

export interface Route {
  actorId: string;
  reason: Reason;
  /** Through a suspended or ended membership: shown, never granted. */
  inactive: boolean;
  /** Principle 4 removes it: the actor, or the group or class it goes through, is deemed incompatible. */
  blockedBy: string | null;
}

export function rulesFor(facts: EligibilityFacts, question: Question): RuleFact[] {
  return facts.rules.filter(
    (rule) =>
      rule.approaches.includes(question.approach) &&
      (question.objective === 'ALL' || rule.objective === 'ALL' || rule.objective === question.objective),
  );
}

export interface RulesByEffect {
  grants: RuleFact[];
  exclusions: RuleFact[];
  conditions: RuleFact[];
  safeguards: RuleFact[];
  /** Each grant's conditions under the question's approach (conditions.ts). */
  conditionsOf: GrantConditions;
}

export function byEffect(rules: RuleFact[], approach: ApproachCode): RulesByEffect {
  const conditions = rules.filter((r) => r.effect === 'CONDITION');
  return {
    grants: rules.filter((r) => r.effect === 'GRANT'),
    exclusions: rules.filter((r) => r.effect === 'EXCLUDE'),
    conditions,
    safeguards: rules.filter((r) => r.effect === 'SAFEGUARD'),
    conditionsOf: grantConditions(conditions, approach),
  };
}

/**
 * A membership's sentence, computed once per membership: the targets' memberships are shared by every rule that
 * names the target (membershipsOf's cache), so at scale this saves one sentence per rule and member.
 */
const explanations = new WeakMap<Membership, string>();
function explanationOf(m: Membership, facts: EligibilityFacts): string {
  let text = explanations.get(m);
  if (text === undefined) explanations.set(m, (text = describeMembership(m, facts)));
  return text;
}

export function toReason(
  rule: RuleFact,
  m: Membership,
  facts: EligibilityFacts,
  conditions: Reason['conditions'],
): Reason {
  return {
    rule,
    basis: m.basis,
    viaGroup: m.viaGroup,
    viaClass: m.viaClass,
    assumption: m.assumption,
    agreement: m.agreement,
    membership: m.membership,
    citation: rule.citations[0]!,
    conditions,
    explanation: explanationOf(m, facts),
  };
}

/**
 * The memberships of each target under one question, computed once: many rules name the same class or group, and
 * at scale a class has tens of thousands of members. Read-only (the memberships are shared by the rules' routes).
 */
export type MembersCache = Map<string, Membership[]>;
export const membersCache = (): MembersCache => new Map();

/** The memberships a rule's targets stand for (`onlyActor`: that actor's only, found through indexes: one-actor.ts). */
export function membershipsOf(
  rule: RuleFact,
  facts: EligibilityFacts,
  question: Question,
  onlyActor?: string,
  cache?: MembersCache,
): Membership[] {
  return rule.appliesTo.flatMap((targetId) => targetMemberships(rule, targetId, facts, question, onlyActor, cache));
}

/** The memberships one of a rule's targets stands for, as membershipsOf lists them (a cached list is shared). */
function targetMemberships(
  rule: RuleFact,
  targetId: string,
  facts: EligibilityFacts,
  question: Question,
  onlyActor?: string,
  cache?: MembersCache,
): Membership[] {
  const membersOnly = rule.membersOnly.includes(targetId);
  if (onlyActor !== undefined) return actorMembershipOf(targetId, facts, question.assumptions, membersOnly, onlyActor);
  return cache
    ? cachedMembersOf(targetId, facts, question, membersOnly, cache)
    : membersOf(targetId, facts, question.assumptions, membersOnly);
}

/** membersOf, once per target (and membersOnly) under one question. */
export function cachedMembersOf(
  targetId: string,
  facts: EligibilityFacts,
  question: Question,
  membersOnly: boolean,
  cache: MembersCache,
): Membership[] {
  const key = `${membersOnly ? 'members' : 'all'}|${targetId}`;
  let found = cache.get(key);
  if (!found) cache.set(key, (found = membersOf(targetId, facts, question.assumptions, membersOnly)));
  return found;
}

/** Who principle 4 names directly under this question (by assumption, curated membership or named), with why. */
export function deemed(facts: EligibilityFacts, question: Question, exclusions: RuleFact[]): Map<string, Reason[]> {
  const found = new Map<string, Reason[]>();
  for (const rule of exclusions) {
    for (const m of membershipsOf(rule, facts, question)) {
      // A deemed group's members are not deemed themselves: only the routes through the group are blocked.
      if (m.basis === 'GROUP_MEMBER' || m.inactive) continue;
      const reasons = found.get(m.actorId) ?? [];
      if (!reasons.some((r) => r.rule.id === rule.id)) reasons.push(toReason(rule, m, facts, []));
      found.set(m.actorId, reasons);
    }
  }
  return found;
}

/** Who principle 4 names directly, asked one id at a time (whyNot: the actor, and the groups and classes it goes through). */
export interface DeemedIds {
  has(id: string): boolean;
}

/**
 * Whether principle 4 names an id directly under this question, as `deemed` finds it, without listing the
 * exclusions' members: each id asked is looked up once (one-actor.ts).
 */
export function deemedLookup(facts: EligibilityFacts, question: Question, exclusions: RuleFact[]): DeemedIds {
  const known = new Map<string, boolean>();
  return {
    has(id) {
      let found = known.get(id);
      if (found === undefined) {
        found = exclusions.some((rule) =>
          membershipsOf(rule, facts, question, id).some((m) => m.basis !== 'GROUP_MEMBER' && !m.inactive),
        );
        known.set(id, found);
      }
      return found;
    },
  };
}

export function blockerOf(m: Membership, deemedIds: DeemedIds): string | null {
  if (deemedIds.has(m.actorId)) return m.actorId;
  if (m.viaGroup && deemedIds.has(m.viaGroup)) return m.viaGroup;
  if (m.viaClass && deemedIds.has(m.viaClass)) return m.viaClass;
  return null;
}

/** The routes of the question's grant rules, optionally for one actor only. */
export function routesOf(
  facts: EligibilityFacts,
  question: Question,
  rules: RulesByEffect,
  deemedIds: DeemedIds,
  onlyActor?: string,
  cache: MembersCache = membersCache(),
): Route[] {
  const routes: Route[] = [];
  for (const rule of rules.grants) {
    if (rule.appliesTo.length === 0) continue;
    const conditions = rules.conditionsOf(rule);
    // Target by target, as membershipsOf lists them, without copying a class's members (tens of thousands) per rule.
    for (const targetId of rule.appliesTo)
      for (const m of targetMemberships(rule, targetId, facts, question, onlyActor, cache)) {
        if (onlyActor !== undefined && m.actorId !== onlyActor) continue;
        routes.push({
          actorId: m.actorId,
          reason: toReason(rule, m, facts, conditions),
          inactive: m.inactive,
          blockedBy: blockerOf(m, deemedIds),
        });
      }
  }
  return routes;
}

export const grants = (route: Route) => !route.inactive && route.blockedBy === null;

/** Why a blocked route is blocked, in words. */
export function blockedExplanation(route: Route, facts: EligibilityFacts): string {
  const who = nameOf(facts, route.actorId);
  if (route.blockedBy === route.actorId)
    return `${who} is deemed incompatible with the Union's interests or policy goals, so ENISA refrains from engaging with it (principle 4)`;
  return `engagement through ${nameOf(facts, route.blockedBy)} is excluded under principle 4; ${who} itself is not deemed incompatible, and keeps any route of its own`;
}
