import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { layoutStylesheet } from '../../../../core/graph/layouts.js';
import { toElements } from '../../../../core/graph/to-elements.js';
import { EDGE_FAMILIES, edgeFamily, KIND_STYLES, kindStyle } from '../../../../core/palette.js';
import { ACTOR_KINDS, enumName } from '../../../../core/vocabulary.js';
import { buildStylesheet, MIN_NODE_PX } from '../../../../ui/src/lib/graph/style.js';
import type { GraphData } from '../../../../core/graph/types.js';

const kinds = Object.keys(KIND_STYLES);
const actorKinds = new Set(ACTOR_KINDS.values.map(enumName));
const graph: GraphData = {
  nodes: kinds.map((kind, i) => ({
    id: `n${i}`,
    label: actorKinds.has(kind) ? 'ACTOR' : kind,
    name: kind,
    kind: actorKinds.has(kind) ? kind : null,
  })),
  edges: Object.entries(EDGE_FAMILIES)
    .filter(([, f]) => f.types.length > 0)
    .map(([, f], i) => ({ id: `e${i}`, source: 'n0', target: `n${i + 1}`, type: f.types[0]! })),
  total: kinds.length,
  truncated: false,
};

const headless = (g: GraphData, decorations = {}) =>
  cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(), elements: toElements(g, decorations) });

describe('graph style', () => {
  it('should give every kind its own colour and shape pair, applied by Cytoscape', () => {
    const cy = headless(graph);
    const pairs = new Set<string>();
    kinds.forEach((kind, i) => {
      const node = cy.getElementById(`n${i}`);
      expect(node.style('shape')).toBe(KIND_STYLES[kind]!.shape);
      pairs.add(`${node.style('background-color')}/${node.style('shape')}`);
    });
    expect(pairs.size).toBe(kinds.length);
    cy.destroy();
  });

  it('should draw each relationship family with its colour and line style', () => {
    const cy = headless(graph);
    for (const e of graph.edges) {
      const f = EDGE_FAMILIES[edgeFamily(e.type)]!;
      const el = cy.getElementById(e.id);
      expect(el.style('line-style')).toBe(f.line);
      expect(el.data('family')).toBe(edgeFamily(e.type));
    }
    expect(edgeFamily('NO_SUCH_TYPE')).toBe('other');
    cy.destroy();
  });

  it('should mark highlighted, faded, assumed and focused nodes', () => {
    const cy = headless(graph, { highlighted: new Set(['n1']), assumed: new Set(['n1']), focus: 'n0' });
    expect(cy.getElementById('n1').hasClass('hl')).toBe(true);
    expect(cy.getElementById('n1').style('border-style')).toBe('dashed');
    expect(cy.getElementById('n0').hasClass('focus')).toBe(true);
    expect(cy.getElementById('n0').hasClass('faded')).toBe(false);
    expect(Number(cy.getElementById('n2').style('opacity'))).toBeLessThan(0.5);
    cy.destroy();
  });

  it('should enlarge the important labels when the graph is fitted at a small zoom', () => {
    const font = (scale: number) => {
      const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(scale) });
      cy.add({ data: { id: 'a', label: 'A', size: 10 }, classes: 'labelled' });
      const size = parseFloat(cy.getElementById('a').style('font-size'));
      cy.destroy();
      return size;
    };
    expect(font(2)).toBeGreaterThan(font(1));
    expect(font(10)).toBe(font(6));
    expect(kindStyle('nonsense').legend).toBe('Other');
  });

  it('should draw only the important labels under the WebGL renderer', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(1, { webgl: true }) });
    cy.add([
      { data: { id: 'a', label: 'A', size: 10 } },
      { data: { id: 'b', label: 'B', size: 10 }, classes: 'labelled' },
    ]);
    expect(cy.getElementById('a').style('label')).toBe('');
    expect(cy.getElementById('b').style('label')).toBe('B');
    cy.destroy();
  });
});

describe('sizes on screen', () => {
  it('should draw no node smaller than MIN_NODE_PX on screen at the zoom the sheet is for', () => {
    const width = (zoom: number) => {
      const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(1 / zoom, { zoom }) });
      cy.add({ data: { id: 'a', label: 'A', size: 11 } });
      const w = cy.getElementById('a').width() * zoom;
      cy.destroy();
      return w;
    };
    expect(width(0.5)).toBeCloseTo(MIN_NODE_PX);
    expect(width(1)).toBeCloseTo(MIN_NODE_PX);
    expect(width(3)).toBeCloseTo(33);
  });
});

describe('first-view style costs', () => {
  it('should leave out the labels nobody sees when zoomed out, keeping the important ones', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(2, { plainLabels: false }) });
    cy.add([
      { data: { id: 'a', label: 'A', size: 10 } },
      { data: { id: 'b', label: 'B', size: 10 }, classes: 'labelled' },
      { data: { id: 'c', label: 'C', size: 10 }, classes: 'hover' },
    ]);
    expect(cy.getElementById('a').style('label')).toBe('');
    expect(cy.getElementById('b').style('label')).toBe('B');
    expect(cy.getElementById('c').style('label')).toBe('C');
    // Every other label is in the sheet at a readable size; the label placement decides which are drawn.
    const plain = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(1) });
    plain.add({ data: { id: 'a', label: 'A', size: 10 } });
    expect(plain.getElementById('a').style('label')).toBe('A');
    expect(parseFloat(plain.getElementById('a').style('font-size'))).toBeGreaterThanOrEqual(10);
    cy.destroy();
    plain.destroy();
  });

  it('should draw single edges straight and fan out parallel ones', () => {
    const g: GraphData = {
      nodes: [
        { id: 'a', label: 'Actor', name: 'A', kind: 'eu-agency' },
        { id: 'b', label: 'Actor', name: 'B', kind: 'eu-agency' },
        { id: 'c', label: 'Actor', name: 'C', kind: 'eu-agency' },
      ],
      edges: [
        { id: 'a|COOPERATES_WITH|b', source: 'a', target: 'b', type: 'COOPERATES_WITH' },
        { id: 'b|SUPPORTS|a', source: 'b', target: 'a', type: 'SUPPORTS' },
        { id: 'a|SUPPORTS|c', source: 'a', target: 'c', type: 'SUPPORTS' },
      ],
      total: 3,
      truncated: false,
    };
    const cy = headless(g);
    expect(cy.getElementById('a|COOPERATES_WITH|b').style('curve-style')).toBe('bezier');
    expect(cy.getElementById('b|SUPPORTS|a').style('curve-style')).toBe('bezier');
    expect(cy.getElementById('a|SUPPORTS|c').style('curve-style')).toBe('straight');
    cy.destroy();
  });

  it('should give the layout stylesheet the same outer node size as the full one', () => {
    const elements = toElements(graph);
    const bare = cytoscape({ headless: true, styleEnabled: true, style: layoutStylesheet(), elements });
    const full = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(), elements });
    for (const n of full.nodes()) expect(bare.getElementById(n.id()).outerWidth()).toBe(n.outerWidth());
    expect(bare.nodes().first().style('label')).toBe('');
    bare.destroy();
    full.destroy();
  });
});
