/**
 * Names compared as `localeCompare` compares them (the default collator's compare: ECMA-402 defines
 * localeCompare without arguments so), faster. An answer at scale sorts some thirty thousand partners by name, and
 * the collator's compare was most of that sort (issue 20).
 *
 * Why the shortcut is exact: a collator compares the primary weights of the whole names first, so two names whose
 * first collation elements differ at the primary level are ordered by those alone. In the root collation, which
 * English uses, a printable ASCII character followed by another ASCII character (or nothing) is one collation
 * element of its own (no ASCII character is ignorable there, nor starts a contraction with another), so names
 * whose first characters differ at the primary level compare as those characters do; that order is read from the
 * collator itself. The rest (same first letter, other scripts, other locales, which may tailor: Danish sorts "aa"
 * after "z") go to the collator.
 */

/** Primary rank of each printable ASCII character under `collator`'s locale, or null when that is not English. */
function firstCharacterRanks(collator: Intl.Collator): Map<number, number> | null {
  const { locale, collation } = collator.resolvedOptions();
  if (!(locale === 'en' || locale.startsWith('en-')) || collation !== 'default') return null;
  const primary = new Intl.Collator(locale, { sensitivity: 'base' }).compare;
  const characters = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).sort(primary);
  const ranks = new Map<number, number>();
  let rank = 0;
  characters.forEach((c, i) => {
    if (i > 0 && primary(characters[i - 1]!, c) !== 0) rank++;
    ranks.set(c.charCodeAt(0), rank);
  });
  return ranks;
}

/** The primary rank of a name's first character when the shortcut holds for it (see above), else undefined. */
function firstRank(ranks: Map<number, number>, name: string): number | undefined {
  return name.length === 1 || name.charCodeAt(1) < 0x80 ? ranks.get(name.charCodeAt(0)) : undefined;
}

/** A compare function ordering names exactly as `a.localeCompare(b)` does (in sign). */
export function nameComparer(): (a: string, b: string) => number {
  const collator = new Intl.Collator();
  const ranks = firstCharacterRanks(collator);
  if (!ranks) return collator.compare;
  return (a, b) => {
    const rankA = firstRank(ranks, a);
    const rankB = firstRank(ranks, b);
    if (rankA !== undefined && rankB !== undefined && rankA !== rankB) return rankA - rankB;
    return collator.compare(a, b);
  };
}
