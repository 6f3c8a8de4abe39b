/** One typed function per cypher/graph file (get-network aside, in queries.ts): actor fields and graph views. */
import type { Modality, RelationshipType } from '../../../core/vocabulary.js';
import { toCitations, toModality, type CitationDTO } from './citations.js';
import type { Database, Row } from './database.js';
import {
  toActors,
  toGraphEdgeFromList,
  toGraphNodeFromList,
  toProvision,
  toRelationship,
  type ProvisionDTO,
  type RelationshipDTO,
} from './graph-mappers.js';
import { toGraphEdge, toGraphNode, type ActorDTO, type GraphAnswerDTO, type GraphEdgeDTO } from './mappers.js';
import { rankPaths, type PathOrder } from './path-ranking.js';

export interface RelationshipRequest {
  id: string;
  types: readonly RelationshipType[] | null;
  direction: 'OUT' | 'IN' | 'BOTH';
  /** The page: `first` relationships after the first `offset`. */
  offset: number;
  first: number;
}

/** A page of rows, and how many there are over all pages. */
export interface Counted<T> {
  rows: T[];
  total: number;
}

/**
 * The relationships of each requested node, each request with its own filters and page (one row more than
 * `first`, which tells that a next page exists), in the order asked.
 */
export async function getActorRelationships(
  db: Database,
  requests: readonly RelationshipRequest[],
): Promise<Array<Counted<RelationshipDTO>>> {
  const rows = await db.read('graph/get-actor-relationships', {
    requests: requests.map((request, key) => ({ key, ...request })),
  });
  const byKey = new Map(
    rows.map((row) => [
      Number(row.key),
      { rows: (row.relationships as Row[]).map(toRelationship), total: Number(row.total ?? 0) },
    ]),
  );
  return requests.map((_, key) => byKey.get(key) ?? { rows: [], total: 0 });
}

export async function getActorProvisions(db: Database, ids: readonly string[]): Promise<ProvisionDTO[][]> {
  const rows = await db.read('graph/get-actor-provisions', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((row) => [String(row.id), (row.provisions as Row[]).map(toProvision)]));
  return ids.map((id) => byId.get(id) ?? []);
}

export interface MembershipDTO {
  memberOf: ActorDTO[];
  members: ActorDTO[];
}

export async function getActorMemberships(db: Database, ids: readonly string[]): Promise<MembershipDTO[]> {
  const rows = await db.read('graph/get-actor-memberships', { ids: [...new Set(ids)] });
  const byId = new Map(
    rows.map((row) => [String(row.id), { memberOf: toActors(row.memberOf), members: toActors(row.members) }]),
  );
  return ids.map((id) => byId.get(id) ?? { memberOf: [], members: [] });
}

export async function getActorPillars(db: Database, ids: readonly string[]): Promise<string[][]> {
  const rows = await db.read('graph/get-actor-pillars', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((row) => [String(row.id), (row.pillars as unknown[]).map(String)]));
  return ids.map((id) => byId.get(id) ?? []);
}

/** The properties of each edge (found by source, type and target), by edge id; absent edges are missing. */
async function edgeProps(db: Database, edges: readonly GraphEdgeDTO[]): Promise<Map<string, Row>> {
  const rows = await db.read('graph/get-edge-citations', {
    edges: edges.map(({ id, source, type, target }) => ({ id, source, type, target })),
  });
  return new Map(rows.map((row) => [String(row.id), (row.props as Row) ?? {}]));
}

/** The citations of each edge, in the order asked. */
export async function getEdgeCitations(db: Database, edges: readonly GraphEdgeDTO[]): Promise<CitationDTO[][]> {
  const props = await edgeProps(db, edges);
  return edges.map((edge) => toCitations(props.get(edge.id) ?? {}));
}

/** The modality of each edge (its first citation's), in the order asked; null for structural links. */
export async function getEdgeModalities(db: Database, edges: readonly GraphEdgeDTO[]): Promise<Array<Modality | null>> {
  const props = await edgeProps(db, edges);
  return edges.map((edge) => toModality(props.get(edge.id)?.modality));
}

/** `from|TYPE|to` as an edge, or null when it cannot be one. */
function parseRelationshipId(id: string): GraphEdgeDTO | null {
  const parts = id.split('|');
  if (parts.length !== 3 || parts.some((part) => part === '')) return null;
  const [source, type, target] = parts as [string, string, string];
  return { id, source, type: type as RelationshipType, target };
}

/** Relationships by id (`from|TYPE|to`), in the order asked, null where there is none. */
export async function getRelationshipsByIds(
  db: Database,
  ids: readonly string[],
): Promise<Array<RelationshipDTO | null>> {
  const edges = ids.map(parseRelationshipId).filter((edge): edge is GraphEdgeDTO => edge !== null);
  const props = edges.length > 0 ? await edgeProps(db, edges) : new Map<string, Row>();
  return ids.map((id) => {
    const edge = parseRelationshipId(id);
    const found = edge && props.get(id);
    return found ? toRelationship({ id, from: edge.source, to: edge.target, type: edge.type, props: found }) : null;
  });
}

export interface NeighbourhoodQuery {
  ids: string[];
  depth: number;
  /** Actor kinds and node labels, as the graph stores them: a node is kept when its kind or its label is listed. */
  kinds: string[] | null;
  types: readonly RelationshipType[] | null;
  limit: number;
}

/** The neighbourhood, and the start ids that name no node (checked in the same statement: one round trip). */
export async function getNeighbourhood(
  db: Database,
  query: NeighbourhoodQuery,
): Promise<{ graph: GraphAnswerDTO; missing: string[] }> {
  const [row] = await db.read('graph/get-neighbourhood', { ...query });
  const total = Number(row?.total ?? 0);
  const graph = {
    nodes: ((row?.nodes as unknown[][] | undefined) ?? []).map(toGraphNodeFromList),
    edges: ((row?.edges as unknown[][] | undefined) ?? []).map(toGraphEdgeFromList),
    total,
    truncated: total > query.limit,
    paths: [],
  };
  return { graph, missing: ((row?.missing as unknown[] | undefined) ?? []).map(String) };
}

export interface PathsQuery {
  from: string;
  to: string;
  maxLength: number;
  k: number;
  types: readonly RelationshipType[] | null;
  order: PathOrder;
}

/** Paths get-paths.cypher asks SHORTEST for (a constant there: Neo4j 5.26 takes no parameter). */
export const PATHS_FETCHED = 32;

/** The hop quantifier of get-paths.cypher: its most hops (6), a constant for the same reason. */
const MAX_HOPS_QUANTIFIER = '{1,6}(b)';
const pathsStatements = new Map<string, Map<number, string>>();

/**
 * get-paths.cypher with its hop quantifier bounded by `maxLength` (a whole number from 1 to 6, the schema's
 * range) instead of 6. The paths are the same (the file's WHERE keeps length ≤ $maxLength before SHORTEST
 * selects), but the search stops at maxLength hops instead of walking 6 to find 32 paths that are then
 * dropped: at 100k nodes, W3 (maxLength 4) read about 10× fewer db hits.
 */
export function pathsStatement(fileText: string, maxLength: number | null): string {
  // An explicit null (the argument is nullable): the file as it is, whose WHERE keeps no path, as before.
  if (maxLength === null || maxLength === undefined) return fileText;
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 6)
    throw new RangeError(`maxLength must be a whole number from 1 to 6, got ${maxLength}`);
  let bounded = pathsStatements.get(fileText);
  if (!bounded) {
    if (!fileText.includes(MAX_HOPS_QUANTIFIER)) throw new Error(`get-paths.cypher has no ${MAX_HOPS_QUANTIFIER}`);
    pathsStatements.set(fileText, (bounded = new Map()));
  }
  let text = bounded.get(maxLength);
  if (text === undefined) bounded.set(maxLength, (text = fileText.replace(MAX_HOPS_QUANTIFIER, `{1,${maxLength}}(b)`)));
  return text;
}

/**
 * The k best node routes (path-ranking.ts: by meaning, or shortest first) merged into one graph, with every
 * relationship along them (parallel ones included) and the paths grouped by provision; truncated when more than
 * k routes exist, or may exist (SHORTEST returned its full 32). `missing`: the ids of the two ends that name no
 * node, looked up in the same statement (one round trip, with or without a path).
 */
export async function getPaths(db: Database, query: PathsQuery): Promise<{ graph: GraphAnswerDTO; missing: string[] }> {
  const { k, order, ...params } = query;
  const answer = await db.read(
    'graph/get-paths',
    params,
    pathsStatement(db.query('graph/get-paths'), params.maxLength),
  );
  // No path: one row with null nodes and edges, carrying `missing` alone.
  const rows = answer.filter((row) => row.nodes !== null && row.nodes !== undefined);
  const missing = ((answer[0]?.missing as unknown[] | undefined) ?? []).map(String);
  const ranked = rankPaths(rows, k, order);
  const nodes = new Map(
    ranked.rows.flatMap((row) => (row.nodes as Row[]).map((n) => [String(n.id), toGraphNode(n)] as const)),
  );
  const edges = new Map(
    ranked.rows.flatMap((row) => (row.edges as Row[]).map((e) => [String(e.id), toGraphEdge(e)] as const)),
  );
  const graph = {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    total: nodes.size,
    truncated: ranked.routes > k || rows.length >= PATHS_FETCHED,
    paths: ranked.paths,
    pathGroups: ranked.groups,
  };
  return { graph, missing };
}
