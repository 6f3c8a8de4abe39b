import { describe, expect, it } from 'vitest';
import { BoxGrid, hit, type Box } from '../../../core/graph/box-grid.js';
import {
  boxOf,
  move,
  PUSH_APART_ALL_ROUNDS_UP_TO,
  pushApartRounds,
  relocate,
  separate,
  type Placed,
} from '../../../core/graph/push-apart.js';
import { seededRandom } from '../../../core/seeded-random.js';

/**
 * The push-apart as it was before the grid (core/graph/label-room.ts at 5216dae): every pair tested, in order.
 * The grid's versions must give the very same positions.
 */
function separateEveryPair(nodes: Placed[], pad: number, k: number, walls: Box): boolean {
  let clear = true;
  const boxes = nodes.map((p) => boxOf(p, k));
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
        move(p, a, d, 0, walls);
        move(q, b, -d, 0, walls);
      } else {
        const d = (p.y < q.y || (p.y === q.y && i < j) ? -oy : oy) / 2;
        move(p, a, 0, d, walls);
        move(q, b, 0, -d, walls);
      }
    }
  return clear;
}

function relocateEveryPair(nodes: Placed[], pad: number, k: number, walls: Box, reach: number, budget = 300_000): void {
  const boxes = nodes.map((p) => boxOf(p, k));
  const stuck = new Set<number>();
  for (let round = 0; round < nodes.length && budget > 0; round++) {
    let worst = -1;
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        if (!hit(boxes[i]!, boxes[j]!, pad)) continue;
        for (const m of nodes[i]!.node.degree < nodes[j]!.node.degree ? [i, j] : [j, i])
          if (!stuck.has(m) && (worst < 0 || nodes[m]!.node.degree < nodes[worst]!.node.degree)) {
            worst = m;
            break;
          }
      }
    if (worst < 0) return;
    const box = boxes[worst]!;
    const others = boxes.filter((_, i) => i !== worst);
    const clearAt = (dx: number, dy: number) => {
      const moved = { x1: box.x1 + dx, y1: box.y1 + dy, x2: box.x2 + dx, y2: box.y2 + dy };
      if (moved.x1 < walls.x1 || moved.y1 < walls.y1 || moved.x2 > walls.x2 || moved.y2 > walls.y2) return false;
      budget -= 1;
      return !others.some((other) => hit(moved, other, pad));
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
      stuck.add(worst);
      continue;
    }
    nodes[worst]!.x += found[0];
    nodes[worst]!.y += found[1];
    boxes[worst] = { x1: box.x1 + found[0], y1: box.y1 + found[1], x2: box.x2 + found[0], y2: box.y2 + found[1] };
  }
}

const WALLS: Box = { x1: -18, y1: -18, x2: 948, y2: 618 };

/**
 * `count` nodes crowded into a part of the canvas (a share of it, so that some boxes cross its edges and many
 * overlap), bodies and labels of a label room's sizes, some unnamed, few distinct degrees (many ties).
 */
function crowd(seed: number, count: number, share: number): Placed[] {
  const random = seededRandom(seed);
  const [w, h] = [(WALLS.x2 - WALLS.x1) * share, (WALLS.y2 - WALLS.y1) * share];
  return Array.from({ length: count }, () => ({
    node: { degree: Math.floor(random() * 4) },
    x: WALLS.x1 + random() * w,
    y: WALLS.y1 + random() * h,
    body: 18 + random() * 12,
    label: random() < 0.2 ? null : { width: 20 + random() * 100, height: 12 + random() * 40 },
  }));
}

const positions = (nodes: Placed[]) => nodes.map((p) => [p.x, p.y]);
const copy = (nodes: Placed[]) => nodes.map((p) => ({ ...p }));

describe('push-apart (the label room, with the boxes in a grid)', () => {
  it('should list the boxes that reach into a box, wherever they lie, each once and in order', () => {
    const random = seededRandom(7);
    const area: Box = { x1: 0, y1: 0, x2: 500, y2: 300 };
    const box = (): Box => {
      const [x, y] = [-100 + random() * 700, -100 + random() * 500];
      return { x1: x, y1: y, x2: x + random() * 150, y2: y + random() * 80 };
    };
    const boxes = Array.from({ length: 400 }, box);
    const grid = new BoxGrid(boxes, area, 32);
    let listed = 0;
    for (let q = 0; q < 300; q++) {
      const query = box();
      const after = Math.floor(random() * 100) - 1;
      const reaching = boxes.flatMap((b, i) =>
        i > after && b.x1 <= query.x2 && b.x2 >= query.x1 && b.y1 <= query.y2 && b.y2 >= query.y1 ? [i] : [],
      );
      expect([...grid.near(query, after)]).toEqual(reaching);
      listed += reaching.length;
    }
    expect(listed).toBeGreaterThan(3000);
  });

  it('should push apart exactly as testing every pair does, to the last bit', () => {
    let pushes = 0;
    for (const [seed, count, share] of [
      [1, 60, 0.3],
      [2, 150, 0.5],
      [3, 300, 1],
      [4, 40, 0.1],
    ] as const) {
      for (const k of [1, 0.8]) {
        const grid = crowd(seed, count, share);
        const everyPair = copy(grid);
        for (let round = 0; round < 30; round++) {
          const clear = separate(grid, 5, k, WALLS);
          expect(clear).toBe(separateEveryPair(everyPair, 5, k, WALLS));
          expect(positions(grid), `seed ${seed}, k ${k}, round ${round}`).toEqual(positions(everyPair));
          if (!clear) pushes += 1;
        }
      }
    }
    expect(pushes).toBeGreaterThan(100);
  });

  it('should move the boxes in the way to the same free spots, in the same order, as testing every pair does', () => {
    let moved = 0;
    for (const [seed, count, share, reach] of [
      [11, 80, 0.6, 200],
      [12, 120, 0.8, 40],
      [13, 160, 1, 120],
      [14, 90, 0.7, 930],
    ] as const) {
      const grid = crowd(seed, count, share);
      for (let round = 0; round < 3; round++) separate(grid, 5, 0.8, WALLS);
      const everyPair = copy(grid);
      const before = positions(grid);
      relocate(grid, 5, 0.8, WALLS, reach);
      relocateEveryPair(everyPair, 5, 0.8, WALLS, reach);
      expect(positions(grid), `seed ${seed}`).toEqual(positions(everyPair));
      moved += positions(grid).filter(([x, y], i) => x !== before[i]![0] || y !== before[i]![1]).length;
    }
    expect(moved).toBeGreaterThan(80);
  });

  it('should push apart for every round up to 400 boxes (the seed has 344), then for fewer as the square of the count', () => {
    expect(PUSH_APART_ALL_ROUNDS_UP_TO).toBe(400);
    for (const count of [1, 75, 344, 400]) expect(pushApartRounds(200, count)).toBe(200);
    expect(pushApartRounds(200, 800)).toBe(50);
    expect(pushApartRounds(500, 800)).toBe(125);
    expect(pushApartRounds(200, 2000)).toBe(8);
    expect(pushApartRounds(500, 2000)).toBe(20);
    expect(pushApartRounds(200, 1_000_000)).toBe(1);
  });
});
