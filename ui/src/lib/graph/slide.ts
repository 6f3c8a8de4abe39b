/**
 * A view export made slide-ready: the picture of the graph with a header (the title: the question answered or
 * what is shown, then the data version and the date) above it and the legend (every node kind drawn, as a
 * swatch in its palette colour and its legend name) below it. One layout, computed from text widths, is drawn
 * twice: onto a canvas for the PNG and as SVG elements around the view's SVG.
 *
 * Positions are whole pixels at the export's scale, so text drawn here and the same text drawn elsewhere at
 * the same font and size rasterises alike (the browser test finds the title and the legend that way).
 */
import { FONT_STACK } from '../../../../core/font.js';
import { kindStyle } from '../../../../core/palette.js';

/** Sizes in CSS pixels, multiplied by the export's scale. */
export const SLIDE = {
  pad: 16,
  titleSize: 20,
  lineGap: 6,
  textSize: 13,
  swatch: 12,
  swatchGap: 6,
  entryGap: 18,
  rowHeight: 20,
  /** The slide is at least this wide: a small picture is centred, the title does not wrap word by word. */
  minWidth: 480,
} as const;

/** The canvas font of the title or of the other text at `scale`. */
export const slideFont = (what: 'title' | 'text', scale: number): string =>
  what === 'title' ? `bold ${SLIDE.titleSize * scale}px ${FONT_STACK}` : `${SLIDE.textSize * scale}px ${FONT_STACK}`;

export interface SlideContent {
  title: string;
  /** Data version and date, in words. */
  subtitle: string;
  /** Node kinds drawn, in the order the legend lists them (actors first). */
  kinds: readonly string[];
  /**
   * A colour rule's categories drawn (analysis/rule-styles.ts): listed instead of the kinds' colours, which the
   * picture no longer shows.
   */
  categories?: ReadonlyArray<{ color: string; label: string }>;
}

export interface PlacedText {
  text: string;
  x: number;
  y: number;
  font: 'title' | 'text';
}
export interface PlacedSwatch {
  x: number;
  y: number;
  size: number;
  color: string;
}
export interface SlideLayout {
  width: number;
  height: number;
  /** Where the graph's picture goes. */
  graph: { x: number; y: number; width: number; height: number };
  texts: PlacedText[];
  swatches: PlacedSwatch[];
}

/** Text width in pixels for a font (from a canvas context's measureText). */
export type Measure = (text: string, font: string) => number;

/** Words of `text` in lines no wider than `max`. */
function wrap(text: string, max: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && width(next) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The slide around a `graphWidth` × `graphHeight` picture (device pixels, drawn at `scale`). */
export function slideLayout(
  content: SlideContent,
  graphWidth: number,
  graphHeight: number,
  scale: number,
  measure: Measure,
): SlideLayout {
  const px = (n: number) => Math.round(n * scale);
  const pad = px(SLIDE.pad);
  const width = Math.max(graphWidth, px(SLIDE.minWidth));
  const max = Math.max(width - 2 * pad, px(100));
  const texts: PlacedText[] = [];
  let y = pad;
  for (const line of wrap(content.title, max, (s) => measure(s, slideFont('title', scale)))) {
    texts.push({ text: line, x: pad, y, font: 'title' });
    y += px(SLIDE.titleSize + SLIDE.lineGap);
  }
  texts.push({ text: content.subtitle, x: pad, y, font: 'text' });
  y += px(SLIDE.textSize + SLIDE.lineGap) + pad / 2;
  const graph = { x: Math.floor((width - graphWidth) / 2), y: Math.round(y), width: graphWidth, height: graphHeight };

  const swatches: PlacedSwatch[] = [];
  let x = pad;
  y = graph.y + graphHeight + pad;
  texts.push({ text: 'Legend', x, y, font: 'text' });
  x += Math.ceil(measure('Legend', slideFont('text', scale))) + px(SLIDE.entryGap);
  const entries = content.categories?.length
    ? content.categories.map((c) => ({ color: c.color, legend: c.label }))
    : content.kinds.map(kindStyle);
  for (const { color, legend } of entries) {
    const entry = px(SLIDE.swatch + SLIDE.swatchGap) + Math.ceil(measure(legend, slideFont('text', scale)));
    if (x > pad && x + entry > width - pad) {
      x = pad;
      y += px(SLIDE.rowHeight);
    }
    const size = px(SLIDE.swatch);
    swatches.push({ x, y: y + px((SLIDE.textSize + 4 - SLIDE.swatch) / 2), size, color });
    texts.push({ text: legend, x: x + px(SLIDE.swatch + SLIDE.swatchGap), y, font: 'text' });
    x += entry + px(SLIDE.entryGap);
  }
  return { width, height: y + px(SLIDE.rowHeight) + pad, graph, texts, swatches };
}

/** Node kinds in legend order: actors first, then the model's other nodes, each by legend name. */
export function legendKinds(kinds: Iterable<string>): string[] {
  const order = (k: string) => [kindStyle(k).actor ? 0 : 1, kindStyle(k).legend] as const;
  return [...new Set(kinds)].sort((a, b) => {
    const [ga, na] = order(a);
    const [gb, nb] = order(b);
    return ga - gb || na.localeCompare(nb);
  });
}

/** Colours of the title and of the other text. */
export const INK = '#1b1f23';
export const MUTED = '#4a5560';

/** Draws the slide with `picture` (the view's PNG, decoded) in its place; returns the canvas. */
export function drawSlide(picture: CanvasImageSource, layout: SlideLayout, scale: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(picture, layout.graph.x, layout.graph.y, layout.graph.width, layout.graph.height);
  ctx.strokeStyle = '#d0d5da';
  ctx.lineWidth = Math.max(1, Math.round(scale));
  ctx.beginPath();
  ctx.moveTo(0, layout.graph.y);
  ctx.lineTo(layout.width, layout.graph.y);
  ctx.moveTo(0, layout.graph.y + layout.graph.height);
  ctx.lineTo(layout.width, layout.graph.y + layout.graph.height);
  ctx.stroke();
  ctx.textBaseline = 'top';
  for (const t of layout.texts) {
    ctx.font = slideFont(t.font, scale);
    ctx.fillStyle = t.font === 'title' ? INK : MUTED;
    ctx.fillText(t.text, t.x, t.y);
  }
  for (const s of layout.swatches) {
    ctx.fillStyle = s.color;
    ctx.fillRect(s.x, s.y, s.size, s.size);
  }
  return canvas;
}

const escapeXml = (s: string) =>
  s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** The view's SVG (`inner`, a whole `<svg>` document) inside a slide with the same header and legend. */
export function slideSvg(inner: string, layout: SlideLayout, scale: number): string {
  const body = inner.replace(/^\s*<\?xml[^>]*>\s*/, '');
  const { x, y, width, height } = layout.graph;
  const nested = body.replace(
    /^<svg\b[^>]*>/,
    (open) =>
      `<svg x="${x}" y="${y}" width="${width}" height="${height}"` +
      open.slice(4).replace(/\s(width|height|x|y)="[^"]*"/g, ''),
  );
  const size = (f: 'title' | 'text') => (f === 'title' ? SLIDE.titleSize : SLIDE.textSize) * scale;
  const texts = layout.texts.map(
    (t) =>
      `<text x="${t.x}" y="${t.y}" dominant-baseline="text-before-edge" font-family="${escapeXml(FONT_STACK)}" font-size="${size(t.font)}"${t.font === 'title' ? ' font-weight="bold"' : ''} fill="${t.font === 'title' ? INK : MUTED}">${escapeXml(t.text)}</text>`,
  );
  const swatches = layout.swatches.map(
    (s) => `<rect x="${s.x}" y="${s.y}" width="${s.size}" height="${s.size}" fill="${s.color}"/>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    nested,
    ...texts,
    ...swatches,
    '</svg>',
  ].join('\n');
}
