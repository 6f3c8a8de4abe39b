/** Pure functions from driver rows to the plain DTOs the API returns. */
import type { Row } from './database.js';

export interface DataVersionDTO {
  version: string | null;
  seededAt: string | null;
  nodes: number;
  relationships: number;
}

export interface GraphNodeDTO {
  id: string;
  label: string;
  name: string | null;
  kind: string | null;
}

export interface GraphEdgeDTO {
  id: string;
  source: string;
  target: string;
  type: string;
}

export interface GraphDTO {
  nodes: GraphNodeDTO[];
  edges: GraphEdgeDTO[];
  total: number;
  truncated: boolean;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const count = (value: unknown): number => (typeof value === 'number' ? value : Number(value ?? 0));

export function toDataVersion(row: Row | undefined): DataVersionDTO {
  return {
    version: text(row?.version),
    seededAt: text(row?.seededAt),
    nodes: count(row?.nodes),
    relationships: count(row?.relationships),
  };
}

export function toGraph(row: Row | undefined, limit: number): GraphDTO {
  const nodes = ((row?.nodes as Row[] | undefined) ?? []).map((n) => ({
    id: String(n.id),
    label: String(n.label),
    name: text(n.name),
    kind: text(n.kind),
  }));
  const edges = ((row?.edges as Row[] | undefined) ?? []).map((e) => ({
    id: String(e.id),
    source: String(e.source),
    target: String(e.target),
    type: String(e.type),
  }));
  const total = count(row?.total);
  return { nodes, edges, total, truncated: total > limit };
}
