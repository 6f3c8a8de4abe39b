import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  buildStylesheet,
  EDGE_FAMILIES,
  edgeFamily,
  KIND_STYLES,
  kindStyle,
} from '../../../../ui/src/lib/graph/style.js';
import { toElements } from '../../../../ui/src/lib/graph/to-elements.js';
import type { GraphData } from '../../../../ui/src/lib/graph/types.js';

const kinds = Object.keys(KIND_STYLES);
const graph: GraphData = {
  nodes: kinds.map((kind, i) => ({ id: `n${i}`, label: kind.includes('-') ? 'Actor' : kind, name: kind, kind })),
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
