/**
 * CONDITION rules (principles 6 and 8) add their conditions to other rules. Their `scope` says where:
 * "approach:A,B" to grants under those approaches; "requests-not-explicitly-covered" only to grants from
 * the general rules (objective ALL) rather than a specific provision of section 4; "agreements" to the
 * development of cooperation frameworks or agreements, which is not a per-partner matter.
 */
import type { ApproachCode, ConditionResult, RuleFact } from './types.js';

interface Scope {
  approaches: ApproachCode[] | null;
  generalOnly: boolean;
  agreements: boolean;
}

export function parseScope(scope: string | null, fallback: ApproachCode[]): Scope {
  const tokens = (scope ?? '')
    .split(';')
    .map((t) => t.trim())
    .filter(Boolean);
  let approaches: ApproachCode[] | null = fallback;
  for (const token of tokens) {
    if (token.startsWith('approach:'))
      approaches = token
        .slice('approach:'.length)
        .split(',')
        .map((a) => a.trim() as ApproachCode);
  }
  return {
    approaches,
    generalOnly: tokens.includes('requests-not-explicitly-covered'),
    agreements: tokens.includes('agreements'),
  };
}

export function ownConditions(rule: RuleFact): ConditionResult[] {
  return rule.conditions.map((c) => ({ kind: c.kind, text: c.text, rule, citation: rule.citations[0] ?? null }));
}

/** Conditions that CONDITION rules add to a grant by `grant` under `approach`. */
export function addedConditions(
  conditionRules: RuleFact[],
  grant: RuleFact,
  approach: ApproachCode,
): ConditionResult[] {
  return conditionRules.flatMap((rule) => {
    const scope = parseScope(rule.scope, rule.approaches);
    if (scope.agreements) return [];
    if (scope.approaches && !scope.approaches.includes(approach)) return [];
    if (scope.generalOnly && grant.objective !== 'ALL') return [];
    return ownConditions(rule);
  });
}

/** Conditions for developing cooperation frameworks or agreements under `approach` (principle 8). */
export function generalConditions(conditionRules: RuleFact[], approach: ApproachCode): ConditionResult[] {
  return conditionRules.flatMap((rule) => {
    const scope = parseScope(rule.scope, rule.approaches);
    return scope.agreements && (!scope.approaches || scope.approaches.includes(approach)) ? ownConditions(rule) : [];
  });
}

export function uniqueConditions(conditions: ConditionResult[]): ConditionResult[] {
  return [...new Map(conditions.map((c) => [`${c.kind}|${c.rule.id}`, c])).values()];
}
