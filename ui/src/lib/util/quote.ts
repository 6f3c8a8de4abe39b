/**
 * Splits a provision's text around a quote so the quote can be marked. Matching ignores case and runs of
 * white space, and accepts straight for curly quotes; no match gives the text unmarked.
 */
export interface QuoteParts {
  before: string;
  quote: string;
  after: string;
  found: boolean;
}

const fold = (ch: string): string =>
  /[‘’′]/.test(ch) ? "'" : /[“”″]/.test(ch) ? '"' : /[–—]/.test(ch) ? '-' : ch.toLowerCase();

/** The text folded for matching, with the index in the original text of each folded character. */
function folded(text: string): { chars: string; index: number[] } {
  let chars = '';
  const index: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!space && chars.length > 0) {
        chars += ' ';
        index.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    chars += fold(ch);
    index.push(i);
  }
  return { chars, index };
}

export function splitQuote(text: string, quote: string | null | undefined): QuoteParts {
  const none = { before: text, quote: '', after: '', found: false };
  if (!quote || quote.trim().length < 3) return none;
  const hay = folded(text);
  const needle = folded(quote.trim()).chars.trim();
  const at = hay.chars.indexOf(needle);
  if (at < 0) return none;
  const start = hay.index[at]!;
  const end = hay.index[at + needle.length - 1]! + 1;
  return { before: text.slice(0, start), quote: text.slice(start, end), after: text.slice(end), found: true };
}

/** The section a locator sits in: "2.1 / The Commission asks ENISA to / bullet 1" → "2.1". */
export const sectionOf = (locator: string): string => locator.split(' / ')[0]!.trim();
