/**
 * The whole network's first layout, computed in Node the way the browser would compute it: headless Cytoscape
 * on the UI's own elements (node sizes from core/graph/to-elements.ts) and size-only stylesheet, laid out by
 * fcose with the UI's options (both core/graph/layouts.ts). fcose
 * draws random numbers; they come from a seeded generator here, so the same graph gives the same picture.
 * Pure apart from the CPU time (no fastify, no driver, no I/O).
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { forceLayout, layoutStylesheet } from '../../../core/graph/layouts.js';
import { estimateLabel, makeLabelRoom, TARGET } from '../../../core/graph/label-room.js';
import { isActorNode, toElements } from '../../../core/graph/to-elements.js';
import type { GraphData } from '../../../core/graph/types.js';
import { seededRandom } from '../../../core/seeded-random.js';

export interface NodePosition {
  id: string;
  x: number;
  y: number;
}

/** The part of a graph the layout reads (the API's GraphDTO and the UI's GraphData both fit). */
export type LayoutInput = Pick<GraphData, 'nodes' | 'edges'>;

let registered = false;

/**
 * Runs `run` with Math.random replaced by a seeded generator, restoring it afterwards. Only for synchronous
 * work (fcose with `animate: false` runs to the end inside `layout.run()`), so nothing else sees the swap.
 */
export function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return run();
  } finally {
    Math.random = original;
  }
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Positions (model coordinates, not fitted) of every node, in the order of `graph.nodes`. */
export function computeLayout(graph: LayoutInput, seed = 1): NodePosition[] {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const full: GraphData = { nodes: graph.nodes, edges: graph.edges, total: graph.nodes.length, truncated: false };
  const cy = cytoscape({ headless: true, styleEnabled: true, style: layoutStylesheet(), elements: toElements(full) });
  try {
    if (cy.nodes().length === 0) return [];
    // Label-aware force-directed layout: an actor takes the room of its body and its name under it (as drawn
    // at the target zoom), so that fcose keeps names apart, not only nodes.
    cy.nodes().forEach((n) => {
      if (!isActorNode({ label: String(n.data('nodeLabel')) })) return;
      const label = estimateLabel(String(n.data('label')));
      const size = Number(n.data('size'));
      n.style({ width: Math.max(size, label.width / TARGET.zoom), height: size + label.height / TARGET.zoom });
    });
    withSeededRandom(seed, () => {
      // As GraphCanvas runs it: no fit by the layout (the browser fits the view to the positions itself).
      cy.layout({ ...forceLayout(cy.nodes().length), fit: false } as cytoscape.LayoutOptions).run();
    });
    // Then room for every actor's name at the fit zoom (core/graph/label-room.ts).
    const room = makeLabelRoom(
      cy.nodes().map((n) => ({
        id: n.id(),
        ...n.position(),
        size: Number(n.data('size')),
        label: String(n.data('label')),
        kind: String(n.data('kind')),
        degree: n.degree(false),
        named: isActorNode({ label: String(n.data('nodeLabel')) }),
        labelled: n.hasClass('labelled'),
      })),
    );
    return cy.nodes().map((n) => {
      const p = room.get(n.id()) ?? n.position();
      return { id: n.id(), x: round(p.x), y: round(p.y) };
    });
  } finally {
    cy.destroy();
  }
}
