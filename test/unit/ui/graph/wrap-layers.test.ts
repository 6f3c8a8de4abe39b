import { describe, expect, it } from 'vitest';
import { wrapLayers, type LayeredNode } from '../../../../core/graph/layouts.js';

const node = (id: string, x: number, y: number, isolated = false, kind = 'OTHER'): LayeredNode => ({
  id,
  x,
  y,
  width: 60,
  height: 40,
  isolated,
  kind,
  name: id,
});

describe('wrapLayers (the hierarchical layout fitted to the canvas)', () => {
  it('should cut a wide rank into rows that fill a landscape canvas, keeping the ranks in order', () => {
    // One root above 60 children: dagre's drawing is a 60-wide band.
    const nodes = [node('root', 0, 0), ...Array.from({ length: 60 }, (_, i) => node(`c${i}`, i * 30, 100))];
    const at = wrapLayers(nodes, { width: 1000, height: 700 });
    const xs = [...at.values()].map((p) => p.x);
    const ys = [...at.values()].map((p) => p.y);
    const width = Math.max(...xs) - Math.min(...xs);
    const height = Math.max(...ys) - Math.min(...ys);
    // Not a band: the drawing's shape is close to the canvas's.
    expect(width / height).toBeGreaterThan(0.7);
    expect(width / height).toBeLessThan(3);
    // The root's rank above every child; the children keep dagre's order within a row.
    for (let i = 0; i < 60; i++) expect(at.get('root')!.y).toBeLessThan(at.get(`c${i}`)!.y);
    expect(at.get('c0')!.x).toBeLessThan(at.get('c1')!.x);
    // No two nodes share a slot.
    const slots = new Set([...at.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(slots.size).toBe(61);
  });

  it('should put the nodes with no link last, grouped by kind', () => {
    const nodes = [node('a', 0, 0), node('b', 0, 100), node('z1', 0, 0, true, 'B'), node('z2', 50, 0, true, 'A')];
    const at = wrapLayers(nodes, { width: 800, height: 600 });
    expect(at.get('z1')!.y).toBeGreaterThan(at.get('b')!.y);
    expect(at.get('z2')!.x).toBeLessThan(at.get('z1')!.x);
  });
});
