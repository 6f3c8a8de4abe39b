/**
 * Which node labels to draw, and on which side of their node, so that no label lies over another label or
 * another node (pure, in rendered pixels). Greedy by priority: each label, most important first, takes the
 * first of bottom, right, left, top that is inside the view and free; a label with no free side is left out
 * (it shows when hovered or selected, or a zoom step in, where there is more room).
 */

export type LabelSide = 'bottom' | 'right' | 'left' | 'top' | 'bottom-right' | 'top-right' | 'bottom-left' | 'top-left';
/** The four sides first, then the four corners (where Cytoscape puts a label valigned and haligned outside). */
export const LABEL_SIDES: readonly LabelSide[] = [
  'bottom',
  'right',
  'left',
  'top',
  'bottom-right',
  'top-right',
  'bottom-left',
  'top-left',
];

export interface LabelCandidate {
  id: string;
  /** Rendered centre and size of the node. */
  x: number;
  y: number;
  size: number;
  /** Rendered size of the label. */
  width: number;
  height: number;
  /** Higher first; ties keep the input order. Below 0: no label (the node is only in the way of others). */
  priority: number;
  /** The sides to try, in order (LABEL_SIDES when absent). */
  sides?: readonly LabelSide[];
}

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Where a label's box starts, from the node's outer edge (px, negative: inside it). Cytoscape draws the text
 * `text-margin` (2 px) off the node's body, but the label box it measures (outline or background included)
 * begins 3 to 3.6 px nearer than the outer size / 2 + 2 (measured in Chromium at the fit zooms, 0.58 to 0.64):
 * a box modelled further out than it is drawn let two labels that face each other between their nodes cross.
 * The clearances below absorb the rest.
 */
export const LABEL_GAP = -1.5;
const CLEARANCE = 2;
const NODE_CLEARANCE = 4;

export function labelRect(c: LabelCandidate, side: LabelSide): Rect {
  const r = c.size / 2 + LABEL_GAP;
  switch (side) {
    case 'bottom':
      return { x1: c.x - c.width / 2, x2: c.x + c.width / 2, y1: c.y + r, y2: c.y + r + c.height };
    case 'top':
      return { x1: c.x - c.width / 2, x2: c.x + c.width / 2, y1: c.y - r - c.height, y2: c.y - r };
    case 'right':
      return { x1: c.x + r, x2: c.x + r + c.width, y1: c.y - c.height / 2, y2: c.y + c.height / 2 };
    case 'left':
      return { x1: c.x - r - c.width, x2: c.x - r, y1: c.y - c.height / 2, y2: c.y + c.height / 2 };
    case 'bottom-right':
      return { x1: c.x + r, x2: c.x + r + c.width, y1: c.y + r, y2: c.y + r + c.height };
    case 'top-right':
      return { x1: c.x + r, x2: c.x + r + c.width, y1: c.y - r - c.height, y2: c.y - r };
    case 'bottom-left':
      return { x1: c.x - r - c.width, x2: c.x - r, y1: c.y + r, y2: c.y + r + c.height };
    case 'top-left':
      return { x1: c.x - r - c.width, x2: c.x - r, y1: c.y - r - c.height, y2: c.y - r };
  }
}

const overlaps = (a: Rect, b: Rect, pad: number) =>
  a.x1 - pad < b.x2 && b.x1 < a.x2 + pad && a.y1 - pad < b.y2 && b.y1 < a.y2 + pad;

/** A uniform grid of buckets over the view, so each test looks only at nearby boxes. */
class Grid {
  private readonly cells = new Map<string, Rect[]>();
  constructor(private readonly cell: number) {}
  private keys(r: Rect): string[] {
    const out: string[] = [];
    for (let i = Math.floor(r.x1 / this.cell); i <= Math.floor(r.x2 / this.cell); i++)
      for (let j = Math.floor(r.y1 / this.cell); j <= Math.floor(r.y2 / this.cell); j++) out.push(`${i}:${j}`);
    return out;
  }
  add(r: Rect): void {
    for (const k of this.keys(r)) {
      const list = this.cells.get(k);
      if (list) list.push(r);
      else this.cells.set(k, [r]);
    }
  }
  hits(r: Rect, pad: number, except?: Rect): boolean {
    for (const k of this.keys({ x1: r.x1 - pad, y1: r.y1 - pad, x2: r.x2 + pad, y2: r.y2 + pad }))
      for (const other of this.cells.get(k) ?? []) if (other !== except && overlaps(r, other, pad)) return true;
    return false;
  }
}

/**
 * The side of each label that is drawn; labels left out are absent. `view` is the canvas (labels must lie
 * inside it); nodes outside it get no label. `obstacles`: other text already drawn, kept clear like a label.
 */
export function placeLabels(
  candidates: LabelCandidate[],
  view: { width: number; height: number },
  obstacles: Rect[] = [],
): Map<string, LabelSide> {
  const placed = new Map<string, LabelSide>();
  const nodes = new Grid(64);
  const bodies = new Map<string, Rect>();
  for (const c of candidates) {
    const r = c.size / 2;
    const body = { x1: c.x - r, y1: c.y - r, x2: c.x + r, y2: c.y + r };
    bodies.set(c.id, body);
    nodes.add(body);
  }
  const labels = new Grid(64);
  for (const r of obstacles) labels.add(r);
  const order = candidates
    .map((c, index) => ({ c, index }))
    .sort((a, b) => b.c.priority - a.c.priority || a.index - b.index);
  for (const { c } of order) {
    if (c.priority < 0) continue;
    if (c.x < 0 || c.y < 0 || c.x > view.width || c.y > view.height) continue;
    for (const side of c.sides ?? LABEL_SIDES) {
      const rect = labelRect(c, side);
      if (rect.x1 < 0 || rect.y1 < 0 || rect.x2 > view.width || rect.y2 > view.height) continue;
      if (labels.hits(rect, CLEARANCE) || nodes.hits(rect, NODE_CLEARANCE, bodies.get(c.id))) continue;
      labels.add(rect);
      placed.set(c.id, side);
      break;
    }
  }
  return placed;
}
