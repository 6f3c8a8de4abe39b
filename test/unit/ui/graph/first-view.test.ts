import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_PADDING,
  expectedZoom,
  placeAsLaidOut,
  WHOLE_PADDING,
} from '../../../../ui/src/lib/graph/first-view.js';
import { actorNetwork } from '../../../../core/graph/scope.js';
import { toElements } from '../../../../core/graph/to-elements.js';
import type { GraphData } from '../../../../core/graph/types.js';
import { edge, node } from '../fake-api.js';

const graph: GraphData = {
  nodes: [node('enisa', 'eu-agency'), node('japan'), node('oecd', 'international-organisation')],
  edges: [edge('japan', 'MEMBER_OF', 'oecd'), edge('enisa', 'COOPERATES_WITH', 'oecd')],
  total: 3,
  truncated: false,
};
const layout = [
  { id: 'enisa', x: -200, y: 0 },
  { id: 'japan', x: 200, y: 0 },
  { id: 'oecd', x: 0, y: 100 },
];
const viewport = { width: 900, height: 600, minZoom: 0.05, maxZoom: 4 };

describe('first view as the server laid it out', () => {
  it('should place every node at its position and keep the edges', () => {
    const placed = placeAsLaidOut(toElements(graph), layout)!;
    expect(placed.elements).toHaveLength(5);
    expect(placed.elements.find((e) => e.data.id === 'japan')!.position).toEqual({ x: 200, y: 0 });
    expect(placed.boxes.map((b) => b.id)).toEqual(['enisa', 'japan', 'oecd']);
  });

  it('should give up when the server has no layout, or none for a node', () => {
    expect(placeAsLaidOut(toElements(graph), null)).toBeNull();
    expect(placeAsLaidOut(toElements(graph), layout.slice(1))).toBeNull();
    expect(placeAsLaidOut([], layout)).toBeNull();
  });

  it("should predict the zoom of Cytoscape's own fit, for the whole graph and for an answer", () => {
    const placed = placeAsLaidOut(toElements(graph), layout)!;
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: placed.elements,
      layout: { name: 'preset' },
    });
    cy.style([{ selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'border-width': 1 } }]);
    const bounds = cy.nodes().boundingBox({ includeLabels: false });
    const fit = Math.min((900 - 2 * WHOLE_PADDING) / bounds.w, (600 - 2 * WHOLE_PADDING) / bounds.h);
    expect(expectedZoom(placed.boxes, {}, viewport)).toBeCloseTo(fit, 1);
    // An answer is fitted with more room around it, and never zoomed in beyond 1.
    const answer = expectedZoom(placed.boxes, { highlighted: new Set(['japan']) }, viewport);
    expect(answer).toBe(1);
    const [enisa, japan] = placed.boxes;
    const narrow = expectedZoom(
      placed.boxes,
      { highlighted: new Set(['enisa', 'japan']) },
      { ...viewport, width: 400 },
    );
    expect(narrow).toBeCloseTo((400 - 2 * ANSWER_PADDING) / (400 + (enisa!.size + japan!.size) / 2), 5);
    cy.destroy();
  });

  it('should take the actor network as every actor and the relationships between two actors', () => {
    const model: GraphData = {
      ...graph,
      nodes: [...graph.nodes, node('rule-1', null, 'EligibilityRule')],
      edges: [...graph.edges, edge('rule-1', 'APPLIES_TO', 'oecd')],
    };
    const actors = actorNetwork(model);
    expect(actors.nodes.map((n) => n.id)).toEqual(['enisa', 'japan', 'oecd']);
    expect(actors.edges).toHaveLength(2);
  });
});
