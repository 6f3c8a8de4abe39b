/**
 * Verbatim quote matching against the plain-text extractions in seed/sources/.
 * The texts carry PDF artefacts, so both sides are folded the same way: Unicode compatibility forms,
 * typographic quotes and dashes, and then every whitespace run and every hyphen is dropped, which
 * makes "cyber-\nsecurity", "cyber-security" and "cybersecurity" equal. Nothing else is folded.
 */
const TYPOGRAPHIC: Array<[RegExp, string]> = [
  [/[\u2018\u2019\u201a\u201b\u2032`]/g, "'"],
  [/[\u201c\u201d\u201e\u201f\u2033]/g, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad]/g, '-'],
];

export function foldForMatching(text: string): string {
  let folded = text.normalize('NFKC');
  for (const [pattern, replacement] of TYPOGRAPHIC) folded = folded.replace(pattern, replacement);
  return folded.replace(/[\s-]+/g, '');
}

export class SourceText {
  private readonly folded: string;
  constructor(readonly raw: string) {
    this.folded = foldForMatching(raw);
  }
  contains(quote: string): boolean {
    const needle = foldForMatching(quote);
    return needle.length > 0 && this.folded.includes(needle);
  }
}
