/**
 * Issue 20: the answer sorts its partners by name with a shortcut past the collator (name-order.ts). It must order
 * names exactly as localeCompare does: case, spaces, punctuation, digits, names that begin alike, non-ASCII.
 */
import { describe, expect, it } from 'vitest';
import { nameComparer } from '../../../../../api/src/domain/eligibility/name-order.js';

/** A deterministic generator (no Math.random: a failure must repeat). */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** The pairs the comparer orders otherwise than localeCompare (compared in bulk: one expect per pair is slow). */
function disagreements(compare: (a: string, b: string) => number, names: string[], locale = 'en'): string[][] {
  const found: string[][] = [];
  for (const a of names)
    for (const b of names) if (Math.sign(compare(a, b)) !== Math.sign(a.localeCompare(b, locale))) found.push([a, b]);
  return found;
}

describe('nameComparer', () => {
  // English named, not the process's default locale: under another default the shortcut would not be tested.
  const compare = nameComparer('en');

  it('should compare every pair of short printable-ASCII names as localeCompare does', () => {
    const characters = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
    const names = [
      ...characters,
      ...characters.flatMap((c) => [`${c}a`, `${c}A`, `${c} `, `${c}-`, `${c}é`, `a${c}`, `A${c}`, `a${c}\u0301`]),
    ];
    expect(disagreements(compare, names)).toEqual([]);
  });

  it('should compare random names with spaces, case, punctuation, digits and accents as localeCompare does', () => {
    const next = random(20);
    const alphabet = 'aAbBzZ09 -_.,\'"()&/éÉøåÅæßŁł中\u0301\u00b7';
    const name = () =>
      Array.from({ length: 1 + Math.floor(next() * 6) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const names = Array.from({ length: 400 }, name);
    expect(disagreements(compare, names)).toEqual([]);
  });

  it('should compare names that begin alike, differing further on, as localeCompare does', () => {
    const next = random(21);
    const pick = (words: string[]) => words[Math.floor(next() * words.length)]!;
    const words = [
      'Deneb',
      'deneb',
      'DENEB',
      'Dénéb',
      'Telecom',
      'tele-com',
      'Tele com',
      'Office',
      'office',
      'Oﬃce',
      'Æther',
    ];
    const separators = [' ', '  ', '-', '', '.', '\u0301 ', '\u00b7'];
    const name = () =>
      Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(words) + pick(separators)).join('') +
      String(Math.floor(next() * 200));
    expect(disagreements(compare, Array.from({ length: 500 }, name))).toEqual([]);
  });

  it('should sort names as localeCompare sorts them, ties kept in place', () => {
    const names = [
      'Zeta 2',
      'alpha',
      'Alpha',
      'ALPHA',
      'Ålborg',
      'Aalborg',
      '  spaced',
      '1st',
      'éclair',
      'Eclair',
      'zeta 10',
    ];
    expect([...names].sort(compare)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('should leave a locale that tailors ASCII to the collator (Danish sorts "aa" after "z")', () => {
    const names = ['aa', 'Aalborg', 'z', 'zebra', 'ab', 'Åse', 'a z', 'a-a'];
    expect(disagreements(nameComparer('da'), names, 'da')).toEqual([]);
    expect('aa'.localeCompare('z', 'da')).toBeGreaterThan(0);
  });

  it('should order names as the process default does when no locale is given', () => {
    const names = ['Zeta', 'alpha', 'Ålborg', 'Aalborg', 'éclair', 'Eclair', '1st', ' spaced'];
    expect([...names].sort(nameComparer())).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });
});
