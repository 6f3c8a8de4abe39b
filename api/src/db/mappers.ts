/**
 * Pure functions from driver rows to the plain DTOs the API returns. Values of the closed vocabularies stay the
 * graph's terms (`eu-agency`, `LegalInstrument`); the schema maps them to their enum values. The DTO each
 * GraphQL type is resolved from is named in graphql/codegen/config.ts, and checked by the generated types.
 */
import {
  ASSUMPTION_KINDS,
  type ActorKind,
  type AssumptionKind,
  type DocumentKind,
  type NodeLabel,
  type RelationshipType,
} from '../../../core/vocabulary.js';
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
  kind: ActorKind;
  aliases: string[];
  description: string | null;
  reference: boolean;
  citations: CitationDTO[];
  version: number;
}

export interface DocumentDTO {
  id: string;
  name: string;
  kind: DocumentKind;
  date: string | null;
  url: string | null;
  identifiers: string[];
}

/** The data version and the graph's size (meta/get-data-version). */
export interface DataVersionDTO {
  version: string | null;
  seededAt: string | null;
  nodes: number;
  relationships: number;
}

/** Query.dataset: what the graph holds (the version itself is Query.dataVersion). */
export type DatasetDTO = Omit<DataVersionDTO, 'version'>;

export interface GraphNodeDTO {
  id: string;
  label: NodeLabel;
  name: string | null;
  kind: ActorKind | null;
}

export interface GraphEdgeDTO {
  id: string;
  source: string;
  target: string;
  type: RelationshipType;
}

export interface GraphDTO {
  nodes: GraphNodeDTO[];
  edges: GraphEdgeDTO[];
  total: number;
  truncated: boolean;
}

/** One hop of a path: the relationship it walks, FORWARD (start to end) or BACKWARD. */
export interface PathStepDTO {
  from: string;
  to: string;
  edge: GraphEdgeDTO;
  direction: 'FORWARD' | 'BACKWARD';
}

/** A provision by document and locator. */
export interface ProvisionRefDTO {
  document: string;
  locator: string;
}

/** One path of a paths answer: edges[i] joins nodes[i] and nodes[i + 1]; ranked (1 best) by db/path-ranking.ts. */
export interface GraphPathDTO {
  nodes: string[];
  edges: string[];
  rank: number;
  length: number;
  cost: number;
  actorsOnly: boolean;
  provisionBacked: boolean;
  steps: PathStepDTO[];
  provisions: ProvisionRefDTO[];
}

/** The ranks of the paths resting on one provision (document and locator null: on none). */
export interface PathGroupDTO {
  document: string | null;
  locator: string | null;
  paths: number[];
}

/** A Graph as the API answers it: the paths of a paths query; `isNetwork` marks the one whose layout is resolved. */
export interface GraphAnswerDTO extends GraphDTO {
  paths: GraphPathDTO[];
  pathGroups?: PathGroupDTO[];
  isNetwork?: boolean;
}

export interface ActorClassDTO {
  id: string;
  name: string;
  description: string;
  /** The first of filledByKinds (one kind per class for clients that show one), null when none. */
  filledBy: AssumptionKind | null;
  /** The kinds of agreement (or INCOMPATIBLE) that make an actor a member; empty for listed or open classes. */
  filledByKinds: AssumptionKind[];
  citations: CitationDTO[];
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const count = (value: unknown): number => (typeof value === 'number' ? value : Number(value ?? 0));
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The version curation compares `expectedVersion` with: 0 until the first change. */
export const versionOf = (props: Record<string, unknown> | null | undefined): number =>
  typeof props?.version === 'number' ? props.version : 0;

export function toDataVersion(row: Row | undefined): DataVersionDTO {
  return {
    version: text(row?.version),
    seededAt: text(row?.seededAt),
    nodes: count(row?.nodes),
    relationships: count(row?.relationships),
  };
}

/**
 * A node row ({id, label, name, kind, number}); a principle, which has no name, is called "Principle <n>". Only an
 * actor's kind is an ActorKind: other nodes with a `kind` property (documents, legal instruments) answer null.
 */
export function toGraphNode(row: Row): GraphNodeDTO {
  const label = String(row.label) as NodeLabel;
  const number = typeof row.number === 'number' ? row.number : null;
  const fallback = label === 'Principle' && number !== null ? `Principle ${number}` : null;
  const kind = label === 'Actor' ? (text(row.kind) as ActorKind | null) : null;
  return { id: String(row.id), label, name: text(row.name) ?? fallback, kind };
}

export function toGraphEdge(row: Row): GraphEdgeDTO {
  return {
    id: String(row.id),
    source: String(row.source),
    target: String(row.target),
    type: String(row.type) as RelationshipType,
  };
}

export function toGraph(row: Row | undefined, limit: number): GraphDTO {
  const nodes = ((row?.nodes as Row[] | undefined) ?? []).map(toGraphNode);
  const edges = ((row?.edges as Row[] | undefined) ?? []).map(toGraphEdge);
  const total = count(row?.total);
  return { nodes, edges, total, truncated: total > limit };
}

export function toEntity(row: Row): EntityDTO {
  return { id: String(row.id), label: String(row.label), props: (row.props as Record<string, unknown>) ?? {} };
}

export function toActor({ id, props }: EntityDTO): ActorDTO {
  return {
    id,
    name: String(props.name ?? id),
    kind: String(props.kind ?? 'other') as ActorKind,
    aliases: strings(props.aliases),
    description: text(props.description),
    reference: props.reference === true,
    citations: toCitations(props),
    version: versionOf(props),
  };
}

export function toDocument({ id, props }: EntityDTO): DocumentDTO {
  return {
    id,
    name: String(props.name ?? id),
    kind: props.kind === 'reference' ? 'reference' : 'strategy',
    date: text(props.date),
    url: text(props.url),
    identifiers: strings(props.identifiers),
  };
}

export function toActorClass({ id, props }: EntityDTO): ActorClassDTO {
  // A list since the kinds of agreement were split (issue 16); a string in a database seeded before.
  const fillKinds = [props.filledBy].flat().filter((k): k is AssumptionKind => ASSUMPTION_KINDS.has(k));
  return {
    id,
    name: String(props.name ?? id),
    description: String(props.description ?? ''),
    filledBy: fillKinds[0] ?? null,
    filledByKinds: fillKinds,
    citations: toCitations(props),
  };
}
