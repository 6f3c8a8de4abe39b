import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../../ui/src/lib/graph/reconcile.js';
import { buildStylesheet } from '../../../../ui/src/lib/graph/style.js';
import { degrees, toElements } from '../../../../core/graph/to-elements.js';
import type { GraphData } from '../../../../core/graph/types.js';
import { edge, node } from '../fake-api.js';

const g = (ids: string[], edges: Array<[string, string]> = []): GraphData => ({
  nodes: ids.map((id) => node(id)),
  edges: edges.map(([s, t]) => edge(s, 'MEMBER_OF', t)),
  total: ids.length,
  truncated: false,
});

describe('reconcile', () => {
  it('should patch classes and labels in place, keeping positions, without a topology change', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet() });
    reconcile(cy, toElements(g(['a', 'b', 'c'], [['a', 'b']])));
    cy.getElementById('a').position({ x: 42, y: 7 });
    const changed = reconcile(
      cy,
      toElements(g(['a', 'b', 'c'], [['a', 'b']]), { highlighted: new Set(['a']), order: new Map([['a', 1]]) }),
    );
    expect(changed).toBe(false);
    const a = cy.getElementById('a');
    expect(a.position()).toEqual({ x: 42, y: 7 });
    expect(a.hasClass('hl')).toBe(true);
    expect(a.data('label')).toBe('1. A');
    expect(cy.getElementById('b').hasClass('faded')).toBe(true);
    reconcile(cy, toElements(g(['a', 'b', 'c'], [['a', 'b']])));
    expect(a.hasClass('hl')).toBe(false);
    expect(cy.getElementById('b').hasClass('faded')).toBe(false);
    cy.destroy();
  });

  it('should add and remove by id, reporting a topology change', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet() });
    reconcile(cy, toElements(g(['a', 'b'], [['a', 'b']])));
    expect(
      reconcile(
        cy,
        toElements(
          g(
            ['a', 'b', 'c'],
            [
              ['a', 'b'],
              ['b', 'c'],
            ],
          ),
        ),
      ),
    ).toBe(true);
    expect(cy.elements().length).toBe(5);
    expect(reconcile(cy, toElements(g(['c'])))).toBe(true);
    expect(cy.nodes().map((n) => n.id())).toEqual(['c']);
    cy.destroy();
  });

  it('should size nodes by degree and label only the best connected', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `n${i}`);
    const edges = ids.slice(1).map((id) => ['n0', id] as [string, string]);
    const graph = g(ids, edges);
    expect(degrees(graph).get('n0')).toBe(39);
    const elements = toElements(graph);
    const hub = elements.find((e) => e.data.id === 'n0')!;
    const leaf = elements.find((e) => e.data.id === 'n5')!;
    expect(hub.data.size).toBeGreaterThan(leaf.data.size);
    expect(hub.classes).toContain('labelled');
    expect(leaf.classes).not.toContain('labelled');
  });
});
