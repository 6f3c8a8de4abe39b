/**
 * The current view (or the whole graph) as SVG: Cytoscape's own canvas renderer draws the elements into
 * canvas2svg (MIT), a canvas-2D-like context that writes SVG. canvas2svg is loaded on first use, as its
 * own chunk. (We do not use the `cytoscape-svg` extension: it is GPL-3.0.)
 *
 * The drawing follows `cy.png()`: a context translated and scaled to the export's frame (export-frame.ts:
 * the elements drawn, their bounds and zoom), then `renderer.drawElements()` over the frame's elements in
 * z-order. For SVG that draws every element afresh, never from Cytoscape's bitmap caches, so the SVG holds
 * vectors and text. The PNG's picture is drawn the same way onto a canvas (frameAsCanvas).
 * canvas2svg 1.0.16 has no `setLineDash()`, so the context gets one that writes `stroke-dasharray` (dashed
 * and dotted edges and borders). Two renderer settings are changed for the export and put back afterwards:
 * - `Path2D` caching is turned off: canvas2svg ignores `fill(path)`/`stroke(path)`, so shapes must be
 *   drawn with `beginPath()`, `moveTo()`… on the context itself.
 * - Cytoscape's round polygons (round-pentagon, round-triangle, round-octagon…) start without
 *   `beginPath()`, so canvas2svg folds them into the previous path and they vanish; while exporting, those
 *   paths get their own `beginPath()`.
 */
import type { Core } from 'cytoscape';
import type { C2SContext } from 'canvas2svg';
import type { ExportFrame } from './export-frame';

let library: Promise<new (width: number, height: number) => C2SContext> | null = null;

function loadCanvas2Svg(): Promise<new (width: number, height: number) => C2SContext> {
  library ??= import('canvas2svg').then(
    ({ default: C2S }) => C2S,
    (error: unknown) => {
      library = null;
      throw error;
    },
  );
  return library;
}

interface BoundingBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
  h: number;
}
interface Drawable {
  id(): string;
  boundingBox(): BoundingBox;
}
type Draw = (context: { beginPath?: () => void }, ...rest: unknown[]) => void;
/** The parts of Cytoscape's canvas renderer the export uses (not in its public typings). */
interface Renderer {
  drawElements?: (context: C2SContext | CanvasRenderingContext2D, eles: Drawable[]) => void;
  getCachedZSortedEles?: () => Drawable[];
  drawRoundPolygonPath?: Draw;
  pathsEnabled?: boolean;
}

/** What the dash support touches: canvas2svg's element being drawn (an internal of the pinned 1.0.16). */
interface DashableContext {
  __currentElement?: Element;
  setLineDash?: (segments: number[]) => void;
  getLineDash?: () => number[];
  lineDashOffset?: number;
  stroke(): void;
  strokeRect(x: number, y: number, width: number, height: number): void;
  save(): void;
  restore(): void;
}

/** Gives the context canvas's line dashes (saved and restored with the rest of the state), as SVG attributes. */
function addLineDashes(context: DashableContext): void {
  let dash: number[] = [];
  const saved: Array<{ dash: number[]; offset: number }> = [];
  context.lineDashOffset = 0;
  context.setLineDash = (segments) => {
    if (!segments.every((n) => Number.isFinite(n) && n >= 0)) return; // canvas ignores such a list too
    // As canvas does: an odd list is repeated to make it even.
    dash = segments.length % 2 ? [...segments, ...segments] : [...segments];
  };
  context.getLineDash = () => [...dash];
  const dashed =
    <A extends unknown[]>(draw: (...args: A) => void) =>
    (...args: A) => {
      draw.apply(context, args);
      const element = context.__currentElement;
      if (!element || dash.length === 0 || dash.every((n) => n === 0)) return;
      element.setAttribute('stroke-dasharray', dash.join(' '));
      if (context.lineDashOffset) element.setAttribute('stroke-dashoffset', String(context.lineDashOffset));
    };
  context.stroke = dashed(context.stroke);
  context.strokeRect = dashed(context.strokeRect);
  const { save, restore } = context;
  context.save = () => {
    saved.push({ dash, offset: context.lineDashOffset ?? 0 });
    save.call(context);
  };
  context.restore = () => {
    const state = saved.pop();
    if (state) {
      dash = state.dash;
      context.lineDashOffset = state.offset;
    }
    restore.call(context);
  };
}

/** Runs `draw` with the renderer set up for an SVG context, then puts the renderer back as it was. */
function withSvgFriendlyRenderer<T>(renderer: Renderer, draw: () => T): T {
  const original = renderer.drawRoundPolygonPath;
  const ownDraw = Object.prototype.hasOwnProperty.call(renderer, 'drawRoundPolygonPath');
  const ownPaths = Object.prototype.hasOwnProperty.call(renderer, 'pathsEnabled');
  const paths = renderer.pathsEnabled;
  if (original) {
    renderer.drawRoundPolygonPath = function (this: Renderer, context, ...rest) {
      context.beginPath?.();
      original.call(this, context, ...rest);
    };
  }
  renderer.pathsEnabled = false;
  try {
    return draw();
  } finally {
    if (ownDraw) renderer.drawRoundPolygonPath = original;
    else delete renderer.drawRoundPolygonPath;
    if (ownPaths) renderer.pathsEnabled = paths;
    else delete renderer.pathsEnabled;
  }
}

/** The elements of `frame` in the renderer's z-order, and the renderer's drawing function. */
export function frameDrawing(cy: Core, frame: ExportFrame): { renderer: Renderer; eles: Drawable[] } {
  const renderer = (cy as Core & { renderer(): Renderer | null }).renderer();
  if (!renderer?.drawElements || !renderer.getCachedZSortedEles) {
    throw new Error('the export needs the canvas renderer');
  }
  const eles = renderer.getCachedZSortedEles.call(renderer).filter((ele) => frame.ids.has(ele.id()));
  return { renderer, eles };
}

/** The frame's elements drawn on a canvas `scale` times the frame's CSS size (the PNG export's picture). */
export function frameAsCanvas(cy: Core, frame: ExportFrame, scale: number, bg = '#ffffff'): HTMLCanvasElement {
  const { renderer, eles } = frameDrawing(cy, frame);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(frame.width * scale));
  canvas.height = Math.max(1, Math.round(frame.height * scale));
  const context = canvas.getContext('2d')!;
  context.fillStyle = bg;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.setTransform(scale * frame.zoom, 0, 0, scale * frame.zoom, scale * frame.dx, scale * frame.dy);
  renderer.drawElements!.call(renderer, context, eles);
  return canvas;
}

/** The frame's elements as an SVG document of the frame's CSS size, in vectors and text. */
export async function frameAsSvg(
  cy: Core,
  frame: ExportFrame,
  around: <T>(cy: Core, frame: ExportFrame, draw: () => T) => T = (_cy, _frame, draw) => draw(),
  bg = '#ffffff',
): Promise<string> {
  const C2S = await loadCanvas2Svg();
  const { renderer, eles } = frameDrawing(cy, frame);
  const context = new C2S(frame.width, frame.height);
  addLineDashes(context as unknown as DashableContext);
  if (bg) {
    context.fillStyle = bg;
    context.fillRect(0, 0, frame.width, frame.height);
  }
  context.translate(frame.dx, frame.dy);
  context.scale(frame.zoom, frame.zoom);
  around(cy, frame, () =>
    withSvgFriendlyRenderer(renderer, () => renderer.drawElements!.call(renderer, context, eles)),
  );
  return context.getSerializedSvg();
}
