/**
 * How one objective × approach answer for one actor reads at a glance (the actor profile's matrix, in the UI and
 * in its briefing): ELIGIBLE, CONDITIONAL or NOT_ELIGIBLE. Written once, here, so the page, the PDF and the API's
 * `ProfileCell.status` cannot disagree.
 *
 * Every answer that qualifies carries conditions: the general ones of sections 2 and 3 (principles 1 and 5, high
 * and measurable added value, the limited approach's ad hoc basis) bind any engagement. What tells an analyst
 * "yes, but not yet" is a step someone must take first: a board's endorsement, approval or notification, a
 * consultation, or the partner's own request. So an answer is CONDITIONAL when the actor qualifies and such a
 * step binds it: a general rule sets one, or every route that makes it qualify does; ELIGIBLE when it qualifies
 * with only conditions to respect on at least one route; NOT_ELIGIBLE when no rule makes it qualify or principle 4
 * excludes it (the answer is then not final: Article 12 of the CSA).
 * This reading is ours (the strategy has no such three-way word): seed/READINGS.md §9 says so.
 */
import type { ConditionKind } from './vocabulary.js';

export const CELL_STATUSES = ['ELIGIBLE', 'CONDITIONAL', 'NOT_ELIGIBLE'] as const;
export type CellStatus = (typeof CELL_STATUSES)[number];

/** Condition kinds (ConditionKind enum values) that are a step to take before ENISA may engage. */
export const STEP_CONDITION_KINDS: ReadonlySet<ConditionKind> = new Set<ConditionKind>([
  'MB_ENDORSEMENT',
  'EB_ENDORSEMENT',
  'MB_APPROVAL',
  'EB_NOTIFICATION',
  'CONSULT_EEAS_AND_COMMISSION',
  'CONSULT_DG_CONNECT',
  'ON_REQUEST',
]);

export const isStepCondition = (condition: { kind: string }): boolean =>
  STEP_CONDITION_KINDS.has(condition.kind as ConditionKind);

export interface CellFacts {
  eligible: boolean;
  excluded: boolean;
  /** The rules that make it qualify (its routes). */
  reasons: ReadonlyArray<{ rule: { id: string } }>;
  /** Every condition on the answer, each with the rule that sets it (a route's own, or a general one). */
  conditions: ReadonlyArray<{ kind: string; rule: { id: string } }>;
}

/**
 * A step binds the answer when a general rule sets it (it binds every route), or when every route that makes the
 * actor qualify sets one of its own: a route without a step is a way to engage without waiting.
 */
export function cellStatus(cell: CellFacts): CellStatus {
  if (!cell.eligible || cell.excluded) return 'NOT_ELIGIBLE';
  const routes = new Set(cell.reasons.map((r) => r.rule.id));
  const steps = cell.conditions.filter(isStepCondition);
  if (steps.some((c) => !routes.has(c.rule.id))) return 'CONDITIONAL';
  const routeHasStep = (id: string) => steps.some((c) => c.rule.id === id);
  return routes.size > 0 && [...routes].every(routeHasStep) ? 'CONDITIONAL' : 'ELIGIBLE';
}
