/**
 * Labels whose size comes from the shipped font, not from Graphviz. Graphviz compiled to WebAssembly has no
 * font library: it estimates text widths from built-in tables for a few fonts (Times for any other), so
 * boxes would fit its estimate, not the text drawn. Here each label is given to Graphviz as an empty box of
 * the text's measured size (an HTML-like label with one fixed-size cell), Graphviz sizes the shapes and lays
 * out around those boxes, and drawLabels writes the text into the SVG at the positions it chose, centred
 * (or left-aligned) with the shipped font's metrics. The same label in plain DOT (dotLabel 'text') keeps the
 * DOT download readable and editable. Pure, apart from the font files shipped-font.ts reads.
 */
import { dotString, dotStringLeft, htmlLabelText } from './dot-text.js';
import { FONT_STACK, fontVerticalMetrics, textWidth } from './shipped-font.js';

export type LabelMode = 'text' | 'boxes';

export interface LabelLine {
  text: string;
  /** Font size in points. */
  size: number;
  bold?: boolean;
}

export interface LabelText {
  lines: LabelLine[];
  color?: string;
  align?: 'center' | 'left';
}

/** A label in a diagram: the id of the node or edge it belongs to ('' for the graph's own label). */
export interface PlacedLabel {
  id: string;
  label: LabelText;
}

/** Line height as a multiple of the font size: Graphviz's own, so plain DOT lays out alike. */
export const LINE_HEIGHT = 1.2;

/** Lines of one size (and weight) from text with newlines. */
export function labelText(text: string, size: number, options: Omit<LabelText, 'lines'> & { bold?: boolean } = {}) {
  const { bold, ...rest } = options;
  return { ...rest, lines: text.split('\n').map((line) => ({ text: line, size, bold })) } satisfies LabelText;
}

const lineWidth = (line: LabelLine) =>
  textWidth(line.text, line.size, { weight: line.bold ? 700 : 400, style: 'normal' });

/** Width and height in points of the box the label's text needs. */
export function labelBox(label: LabelText): { width: number; height: number } {
  return {
    width: Math.max(0, ...label.lines.map(lineWidth)),
    height: label.lines.reduce((sum, line) => sum + line.size * LINE_HEIGHT, 0),
  };
}

/** The label as a DOT attribute value: the text itself, or an empty box of its size. */
export function dotLabel(label: LabelText, mode: LabelMode): string {
  if (mode === 'boxes') {
    const { width, height } = labelBox(label);
    // Graphviz takes whole points; rounding up keeps the text inside.
    const cell = `<TD FIXEDSIZE="TRUE" WIDTH="${Math.ceil(width)}" HEIGHT="${Math.ceil(height)}"></TD>`;
    return `<<TABLE BORDER="0" CELLBORDER="0" CELLPADDING="0" CELLSPACING="0"><TR>${cell}</TR></TABLE>>`;
  }
  const sizes = new Set(label.lines.map((l) => `${l.size}${l.bold ? 'b' : ''}`));
  if (sizes.size > 1) {
    const row = (l: LabelLine) => {
      const text = l.bold ? `<B>${htmlLabelText(l.text)}</B>` : htmlLabelText(l.text);
      return `<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="${l.size}">${text}</FONT></TD></TR>`;
    };
    return `<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="1">${label.lines.map(row).join('')}</TABLE>>`;
  }
  const text = label.lines.map((l) => l.text).join('\n');
  return label.align === 'left' ? dotStringLeft(text) : dotString(text);
}

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const decodeXml = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * SVG text elements for a label whose box is centred on (x, y) in Graphviz's coordinates (y up), in a box
 * `width` wide when it is left-aligned (the node's width for a node, the label's own otherwise).
 */
export function labelSvg(label: LabelText, x: number, y: number, width?: number): string {
  const box = labelBox(label);
  const { capHeight } = fontVerticalMetrics();
  const left = label.align === 'left';
  const anchorX = left ? x - (width ?? box.width) / 2 : x;
  let top = -y - box.height / 2;
  return label.lines
    .map((line) => {
      const lineHeight = line.size * LINE_HEIGHT;
      // Capitals centred on the middle of the line.
      const baseline = top + lineHeight / 2 + (capHeight * line.size) / 2;
      top += lineHeight;
      const attributes = [
        `text-anchor="${left ? 'start' : 'middle'}"`,
        `x="${round(anchorX)}"`,
        `y="${round(baseline)}"`,
        `font-family="${xml(FONT_STACK)}"`,
        `font-size="${line.size}"`,
        // Always set: a page's CSS (e.g. `.partner { font-weight: 700 }`) must not change a measured width.
        `font-weight="${line.bold ? 'bold' : 'normal'}"`,
        `fill="${xml(label.color ?? '#1d2733')}"`,
        // Glyphs placed at their exact advances (no hinting), as they were measured.
        'text-rendering="geometricPrecision"',
      ].filter(Boolean);
      return `<text xml:space="preserve" ${attributes.join(' ')}>${xml(line.text)}</text>`;
    })
    .join('\n');
}

interface LayoutObject {
  id?: string;
  pos?: string;
  lp?: string;
  width?: string;
}
/** The parts of Graphviz's `json` output read here. */
export interface GraphvizLayout {
  lp?: string;
  objects?: LayoutObject[];
  edges?: LayoutObject[];
}

const point = (value: string) => value.split(',').map(Number) as [number, number];

/**
 * Writes each label's text into the SVG Graphviz drew from the 'boxes' DOT: into the group of its node or
 * edge (by id), at the position `layout` (the same DOT as Graphviz `json`) gives; the graph's label last.
 */
export function drawLabels(svg: string, layout: GraphvizLayout, labels: PlacedLabel[]): string {
  const where = new Map<string, { x: number; y: number; width?: number }>();
  for (const o of layout.objects ?? []) {
    if (o.id && o.pos) {
      const [x, y] = point(o.pos);
      where.set(o.id, { x, y, width: o.width ? Number(o.width) * 72 : undefined });
    }
  }
  for (const e of layout.edges ?? []) {
    if (e.id && e.lp) {
      const [x, y] = point(e.lp);
      where.set(e.id, { x, y });
    }
  }
  const texts = new Map<string, string>();
  for (const { id, label } of labels) {
    const at = id === '' ? (layout.lp ? { x: point(layout.lp)[0], y: point(layout.lp)[1] } : undefined) : where.get(id);
    if (!at) throw new Error(`drawLabels: Graphviz placed no ${id ? `element "${id}"` : 'graph label'}`);
    texts.set(id, labelSvg(label, at.x, at.y, at.width));
  }
  let out = '';
  let from = 0;
  for (const open of svg.matchAll(/<g id="([^"]*)"[^>]*>/g)) {
    const text = texts.get(decodeXml(open[1]!));
    if (text === undefined || open.index! < from) continue;
    const close = svg.indexOf('</g>', open.index!);
    out += `${svg.slice(from, close)}${text}\n`;
    from = close;
  }
  out += svg.slice(from);
  const graphText = texts.get('');
  if (graphText === undefined) return out;
  const end = out.lastIndexOf('</g>');
  return `${out.slice(0, end)}${graphText}\n${out.slice(end)}`;
}
