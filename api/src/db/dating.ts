/**
 * The date of an Action, Event, Exercise or LegalInstrument as the API answers it (Dating in model.graphql): the
 * stored date properties (seed/README.md, "Dates") and the window of days the date allows, the same window
 * cypher/model/list-timeline.cypher filters and sorts by. A year spans the year, a month the month; a deadline
 * has an open start, a start an open end. Pure: no driver, no I/O.
 */
import {
  DATE_PRECISIONS,
  DATE_ROLES,
  DATE_SOURCES,
  RECURRENCES,
  type DatePrecision,
  type DateRole,
  type DateSource,
  type Recurrence,
} from '../../../core/vocabulary.js';

export interface DatingDTO {
  date: string;
  precision: DatePrecision;
  role: DateRole | null;
  qualifier: string | null;
  text: string | null;
  source: DateSource;
  note: string | null;
  windowStart: string | null;
  windowEnd: string | null;
}

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const PRECISION_BY_LENGTH: Record<number, DatePrecision> = { 4: 'year', 7: 'month', 10: 'day' };

/** The first and last day a partial date (`2013`, `2012-10`, `2004-03-10`) allows, as ISO days. */
export function dayBounds(date: string): { first: string; last: string } {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
  if (month === undefined) return { first: iso(year, 1, 1), last: iso(year, 12, 31) };
  if (day === undefined) return { first: iso(year, month, 1), last: iso(year, month + 1, 0) };
  return { first: iso(year, month, day), last: iso(year, month, day) };
}

/** The recurrence the node states, or null. */
export const toRecurrence = (props: Record<string, unknown>): Recurrence | null =>
  RECURRENCES.has(props.recurrence) ? props.recurrence : null;

/** The node's date, or null when it has none. */
export function toDating(props: Record<string, unknown>): DatingDTO | null {
  const date = str(props.date);
  if (date === null) return null;
  const precision = DATE_PRECISIONS.has(props.datePrecision)
    ? props.datePrecision
    : (PRECISION_BY_LENGTH[date.length] ?? 'day');
  const role = DATE_ROLES.has(props.dateRole) ? props.dateRole : null;
  const { first, last } = dayBounds(date);
  return {
    date,
    precision,
    role,
    qualifier: str(props.dateQualifier),
    text: str(props.dateText),
    source: DATE_SOURCES.has(props.dateSource) ? props.dateSource : 'text',
    note: str(props.dateNote),
    windowStart: role === 'deadline' ? null : first,
    windowEnd: role === 'start' ? null : last,
  };
}

/** Whether a date's window overlaps [from, to] (ISO days, null: open). */
export function overlaps(dating: DatingDTO, from: string | null, to: string | null): boolean {
  if (to !== null && dating.windowStart !== null && dating.windowStart > to) return false;
  if (from !== null && dating.windowEnd !== null && dating.windowEnd < from) return false;
  return true;
}
