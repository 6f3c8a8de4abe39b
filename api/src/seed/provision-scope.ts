/**
 * The text of one provision as spans of its source: its heading (as printed) or title, the lead-in clauses
 * its locator names, its text and the continuations of that text after an interleaved footnote block or
 * page footer. A quote is checked against these spans only (issue 17: "checked against the text of their own
 * provision"), with StrictText's folding, and must not start or stop inside a word. Pure.
 */
import { cutsWord, StrictText, type Span } from './strict-match.js';

export interface ProvisionParts {
  locator: string;
  text: string;
  continuation?: string[];
  leadIn?: string;
  heading?: string;
  title?: string;
}

export interface ProvisionScope {
  /** Spans of the text and its continuations, in order; empty when the text is not in the source. */
  body: Span[];
  /** Spans of the heading, title and lead-ins. */
  frame: Span[];
  problems: string[];
}

/** Locator segments that number a provision rather than name a subheading or lead-in. */
const NUMBERING = /^(?:\d+(?:\.\d+)*|(?:bullet|paragraph|principle|priority|footnote)\s+\d+|figure|cover|colophon)$/;

export function locateProvision(source: StrictText, parts: ProvisionParts): ProvisionScope {
  const problems: string[] = [];
  const body: Span[] = [];
  const [first] = source.find(parts.text);
  if (!first) problems.push('text not found verbatim (strict) in the source');
  else body.push(first);
  let cursor = first?.end ?? 0;
  for (const [index, part] of (parts.continuation ?? []).entries()) {
    const [next] = first ? source.find(part, cursor) : [];
    if (!next) problems.push(`continuation[${index}] not found verbatim after the text`);
    else if (next.start - cursor > 4000) problems.push(`continuation[${index}] is too far from the text before it`);
    else {
      body.push(next);
      cursor = next.end;
    }
  }
  const frame: Span[] = [];
  const start = first?.start ?? source.raw.length;
  const before = (text: string) => source.find(text, 0, start).at(-1);
  if (parts.leadIn) {
    const span = before(parts.leadIn);
    if (span) frame.push(span);
    else problems.push('leadIn not found verbatim before the text');
  }
  for (const segment of parts.locator.split(' / ').slice(1)) {
    if (NUMBERING.test(segment.trim())) continue;
    const span = before(segment);
    if (span) frame.push(span);
  }
  for (const heading of [parts.heading, parts.title]) {
    if (!heading) continue;
    const span = before(heading) ?? source.find(heading)[0];
    if (span) frame.push(span);
    else if (heading === parts.heading) problems.push('heading not found verbatim in the source');
  }
  return { body, frame, problems };
}

export type QuoteVerdict = 'ok' | 'outside-provision' | 'cuts-word';

/** Whether a quote lies within the provision's spans without cutting a word (any occurrence that does). */
export function checkQuote(source: StrictText, scope: ProvisionScope, quote: string): QuoteVerdict {
  let found = false;
  for (const span of [...scope.body, ...scope.frame]) {
    for (const match of source.find(quote, span.start, span.end)) {
      found = true;
      if (cutsWord(source.raw, match) === null) return 'ok';
    }
  }
  return found ? 'cuts-word' : 'outside-provision';
}
