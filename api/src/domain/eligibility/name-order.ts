/**
 * Names compared as `localeCompare` compares them (the default collator's compare: ECMA-402 defines
 * localeCompare without arguments so), faster. An answer at scale sorts some thirty thousand partners by name, and
 * the collator's compare was most of that sort (issue 20).
 *
 * Why the shortcut is exact: a collator compares the names' primary weights first, in order, over the whole names;
 * only when those are all equal do accents and case decide. In the root collation, which English uses, each
 * printable ASCII character is one collation element with a primary weight (none is ignorable, expands, or starts
 * a contraction with another ASCII character). So where two names begin with printable ASCII characters, the first
 * position at which those differ in primary weight orders the names, as the two characters order (that order is
 * read from the collator itself). Anything else (names equal up to the end of one, other characters near the
 * difference, other locales, which may tailor: Danish sorts "aa" after "z") goes to the collator.
 */

/**
 * The primary rank of each printable ASCII character (by code), or null when the collator is not English's plain
 * one (another locale, collation, numeric ordering or ignored punctuation: the collator then compares every pair).
 */
function primaryRanks(collator: Intl.Collator): number[] | null {
  const { locale, collation, numeric, ignorePunctuation } = collator.resolvedOptions();
  if (!(locale === 'en' || locale.startsWith('en-')) || collation !== 'default') return null;
  if (numeric || ignorePunctuation) return null;
  const primary = new Intl.Collator(locale, { sensitivity: 'base' }).compare;
  const characters = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).sort(primary);
  const ranks: number[] = [];
  let rank = 0;
  characters.forEach((c, i) => {
    if (i > 0 && primary(characters[i - 1]!, c) !== 0) rank++;
    ranks[c.charCodeAt(0)] = rank;
  });
  return ranks;
}

/** True when the character at `i` cannot join the one before it (ASCII), or there is none. */
const asciiOrEnd = (name: string, i: number) => i >= name.length || name.charCodeAt(i) < 0x80;

/**
 * A compare function ordering names exactly as `a.localeCompare(b, locale)` does (in sign); the process's default
 * locale when none is given, as the answers use.
 */
export function nameComparer(locale?: string): (a: string, b: string) => number {
  const collator = new Intl.Collator(locale);
  const ranks = primaryRanks(collator);
  if (!ranks) return collator.compare;
  return (a, b) => {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
      const rankA = ranks[a.charCodeAt(i)];
      const rankB = ranks[b.charCodeAt(i)];
      if (rankA === undefined || rankB === undefined) break;
      if (rankA !== rankB) return asciiOrEnd(a, i + 1) && asciiOrEnd(b, i + 1) ? rankA - rankB : collator.compare(a, b);
    }
    return collator.compare(a, b);
  };
}
