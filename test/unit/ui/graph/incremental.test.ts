import { describe, expect, it } from 'vitest';
import { growScene, placeIncrementally } from '../../../../ui/src/lib/graph/incremental.js';

const placed = new Map([
  ['hub', { x: 0, y: 0 }],
  ['a', { x: 100, y: 0 }],
  ['b', { x: -100, y: 0 }],
]);

describe('placeIncrementally', () => {
  it('should put new nodes around the node they hang from, apart from every node, and move no placed node', () => {
    const fresh = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8'];
    const edges = [...fresh.map((id) => ({ source: 'hub', target: id })), { source: 'a', target: 'n1' }];
    const spots = placeIncrementally({ placed, fresh, edges, spacing: 40 });
    expect([...spots.keys()].sort()).toEqual([...fresh].sort());
    const all = [...placed.values(), ...spots.values()];
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++)
        expect(Math.hypot(all[i]!.x - all[j]!.x, all[i]!.y - all[j]!.y)).toBeGreaterThanOrEqual(39.99);
    // n1 hangs from the hub (more new nodes hang from it) and from a: the hub wins.
    for (const p of spots.values()) expect(Math.hypot(p.x, p.y)).toBeLessThan(200);
    expect(placeIncrementally({ placed, fresh, edges, spacing: 40 })).toEqual(spots);
  });

  it('should place a new node linked only to another new node next to it, and one linked to nothing beside the scene', () => {
    const spots = placeIncrementally({
      placed,
      fresh: ['far', 'lone', 'near'],
      edges: [
        { source: 'a', target: 'near' },
        { source: 'near', target: 'far' },
      ],
      spacing: 30,
    });
    const near = spots.get('near')!;
    const far = spots.get('far')!;
    expect(Math.hypot(near.x - 100, near.y)).toBeLessThan(80);
    expect(Math.hypot(far.x - near.x, far.y - near.y)).toBeLessThan(80);
    expect(spots.get('lone')!.y).toBeGreaterThan(Math.max(near.y, far.y));
  });
});

describe('growScene', () => {
  it('should keep the nodes that stay, bring a node back where it was, and say when the scene was replaced', () => {
    const memory = new Map<string, { x: number; y: number }>();
    const edges = [{ source: 'hub', target: 'n1' }];
    const smaller = growScene(placed, ['hub', 'a'], edges, 40, memory)!;
    expect(smaller.get('hub')).toEqual({ x: 0, y: 0 });
    const again = growScene(smaller, ['hub', 'a', 'b', 'n1'], edges, 40, memory)!;
    expect(again.get('b')).toEqual({ x: -100, y: 0 });
    expect(Math.hypot(again.get('n1')!.x, again.get('n1')!.y)).toBeLessThan(100);
    expect(growScene(again, ['hub', 'x1', 'x2', 'x3', 'x4', 'x5'], edges, 40, memory)).toBeNull();
  });
});
