/**
 * The font every briefing is set in: Noto Sans (SIL Open Font License 1.1), from the pinned npm package
 * @fontsource/noto-sans, never from the machine. Latin with diacritics, Greek and Cyrillic, split by the
 * package into subsets (unicode ranges). Two uses:
 * - measuring text (textWidth) with the font's own advance widths, so the diagram's boxes are sized for
 *   exactly the text drawn in them, whatever fonts the machine has;
 * - embedding it (fontFaceCss): @font-face rules with data: URLs for the subsets a page uses, so HTML, PDF
 *   and PNG draw with it and need nothing else.
 * The files are read from node_modules on first use and kept.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FONT_FAMILY, FONT_STACK } from '../../../core/font.js';
import { parseFont, type FontMetrics } from './font-metrics.js';

export { FONT_FAMILY, FONT_STACK };

export type FontWeight = 400 | 600 | 700;
export type FontStyle = 'normal' | 'italic';
export interface Face {
  weight: FontWeight;
  style: FontStyle;
}

/** The faces briefings use: body, italic (quotes, notes), semibold (headings of tables) and bold. */
export const FACES: readonly Face[] = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 600, style: 'normal' },
  { weight: 700, style: 'normal' },
];

const PACKAGE_DIR = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json'));

interface Subset {
  name: string;
  ranges: Array<[number, number]>;
}

/** "U+0000-00FF,U+0131" → [[0, 255], [305, 305]]. */
export function parseUnicodeRange(css: string): Array<[number, number]> {
  return css.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}

let subsetList: Subset[] | undefined;
/** The package's subsets, Latin first (the order in which a code point is looked up). */
function subsets(): Subset[] {
  subsetList ??= Object.entries(
    JSON.parse(readFileSync(join(PACKAGE_DIR, 'unicode.json'), 'utf8')) as Record<string, string>,
  )
    .map(([name, ranges]) => ({ name, ranges: parseUnicodeRange(ranges) }))
    .sort((a, b) => Number(b.name === 'latin') - Number(a.name === 'latin'));
  return subsetList;
}

const covers = (subset: Subset, codePoint: number) => subset.ranges.some(([a, b]) => codePoint >= a && codePoint <= b);

const fileOf = (subset: Subset, face: Face, ext: 'woff' | 'woff2') =>
  join(PACKAGE_DIR, 'files', `noto-sans-${subset.name}-${face.weight}-${face.style}.${ext}`);

const metricsCache = new Map<string, FontMetrics>();
function metrics(subset: Subset, face: Face): FontMetrics {
  const key = `${subset.name}-${face.weight}-${face.style}`;
  let found = metricsCache.get(key);
  if (!found) {
    // The WOFF (zlib) and WOFF2 (brotli) files of a subset are the same font; WOFF is the one read here.
    found = parseFont(readFileSync(fileOf(subset, face, 'woff')));
    metricsCache.set(key, found);
  }
  return found;
}

/** Vertical metrics of the regular face, in em. */
export function fontVerticalMetrics(): { ascender: number; descender: number; capHeight: number } {
  const m = metrics(subsets()[0]!, FACES[0]!);
  return {
    ascender: m.ascender / m.unitsPerEm,
    descender: m.descender / m.unitsPerEm,
    capHeight: m.capHeight / m.unitsPerEm,
  };
}

/** Width of a character the font lacks (the fallback font draws it): a generous estimate, in em. */
const MISSING_WIDTH = 1;

/**
 * Width of `text` in points (or pixels) at `size`, in the shipped font: the sum of the advance widths, each
 * from the subset the browser would use for that character (its unicode-range), as Chromium lays the text
 * out with kerning off. Characters outside every subset count MISSING_WIDTH em.
 */
export function textWidth(text: string, size: number, face: Face = FACES[0]!): number {
  let units = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    let width = MISSING_WIDTH;
    for (const subset of subsets()) {
      if (!covers(subset, codePoint)) continue;
      const m = metrics(subset, face);
      const glyph = m.glyph(codePoint);
      if (glyph === 0) continue;
      width = m.advance(glyph) / m.unitsPerEm;
      break;
    }
    units += width;
  }
  return units * size;
}

const rangeCss = (subset: Subset) =>
  subset.ranges
    .map(([a, b]) => `U+${a.toString(16).toUpperCase()}${a === b ? '' : `-${b.toString(16).toUpperCase()}`}`)
    .join(',');

const dataUrlCache = new Map<string, string>();
function dataUrl(subset: Subset, face: Face): string {
  const file = fileOf(subset, face, 'woff2');
  let url = dataUrlCache.get(file);
  if (!url) {
    url = `data:font/woff2;base64,${readFileSync(file).toString('base64')}`;
    dataUrlCache.set(file, url);
  }
  return url;
}

/**
 * @font-face rules that embed the shipped font as data: URLs: every face, for each subset that one of the
 * characters of `text` falls in (a page in English embeds Latin only, about 55 kB of WOFF2).
 */
export function fontFaceCss(text: string): string {
  const codePoints = new Set<number>();
  for (const char of text) codePoints.add(char.codePointAt(0)!);
  const used = subsets().filter((subset) => [...codePoints].some((c) => covers(subset, c)));
  return used
    .flatMap((subset) =>
      FACES.map(
        (face) =>
          `@font-face { font-family: '${FONT_FAMILY}'; font-style: ${face.style}; font-weight: ${face.weight}; ` +
          `font-display: block; src: url(${dataUrl(subset, face)}) format('woff2'); unicode-range: ${rangeCss(subset)}; }`,
      ),
    )
    .join('\n');
}
