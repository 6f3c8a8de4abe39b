/**
 * A graph as the explorer draws it: the `Graph` of the API (network, neighbourhood, paths), with what the UI
 * adds. Structural, so that the API's own answers (node label and actor kind as the graph stores them) and the
 * UI's (as enum names) both fit: nodeKind() reads either.
 */
export interface GraphNode {
  id: string;
  label: string;
  name: string | null;
  kind: string | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
}

/** One path of a paths answer. */
export interface GraphPath {
  nodes: string[];
  edges: string[];
}

/** A node's position in the graph's coordinates (the server's first layout). */
export interface NodePosition {
  id: string;
  x: number;
  y: number;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  total: number;
  truncated: boolean;
  /** Paths query only: each path, node by node and edge by edge (edges[i] joins nodes[i] and nodes[i + 1]). */
  paths?: GraphPath[];
  /**
   * The network query only: the server's fcose layout of exactly these nodes and edges (null when it had none
   * ready). composeView keeps it only while the view is the whole network.
   */
  layout?: NodePosition[] | null;
  /** The network query only: the server's layout of the actor network alone (see scope.ts). */
  actorLayout?: NodePosition[] | null;
}
