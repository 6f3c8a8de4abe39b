/** Pure mapping from the API's graph to Cytoscape element definitions (no DOM, testable headless). */
import type { ElementDefinition } from 'cytoscape';
import type { GraphData } from './types';

export function toElements(graph: GraphData): ElementDefinition[] {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const nodes: ElementDefinition[] = graph.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, label: n.name ?? n.id, nodeLabel: n.label, kind: n.kind ?? n.label.toLowerCase() },
  }));
  const edges: ElementDefinition[] = graph.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type } }));
  return [...nodes, ...edges];
}
