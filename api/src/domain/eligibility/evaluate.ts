/**
 * Evaluates a question (objective, approach, what-if assumptions) against the rules in the graph:
 * which partners qualify and why, which classes the provisions name (with their current members), which
 * activities need no named partner, who principle 4 excludes, and the conditions to meet. Pure.
 */
import { addedConditions, generalConditions, ownConditions, uniqueConditions } from './conditions.js';
import { describeMembership, membersOf } from './membership.js';
import type {
  ActivityResult,
  ClassResult,
  Decision,
  EligibilityFacts,
  PartnerResult,
  Question,
  Reason,
  RuleFact,
} from './types.js';

export function rulesFor(facts: EligibilityFacts, question: Question): RuleFact[] {
  return facts.rules.filter(
    (rule) =>
      rule.approaches.includes(question.approach) &&
      (question.objective === 'ALL' || rule.objective === 'ALL' || rule.objective === question.objective),
  );
}

const byName = (facts: EligibilityFacts) => (a: { actorId: string }, b: { actorId: string }) =>
  (facts.actors.get(a.actorId)?.name ?? a.actorId).localeCompare(facts.actors.get(b.actorId)?.name ?? b.actorId);

/** Every (actor, reason) a GRANT or EXCLUDE rule yields, with the conditions attached. */
export function reasonsOf(rule: RuleFact, facts: EligibilityFacts, question: Question, conditionRules: RuleFact[]) {
  const conditions = uniqueConditions([
    ...ownConditions(rule),
    ...addedConditions(conditionRules, rule, question.approach),
  ]);
  return rule.appliesTo.flatMap((targetId) =>
    membersOf(targetId, facts, question.assumptions).map((m): Reason & { actorId: string } => ({
      actorId: m.actorId,
      rule,
      basis: m.basis,
      viaGroup: m.viaGroup,
      viaClass: m.viaClass,
      assumption: m.assumption,
      agreement: m.agreement,
      citation: rule.citations[0]!,
      conditions,
      explanation: describeMembership(m, facts),
    })),
  );
}

function collect(entries: Array<Reason & { actorId: string }>): Map<string, PartnerResult> {
  const partners = new Map<string, PartnerResult>();
  for (const { actorId, ...reason } of entries) {
    const partner = partners.get(actorId) ?? { actorId, reasons: [], conditions: [], assumed: true };
    if (!partner.reasons.some((r) => r.rule.id === reason.rule.id)) partner.reasons.push(reason);
    partners.set(actorId, partner);
  }
  for (const partner of partners.values()) {
    partner.conditions = uniqueConditions(partner.reasons.flatMap((r) => r.conditions));
    partner.assumed = partner.reasons.every((r) => r.assumption !== null);
  }
  return partners;
}

export function evaluate(facts: EligibilityFacts, question: Question): Decision {
  const rules = rulesFor(facts, question);
  const conditionRules = rules.filter((r) => r.effect === 'CONDITION');
  const grants = rules.filter((r) => r.effect === 'GRANT');
  const exclusions = rules.filter((r) => r.effect === 'EXCLUDE');

  const excluded = collect(exclusions.flatMap((rule) => reasonsOf(rule, facts, question, [])));
  const granted = collect(grants.flatMap((rule) => reasonsOf(rule, facts, question, conditionRules)));
  for (const actorId of excluded.keys()) granted.delete(actorId);

  const classes = new Map<string, ClassResult>();
  for (const rule of grants) {
    for (const targetId of rule.appliesTo) {
      if (facts.targets.get(targetId)?.label !== 'ActorClass') continue;
      const entry = classes.get(targetId) ?? {
        classId: targetId,
        members: membersOf(targetId, facts, question.assumptions)
          .filter((m) => !excluded.has(m.actorId))
          .map(({ actorId, basis, assumption, agreement }) => ({ actorId, basis, assumption, agreement })),
        reasons: [],
        conditions: [],
      };
      const conditions = uniqueConditions([
        ...ownConditions(rule),
        ...addedConditions(conditionRules, rule, question.approach),
      ]);
      entry.reasons.push({
        rule,
        basis: 'NAMED',
        viaGroup: null,
        viaClass: targetId,
        assumption: null,
        agreement: null,
        citation: rule.citations[0]!,
        conditions,
        explanation: `The provision names the class "${facts.targets.get(targetId)!.name}"`,
      });
      entry.conditions = uniqueConditions([...entry.conditions, ...conditions]);
      classes.set(targetId, entry);
    }
  }

  const activities: ActivityResult[] = grants
    .filter((rule) => rule.appliesTo.length === 0)
    .map((rule) => ({
      rule,
      citation: rule.citations[0]!,
      conditions: uniqueConditions([
        ...ownConditions(rule),
        ...addedConditions(conditionRules, rule, question.approach),
      ]),
    }));

  const sort = byName(facts);
  return {
    question,
    partners: [...granted.values()].sort(sort),
    classes: [...classes.values()].sort((a, b) => a.classId.localeCompare(b.classId)),
    activities,
    excluded: [...excluded.values()].sort(sort),
    generalConditions: uniqueConditions(generalConditions(conditionRules, question.approach)),
  };
}
