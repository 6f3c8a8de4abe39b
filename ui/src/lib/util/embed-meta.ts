/**
 * Provenance inside exported images, so a picture pasted into a note still says where it came from:
 * PNG text chunks (iTXt, UTF-8, readable by exiftool and image viewers) and SVG <title>/<desc>.
 */

export interface ExportMeta {
  title: string;
  /** Data version, date, link: one line each. */
  description: string[];
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** An iTXt chunk: keyword (Latin letters), uncompressed UTF-8 text. */
function itxtChunk(keyword: string, text: string): Uint8Array {
  const encoder = new TextEncoder();
  const body = [...encoder.encode(keyword.slice(0, 79)), 0, 0, 0, 0, 0, ...encoder.encode(text)];
  const chunk = new Uint8Array(12 + body.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, body.length);
  chunk.set(encoder.encode('iTXt'), 4);
  chunk.set(body, 8);
  view.setUint32(8 + body.length, crc32(chunk.subarray(4, 8 + body.length)));
  return chunk;
}

/** Signature (8 bytes) and IHDR (25 bytes): text chunks go right after. */
const AFTER_IHDR = 33;
const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length > AFTER_IHDR && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The PNG with one iTXt chunk per entry after its header; anything that is not a PNG comes back as is. */
export function pngWithText(bytes: Uint8Array, entries: Record<string, string>): Uint8Array {
  if (!isPng(bytes)) return bytes;
  const chunks = Object.entries(entries).map(([k, v]) => itxtChunk(k, v));
  const out = new Uint8Array(bytes.length + chunks.reduce((n, c) => n + c.length, 0));
  out.set(bytes.subarray(0, AFTER_IHDR), 0);
  let at = AFTER_IHDR;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(bytes.subarray(AFTER_IHDR), at);
  return out;
}

export function pngTextEntries(meta: ExportMeta): Record<string, string> {
  return { Title: meta.title, Description: meta.description.join('\n'), Software: 'Cyber Ecosystem Explorer' };
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The SVG with <title> and <desc> as its first children (what screen readers and file browsers show), and a
 * viewBox when it has only a width and height, so it scales when placed in a document.
 */
export function svgWithMeta(svg: string, meta: ExportMeta): string {
  const match = /<svg\b[^>]*>/.exec(svg);
  if (!match) return svg;
  let open = match[0];
  const width = /\swidth="([\d.]+)"/.exec(open)?.[1];
  const height = /\sheight="([\d.]+)"/.exec(open)?.[1];
  if (width && height && !/\sviewBox=/.test(open))
    open = open.replace(/^<svg\b/, `<svg viewBox="0 0 ${width} ${height}"`);
  const head = `<title>${escapeXml(meta.title)}</title><desc>${escapeXml(meta.description.join('\n'))}</desc>`;
  return `${svg.slice(0, match.index)}${open}${head}${svg.slice(match.index + match[0].length)}`;
}
