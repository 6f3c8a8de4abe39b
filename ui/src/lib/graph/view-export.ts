/**
 * The view exports (PNG and SVG) as slides: the frame's picture (export-frame.ts: what is drawn, its bounds,
 * its zoom) with the title, the data version, the date and the legend around it (slide.ts). The Export menu
 * calls these; they read the live Cytoscape instance and change nothing on it.
 */
import type { Core } from 'cytoscape';
import { exportFrame, withRoomyLabels, type ContextMode, type ExportFrame } from './export-frame';
import { drawSlide, legendKinds, slideFont, slideLayout, slideSvg, type SlideLayout } from './slide';
import { frameAsCanvas, frameAsSvg } from './svg-export';

export interface SlideText {
  /** The question answered, or what the view shows. */
  title: string;
  dataVersion: string | null;
  date: Date;
}

/** Largest side of an exported PNG, in device pixels (browsers refuse much larger canvases). */
const MAX_SIDE = 8192;

/** The PNG scale actually used for `frame`: `scale`, less if the picture would be larger than MAX_SIDE. */
export const pngScaleFor = (frame: { width: number; height: number }, scale: number): number =>
  Math.min(scale, MAX_SIDE / Math.max(frame.width, frame.height, 1));

async function slideAround(
  frame: ExportFrame,
  cy: Core,
  text: SlideText,
  width: number,
  height: number,
  at: number,
): Promise<SlideLayout> {
  await Promise.all([document.fonts.load(slideFont('title', at)), document.fonts.load(slideFont('text', at))]);
  const measurer = document.createElement('canvas').getContext('2d')!;
  const measure = (s: string, font: string) => {
    measurer.font = font;
    return measurer.measureText(s).width;
  };
  const drawn = cy.nodes(':visible').filter((n) => frame.ids.has(n.id()));
  const kinds = legendKinds(drawn.map((n) => String(n.data('kind') ?? '')));
  // Under a colour rule the legend lists the rule's categories drawn, as the page's legend does.
  const categories = new Map<string, string>();
  drawn.forEach((n) => {
    if (n.data('ruleColor') && n.data('ruleLabel'))
      categories.set(String(n.data('ruleLabel')), String(n.data('ruleColor')));
  });
  const content = {
    title: text.title,
    subtitle: `Data version ${text.dataVersion ?? 'unknown'} · exported ${text.date.toISOString().slice(0, 10)} · Cyber Ecosystem Explorer`,
    kinds,
    categories: [...categories]
      .map(([label, color]) => ({ label, color }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
  return slideLayout(content, width, height, at, measure);
}

/** The slide as PNG bytes, the picture drawn at `scale` (1, 2, 4: times the frame's CSS size). */
export async function viewPng(cy: Core, mode: ContextMode, scale: number, text: SlideText): Promise<Blob> {
  const frame = exportFrame(cy, mode);
  const at = pngScaleFor(frame, scale);
  const picture = withRoomyLabels(cy, frame, () => frameAsCanvas(cy, frame, at));
  const layout = await slideAround(frame, cy, text, picture.width, picture.height, at);
  const canvas = drawSlide(picture, layout, at);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );
}

/** The slide as an SVG document. */
export async function viewSvg(cy: Core, mode: ContextMode, text: SlideText): Promise<string> {
  const frame = exportFrame(cy, mode);
  const picture = await frameAsSvg(cy, frame, withRoomyLabels);
  return slideSvg(picture, await slideAround(frame, cy, text, frame.width, frame.height, 1), 1);
}
