import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { isRegistered, register } from '../../../../ui/src/lib/graph/layout-extensions.js';
import { layoutFor, serverPreset } from '../../../../ui/src/lib/graph/layout-for.js';

const core = () =>
  cytoscape({
    headless: true,
    elements: [
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'c' } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'ac', source: 'a', target: 'c' } },
    ],
  });

describe('layout choice', () => {
  it("should take the server's positions only for the force layout and when every node has one", () => {
    const positions = ['a', 'b', 'c'].map((id, i) => ({ id, x: i * 10, y: 0 }));
    const preset = serverPreset('fcose', core(), positions);
    expect(preset).toMatchObject({ name: 'preset', fit: false, positions: { a: { x: 0, y: 0 }, c: { x: 20, y: 0 } } });
    expect(serverPreset('concentric', core(), positions)).toBeNull();
    expect(serverPreset('fcose', core(), positions.slice(1))).toBeNull();
    expect(serverPreset('fcose', core(), null)).toBeNull();
  });

  it('should load fcose and dagre once, on first use, then answer synchronously', async () => {
    const first = layoutFor('fcose', core(), null);
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toMatchObject({ name: 'fcose' });
    expect(isRegistered('fcose')).toBe(true);
    expect(layoutFor('fcose', core(), null)).toMatchObject({ name: 'fcose' });
    expect(await register('dagre')).toBe(true);
    // Hierarchical: dagre's layering, wrapped to the canvas, applied as a preset (a above b and c).
    const layered = layoutFor('hierarchical', core(), 'a') as {
      name: string;
      positions: Record<string, { y: number }>;
    };
    expect(layered.name).toBe('preset');
    expect(layered.positions.a!.y).toBeLessThan(layered.positions.b!.y);
    // A registered extension really runs on the instance.
    const cy = core();
    cy.layout(layoutFor('fcose', cy, null) as cytoscape.LayoutOptions).run();
    expect(cy.$id('b').position()).not.toEqual(cy.$id('c').position());
  });

  it('should put the focus at the centre of the concentric layout, else the best-connected node', () => {
    type Concentric = { concentric: (n: { id(): string }) => number };
    const around = layoutFor('concentric', core(), 'b') as unknown as Concentric;
    const byHub = layoutFor('concentric', core(), null) as unknown as Concentric;
    const rank = (options: Concentric, id: string) => options.concentric({ id: () => id });
    expect(rank(around, 'b')).toBeGreaterThan(rank(around, 'a'));
    expect(rank(byHub, 'a')).toBeGreaterThan(rank(byHub, 'b'));
  });
});
