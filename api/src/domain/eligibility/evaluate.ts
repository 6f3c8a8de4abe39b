/**
 * Evaluates a question (objective, approach, what-if assumptions) against the rules in the graph: which
 * partners qualify and why, which classes the provisions name (with their current members, open to curation
 * and what-ifs), which activities need no named partner, who principle 4 removes from the answer (only
 * actors a rule would otherwise admit), which members of a named group are not granted because their
 * participation is suspended, the conditions to meet, and the caveat that keeps the answer from being final
 * for everyone it does not name. Pure.
 */
import { asOfDate } from './as-of.js';
import { holdsByKind, splitByKind, withRepresentatives } from './by-kind.js';
import { caveatsOf } from './caveats.js';
import { generalConditions, uniqueConditions } from './conditions.js';
import { nameOf } from './membership.js';
import { nameComparer } from './name-order.js';
import {
  blockedExplanation,
  blockerOf,
  byEffect,
  cachedMembersOf,
  deemed,
  grants,
  membersCache,
  routesOf,
  rulesFor,
  type Route,
} from './routes.js';
import type {
  ActivityResult,
  ClassResult,
  ConditionResult,
  Decision,
  EligibilityFacts,
  ExcludedResult,
  PartnerResult,
  Question,
  Reason,
  SuspendedResult,
} from './types.js';

export { rulesFor };

/** Items sorted by their actor's name as `localeCompare` orders them (name-order.ts), each name looked up once. */
function sortedByName<T extends { actorId: string }>(items: T[], facts: EligibilityFacts): T[] {
  const compare = nameComparer();
  return items
    .map((item) => ({ item, name: nameOf(facts, item.actorId) }))
    .sort((a, b) => compare(a.name, b.name))
    .map(({ item }) => item);
}

/**
 * One reason per rule for each actor (the first, strongest, route of that rule). routesOf yields a rule's routes
 * together, so a repeated rule is most often the actor's last reason, checked first.
 */
function partnersFrom(routes: Route[]): Map<string, PartnerResult> {
  const partners = new Map<string, PartnerResult>();
  for (const { actorId, reason } of routes) {
    const partner = partners.get(actorId);
    if (!partner) partners.set(actorId, { actorId, reasons: [reason], conditions: [], assumed: true });
    else if (!hasRule(partner.reasons, reason.rule.id)) partner.reasons.push(reason);
  }
  for (const partner of partners.values()) {
    partner.conditions = conditionsOfAll(partner.reasons);
    partner.assumed = partner.reasons.every((r) => r.assumption !== null);
  }
  return partners;
}

function hasRule(reasons: Reason[], ruleId: string): boolean {
  if (reasons[reasons.length - 1]!.rule.id === ruleId) return true;
  return reasons.some((r) => r.rule.id === ruleId);
}

/**
 * The reasons' conditions, each once. A reason's own are already unique (conditions.ts), so when a single reason
 * has any they are the answer as they stand: most partners have one, and the key per condition costs at scale.
 */
function conditionsOfAll(reasons: readonly Reason[]): ConditionResult[] {
  let only: ConditionResult[] | null = null;
  for (const { conditions } of reasons) {
    if (conditions.length === 0) continue;
    if (only) return uniqueConditions(reasons.flatMap((r) => r.conditions));
    only = conditions;
  }
  return only ?? [];
}

export function excludedFrom(
  blocked: Route[],
  deemedBy: ReadonlyMap<string, Reason[]>,
  facts: EligibilityFacts,
): ExcludedResult {
  const actorId = blocked[0]!.actorId;
  const blockers = [...new Set(blocked.map((r) => r.blockedBy!))];
  const reasons = blockers.flatMap((id) => deemedBy.get(id) ?? []);
  return {
    actorId,
    lost: [...new Map(blocked.map((r) => [r.reason.rule.id, r.reason])).values()],
    reasons,
    conditions: [],
    assumed: reasons.every((r) => r.assumption !== null),
    explanation: `${blockedExplanation(blocked[0]!, facts)}.`,
  };
}

export function suspendedFrom(route: Route, facts: EligibilityFacts): SuspendedResult {
  const edge = route.reason.membership!;
  const status = edge.left ? `left ${nameOf(facts, edge.targetId)}` : 'has suspended its participation';
  return {
    actorId: route.actorId,
    rule: route.reason.rule,
    membership: edge,
    explanation: `${route.reason.explanation}: ${nameOf(facts, route.actorId)} ${status}, so the route through ${nameOf(facts, edge.targetId)} is not granted (seed/READINGS.md G11)`,
  };
}

/**
 * The answer. Facts that hold actors by kind (at scale: kindCounts) are evaluated with one placeholder actor per
 * kind, whose items become the templates of the answer's by-kind lists (by-kind.ts).
 */
export function evaluate(facts: EligibilityFacts, question: Question): Decision {
  if (!holdsByKind(facts)) return evaluateListed(facts, question);
  return splitByKind(evaluateListed(withRepresentatives(facts), question), facts);
}

function evaluateListed(facts: EligibilityFacts, question: Question): Decision {
  const rules = byEffect(rulesFor(facts, question), question.approach);
  const deemedBy = deemed(facts, question, rules.exclusions);
  const cache = membersCache();
  const routes = routesOf(facts, question, rules, deemedBy, undefined, cache);

  const partners = partnersFrom(routes.filter(grants));
  const excluded: ExcludedResult[] = [];
  const suspended: SuspendedResult[] = [];
  // The routes of the actors that are not partners: each is excluded, or shown through a suspended membership.
  // Such an actor has no route that grants, so only the (few) routes that grant nothing need looking at.
  const notGranted = new Map<string, Route[]>();
  for (const route of routes) {
    if (grants(route) || partners.has(route.actorId)) continue;
    const own = notGranted.get(route.actorId);
    if (own) own.push(route);
    else notGranted.set(route.actorId, [route]);
  }
  for (const own of notGranted.values()) {
    const blocked = own.filter((r) => r.blockedBy !== null && !r.inactive);
    if (blocked.length > 0) excluded.push(excludedFrom(blocked, deemedBy, facts));
    else
      suspended.push(
        suspendedFrom(
          own.find((r) => r.inactive)!,
          facts,
        ),
      );
  }

  const classes = new Map<string, ClassResult>();
  for (const rule of rules.grants) {
    const conditions = rules.conditionsOf(rule);
    for (const targetId of rule.appliesTo) {
      const target = facts.targets.get(targetId);
      if (target?.label !== 'ActorClass') continue;
      const entry = classes.get(targetId) ?? {
        classId: targetId,
        members: cachedMembersOf(targetId, facts, question, false, cache)
          .filter((m) => !m.inactive && blockerOf(m, deemedBy) === null)
          .map(({ actorId, basis, assumption, agreement, membership }) => ({
            actorId,
            basis,
            assumption,
            agreement,
            membership,
          })),
        reasons: [],
        conditions: [],
      };
      entry.reasons.push({
        rule,
        basis: 'NAMED',
        viaGroup: null,
        viaClass: targetId,
        assumption: null,
        agreement: null,
        membership: null,
        citation: rule.citations[0]!,
        conditions,
        explanation: `The provision names the class "${target.name}"`,
      });
      entry.conditions.push(...conditions);
      classes.set(targetId, entry);
    }
  }
  // Each once, where it first appears (as folding them in rule by rule would).
  for (const entry of classes.values()) entry.conditions = uniqueConditions(entry.conditions);

  const activities: ActivityResult[] = rules.grants
    .filter((rule) => rule.appliesTo.length === 0)
    .map((rule) => ({
      rule,
      citation: rule.citations[0]!,
      conditions: rules.conditionsOf(rule),
    }));

  const used = [...partners.values()].flatMap((p) => p.reasons);
  return {
    question,
    partners: sortedByName([...partners.values()], facts),
    classes: [...classes.values()].sort((a, b) => a.classId.localeCompare(b.classId)),
    activities,
    excluded: sortedByName(excluded, facts),
    suspended: sortedByName(suspended, facts),
    generalConditions: uniqueConditions(generalConditions(rules.conditions, question.approach)),
    caveats: caveatsOf(rules.safeguards),
    asOf: asOfDate(used, facts),
  };
}
