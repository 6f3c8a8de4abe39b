import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../../core/graph/to-elements.js';
import type { GraphData } from '../../../../core/graph/types.js';
import { decorationsFor, keptIds } from '../../../../ui/src/lib/graph/highlight.js';
import { buildStylesheet } from '../../../../ui/src/lib/graph/style.js';

const graph: GraphData = {
  nodes: ['norway', 'japan', 'us', 'enisa'].map((id) => ({ id, label: 'Actor', name: id, kind: 'THIRD_COUNTRY' })),
  edges: [],
  total: 4,
  truncated: false,
};

describe('what-if marks in the graph', () => {
  const changes = new Map([
    ['norway', 'unchanged' as const],
    ['us', 'added' as const],
    ['japan', 'removed' as const],
  ]);
  const decorations = decorationsFor({
    lens: 'eligibility',
    focus: null,
    partners: ['norway', 'us'],
    assumed: ['us'],
    changes,
    path: null,
    responders: [],
  });

  it('should class added and removed partners, keep the removed ones and fade only the others', () => {
    const classes = new Map(toElements(graph, decorations).map((e) => [e.data.id, String(e.classes ?? '')]));
    expect(classes.get('us')).toMatch(/\badded\b/);
    expect(classes.get('japan')).toMatch(/\bremoved\b/);
    expect(classes.get('japan')).not.toMatch(/faded/);
    expect(classes.get('norway')).not.toMatch(/added|removed/);
    expect(classes.get('enisa')).toMatch(/faded/);
    expect([...keptIds(decorations)].sort()).toEqual(['japan', 'norway', 'us']);
  });

  it('should draw the change in the label, not in colour alone', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(graph, decorations),
      style: buildStylesheet(1),
    });
    expect(cy.getElementById('us').style('label')).toBe('+ us (added)');
    expect(cy.getElementById('japan').style('label')).toBe('− japan (removed)');
    expect(cy.getElementById('us').style('border-style')).toBe('double');
    expect(cy.getElementById('japan').style('border-style')).toBe('dotted');
    cy.destroy();
  });
});
