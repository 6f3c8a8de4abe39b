/**
 * Network measures of the current view, computed with Cytoscape's own algorithms on a headless instance of the
 * same nodes and edges: degree, betweenness and closeness, links taken both ways (a relationship's direction
 * says who acts on whom, not who can reach whom). Closeness is Cytoscape's harmonic closeness, so actors with
 * no link to the rest (the unlinked columns) count as far from everyone instead of breaking the measure.
 */
import cytoscape from 'cytoscape';
import type { SizeBy } from './rules';

export type MeasureName = SizeBy;

export interface NodeMeasures {
  /** Links in the view (parallel links counted each). */
  degree: number;
  /** Normalised to 0–1 over the view (Cytoscape's betweennessNormalized). */
  betweenness: number;
  /** Normalised harmonic closeness, 0–1 (Cytoscape's closenessCentralityNormalized). */
  closeness: number;
}

export interface ViewMeasures {
  byId: Map<string, NodeMeasures>;
  /** The largest value of each measure in the view (0 for an empty view). */
  max: Record<MeasureName, number>;
}

/**
 * Above this many nodes the measures are not computed: Cytoscape's betweenness and closeness take one
 * shortest-path search per node (about 4 s for 1,000 nodes here, 34 s for 2,000, in a worker). The panel says
 * so; nothing is estimated.
 */
export const MEASURE_NODE_LIMIT = 1000;

export class TooLargeToMeasure extends Error {}

export const tooLargeMessage = (nodes: number): string =>
  `This view has ${nodes} nodes: the measures are computed for views of at most ${MEASURE_NODE_LIMIT}. Focus on a part of the network, or filter it.`;

/** What the measures are computed from: ids only (what a worker is sent). */
export interface MeasureInput {
  nodes: Array<{ id: string }>;
  edges: Array<{ id: string; source: string; target: string }>;
}

/** The same view gives the same key (node and edge ids), so that it is measured once. */
export const measureKey = (view: MeasureInput): string =>
  `${view.nodes.map((n) => n.id).join(',')}|${view.edges.map((e) => e.id).join(',')}`;

export function computeMeasures(graph: MeasureInput): ViewMeasures {
  if (graph.nodes.length > MEASURE_NODE_LIMIT) throw new TooLargeToMeasure(tooLargeMessage(graph.nodes.length));
  const ids = new Set(graph.nodes.map((n) => n.id));
  const cy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...graph.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id } })),
      ...graph.edges
        .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
        .map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
  try {
    const all = cy.elements();
    const betweenness = all.betweennessCentrality({ directed: false });
    const closeness = all.closenessCentralityNormalized({ directed: false, harmonic: true });
    const byId = new Map<string, NodeMeasures>();
    const max = { degree: 0, betweenness: 0, closeness: 0 };
    cy.nodes().forEach((node) => {
      const m = {
        degree: node.degree(false),
        betweenness: clean(betweenness.betweennessNormalized(node)),
        closeness: clean(closeness.closeness(node)),
      };
      byId.set(node.id(), m);
      max.degree = Math.max(max.degree, m.degree);
      max.betweenness = Math.max(max.betweenness, m.betweenness);
      max.closeness = Math.max(max.closeness, m.closeness);
    });
    return { byId, max };
  } finally {
    cy.destroy();
  }
}

/** NaN (a view of one node: 0 / 0) counts as 0. */
const clean = (value: number): number => (Number.isFinite(value) ? value : 0);

/** The `count` nodes with the highest value of a measure (above 0), highest first, ties by id. */
export function topBy(
  measures: ViewMeasures,
  measure: MeasureName,
  count: number,
): Array<{ id: string; value: number }> {
  return [...measures.byId]
    .map(([id, m]) => ({ id, value: m[measure] }))
    .filter((entry) => entry.value > 0)
    .sort((a, b) => b.value - a.value || a.id.localeCompare(b.id))
    .slice(0, count);
}

/** The rank of a node by a measure (1 = highest; ties share a rank), and how many were ranked. */
export function rankOf(measures: ViewMeasures, id: string, measure: MeasureName): { rank: number; of: number } | null {
  const own = measures.byId.get(id);
  if (!own) return null;
  let higher = 0;
  for (const m of measures.byId.values()) if (m[measure] > own[measure]) higher += 1;
  return { rank: higher + 1, of: measures.byId.size };
}

/** A measure's value as the panels print it: degree whole, the others to three places. */
export const formatMeasure = (measure: MeasureName, value: number): string =>
  measure === 'degree' ? String(value) : value.toFixed(3);
