import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseFont } from '../../../../api/src/briefing/font-metrics.js';
import { fontFaceCss, parseUnicodeRange, textWidth } from '../../../../api/src/briefing/shipped-font.js';

const file = (name: string) =>
  readFileSync(createRequire(import.meta.url).resolve(`@fontsource/noto-sans/files/${name}`));

describe('briefing - the shipped font', () => {
  it('should read glyphs and advance widths from a WOFF file, and refuse WOFF2', () => {
    const font = parseFont(file('noto-sans-latin-400-normal.woff'));
    expect(font.unitsPerEm).toBe(1000);
    expect(font.ascender).toBeGreaterThan(0);
    expect(font.descender).toBeLessThan(0);
    const [i, m] = [font.glyph('i'.codePointAt(0)!), font.glyph('M'.codePointAt(0)!)];
    expect(i).toBeGreaterThan(0);
    expect(font.advance(m)).toBeGreaterThan(2 * font.advance(i));
    expect(font.glyph(0x3042)).toBe(0); // Hiragana: not in the Latin subset
    expect(() => parseFont(file('noto-sans-latin-400-normal.woff2'))).toThrow(/WOFF2/);
  });

  it('should measure each character in the subset that covers it, bold wider than regular', () => {
    expect(textWidth('EU Member States', 14)).toBeCloseTo(textWidth('EU Member States', 28) / 2, 6);
    expect(textWidth('Ελλάδα', 10)).toBeGreaterThan(0);
    expect(textWidth('Україна', 10)).not.toBe(textWidth('Ukraina', 10));
    expect(textWidth('Norway', 14, { weight: 700, style: 'normal' })).toBeGreaterThan(textWidth('Norway', 14));
    expect(parseUnicodeRange('U+0000-00FF,U+0131')).toEqual([
      [0, 255],
      [0x131, 0x131],
    ]);
  });

  it('should embed only the subsets a text needs', () => {
    expect(fontFaceCss('Plain English').match(/@font-face/g)).toHaveLength(4);
    expect(fontFaceCss('Łódź and Київ').match(/@font-face/g)).toHaveLength(12);
    expect(fontFaceCss('x')).not.toContain('http');
  });
});
