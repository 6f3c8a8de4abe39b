/**
 * "As of": the date of the newest reference page an answer uses (issue 21). Facts from outside the two
 * strategies (agreements, memberships) are true as of their page; the answer says as of when. Dates compare as
 * their ISO prefixes (a year, a month or a day), so "2025-06" is newer than "2025".
 */
import type { Citation, EligibilityFacts, Reason } from './types.js';

/** The newest reference page date among the reasons' agreements and memberships; null when there is none. */
export function asOfDate(reasons: readonly Reason[], facts: EligibilityFacts): string | null {
  // One pass, no intermediate lists: an answer at scale uses a hundred thousand reasons.
  let newest: string | null = null;
  const consider = (date: string) => {
    if (newest === null || date > newest) newest = date;
  };
  const considerReferences = (citations: readonly Citation[]) => {
    for (const c of citations) {
      const document = facts.documents.get(c.documentId);
      if (document?.kind === 'reference' && document.date) consider(document.date);
    }
  };
  for (const r of reasons) {
    for (const e of r.agreement?.details?.evidence ?? []) if (e.pageDate !== null) consider(e.pageDate);
    considerReferences(r.agreement?.citations ?? []);
    considerReferences(r.membership?.citations ?? []);
  }
  return newest;
}
