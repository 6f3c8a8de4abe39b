/**
 * What one cell of the actor profile shows (issue 19): eligible, conditional or not eligible, in words and by a
 * shape, never by colour alone. Pure. The rule itself is core/cell-status.ts, which the API's ProfileCell.status
 * and the profile's briefing use too.
 *
 * Every cell the actor qualifies in carries conditions: the general ones of sections 2 and 3 (principles 1 and 5,
 * high and measurable added value, the limited approach's ad hoc basis) apply to any engagement. What tells an
 * analyst "yes, but not yet" is a step someone must take first: a board's endorsement, approval or notification,
 * a consultation, or the partner's own request. So a cell is CONDITIONAL when the actor qualifies and one of its
 * conditions is such a step, ELIGIBLE when it qualifies with only conditions to respect, and NOT_ELIGIBLE when
 * no rule makes it qualify or principle 4 excludes it (the caveat then says the answer is not final).
 */
import {
  cellStatus,
  isStepCondition,
  STEP_CONDITION_KINDS,
  type CellFacts as CoreCellFacts,
  type CellStatus,
} from '../../../../core/cell-status.js';

export type CellState = CellStatus;

/** Condition kinds that are a step to take before ENISA may engage (core/cell-status.ts, shared with the API). */
export const STEP_CONDITIONS: readonly string[] = [...STEP_CONDITION_KINDS];

export type CellFacts = CoreCellFacts & { status?: CellStatus };

export const isStep = isStepCondition;

/** The API's own status (ProfileCell.status) when the answer carries it; else the same rule, from core/. */
export function cellState(cell: CellFacts): CellState {
  return cell.status ?? cellStatus(cell);
}

/** The words and the shape each state is shown with (the shape is text, so it prints and reads aloud). */
export const CELL_LOOK: Record<CellState, { label: string; symbol: string; meaning: string }> = {
  ELIGIBLE: {
    label: 'Eligible',
    symbol: '✓',
    meaning: 'qualifies; conditions to respect, no step to take first',
  },
  CONDITIONAL: {
    label: 'Conditional',
    symbol: '◐',
    meaning: 'qualifies once a step is taken: an endorsement, approval, notification, consultation or request',
  },
  NOT_ELIGIBLE: {
    label: 'Not eligible',
    symbol: '✕',
    meaning: 'no rule makes it qualify, or principle 4 excludes it; not final (Article 12 of the CSA)',
  },
};

/** The cell's state in words, with its what-if and exclusion marks: "Conditional (what-if)". */
export function cellLabel(cell: CellFacts & { assumed: boolean }): string {
  const state = cellState(cell);
  const marks = [cell.excluded ? 'excluded' : null, cell.assumed ? 'what-if' : null].filter(Boolean);
  return `${CELL_LOOK[state].label}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}`;
}
