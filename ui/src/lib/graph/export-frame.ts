/**
 * What a view export draws and where: the elements (without the faded context unless asked for), the box
 * around them (node bodies, their labels, edges and edge labels, as Cytoscape measures them) and the zoom they
 * are drawn at. The picture takes the bounds of what is drawn, never of the window, with a margin on every side,
 * so no node or label is cut.
 *
 * The zoom: the view's own zoom, or more when the drawn elements are small in the window (a highlighted answer
 * inside a faded network), so that they fill about the window's size, up to MAX_EXPORT_ZOOM. Never less than the
 * view's zoom: the labels stay at least as large as on screen.
 */
import type { Collection, Core, NodeSingular } from 'cytoscape';

/** Context: the faded elements around an answer. `omit` leaves them out; `light` draws them as on screen. */
export type ContextMode = 'omit' | 'light';

/** Margin around the drawn elements, in CSS pixels of the export. */
export const EXPORT_MARGIN = 16;
/** The export zooms in on small answers up to this zoom (or the view's own, if larger). */
export const MAX_EXPORT_ZOOM = 2;

export interface ModelBox {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

export interface FrameGeometry {
  zoom: number;
  /** CSS pixels of the picture (before the PNG's scale). */
  width: number;
  height: number;
  /** The translation that puts model point (x, y) at (x · zoom + dx, y · zoom + dy). */
  dx: number;
  dy: number;
}

/** Where a `box` (model coordinates) is drawn, for a view of `view` CSS pixels at `viewZoom`. Pure. */
export function frameGeometry(
  box: ModelBox,
  viewZoom: number,
  view: { width: number; height: number },
  margin = EXPORT_MARGIN,
): FrameGeometry {
  const w = Math.max(1, box.w);
  const h = Math.max(1, box.h);
  const fit = Math.min((view.width - 2 * margin) / w, (view.height - 2 * margin) / h);
  const zoom = Math.max(viewZoom, Math.min(fit, Math.max(viewZoom, MAX_EXPORT_ZOOM)));
  const width = Math.ceil(w * zoom + 2 * margin);
  const height = Math.ceil(h * zoom + 2 * margin);
  return { zoom, width, height, dx: margin - box.x1 * zoom, dy: margin - box.y1 * zoom };
}

export interface ExportFrame extends FrameGeometry {
  /** Ids of the elements drawn. */
  ids: Set<string>;
  /** How many visible elements were left out (the faded context, in `omit` mode). */
  omitted: number;
}

/** Elements drawn in `mode`: the visible ones, less the faded ones (and edges to them) when omitting. */
export function drawnElements(cy: Core, mode: ContextMode): Collection {
  const visible = cy.elements(':visible');
  if (mode === 'light') return visible;
  const nodes = visible.nodes().filter((n) => !n.hasClass('faded'));
  const kept = new Set(nodes.map((n) => n.id()));
  const edges = visible
    .edges()
    .filter((e) => !e.hasClass('faded') && kept.has(e.source().id()) && kept.has(e.target().id()));
  return nodes.union(edges);
}

/** Whether the view has any faded context to leave out. */
export const hasFadedContext = (cy: Core): boolean => cy.elements(':visible').filter('.faded').nonempty();

export function exportFrame(cy: Core, mode: ContextMode): ExportFrame {
  const all = cy.elements(':visible');
  let drawn = drawnElements(cy, mode);
  // Nothing left (every element faded): draw what the view shows.
  if (drawn.empty()) drawn = all;
  const bb = drawn.boundingBox();
  const box = Number.isFinite(bb.x1) ? bb : { x1: 0, y1: 0, w: 1, h: 1 };
  const geometry = frameGeometry(box, cy.zoom(), { width: cy.width(), height: cy.height() });
  return { ...geometry, ids: new Set(drawn.map((e) => e.id())), omitted: all.length - drawn.length };
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
const meets = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Runs `draw` with the labels the on-screen placement left off (`label-off`, for want of room among the faded
 * context) turned back on where, among the drawn elements alone, they meet no other label and no other node;
 * best-connected first. The classes are put back before returning, in the same task: nothing flickers.
 */
export function withRoomyLabels<T>(cy: Core, frame: ExportFrame, draw: () => T): T {
  const nodes = cy.nodes().filter((n) => frame.ids.has(n.id()));
  const labelBox = (n: NodeSingular): Box =>
    n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true } as never);
  const bodies = new Map(
    nodes.map((n) => [n.id(), n.boundingBox({ includeLabels: false, includeOverlays: false } as never) as Box]),
  );
  const off = nodes.filter(
    (n) =>
      n.hasClass('label-off') &&
      String((n as unknown as { pstyle(p: string): { strValue?: string } }).pstyle('label').strValue ?? '').trim() !==
        '',
  );
  const placed: Box[] = nodes.filter((n) => !n.hasClass('label-off')).map(labelBox);
  const revived = off
    .sort((a: NodeSingular, b: NodeSingular) => b.degree(false) - a.degree(false))
    .filter((n: NodeSingular) => {
      const box = labelBox(n);
      if (!(box.x2 > box.x1)) return false;
      if (placed.some((p) => meets(p, box))) return false;
      for (const [id, body] of bodies) if (id !== n.id() && meets(body, box)) return false;
      placed.push(box);
      return true;
    });
  revived.removeClass('label-off');
  try {
    return draw();
  } finally {
    revived.addClass('label-off');
  }
}
