/**
 * Dates on Action, Event, Exercise and LegalInstrument nodes (seed/README.md, "Dates"): an ISO value as precise
 * as the text, its precision, what it is the date of, and where it comes from. Pure checks of one node's
 * properties; validate.ts checks that dateText and recurrenceText are in the node's own quotes.
 */
import { DATE_PATTERN, DATED_LABELS } from './schema.js';
import type { PropertyValue } from './types.js';

const PRECISION_BY_LENGTH: Record<number, string> = { 4: 'year', 7: 'month', 10: 'day' };
const NEEDS_DATE = ['dateEnd', 'datePrecision', 'dateRole', 'dateQualifier', 'dateText', 'dateSource'];

/** The problems of one node's date properties, as [property, reason] pairs. */
export function dateProblems(label: string, props: Record<string, PropertyValue>): Array<[string, string]> {
  if (!DATED_LABELS.has(label)) return [];
  const problems: Array<[string, string]> = [];
  const date = props.date as string | undefined;
  if (date === undefined) {
    for (const key of NEEDS_DATE)
      if (props[key] !== undefined) problems.push([key, `${key} describes a date: give "date" too`]);
  } else if (!DATE_PATTERN.test(date)) {
    problems.push(['date', 'must be an ISO date as precise as the text: YYYY, YYYY-MM or YYYY-MM-DD']);
  } else {
    if (props.datePrecision !== PRECISION_BY_LENGTH[date.length])
      problems.push(['datePrecision', `"${date}" has precision ${PRECISION_BY_LENGTH[date.length]}`]);
    if (props.dateRole === undefined) problems.push(['dateRole', 'required with a date']);
    const source = (props.dateSource as string | undefined) ?? 'text';
    if (source === 'text' && props.dateText === undefined)
      problems.push(['dateText', 'a date read from the text quotes the words that give it']);
    if (source.startsWith('reference') !== (props.dateReference !== undefined))
      problems.push(['dateReference', 'a reference date (and only it) names the reference page it comes from']);
    if ((source === 'derived' || source === 'reference-unverified') && props.dateNote === undefined)
      problems.push(['dateNote', `a ${source} date says how it was obtained`]);
    const end = props.dateEnd as string | undefined;
    if (end !== undefined && (!DATE_PATTERN.test(end) || end < date))
      problems.push(['dateEnd', 'must be an ISO date, not before "date"']);
  }
  if ((props.recurrence === undefined) !== (props.recurrenceText === undefined))
    problems.push(['recurrenceText', 'a recurrence quotes the words that state it (and only then)']);
  if (label === 'Action') {
    if (props.undated !== undefined && props.undated !== true)
      problems.push(['undated', 'write undated: true, or leave it out and give a date']);
    if ((date === undefined) === (props.undated === undefined))
      problems.push(['date', 'an Action has an ISO date, or says undated: true when the text gives none (not both)']);
  }
  return problems;
}
