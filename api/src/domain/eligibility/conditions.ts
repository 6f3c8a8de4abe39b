/**
 * CONDITION rules add their conditions to other rules. Their `scope` says where: "approach:A,B" to grants
 * under those approaches (the approaches' own terms in 2.1 and 2.2, principles 1, 5 and 6, section 2's
 * selectivity); "requests-not-explicitly-covered" only to grants from the general rules (objective ALL)
 * rather than a specific provision of section 4 (principle 6); "agreements" to the development of
 * cooperation frameworks or agreements, which is not a per-partner matter (principle 8).
 * Every condition is cited to the sentence that states it, at its own provision (footnote 5, 2.2, …).
 */
import type { ApproachCode, Citation, ConditionResult, RuleFact } from './types.js';

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

/** Folds for "is this text inside that quote": case, typographic quotes and dashes, whitespace and hyphens. */
const fold = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[\s\u2010-\u2015\u2212-]+/g, '');

/** The rule's citation at the condition's provision that contains its text, else the text itself there. */
function conditionCitation(rule: RuleFact, text: string, locator: string | null): Citation | null {
  const first = rule.citations[0];
  if (!first) return null;
  const at = locator ?? first.locator;
  const needle = fold(text);
  const sentence = rule.citations.find((c) => c.locator === at && fold(c.quote).includes(needle));
  return sentence ?? { documentId: first.documentId, locator: at, quote: text, kind: 'QUOTE' };
}

export function ownConditions(rule: RuleFact): ConditionResult[] {
  return rule.conditions.map((c) => ({
    kind: c.kind,
    text: c.text,
    rule,
    citation: conditionCitation(rule, c.text, c.locator),
  }));
}

/**
 * Conditions that CONDITION rules add to a grant under `approach`. They depend on the grant only through whether
 * it comes from the general rules (`general`: objective ALL), so a question computes them twice, not per grant.
 */
export function addedConditions(
  conditionRules: RuleFact[],
  general: boolean,
  approach: ApproachCode,
): ConditionResult[] {
  return conditionRules.flatMap((rule) => {
    const scope = parseScope(rule.scope, rule.approaches);
    if (scope.agreements) return [];
    if (scope.approaches && !scope.approaches.includes(approach)) return [];
    if (scope.generalOnly && !general) return [];
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
  return [...new Map(conditions.map((c) => [`${c.kind}|${c.rule.id}|${c.text}`, c])).values()];
}

/** A grant's conditions under one question, computed once per grant: its routes, class and activity all ask. */
export type GrantConditions = (grant: RuleFact) => ConditionResult[];

/** For each grant of a question: its own conditions, then those the condition rules add to it. */
export function grantConditions(conditionRules: RuleFact[], approach: ApproachCode): GrantConditions {
  const added = {
    general: addedConditions(conditionRules, true, approach),
    specific: addedConditions(conditionRules, false, approach),
  };
  const known = new Map<RuleFact, ConditionResult[]>();
  return (grant) => {
    let found = known.get(grant);
    if (!found) {
      const fromRules = grant.objective === 'ALL' ? added.general : added.specific;
      known.set(grant, (found = uniqueConditions([...ownConditions(grant), ...fromRules])));
    }
    return found;
  };
}
