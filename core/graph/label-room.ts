/**
 * Room for the labels, made by the layout itself (pure): after the force-directed layout, the picture is
 * rearranged for a target canvas (the graph's area at 1024×768, the smallest the explorer is drawn at) so that
 * every actor's name can be drawn beside its node at the fit zoom.
 *
 * - Actors with no link to any other node are set apart as labelled groups by kind: one group per kind, in
 *   columns on the left, a heading row above each group, names to the right of the nodes.
 * - The connected part is stretched to fill the rest of the canvas, then boxes (node body and the label
 *   under it, as drawn on screen) are pushed apart until none overlaps, refitting to the canvas between
 *   rounds, as Cytoscape's fit would.
 *
 * Everything is computed in screen pixels at TARGET.zoom and returned in model coordinates.
 */

/** The canvas the first view is designed for (node centres' extent, px) and the zoom it is fitted at there. */
export const TARGET = { width: 930, height: 600, zoom: 0.6 };
/** As the UI draws them (ui/src/lib/graph/style.ts): label font, wrap width, smallest node, all on screen. */
export const LABEL_FONT_PX = 10;
export const LABEL_MAX_PX = 110;
export const MIN_NODE_PX = 18;
/** Height of the kind heading above a group of unlinked actors (px on screen at TARGET.zoom). */
export const HEADING_PX = 16;

export interface RoomNode {
  id: string;
  x: number;
  y: number;
  /** Model size (Cytoscape data(size)). */
  size: number;
  label: string;
  kind: string;
  degree: number;
  /** Whether its name must find room (actors); other nodes only take the room of their body. */
  named: boolean;
}

export interface LabelBox {
  width: number;
  height: number;
}

/**
 * The label's box on screen as Cytoscape wraps it (words onto lines no wider than maxPx): an estimate from
 * an average glyph width, on the generous side so that the UI's measured labels fit in the room made.
 */
export function estimateLabel(text: string, fontPx = LABEL_FONT_PX, maxPx = LABEL_MAX_PX): LabelBox {
  const glyph = fontPx * 0.58;
  const lines: number[] = [];
  let line = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = word.length * glyph;
    const next = line === 0 ? w : line + glyph + w;
    if (line > 0 && next > maxPx) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  lines.push(line);
  return { width: Math.min(maxPx, Math.max(...lines)), height: lines.length * fontPx * 1.3 };
}

interface Placed {
  node: RoomNode;
  x: number;
  y: number;
  body: number;
  label: LabelBox | null;
}

const GAP = 4;
/**
 * The unlinked actors' rows are packed for their names at this fraction of their height: all show one zoom
 * step in (the toolbar's ×1.25), most at fit (the columns are as wide as the names).
 */
const UNLINKED = 0.8;

/** Columns of labelled groups by kind; returns their width (px) and places the nodes in it (x from 0). */
function placeUnlinked(nodes: Placed[], height: number): number {
  const groups = new Map<string, Placed[]>();
  for (const p of [...nodes].sort((a, b) => a.node.label.localeCompare(b.node.label)))
    groups.set(p.node.kind, [...(groups.get(p.node.kind) ?? []), p]);
  const kinds = [...groups.keys()].sort();
  let x = 0;
  let y = 0;
  let columnWidth = 0;
  const newColumn = () => {
    x += columnWidth + 14;
    y = 0;
    columnWidth = 0;
  };
  for (const kind of kinds) {
    const members = groups.get(kind)!;
    const row = (p: Placed) => Math.max(p.body, (p.label?.height ?? 0) * UNLINKED) + GAP + 1;
    // A heading and at least two rows together; a new column when they do not fit.
    if (y > 0 && y + HEADING_PX + members.slice(0, 2).reduce((s, p) => s + row(p), 0) > height) newColumn();
    y += HEADING_PX + (y > 0 ? 6 : 0);
    for (const p of members) {
      if (y + row(p) > height) {
        newColumn();
        y = HEADING_PX; // the group goes on under its heading's column top
      }
      p.x = x + p.body / 2;
      p.y = y + row(p) / 2;
      y += row(p);
      columnWidth = Math.max(columnWidth, p.body + 2 + (p.label?.width ?? 0));
    }
  }
  return nodes.length > 0 ? x + columnWidth : 0;
}

/** The box a node needs: its body with its label under it (the UI may still put the label on another side). */
function boxOf(p: Placed): { x1: number; y1: number; x2: number; y2: number } {
  const w = Math.max(p.body, p.label?.width ?? 0) / 2;
  const below = p.label ? p.label.height + 2 : 0;
  return { x1: p.x - w, x2: p.x + w, y1: p.y - p.body / 2, y2: p.y + p.body / 2 + below };
}

/** Scales x and y (each on its own, within limits) so that the node centres fill width × height from (x0, 0). */
function fitInto(nodes: Placed[], x0: number, width: number, height: number, grow: boolean): void {
  if (nodes.length === 0) return;
  const xs = nodes.map((p) => p.x);
  const ys = nodes.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let sx = width / Math.max(1, maxX - minX);
  let sy = height / Math.max(1, maxY - minY);
  if (!grow) {
    sx = Math.min(1, sx);
    sy = Math.min(1, sy);
  }
  // Stretch one way by at most twice the other, so the picture keeps its shape.
  sx = Math.min(sx, 2 * sy);
  sy = Math.min(sy, 2 * sx);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  for (const p of nodes) {
    p.x = x0 + width / 2 + (p.x - cx) * sx;
    p.y = height / 2 + (p.y - cy) * sy;
  }
}

/** Pushes overlapping boxes apart along the axis where they overlap least; true when none overlapped. */
function separate(nodes: Placed[], pad: number): boolean {
  let clear = true;
  const boxes = nodes.map(boxOf);
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + pad;
      const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + pad;
      if (ox <= 0 || oy <= 0) continue;
      clear = false;
      const p = nodes[i]!;
      const q = nodes[j]!;
      if (ox < oy) {
        const d = (p.x < q.x || (p.x === q.x && i < j) ? -ox : ox) / 2;
        p.x += d;
        q.x -= d;
        a.x1 += d;
        a.x2 += d;
        b.x1 -= d;
        b.x2 -= d;
      } else {
        const d = (p.y < q.y || (p.y === q.y && i < j) ? -oy : oy) / 2;
        p.y += d;
        q.y -= d;
        a.y1 += d;
        a.y2 += d;
        b.y1 -= d;
        b.y2 -= d;
      }
    }
  return clear;
}

/**
 * Positions (model coordinates) with room for the labels; `nodes` come with the force-directed layout's
 * positions. Deterministic: the same input gives the same output.
 */
export function makeLabelRoom(nodes: RoomNode[], target = TARGET): Map<string, { x: number; y: number }> {
  const z = target.zoom;
  const placed: Placed[] = nodes.map((node) => ({
    node,
    x: node.x * z,
    y: node.y * z,
    body: Math.max(MIN_NODE_PX, node.size * z),
    label: node.named ? estimateLabel(node.label) : null,
  }));
  const unlinked = placed.filter((p) => p.node.degree === 0 && p.node.named);
  const linked = placed.filter((p) => !(p.node.degree === 0 && p.node.named));
  const side = placeUnlinked(unlinked, target.height);
  const x0 = side > 0 ? side + 24 : 0;
  const width = Math.max(target.width * 0.4, target.width - x0);
  fitInto(linked, x0, width, target.height, true);
  for (let round = 0; round < 30; round++) {
    let clear = false;
    for (let i = 0; i < 100 && !clear; i++) clear = separate(linked, 5);
    fitInto(linked, x0, width, target.height, false);
    if (clear) break;
  }
  // Measured on the seed network (118 actors): the rounds end before the boxes are clear (75 pairs still
  // overlap at TARGET, most around the hubs in the middle), because the padded boxes fill about 87 % of the
  // canvas; the UI's label placement (other sides, corners) names most of the rest. Actors named at fit or one
  // step in at 1440×900 and 1024×768 are 110 and 106 of 118 with this; tried and dropped: a last push-apart
  // without the refit (the picture grows, fit zoom 0.63 → 0.40: 76 and 62), extra clearance by degree around
  // the hubs (105 and 99), 11 px bold boxes for the `labelled` hubs (109 and 99).
  return new Map(placed.map((p) => [p.node.id, { x: p.x / z, y: p.y / z }]));
}
