/**
 * The label room's push-apart (pure): boxes (a node's body and its label under it, on screen) pushed apart
 * inside the canvas, then the ones still in each other's way moved to the nearest free spot. Each search for
 * the boxes in the way looks only at the boxes in the cells around one box (box-grid.ts) and finds exactly the
 * pairs a test of every pair would, in the same order, so the result is the same to the last bit
 * (test/unit/core/push-apart.test.ts holds it against that test of every pair) in far fewer comparisons. Above
 * PUSH_APART_ALL_ROUNDS_UP_TO boxes the push-apart runs fewer rounds: with every pair tested and every round
 * run, the 2,000 nodes of a large network's first view took 74 s of CPU here (session 15).
 */
import { BoxGrid, grown, hit, type Box } from './box-grid.js';

export interface PlacedLabel {
  width: number;
  height: number;
}

/** A node being placed: its centre and body (px on screen), its label's box (null: no name to make room for). */
export interface Placed {
  node: { degree: number };
  x: number;
  y: number;
  body: number;
  label: PlacedLabel | null;
}

/** The box a node needs: its body with its label under it (the UI may still put the label on another side). */
export function boxOf(p: Placed, k = 1): Box {
  const w = Math.max(p.body, (p.label?.width ?? 0) * k) / 2;
  const below = p.label ? p.label.height * k + 2 : 0;
  return { x1: p.x - w, x2: p.x + w, y1: p.y - p.body / 2, y2: p.y + p.body / 2 + below };
}

/** Moves a node and its box by (dx, dy), stopping at the walls. */
export function move(p: Placed, box: Box, dx: number, dy: number, walls: Box): void {
  const mx = Math.max(walls.x1 - box.x1, Math.min(walls.x2 - box.x2, dx));
  const my = Math.max(walls.y1 - box.y1, Math.min(walls.y2 - box.y2, dy));
  p.x += mx;
  p.y += my;
  box.x1 += mx;
  box.x2 += mx;
  box.y1 += my;
  box.y2 += my;
}

/**
 * How far (px) past its reach a box's neighbours are listed: a box pushed less than this keeps its list; pushed
 * further, its neighbours are listed again. A margin of 1 px more keeps rounding from mattering.
 */
const SLACK = 24;

/** Whether `box`, grown by `by` and 1 px more, lies inside `around`. */
const inside = (box: Box, by: number, around: Box) =>
  box.x1 - by - 1 >= around.x1 &&
  box.y1 - by - 1 >= around.y1 &&
  box.x2 + by + 1 <= around.x2 &&
  box.y2 + by + 1 <= around.y2;

/**
 * Pushes overlapping boxes (labels scaled by k) apart along the axis where they overlap least, keeping every
 * box inside `walls`; true when none overlapped. Pair by pair, i before j, each pair as the earlier ones left
 * the boxes; pair (i, j) is tested only when j's box reaches into i's grown by the clearance and SLACK (the
 * others cannot overlap).
 */
export function separate(nodes: Placed[], pad: number, k: number, walls: Box): boolean {
  let clear = true;
  const boxes = nodes.map((p) => boxOf(p, k));
  const grid = new BoxGrid(boxes, walls);
  for (let i = 0; i < nodes.length; i++) {
    // Every pair of i with a box before it has been tested: the grid holds the boxes after i only.
    grid.remove(i);
    const a = boxes[i]!;
    let listedFor = grown(a, pad + SLACK);
    let near = grid.near(listedFor);
    for (let n = 0; n < near.length; n++) {
      const j = near[n]!;
      const b = boxes[j]!;
      const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + pad;
      const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + pad;
      if (ox <= 0 || oy <= 0) continue;
      clear = false;
      const p = nodes[i]!;
      const q = nodes[j]!;
      if (ox < oy) {
        const d = (p.x < q.x || (p.x === q.x && i < j) ? -ox : ox) / 2;
        move(p, a, d, 0, walls);
        move(q, b, -d, 0, walls);
      } else {
        const d = (p.y < q.y || (p.y === q.y && i < j) ? -oy : oy) / 2;
        move(p, a, 0, d, walls);
        move(q, b, 0, -d, walls);
      }
      grid.update(j);
      // Pushed out of the area its neighbours were listed for: the boxes after j, listed again.
      if (!inside(a, pad, listedFor)) {
        listedFor = grown(a, pad + SLACK);
        near = grid.near(listedFor, j);
        n = -1;
      }
    }
  }
  return clear;
}

/**
 * Up to this many boxes, the push-apart runs all its rounds (the seed's whole model has 344 boxes to place, its
 * actor network 75: both as before). Above, a round costs more than the boxes' number: crowded into the same
 * canvas, each box is also in the way of more boxes (a 2,000-node network's boxes need 11 times the canvas one
 * step in, each in the way of some 50 others), so a round costs about n² and the rounds fall as (400 / n)², which
 * keeps the push-apart to about a second at any size (2,000 boxes: 9 rounds at fit, 21 one step in, instead of 30
 * s for all 700). Its first rounds move the boxes most; in so crowded a picture no arrangement names every actor.
 */
export const PUSH_APART_ALL_ROUNDS_UP_TO = 400;

/** The push-apart rounds for `count` boxes out of `rounds` (all of them up to PUSH_APART_ALL_ROUNDS_UP_TO, at least one). */
export const pushApartRounds = (rounds: number, count: number): number =>
  Math.max(1, Math.round(rounds * Math.min(1, (PUSH_APART_ALL_ROUNDS_UP_TO / count) ** 2)));

/** Spots tried by one relocate() at most (each a look-up in the grid). */
const RELOCATE_BUDGET = 300_000;

/**
 * Of the boxes in another's way and not stuck, the least connected; among as connected ones, the one a test of
 * every pair in order (i, then j after i) meets first: the first pair that holds one gives it (its second box
 * when both are). -1 when no box is in the way.
 */
function leastConnectedInTheWay(nodes: Placed[], inTheWay: Array<Set<number>>, stuck: boolean[]): number {
  const candidate = (m: number) => !stuck[m] && inTheWay[m]!.size > 0;
  let least = Infinity;
  for (let m = 0; m < nodes.length; m++) if (candidate(m)) least = Math.min(least, nodes[m]!.node.degree);
  if (least === Infinity) return -1;
  const chosen = (m: number) => candidate(m) && nodes[m]!.node.degree === least;
  let first: [number, number] | null = null;
  for (let m = 0; m < nodes.length; m++) {
    if (!chosen(m)) continue;
    const other = Math.min(...inTheWay[m]!);
    const pair: [number, number] = other < m ? [other, m] : [m, other];
    if (!first || pair[0] < first[0] || (pair[0] === first[0] && pair[1] < first[1])) first = pair;
  }
  return chosen(first![1]) ? first![1] : first![0];
}

/**
 * Moves the boxes that still overlap (labels scaled by k), least connected first, to the nearest spot within
 * `reach` px where the box is clear of every other box and inside the walls; a box with no such spot stays.
 */
export function relocate(nodes: Placed[], pad: number, k: number, walls: Box, reach: number): void {
  const boxes = nodes.map((p) => boxOf(p, k));
  const grid = new BoxGrid(boxes, walls);
  // The boxes each box is in the way of (the relation is symmetric).
  const inTheWay = boxes.map(
    (box, i) => new Set(grid.near(grown(box, pad)).filter((j) => j !== i && hit(box, boxes[j]!, pad))),
  );
  const stuck = boxes.map(() => false);
  // Spots tried in all, so that a crowded graph (the whole model's hundreds of nodes) costs bounded time.
  let budget = RELOCATE_BUDGET;
  for (let round = 0; round < nodes.length && budget > 0; round++) {
    const worst = leastConnectedInTheWay(nodes, inTheWay, stuck);
    if (worst < 0) return;
    const box = boxes[worst]!;
    grid.remove(worst);
    const clearAt = (dx: number, dy: number) => {
      const moved = { x1: box.x1 + dx, y1: box.y1 + dy, x2: box.x2 + dx, y2: box.y2 + dy };
      if (moved.x1 < walls.x1 || moved.y1 < walls.y1 || moved.x2 > walls.x2 || moved.y2 > walls.y2) return false;
      budget -= 1;
      return !grid.hits(moved, pad);
    };
    let found: [number, number] | null = null;
    for (let r = 3; r <= reach && !found && budget > 0; r += 3) {
      const steps = Math.max(8, Math.round((2 * Math.PI * r) / 3));
      for (let s = 0; s < steps && !found; s++) {
        const dx = r * Math.cos((2 * Math.PI * s) / steps);
        const dy = r * Math.sin((2 * Math.PI * s) / steps);
        if (clearAt(dx, dy)) found = [dx, dy];
      }
    }
    if (!found) {
      stuck[worst] = true;
      grid.insert(worst);
      continue;
    }
    const [dx, dy] = found;
    nodes[worst]!.x += dx;
    nodes[worst]!.y += dy;
    boxes[worst] = { x1: box.x1 + dx, y1: box.y1 + dy, x2: box.x2 + dx, y2: box.y2 + dy };
    grid.insert(worst);
    // Its new spot is clear of every box: in nobody's way any more.
    for (const other of inTheWay[worst]!) inTheWay[other]!.delete(worst);
    inTheWay[worst]!.clear();
  }
}
