/**
 * Advance widths and vertical metrics read from a font file (WOFF 1.0 or plain TrueType/OpenType): what a
 * text measures in the font, without a browser or a font library. Reads the head, hhea, hmtx, cmap (formats
 * 4 and 12) and OS/2 tables; no shaping (kerning and ligatures only ever make a text narrower). Pure.
 */
import { inflateSync } from 'node:zlib';

export interface FontMetrics {
  unitsPerEm: number;
  /** Ascender, descender (negative) and cap height, in font units. */
  ascender: number;
  descender: number;
  capHeight: number;
  /** The glyph of a code point (0: the font has none). */
  glyph(codePoint: number): number;
  /** Advance width of a glyph, in font units. */
  advance(glyph: number): number;
}

type Tables = Map<string, Buffer>;

const tag = (data: Buffer, offset: number) => data.toString('latin1', offset, offset + 4);

/** WOFF 1.0: a header, a table directory, each table zlib-compressed unless that would not save space. */
function woffTables(data: Buffer): Tables {
  const tables: Tables = new Map();
  const count = data.readUInt16BE(12);
  for (let i = 0; i < count; i += 1) {
    const entry = 44 + i * 20;
    const [offset, compressed, original] = [4, 8, 12].map((o) => data.readUInt32BE(entry + o)) as [
      number,
      number,
      number,
    ];
    const raw = data.subarray(offset, offset + compressed);
    tables.set(tag(data, entry), compressed < original ? inflateSync(raw) : raw);
  }
  return tables;
}

/** TrueType or OpenType (sfnt): a table directory after a 12-byte header. */
function sfntTables(data: Buffer): Tables {
  const tables: Tables = new Map();
  const count = data.readUInt16BE(4);
  for (let i = 0; i < count; i += 1) {
    const entry = 12 + i * 16;
    const offset = data.readUInt32BE(entry + 8);
    tables.set(tag(data, entry), data.subarray(offset, offset + data.readUInt32BE(entry + 12)));
  }
  return tables;
}

/** Format 4 (the Basic Multilingual Plane, in segments) → code point to glyph map. */
function cmapFormat4(table: Buffer, at: number, into: Map<number, number>): void {
  const segments = table.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s += 1) {
    const [end, start] = [table.readUInt16BE(ends + s * 2), table.readUInt16BE(starts + s * 2)];
    const delta = table.readInt16BE(deltas + s * 2);
    const rangeOffset = table.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const index = table.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = index === 0 ? 0 : (index + delta) & 0xffff;
      }
      if (glyph !== 0) into.set(c, glyph);
    }
  }
}

/** Format 12 (all of Unicode, in groups of consecutive code points and glyphs). */
function cmapFormat12(table: Buffer, at: number, into: Map<number, number>): void {
  const groups = table.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g += 1) {
    const group = at + 16 + g * 12;
    const [start, end, glyph] = [0, 4, 8].map((o) => table.readUInt32BE(group + o)) as [number, number, number];
    for (let c = start; c <= end; c += 1) into.set(c, glyph + c - start);
  }
}

/** The Unicode subtables (platform 0, or Windows 3/1 and 3/10), the fullest format first. */
function readCmap(table: Buffer): Map<number, number> {
  const map = new Map<number, number>();
  const subtables = [];
  for (let i = 0; i < table.readUInt16BE(2); i += 1) {
    const [platform, encoding] = [table.readUInt16BE(4 + i * 8), table.readUInt16BE(6 + i * 8)];
    const at = table.readUInt32BE(8 + i * 8);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))
      subtables.push({ at, format: table.readUInt16BE(at) });
  }
  const format12 = subtables.find((s) => s.format === 12);
  const format4 = subtables.find((s) => s.format === 4);
  if (format12) cmapFormat12(table, format12.at, map);
  else if (format4) cmapFormat4(table, format4.at, map);
  else throw new Error('font has no Unicode cmap of format 4 or 12');
  return map;
}

export function parseFont(data: Buffer): FontMetrics {
  const signature = tag(data, 0);
  if (signature === 'wOF2') throw new Error('WOFF2 is not supported here: use the WOFF or TTF file');
  const tables = signature === 'wOFF' ? woffTables(data) : sfntTables(data);
  const need = (name: string) => {
    const table = tables.get(name);
    if (!table) throw new Error(`font has no ${name} table`);
    return table;
  };
  const [head, hhea, hmtx] = [need('head'), need('hhea'), need('hmtx')];
  const os2 = tables.get('OS/2');
  const cmap = readCmap(need('cmap'));
  const metricsCount = hhea.readUInt16BE(34);
  const ascender = hhea.readInt16BE(4);
  // sCapHeight exists from OS/2 version 2 on; without it, 70 % of the ascender is the usual proportion.
  const capHeight = os2 && os2.readUInt16BE(0) >= 2 ? os2.readInt16BE(88) : Math.round(ascender * 0.7);
  return {
    unitsPerEm: head.readUInt16BE(18),
    ascender,
    descender: hhea.readInt16BE(6),
    capHeight,
    glyph: (codePoint) => cmap.get(codePoint) ?? 0,
    // Glyphs past numberOfHMetrics share the last advance width.
    advance: (glyph) => hmtx.readUInt16BE(Math.min(glyph, metricsCount - 1) * 4),
  };
}
