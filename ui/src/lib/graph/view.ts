/**
 * What is on screen, as a pure function of the data and the analyst's choices: the whole network or the
 * focus neighbourhood, plus what a question brought in (path, partners, responders), minus hidden nodes
 * and filters. Nodes in `keep` (focus, highlighted) survive the filters so an answer is never hidden.
 */
import { actorNetwork, type Scope } from '../../../../core/graph/scope.js';
import { nodeKind } from '../../../../core/graph/to-elements.js';
import type { GraphData, GraphEdge, GraphNode } from '../../../../core/graph/types.js';

export interface ViewInput {
  network: GraphData;
  /** The focus neighbourhood with its expansions; null shows the whole network. */
  local: GraphData | null;
  /** Graphs a question brought in (a path). */
  extras?: GraphData[];
  /** Ids to add from the network (eligible partners, responders). */
  extraIds?: Iterable<string>;
  hidden?: Iterable<string>;
  /** Node kinds to show (actor kinds and labels, as enum names: nodeKind); null: all. */
  kinds?: Iterable<string> | null;
  /** Actor ids allowed by the pillar / document filters; null: no such filter. Non-actors are dropped. */
  allowed?: Iterable<string> | null;
  relationTypes?: Iterable<string> | null;
  keep?: Iterable<string>;
  /** What the whole-network view draws (a focus neighbourhood always shows every kind); default 'model'. */
  scope?: Scope;
}

export const emptyGraph = (): GraphData => ({ nodes: [], edges: [], total: 0, truncated: false, paths: [] });

export function mergeGraphs(...graphs: GraphData[]): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const g of graphs) {
    for (const n of g.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of g.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    total: nodes.size,
    truncated: graphs.some((g) => g.truncated),
    paths: graphs.flatMap((g) => g.paths ?? []),
  };
}

export function composeView(input: ViewInput): GraphData {
  const { network, local, extras = [] } = input;
  const hidden = new Set(input.hidden ?? []);
  const keep = new Set(input.keep ?? []);
  const orNull = (items: Iterable<string> | null | undefined) => (items ? new Set(items) : null);
  const kinds = orNull(input.kinds);
  const allowed = orNull(input.allowed);
  const relationTypes = orNull(input.relationTypes);
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const extraNodes = [...(input.extraIds ?? [])].flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const actorsOnly = !local && input.scope === 'actors';
  const base = local ?? (actorsOnly ? { ...network, ...actorNetwork(network) } : network);
  const merged = mergeGraphs(base, ...extras, { ...emptyGraph(), nodes: extraNodes });
  const visible = (n: GraphNode): boolean => {
    if (hidden.has(n.id)) return false;
    if (keep.has(n.id)) return true;
    if (kinds && !kinds.has(nodeKind(n))) return false;
    if (allowed && !allowed.has(n.id)) return false;
    return true;
  };
  const nodes = merged.nodes.filter(visible);
  const ids = new Set(nodes.map((n) => n.id));
  const edgeSources = local || actorsOnly || extras.length > 0 ? [merged.edges, network.edges] : [merged.edges];
  const seen = new Set<string>();
  const edges: GraphEdge[] = [];
  for (const list of edgeSources)
    for (const e of list) {
      if (seen.has(e.id) || !ids.has(e.source) || !ids.has(e.target)) continue;
      if (relationTypes && !relationTypes.has(e.type)) continue;
      seen.add(e.id);
      edges.push(e);
    }
  const view: GraphData = { nodes, edges, total: merged.total, truncated: merged.truncated, paths: merged.paths };
  // The whole network (or actor network), nothing added, hidden or filtered out: the server's layout still fits.
  const untouched = !local && extras.length === 0 && nodes.length === base.nodes.length;
  const layout = actorsOnly ? network.actorLayout : network.layout;
  if (untouched && edges.length === base.edges.length && layout) view.layout = layout;
  return view;
}
