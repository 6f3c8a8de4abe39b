/**
 * Why (not): every rule checked for one partner under a question, and why each does or does not apply.
 */
import { evaluate, rulesFor } from './evaluate.js';
import { describeMembership, membersOf } from './membership.js';
import type { EligibilityFacts, Question, RuleCheck, RuleFact, WhyNotResult } from './types.js';

function targetNames(rule: RuleFact, facts: EligibilityFacts): string {
  return rule.appliesTo.map((id) => facts.targets.get(id)?.name ?? id).join('; ');
}

function classHint(rule: RuleFact, facts: EligibilityFacts): string {
  const filled = rule.appliesTo
    .map((id) => facts.targets.get(id))
    .filter((t) => t?.label === 'ActorClass' && t.filledBy === 'HAS_CYBER_AGREEMENT');
  if (filled.length === 0) return '';
  return ' The class is filled by curated agreements with the Union covering cybersecurity, or by the what-if assumption HAS_CYBER_AGREEMENT; neither holds for this partner.';
}

function check(rule: RuleFact, actorId: string, facts: EligibilityFacts, question: Question): RuleCheck {
  const name = facts.actors.get(actorId)?.name ?? actorId;
  const citation = rule.citations[0]!;
  if (rule.effect === 'CONDITION') {
    return {
      rule,
      applies: false,
      citation,
      explanation: 'Adds conditions to other rules; it grants no engagement by itself.',
    };
  }
  if (rule.appliesTo.length === 0) {
    return {
      rule,
      applies: false,
      citation,
      explanation: 'Names no partner: it allows an activity, not engagement with a given partner.',
    };
  }
  const membership = rule.appliesTo
    .flatMap((id) => membersOf(id, facts, question.assumptions))
    .find((m) => m.actorId === actorId);
  if (rule.effect === 'EXCLUDE') {
    return membership
      ? { rule, applies: true, citation, explanation: `Excludes ${name}: ${describeMembership(membership, facts)}.` }
      : {
          rule,
          applies: false,
          citation,
          explanation: `${name} is not among "${targetNames(rule, facts)}", so this exclusion does not apply.`,
        };
  }
  if (membership) return { rule, applies: true, citation, explanation: `${describeMembership(membership, facts)}.` };
  return {
    rule,
    applies: false,
    citation,
    explanation: `Names ${targetNames(rule, facts)}; ${name} is none of them, nor a member of a group or class they name.${classHint(rule, facts)}`,
  };
}

export function whyNot(facts: EligibilityFacts, question: Question, actorId: string): WhyNotResult {
  const checks = rulesFor(facts, question).map((rule) => check(rule, actorId, facts, question));
  const decision = evaluate(facts, question);
  const eligible = decision.partners.some((p) => p.actorId === actorId);
  const excluded = decision.excluded.some((p) => p.actorId === actorId);
  const name = facts.actors.get(actorId)?.name ?? actorId;
  const scope = question.objective === 'ALL' ? 'any objective' : question.objective;
  const approach = question.approach.toLowerCase();
  const grants = checks.filter((c) => c.rule.effect === 'GRANT' && c.applies).length;
  const summary = excluded
    ? `${name} is excluded under principle 4, whatever else applies.`
    : eligible
      ? `${name} qualifies for the ${approach} approach under ${scope} through ${grants} rule(s).`
      : `${name} does not qualify for the ${approach} approach under ${scope}: none of the ${checks.filter((c) => c.rule.effect === 'GRANT').length} rules checked names it, a group it belongs to, or a class it is a member of.`;
  return { question, actorId, eligible, excluded, checks, summary };
}
