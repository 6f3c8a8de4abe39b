/**
 * Strict verbatim matching of a quote against the raw source text (issue 17): the only differences folded
 * are whitespace (a run of spaces or line breaks, or none, between two characters) and line-break
 * hyphenation (a hyphen that ends a line may be kept or dropped: "cyber-\nsecurity" matches "cyber-security"
 * and "cybersecurity"). Nothing else: no case, no Unicode compatibility forms, no typographic quotes, no
 * other hyphens. A match is a span of raw offsets, so it can be tested against the span of a provision and
 * for a quote that starts or stops in the middle of a word.
 */
export interface Span {
  start: number;
  end: number;
}

const WHITESPACE = /[\s\ufeff\u2028\u2029]/;
/** A hyphen (or soft hyphen) followed by optional spaces and a line break. */
const LINE_BREAK_HYPHEN = /^[-\u00ad\u2010]\s*[\r\n]/;

export class StrictText {
  private readonly chars: string[] = [];
  private readonly offsets: number[] = [];
  private readonly optional: boolean[] = [];

  constructor(readonly raw: string) {
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i]!;
      if (WHITESPACE.test(ch)) continue;
      this.chars.push(ch);
      this.offsets.push(i);
      this.optional.push(LINE_BREAK_HYPHEN.test(raw.slice(i, i + 8)));
    }
  }

  /** Every match of `quote` whose raw span lies within [from, to). */
  find(quote: string, from = 0, to = this.raw.length): Span[] {
    const needle = [...quote].filter((ch) => !WHITESPACE.test(ch));
    if (needle.length === 0) return [];
    const spans: Span[] = [];
    const first = lowerBound(this.offsets, from);
    for (let p = first; p < this.chars.length && this.offsets[p]! < to; p++) {
      const end = this.matchAt(needle, p);
      if (end === -1) continue;
      const span = { start: this.offsets[p]!, end: this.offsets[end - 1]! + 1 };
      if (span.end <= to) spans.push(span);
    }
    return spans;
  }

  /** The folded index after the match of `needle` starting at folded index `p`, or -1. */
  private matchAt(needle: string[], p: number): number {
    let k = p;
    for (let j = 0; j < needle.length;) {
      if (k >= this.chars.length) return -1;
      if (this.chars[k] === needle[j]) {
        k++;
        j++;
      } else if (this.optional[k] && j > 0) k++;
      else return -1;
    }
    return k;
  }
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const LETTER = /\p{L}/u;
const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Where a matched span cuts a word: "start" when it begins inside a word, "end" when it stops inside one
 * (including before a line-break hyphen that joins a word). A letter followed by digits is a word and its
 * footnote marker ("Member States21"), so stopping before the digits is not a cut.
 */
export function cutsWord(raw: string, span: Span): 'start' | 'end' | null {
  const before = raw[span.start - 1];
  const first = raw[span.start]!;
  if (before && ALNUM.test(before) && ALNUM.test(first) && !(LETTER.test(before) && !LETTER.test(first)))
    return 'start';
  const last = raw[span.end - 1]!;
  const after = raw[span.end];
  if (after && ALNUM.test(last) && ALNUM.test(after) && !(LETTER.test(last) && !LETTER.test(after))) return 'end';
  if (after && LETTER.test(last) && LINE_BREAK_HYPHEN.test(raw.slice(span.end, span.end + 8))) {
    const next = raw.slice(span.end).replace(/^[-\u00ad\u2010]\s*/, '');
    if (/^\p{Ll}/u.test(next)) return 'end';
  }
  return null;
}
