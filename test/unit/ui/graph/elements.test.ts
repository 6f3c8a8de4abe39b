import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../../ui/src/lib/graph/reconcile.js';
import { KIND_STYLES } from '../../../../core/palette.js';
import { buildStylesheet } from '../../../../ui/src/lib/graph/style.js';
import { isActorNode, toElements } from '../../../../core/graph/to-elements.js';
import type { GraphData } from '../../../../core/graph/types.js';

const graph = (nodes: string[], edges: Array<[string, string]>): GraphData => ({
  nodes: nodes.map((id) => ({ id, label: 'Actor', name: id.toUpperCase(), kind: 'eu-agency' })),
  edges: edges.map(([source, target]) => ({
    id: `${source}|COOPERATES_WITH|${target}`,
    source,
    target,
    type: 'COOPERATES_WITH',
  })),
  total: nodes.length,
  truncated: false,
});

describe('graph elements', () => {
  it('should map nodes and edges, dropping edges whose ends are absent', () => {
    const elements = toElements(
      graph(
        ['a', 'b'],
        [
          ['a', 'b'],
          ['a', 'c'],
        ],
      ),
    );
    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(2);
    expect(elements.filter((e) => e.group === 'edges').map((e) => e.data.id)).toEqual(['a|COOPERATES_WITH|b']);
    expect(elements[0]!.data).toMatchObject({ id: 'a', label: 'A', kind: 'EU_AGENCY' });
  });

  it('should patch a headless Cytoscape by id and report topology changes only', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet() });
    expect(reconcile(cy, toElements(graph(['a', 'b'], [['a', 'b']])))).toBe(true);
    const a = cy.getElementById('a');
    expect(reconcile(cy, toElements(graph(['a', 'b'], [['a', 'b']])))).toBe(false);
    expect(cy.getElementById('a')).toBe(a);
    expect(reconcile(cy, toElements(graph(['a', 'c'], [['a', 'c']])))).toBe(true);
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['a', 'c']);
    expect(cy.edges().map((e) => e.id())).toEqual(['a|COOPERATES_WITH|c']);
    cy.destroy();
  });

  it('should style each actor kind with its own colour', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(),
      elements: toElements(graph(['a'], [])),
    });
    expect(cy.getElementById('a').style('background-color')).toBe('rgb(47,126,216)');
    expect(new Set(Object.values(KIND_STYLES).map((s) => s.color)).size).toBe(Object.keys(KIND_STYLES).length);
    cy.destroy();
  });

  it('should mark the edges that share their two ends as parallel, and only those', () => {
    const g = graph(
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['a', 'c'],
      ],
    );
    g.edges.push({ id: 'b|SUPPORTS|a', source: 'b', target: 'a', type: 'SUPPORTS' });
    const classes = Object.fromEntries(
      toElements(g)
        .filter((e) => e.group === 'edges')
        .map((e) => [e.data.id, e.classes]),
    );
    expect(classes).toEqual({
      'a|COOPERATES_WITH|b': 'parallel',
      'a|COOPERATES_WITH|c': '',
      'b|SUPPORTS|a': 'parallel',
    });
  });
});

describe('isActorNode', () => {
  it('should know an actor by the API enum name and by the graph term, and nothing else', () => {
    expect(isActorNode({ label: 'ACTOR' })).toBe(true);
    expect(isActorNode({ label: 'Actor' })).toBe(true);
    expect(isActorNode({ label: 'ACTOR_CLASS' })).toBe(false);
    expect(isActorNode({ label: 'LegalInstrument' })).toBe(false);
  });
});
