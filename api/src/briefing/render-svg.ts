/**
 * DOT → SVG with Graphviz compiled to WebAssembly (@hpcc-js/wasm-graphviz). The WASM instance is loaded
 * once per process, on first use (about 0.1–0.5 s), and reused: a render is synchronous and takes
 * milliseconds. A diagram (dot-writer.ts) is laid out with its measured label boxes, then its text is
 * written in (diagram-labels.ts).
 */
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { drawLabels, type GraphvizLayout } from './diagram-labels.js';
import type { Diagram } from './dot-writer.js';

let instance: Promise<Graphviz> | undefined;

export function graphviz(): Promise<Graphviz> {
  instance ??= Graphviz.load().catch((error: unknown) => {
    instance = undefined;
    throw error;
  });
  return instance;
}

/**
 * A standalone SVG document (XML prolog, doctype, xmlns): of a diagram, with its labels in the shipped font
 * at the places Graphviz made for them; of plain DOT, as Graphviz draws it.
 */
export async function renderSvg(source: Diagram | string): Promise<string> {
  const gv = await graphviz();
  if (typeof source === 'string') return gv.dot(source, 'svg');
  const layout = JSON.parse(gv.dot(source.layout, 'json')) as GraphvizLayout;
  return drawLabels(gv.dot(source.layout, 'svg'), layout, source.labels);
}

/**
 * The same SVG for inlining into HTML: no prolog, doctype or comments, and no namespace URLs (the HTML
 * parser puts <svg> in the SVG namespace by itself), so the page names no URL at all. The root's fixed
 * width and height go too (unless keepSize): the page's CSS sizes it, and the viewBox keeps its proportions.
 */
export function inlineSvg(svg: string, { keepSize = false } = {}): string {
  const body = svg.slice(svg.indexOf('<svg'));
  const rootEnd = body.indexOf('>');
  const root = body
    .slice(0, rootEnd)
    .replace(/\s+(width|height)="[^"]*"/g, (attribute) => (keepSize ? attribute : ''))
    .replace(/\s+xmlns(:xlink)?="[^"]*"/g, '');
  return `${root} role="img"${body.slice(rootEnd)}`.replace(/<!--[\s\S]*?-->\n?/g, '');
}

export interface SvgParts {
  width: number;
  height: number;
  viewBox: string;
  content: string;
}

/** Size in pt and content of a Graphviz SVG. */
export function svgParts(svg: string): SvgParts {
  const body = svg.slice(svg.indexOf('<svg'));
  const root = body.slice(0, body.indexOf('>'));
  const number = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)(pt)?"`).exec(root)?.[1] ?? 0);
  return {
    width: number('width'),
    height: number('height'),
    viewBox: /\sviewBox="([^"]*)"/.exec(root)?.[1] ?? '',
    content: body.slice(root.length + 1, body.lastIndexOf('</svg>')),
  };
}

/** One standalone SVG document: `top` above `bottom` (both Graphviz output, units of pt), left-aligned. */
export function stackSvg(top: string, bottom: string): string {
  const [a, b] = [svgParts(top), svgParts(bottom)];
  const width = Math.max(a.width, b.width);
  const height = a.height + b.height;
  const nested = (p: SvgParts, y: number) =>
    `<svg x="0" y="${y}" width="${p.width}" height="${p.height}" viewBox="${p.viewBox}">${p.content}</svg>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}pt" height="${height}pt" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="white"/>
${nested(a, 0)}
${nested(b, a.height)}
</svg>
`;
}
