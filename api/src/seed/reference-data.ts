/**
 * Reference data from official pages (issue 21): a quote must be in the stored page text kept beside it
 * (`excerpt`, whitespace folded only), and a reference agreement says what it is, what it covers and, for every
 * date and its article, either the value or why there is none. Pure.
 */
import { DATE_PATTERN } from './schema.js';
import type { SeedCitation, SeedNode, SeedProblem } from './types.js';

/** Folds every run of whitespace (spaces, line breaks) to one space; nothing else. */
export const foldWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** True when the quote is in the excerpt once whitespace is folded in both. */
export const quoteInExcerpt = (quote: string, excerpt: string): boolean =>
  foldWhitespace(excerpt).includes(foldWhitespace(quote));

/** A reference citation's excerpt: only with a quote, and the quote must be in it. */
export function excerptProblem(citation: SeedCitation): string | null {
  if (citation.excerpt === undefined) return null;
  if (!citation.quote) return 'an excerpt goes with a quote: the quote it keeps the page text of';
  return quoteInExcerpt(citation.quote, citation.excerpt)
    ? null
    : `quote not in its stored excerpt (whitespace folded only): "${citation.quote.slice(0, 80)}"`;
}

const DATES = ['dateSigned', 'provisionalApplication', 'entryIntoForce'] as const;

/** A LegalInstrument marked referenceData: its scope, a quoted official page, its article and dates (or why none). */
export function referenceAgreementProblems(node: SeedNode): SeedProblem[] {
  if (node.label !== 'LegalInstrument' || node.properties.referenceData !== true) return [];
  const problems: SeedProblem[] = [];
  const add = (key: string, reason: string) =>
    problems.push({ file: node.files[0]!, path: `${node.id}.${key}`, reason });
  const props = node.properties;
  if (!Array.isArray(props.cyberScope) || props.cyberScope.length === 0)
    add(
      'cyberScope',
      'a reference agreement says what its cooperation covers (cybersecurity, cyber-issues, cybercrime)',
    );
  if (props.coversCybersecurity !== true) add('coversCybersecurity', 'a reference agreement covers cybersecurity');
  if (props.article === undefined && props.articleNote === undefined)
    add('article', 'give the article or paragraph, or articleNote: why it is not known');
  for (const key of DATES) {
    const value = props[key];
    if (value === undefined && props[`${key}Note`] === undefined) add(key, `give ${key}, or ${key}Note: why none`);
    if (typeof value === 'string' && !DATE_PATTERN.test(value)) add(key, 'a date is YYYY, YYYY-MM or YYYY-MM-DD');
  }
  if (!Array.isArray(props.kindReadings) || props.kindReadings.length === 0)
    add('kindReadings', 'a reference agreement states the reading of each kind of agreement (seed/READINGS.md §4)');
  if (!node.citations.some((c) => c.quote && c.excerpt))
    add('citations', 'a reference agreement quotes an official page, with the stored excerpt beside the quote');
  return problems;
}
