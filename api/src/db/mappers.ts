/** Pure functions from driver rows to the plain DTOs the API returns. */
import { toCitations, type CitationDTO } from './citations.js';
import type { Row } from './database.js';

export interface EntityDTO {
  id: string;
  label: string;
  props: Record<string, unknown>;
}

export interface ActorDTO {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  description: string | null;
  reference: boolean;
  citations: CitationDTO[];
}

export interface DocumentDTO {
  id: string;
  name: string;
  kind: string;
  date: string | null;
  url: string | null;
  identifiers: string[];
}

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

export function toEntity(row: Row): EntityDTO {
  return { id: String(row.id), label: String(row.label), props: (row.props as Record<string, unknown>) ?? {} };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export function toActor({ id, props }: EntityDTO): ActorDTO {
  return {
    id,
    name: String(props.name ?? id),
    kind: String(props.kind ?? 'other'),
    aliases: strings(props.aliases),
    description: text(props.description),
    reference: props.reference === true,
    citations: toCitations(props),
  };
}

export function toDocument({ id, props }: EntityDTO): DocumentDTO {
  return {
    id,
    name: String(props.name ?? id),
    kind: String(props.kind ?? 'strategy'),
    date: text(props.date),
    url: text(props.url),
    identifiers: strings(props.identifiers),
  };
}
