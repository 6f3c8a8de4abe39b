/**
 * The profile's 7 × 3 matrix: the cells of ActorProfile (by objective then approach) laid out as rows of
 * objectives and columns of approaches, each in the strategy's order; a missing cell stays a hole (null), never
 * a guess. Pure.
 */
import { APPROACHES, OBJECTIVES, enumName, termOf } from '../../../../core/vocabulary.js';

export interface MatrixCell {
  objective: string;
  approach: string;
}

export interface MatrixRow<C> {
  /** The Objective enum value: `SO4_4`. */
  objective: string;
  /** As the strategy writes it: `SO4.4`. */
  term: string;
  /** One per approach, in APPROACHES order; null when the profile has no such cell. */
  cells: Array<C | null>;
}

/** The approaches, as the columns: LIMITED, ASSISTING, OUTREACH. */
export const MATRIX_APPROACHES: readonly string[] = APPROACHES.values;

export const approachWord = (approach: string): string => approach.charAt(0) + approach.slice(1).toLowerCase();

export const objectiveTerm = (objective: string): string => termOf(OBJECTIVES, objective) ?? objective;

/** The objective's title as the vocabulary states it, without its code ("cybersecurity as an integral part…"). */
export function objectiveTitle(objective: string): string {
  const term = termOf(OBJECTIVES, objective);
  const text = term ? OBJECTIVES.descriptions[term] : '';
  return text.replace(/^SO\d\.\d:\s*/, '').replace(/\.$/, '');
}

const objectiveOrder = (objective: string) => {
  const i = OBJECTIVES.values.findIndex((term) => enumName(term) === objective);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
};

export function profileMatrix<C extends MatrixCell>(cells: readonly C[]): Array<MatrixRow<C>> {
  const objectives = [...new Set(cells.map((c) => c.objective))].sort(
    (a, b) => objectiveOrder(a) - objectiveOrder(b) || a.localeCompare(b),
  );
  return objectives.map((objective) => ({
    objective,
    term: objectiveTerm(objective),
    cells: MATRIX_APPROACHES.map(
      (approach) => cells.find((c) => c.objective === objective && c.approach === approach) ?? null,
    ),
  }));
}

/** A cell's key, for the open cell and ids: `SO4_4-OUTREACH`. */
export const cellKey = (cell: MatrixCell): string => `${cell.objective}-${cell.approach}`;
