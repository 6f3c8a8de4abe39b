/**
 * "As of": the date of the newest reference page an answer uses (issue 21). Facts from outside the two
 * strategies (agreements, memberships) are true as of their page; the answer says as of when. Dates compare as
 * their ISO prefixes (a year, a month or a day), so "2025-06" is newer than "2025".
 */
import type { Citation, EligibilityFacts, Reason } from './types.js';

const referenceDates = (citations: readonly Citation[], facts: EligibilityFacts): string[] =>
  citations
    .map((c) => facts.documents.get(c.documentId))
    .filter((d) => d?.kind === 'reference' && d.date)
    .map((d) => d!.date!);

/** The newest reference page date among the reasons' agreements and memberships; null when there is none. */
export function asOfDate(reasons: readonly Reason[], facts: EligibilityFacts): string | null {
  const dates = reasons.flatMap((r) => [
    ...(r.agreement?.details?.evidence.filter((e) => e.pageDate !== null).map((e) => e.pageDate!) ?? []),
    ...referenceDates(r.agreement?.citations ?? [], facts),
    ...referenceDates(r.membership?.citations ?? [], facts),
  ]);
  return dates.length === 0 ? null : dates.reduce((a, b) => (b > a ? b : a));
}
