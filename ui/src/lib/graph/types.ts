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

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  total: number;
  truncated: boolean;
  /** Paths query only: each path as node ids, in order. */
  paths?: string[][];
}
