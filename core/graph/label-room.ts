/**
 * Room for the labels, made by the layout itself (pure): after the force-directed layout, the picture is
 * rearranged for a target canvas (the graph's area at 1024×768, the smallest the explorer is drawn at) so that
 * every actor's name can be drawn beside its node at the fit zoom or, for the least connected, one zoom step in
 * (the UI names the best connected first: ui/src/lib/graph/label-layer.ts).
 *
 * - Actors with no link to any other node are set apart as labelled groups by kind: one group per kind, in
 *   columns on the left, a heading row above each group, names to the right of the nodes, packed for the step.
 * - The connected part is stretched to fill the rest of the canvas, then boxes (node body and the label
 *   under it, as drawn on screen) are pushed apart inside the canvas: first for room at fit, then for room
 *   one step in; the boxes the push-apart leaves in each other's way move to the nearest free spot, the least
 *   connected first, so the hubs keep their place and their room (push-apart.ts; fewer rounds above 400 boxes).
 *
 * Everything is computed in screen pixels at TARGET.zoom and returned in model coordinates.
 */
import { textWidth } from './label-metrics.js';
import { boxOf, move, pushApartRounds, relocate, separate, type Placed as PushedApart } from './push-apart.js';

/** The canvas the first view is designed for (node centres' extent, px) and the zoom it is fitted at there. */
export const TARGET = { width: 930, height: 600, zoom: 0.6 };
/** As the UI draws them (ui/src/lib/graph/style.ts): label font, wrap width, smallest node, all on screen. */
export const LABEL_FONT_PX = 10;
export const LABEL_HUB_FONT_PX = 11;
export const LABEL_MAX_PX = 110;
export const MIN_NODE_PX = 18;
/** Text outline (or background) and rounding around a label's text, each side (px). */
const LABEL_OUTLINE_PX = 4;
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
  /** Among the best connected (to-elements' `labelled`): its name is drawn larger, 11 px semibold. */
  labelled?: boolean;
}

export interface LabelBox {
  width: number;
  height: number;
}

/**
 * The label's box on screen as Cytoscape wraps and draws it: words onto lines no wider than maxPx (measured
 * with the label font's own glyph widths, label-metrics.ts), plus the outline or background around the text.
 * Within a few px of what Cytoscape measures in Chromium for the seed network's actors. Lines wrap 2 px short of
 * the style's width: a name that only just fits on a line wraps in some windows and not in others.
 */
export function estimateLabel(
  text: string,
  fontPx = LABEL_FONT_PX,
  maxPx = LABEL_MAX_PX - 2,
  semibold = false,
): LabelBox {
  const width = (line: string) => textWidth(line, fontPx, semibold);
  const lines: number[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && width(next) > maxPx) {
      lines.push(width(line));
      line = word;
    } else line = next;
  }
  lines.push(width(line));
  return {
    width: Math.min(maxPx, Math.max(...lines)) + 2 * LABEL_OUTLINE_PX,
    height: lines.length * fontPx * 1.02 + 5,
  };
}

const labelOf = (node: RoomNode): LabelBox =>
  node.labelled ? estimateLabel(node.label, LABEL_HUB_FONT_PX, LABEL_MAX_PX - 2, true) : estimateLabel(node.label);

/** How far a box (node and label) may reach past the node centres' extent: within the fit's padding (px). */
const MARGIN = 18;

interface Placed extends PushedApart {
  node: RoomNode;
}

const GAP = 4;
/**
 * One zoom step in (the toolbar's "+", ×1.25) the nodes are 1.25 times further apart while the labels keep
 * their size on screen (style.ts scales the label font by 1 / zoom): room for a label at that step is room
 * for the label scaled by this factor at fit.
 */
const STEP = 0.8;
/** Clearance kept between two boxes (px): the UI's label placement keeps 2 to 4 px (label-placement.ts). */
const PAD = 5;

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
    const row = (p: Placed) => Math.max(p.body, (p.label?.height ?? 0) * STEP) + GAP + 1;
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
      columnWidth = Math.max(columnWidth, p.body + 2 + (p.label?.width ?? 0) * STEP);
    }
  }
  return nodes.length > 0 ? x + columnWidth : 0;
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

/**
 * Positions (model coordinates) with room for the labels; `nodes` come with the force-directed layout's
 * positions. Deterministic: the same input gives the same output.
 *
 * Measured on the seed network (118 actors, 43 of them unlinked), in Chromium (test/e2e/picture.e2e.test.ts):
 * named at fit 95 and 93 at 1440×900 and 1024×768, all 118 one step in. Tried before and dropped: refitting
 * the picture to the canvas between push-apart rounds (75 box pairs left overlapping, 110 and 106 named at
 * fit or one step in), no refit at all (the picture grows and the fit zoom falls, 76 and 62), extra room by
 * degree around the hubs (105 and 99).
 */
export function makeLabelRoom(nodes: RoomNode[], target = TARGET): Map<string, { x: number; y: number }> {
  const z = target.zoom;
  const placed: Placed[] = nodes.map((node) => ({
    node,
    x: node.x * z,
    y: node.y * z,
    body: Math.max(MIN_NODE_PX, node.size * z),
    label: node.named ? labelOf(node) : null,
  }));
  const unlinked = placed.filter((p) => p.node.degree === 0 && p.node.named);
  const linked = placed.filter((p) => !(p.node.degree === 0 && p.node.named));
  const side = placeUnlinked(unlinked, target.height);
  const x0 = side > 0 ? side + 24 : 0;
  const width = Math.max(target.width * 0.4, target.width - x0);
  fitInto(linked, x0, width, target.height, true);
  const walls = { x1: x0 - MARGIN, y1: -MARGIN, x2: x0 + width + MARGIN, y2: target.height + MARGIN };
  for (const p of linked) move(p, boxOf(p), 0, 0, walls);
  // Room at fit as far as the push-apart finds it, then room one zoom step in for every name: pushed apart,
  // then the boxes still in the way moved to the nearest free spot; last, boxes moved a little further where
  // that names them at fit too.
  for (let i = 0; i < pushApartRounds(200, linked.length); i++) if (separate(linked, PAD, 1, walls)) break;
  for (let i = 0; i < pushApartRounds(500, linked.length); i++) if (separate(linked, PAD, STEP, walls)) break;
  relocate(linked, PAD, STEP, walls, Math.max(target.width, target.height));
  relocate(linked, PAD, 1, walls, 40);
  return new Map(placed.map((p) => [p.node.id, { x: p.x / z, y: p.y / z }]));
}
