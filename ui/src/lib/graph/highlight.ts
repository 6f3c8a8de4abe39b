/** What the graph highlights for each kind of answer, as pure functions of the answers. */
import type { Decorations } from '../../../../core/graph/to-elements.js';
import type { GraphData } from '../../../../core/graph/types.js';

/**
 * Node ids on any path, and the ids of the edges along them: each path's own edges, and any parallel edge
 * joining the same two consecutive nodes (the API counts routes differing only by those once).
 */
export function pathHighlight(graph: GraphData | null): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  if (!graph) return { nodes, edges };
  const pairs = new Set<string>();
  for (const path of graph.paths ?? []) {
    path.edges.forEach((id) => edges.add(id));
    path.nodes.forEach((id, i) => {
      nodes.add(id);
      const next = path.nodes[i + 1];
      if (next) pairs.add(`${id} ${next}`).add(`${next} ${id}`);
    });
  }
  for (const e of graph.edges) if (pairs.has(`${e.source} ${e.target}`)) edges.add(e.id);
  return { nodes, edges };
}

export interface Answers {
  lens: 'eligibility' | 'paths' | 'incidents' | null;
  focus: string | null;
  partners: string[] | null;
  assumed: string[];
  /** Partners added or removed by a what-if or a second question (eligibility only). */
  changes?: ReadonlyMap<string, 'added' | 'removed' | 'unchanged'> | null;
  path: GraphData | null;
  responders: Array<{ id: string; order: number }>;
  /** The incident type the responders respond to, highlighted with them. */
  incidentType?: string | null;
}

export function decorationsFor(a: Answers): Decorations {
  if (a.lens === 'eligibility' && a.partners)
    return {
      focus: a.focus,
      highlighted: new Set(a.partners),
      assumed: new Set(a.assumed),
      ...(a.changes ? { changes: a.changes } : {}),
    };
  if (a.lens === 'paths' && a.path) {
    const { nodes, edges } = pathHighlight(a.path);
    return { focus: a.focus, highlighted: nodes, edges };
  }
  if (a.lens === 'incidents' && a.responders.length > 0) {
    const order = new Map(a.responders.map((r) => [r.id, r.order]));
    const highlighted = new Set(order.keys());
    if (a.incidentType) highlighted.add(a.incidentType);
    return { focus: a.focus, highlighted, order };
  }
  return { focus: a.focus };
}

/** Nodes that filters must not remove: the focus and everything highlighted or assumed. */
export function keptIds(d: Decorations): Set<string> {
  const removed = [...(d.changes ?? [])].filter(([, change]) => change === 'removed').map(([id]) => id);
  const keep = new Set([...(d.highlighted ?? []), ...(d.assumed ?? []), ...removed]);
  if (d.focus) keep.add(d.focus);
  return keep;
}
