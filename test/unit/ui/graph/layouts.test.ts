import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import {
  breadthfirstLayout,
  concentricLayout,
  dagreLayout,
  fitZoom,
  forceLayout,
  isLayoutName,
  ringsFrom,
} from '../../../../core/graph/layouts.js';
import { decorationsFor, keptIds, pathHighlight } from '../../../../ui/src/lib/graph/highlight.js';
import { toElements } from '../../../../core/graph/to-elements.js';
import type { GraphData } from '../../../../core/graph/types.js';
import { edge, node } from '../fake-api.js';

cytoscape.use(fcose);
cytoscape.use(dagre);

const chain: GraphData = {
  nodes: ['a', 'b', 'c', 'd', 'x'].map((id) => node(id)),
  edges: [edge('a', 'PART_OF', 'b'), edge('b', 'PART_OF', 'c'), edge('c', 'PART_OF', 'd')],
  total: 5,
  truncated: false,
  paths: [{ nodes: ['a', 'b', 'c'], edges: ['a|PART_OF|b', 'b|PART_OF|c'] }],
};

describe('layouts', () => {
  it('should put the focus in the middle ring and unreachable nodes outside', () => {
    const rings = ringsFrom(
      'b',
      ['a', 'b', 'c', 'd', 'x'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
      ],
    );
    expect(Object.fromEntries(rings)).toEqual({ b: 0, a: 1, c: 1, d: 2, x: 3 });
    expect(ringsFrom(null, ['a'], []).size).toBe(0);
    expect(ringsFrom('zz', ['a'], []).size).toBe(0);
  });

  it('should run every layout on a headless Cytoscape and give distinct positions', () => {
    for (const options of [
      forceLayout(5),
      concentricLayout(ringsFrom('b', ['a', 'b', 'c', 'd', 'x'], [])),
      dagreLayout(),
      breadthfirstLayout('a'),
    ]) {
      const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(chain) });
      cy.layout(options).run();
      const positions = new Set(cy.nodes().map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`));
      expect(positions.size, String(options.name)).toBe(5);
      cy.destroy();
    }
    expect(isLayoutName('hierarchical')).toBe(true);
    expect(isLayoutName('circle')).toBe(false);
  });
});

describe('highlight', () => {
  it('should highlight the nodes and the joining edges of each path', () => {
    const { nodes, edges } = pathHighlight(chain);
    expect([...nodes].sort()).toEqual(['a', 'b', 'c']);
    expect([...edges].sort()).toEqual(['a|PART_OF|b', 'b|PART_OF|c']);
    expect(pathHighlight(null).nodes.size).toBe(0);
  });

  it('should decorate by the current lens only', () => {
    const base = { focus: 'f', partners: ['p'], assumed: ['q'], path: chain, responders: [{ id: 'r', order: 1 }] };
    const eligibility = decorationsFor({ ...base, lens: 'eligibility' });
    expect([...eligibility.highlighted!]).toEqual(['p']);
    expect([...keptIds(eligibility)].sort()).toEqual(['f', 'p', 'q']);
    expect(decorationsFor({ ...base, lens: 'incidents' }).order!.get('r')).toBe(1);
    expect(decorationsFor({ ...base, lens: 'paths' }).edges!.size).toBe(2);
    expect(decorationsFor({ ...base, lens: null })).toEqual({ focus: 'f' });
    expect(decorationsFor({ ...base, partners: null, lens: 'eligibility' })).toEqual({ focus: 'f' });
  });
});

describe('fit zoom', () => {
  it("should predict the zoom of Cytoscape's fit from positions and sizes", () => {
    const boxes = [
      { x: 0, y: 0, size: 20 },
      { x: 500, y: 120, size: 40 },
    ];
    // Cytoscape's fit: the smaller of (width - 2 padding) / box width and (height - 2 padding) / box height.
    expect(fitZoom(boxes, 800, 600, 30)).toBeCloseTo(Math.min((800 - 60) / 530, (600 - 60) / 150));
    expect(fitZoom(boxes, 800, 100, 30)).toBeCloseTo((100 - 60) / 150);
    expect(fitZoom([], 800, 600, 30)).toBe(1);
  });
});
