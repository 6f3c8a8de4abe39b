import { describe, expect, it } from 'vitest';
import { labelRect, placeLabels, type LabelCandidate } from '../../../../ui/src/lib/graph/label-placement.js';

const node = (id: string, x: number, y: number, priority = 1): LabelCandidate => ({
  id,
  x,
  y,
  size: 20,
  width: 80,
  height: 14,
  priority,
});

const overlap = (a: ReturnType<typeof labelRect>, b: ReturnType<typeof labelRect>) =>
  Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1);

describe('label placement', () => {
  it('should put a lone label under its node', () => {
    expect(placeLabels([node('a', 200, 200)], { width: 400, height: 400 })).toEqual(new Map([['a', 'bottom']]));
  });

  it('should move a label to a free side, and leave out the less important one when no side is free', () => {
    const view = { width: 400, height: 400 };
    // b sits just under a: a's label cannot go below it.
    const placed = placeLabels([node('a', 200, 200, 5), node('b', 200, 226, 1)], view);
    expect(placed.get('a')).not.toBe('bottom');
    expect(placed.get('b')).toBe('bottom');
    // Close, with wide labels: the more important one takes the bottom, the other a free side.
    const pair = placeLabels([node('c', 100, 80, 1), node('d', 140, 100, 9)], view);
    expect(pair.get('d')).toBe('bottom');
    expect(pair.get('c')).toBe('left');
    // Nodes on top of each other: a label would lie over the other node, so none is drawn.
    expect(placeLabels([node('e', 50, 50), node('f', 50, 50)], view).size).toBe(0);
  });

  it('should never place two labels that overlap, nor a label over another node, nor one outside the view', () => {
    const view = { width: 600, height: 400 };
    const nodes = Array.from({ length: 40 }, (_, i) => node(`n${i}`, (i * 137) % 600, (i * 53) % 400, i % 7));
    const placed = placeLabels(nodes, view);
    const rects = [...placed].map(([id, side]) => ({
      id,
      r: labelRect(
        nodes.find((n) => n.id === id)!,
        side,
      ),
    }));
    for (const a of rects) {
      expect(a.r.x1).toBeGreaterThanOrEqual(0);
      expect(a.r.y2).toBeLessThanOrEqual(view.height);
      for (const b of rects) if (a !== b) expect(overlap(a.r, b.r)).toBe(false);
      for (const n of nodes)
        if (n.id !== a.id) expect(overlap(a.r, { x1: n.x - 10, y1: n.y - 10, x2: n.x + 10, y2: n.y + 10 })).toBe(false);
    }
    expect(placed.size).toBeGreaterThan(5);
  });
});

describe('label placement at the corners', () => {
  it('should put a label at a corner of its node when no side is free', () => {
    const view = { width: 600, height: 600 };
    // Near the left edge a wide label fits neither below, above nor left; a node to the right blocks that side.
    const c = { ...node('c', 30, 30, 1), width: 100 };
    const blocker = { ...node('b', 150, 22, -1) };
    const placed = placeLabels([c, blocker], view);
    expect(placed.get('c')).toBe('bottom-right');
    expect(labelRect(c, 'bottom-right')).toEqual({ x1: 38.5, x2: 138.5, y1: 38.5, y2: 52.5 });
  });
});

describe('label placement around other text', () => {
  it('should keep labels clear of obstacles (the kind headings), as of another label', () => {
    const view = { width: 400, height: 400 };
    const a = node('a', 200, 200);
    // Text right under the node: the label takes another side.
    const heading = { x1: 150, y1: 212, x2: 250, y2: 230 };
    expect(placeLabels([a], view).get('a')).toBe('bottom');
    expect(placeLabels([a], view, [heading]).get('a')).toBe('right');
  });
});
