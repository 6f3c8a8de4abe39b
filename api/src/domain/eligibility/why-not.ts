/**
 * Why (not): every rule of the question checked for one partner. A rule that names partners APPLIES or
 * DOES_NOT_APPLY; a rule that names none (conditions, activities, safeguards) and an exclusion that does not
 * apply are NEUTRAL, not failures. The decisive route comes first: the one that grants, or else the one that
 * would grant with one change of data (an agreement of a kind, membership of an open class, resumed
 * participation, no principle-4 deeming). The summary's counts are those of the list. Every whyNot carries the
 * Article 12 caveat. Per actor: it never evaluates the other partners.
 */
import { asOfDate } from './as-of.js';
import { caveatSentence, caveatsOf } from './caveats.js';
import { uniqueConditions } from './conditions.js';
import { AGREEMENT_PHRASE, admits, nameOf } from './membership.js';
import { approachWord } from './question.js';
import {
  blockedExplanation,
  byEffect,
  deemedLookup,
  grants,
  routesOf,
  rulesFor,
  type DeemedIds,
  type Route,
} from './routes.js';
import type {
  CheckStatus,
  EligibilityFacts,
  Question,
  RuleCheck,
  RuleFact,
  WhyNotResult,
  WouldQualify,
} from './types.js';

const targetNames = (rule: RuleFact, facts: EligibilityFacts) =>
  rule.appliesTo.map((id) => nameOf(facts, id)).join('; ');

/** The change that would let the rule's classes take the actor: an agreement kind, or membership of an open class. */
function openRoute(rule: RuleFact, actorId: string, facts: EligibilityFacts): WouldQualify | null {
  const actor = facts.actors.get(actorId);
  for (const targetId of rule.appliesTo) {
    const target = facts.targets.get(targetId);
    if (target?.label !== 'ActorClass' || !admits(target, actor?.kind)) continue;
    const fill = target.filledBy[0];
    if (fill === 'INCOMPATIBLE') continue;
    if (fill)
      return {
        kind: fill,
        targetId,
        description: `would qualify with ${AGREEMENT_PHRASE[fill]}: "${target.name}" (${rule.citations[0]?.locator})`,
      };
    return {
      kind: 'IN_CLASS',
      targetId,
      description: `would qualify if deemed one of "${target.name}" (${rule.citations[0]?.locator}), by curation or a what-if`,
    };
  }
  return null;
}

const check = (
  rule: RuleFact,
  status: CheckStatus,
  explanation: string,
  would: WouldQualify | null = null,
): RuleCheck => ({
  rule,
  status,
  applies: status === 'APPLIES',
  wouldQualifyWith: would,
  explanation,
  citation: rule.citations[0]!,
});

function grantCheck(rule: RuleFact, routes: Route[], actorId: string, facts: EligibilityFacts): RuleCheck {
  const name = nameOf(facts, actorId);
  if (rule.appliesTo.length === 0)
    return check(rule, 'NEUTRAL', 'Allows an activity and names no partner, so it says nothing about this one.');
  const own = routes.filter((r) => r.reason.rule.id === rule.id);
  const granting = own.find(grants);
  if (granting) return check(rule, 'APPLIES', `${granting.reason.explanation}.`);
  const blocked = own.find((r) => r.blockedBy !== null && !r.inactive);
  if (blocked)
    return check(rule, 'DOES_NOT_APPLY', `${blocked.reason.explanation}, but ${blockedExplanation(blocked, facts)}.`, {
      kind: 'NOT_INCOMPATIBLE',
      targetId: blocked.blockedBy!,
      description: `would qualify if ${nameOf(facts, blocked.blockedBy)} were not deemed incompatible (principle 4)`,
    });
  const inactive = own.find((r) => r.inactive);
  if (inactive) {
    const edge = inactive.reason.membership!;
    return check(
      rule,
      'DOES_NOT_APPLY',
      `${inactive.reason.explanation}: the route through ${nameOf(facts, edge.targetId)} is not granted while ${name} does not take part (seed/READINGS.md G11).`,
      {
        kind: 'RESUMED_PARTICIPATION',
        targetId: edge.targetId,
        description: `would qualify if ${name} resumed its participation in ${nameOf(facts, edge.targetId)}`,
      },
    );
  }
  const would = openRoute(rule, actorId, facts);
  const hint = would ? ` It ${would.description}.` : '';
  return check(
    rule,
    'DOES_NOT_APPLY',
    `Names ${targetNames(rule, facts)}; ${name} is none of them, nor a member of a group or class they name.${hint}`,
    would,
  );
}

function otherCheck(rule: RuleFact, actorId: string, deemedBy: DeemedIds, facts: EligibilityFacts): RuleCheck {
  const name = nameOf(facts, actorId);
  if (rule.effect === 'EXCLUDE')
    return deemedBy.has(actorId)
      ? check(
          rule,
          'APPLIES',
          `Excludes ${name}: ${name} is deemed incompatible with the Union's interests or policy goals.`,
        )
      : check(
          rule,
          'NEUTRAL',
          `${name} is not deemed incompatible with the Union's interests or policy goals, so this exclusion does not apply.`,
        );
  if (rule.effect === 'SAFEGUARD')
    return check(rule, 'NEUTRAL', `Grants nothing and excludes no one: ${rule.activity}.`);
  const kinds = rule.conditions.map((c) => c.kind.toLowerCase().replace(/_/g, ' ')).join(', ');
  return check(rule, 'NEUTRAL', `Adds conditions (${kinds}) to the rules that apply; grants nothing by itself.`);
}

/** Decisive first: applying grants (section 4 before general), routes that would grant, other grants, exclusions, neutral. */
function rank(c: RuleCheck): number {
  const specific = c.rule.objective === 'ALL' ? 1 : 0;
  if (c.rule.effect === 'EXCLUDE' && c.status === 'APPLIES') return 0;
  if (c.rule.effect === 'GRANT' && c.status === 'APPLIES') return 2 + specific;
  if (c.wouldQualifyWith) return 4 + specific;
  if (c.status === 'DOES_NOT_APPLY') return 6 + specific;
  return 8;
}

export function whyNot(facts: EligibilityFacts, question: Question, actorId: string): WhyNotResult {
  const all = rulesFor(facts, question);
  const rules = byEffect(all, question.approach);
  const deemedBy = deemedLookup(facts, question, rules.exclusions);
  const routes = routesOf(facts, question, rules, deemedBy, actorId);
  const granting = routes.filter(grants);
  const eligible = granting.length > 0;
  const excluded = !eligible && routes.some((r) => r.blockedBy !== null && !r.inactive);

  const checks = all
    .map((rule) =>
      rule.effect === 'GRANT' ? grantCheck(rule, routes, actorId, facts) : otherCheck(rule, actorId, deemedBy, facts),
    )
    .map((c, index) => ({ c, index }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.index - b.index)
    .map(({ c }) => c);

  const reasons = [...new Map(granting.map((r) => [r.reason.rule.id, r.reason])).values()];
  const count = (status: CheckStatus) => checks.filter((c) => c.status === status).length;
  const counts = {
    checks: checks.length,
    grants: checks.filter((c) => c.rule.effect === 'GRANT' && c.rule.appliesTo.length > 0).length,
    grantsApplying: checks.filter((c) => c.rule.effect === 'GRANT' && c.status === 'APPLIES').length,
    exclusions: checks.filter((c) => c.rule.effect === 'EXCLUDE').length,
    neutral: count('NEUTRAL'),
  };
  const caveats = caveatsOf(rules.safeguards);
  return {
    question,
    actorId,
    eligible,
    excluded,
    reasons,
    conditions: uniqueConditions(reasons.flatMap((r) => r.conditions)),
    checks,
    counts,
    summary: summarise(
      facts,
      question,
      actorId,
      { eligible, excluded, checks, deemed: deemedBy.has(actorId) },
      caveats,
    ),
    caveats,
    asOf: asOfDate(reasons, facts),
  };
}

function summarise(
  facts: EligibilityFacts,
  question: Question,
  actorId: string,
  state: { eligible: boolean; excluded: boolean; checks: RuleCheck[]; deemed: boolean },
  caveats: WhyNotResult['caveats'],
): string {
  const name = nameOf(facts, actorId);
  const where = `${approachWord(question.approach).toLowerCase()} under ${question.objective === 'ALL' ? 'any objective' : question.objective}`;
  const n = (status: CheckStatus) => state.checks.filter((c) => c.status === status).length;
  const tally = `${state.checks.length} checks: ${n('APPLIES')} apply, ${n('DOES_NOT_APPLY')} do not apply, ${n('NEUTRAL')} are neutral (they name no partner, or an exclusion does not apply).`;
  if (state.eligible) {
    const via = state.checks
      .filter((c) => c.rule.effect === 'GRANT' && c.status === 'APPLIES')
      .map((c) => c.rule.citations[0]?.locator)
      .join('; ');
    return `${name} qualifies for ${where} (${via}). ${tally}`;
  }
  const would = [...new Set(state.checks.flatMap((c) => (c.wouldQualifyWith ? [c.wouldQualifyWith.description] : [])))];
  const head = state.excluded
    ? `${name} does not qualify for ${where}: principle 4 excludes it, whatever else applies.`
    : `${name} does not qualify for ${where}.`;
  const deeming =
    state.deemed && !state.excluded
      ? ` It is also deemed incompatible with the Union's interests or policy goals (principle 4).`
      : '';
  const routes = would.length > 0 ? ` It ${would.join('; or it ')}.` : '';
  return `${head}${deeming}${routes} ${tally} ${caveatSentence(caveats)}`.trim();
}
