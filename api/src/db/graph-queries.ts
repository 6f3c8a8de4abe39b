/** One typed function per cypher/graph file (get-network aside, in queries.ts): actor fields and graph views. */
import { toCitations, type CitationDTO } from './citations.js';
import type { Database, Row } from './database.js';
import {
  toActors,
  toGraphEdge,
  toGraphNode,
  toProvision,
  toRelationship,
  type PathGraphDTO,
  type ProvisionDTO,
  type RelationshipDTO,
} from './graph-mappers.js';
import type { ActorDTO, GraphEdgeDTO } from './mappers.js';

export interface RelationshipRequest {
  id: string;
  types: string[] | null;
  direction: 'OUT' | 'IN' | 'BOTH';
  first: number;
}

/** The relationships of each requested node, each request with its own filters, in the order asked. */
export async function getActorRelationships(
  db: Database,
  requests: readonly RelationshipRequest[],
): Promise<RelationshipDTO[][]> {
  const rows = await db.read('graph/get-actor-relationships', {
    requests: requests.map((request, key) => ({ key, ...request })),
  });
  const byKey = new Map(rows.map((row) => [Number(row.key), (row.relationships as Row[]).map(toRelationship)]));
  return requests.map((_, key) => byKey.get(key) ?? []);
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

/** The citations of each edge (found by source, type and target), in the order asked. */
export async function getEdgeCitations(db: Database, edges: readonly GraphEdgeDTO[]): Promise<CitationDTO[][]> {
  const rows = await db.read('graph/get-edge-citations', {
    edges: edges.map(({ id, source, type, target }) => ({ id, source, type, target })),
  });
  const byId = new Map(rows.map((row) => [String(row.id), toCitations((row.props as Row) ?? {})]));
  return edges.map((edge) => byId.get(edge.id) ?? []);
}

export interface NeighbourhoodQuery {
  ids: string[];
  depth: number;
  kinds: string[] | null;
  types: string[] | null;
  limit: number;
}

/** The neighbourhood, and the start ids that name no node (checked in the same statement: one round trip). */
export async function getNeighbourhood(
  db: Database,
  query: NeighbourhoodQuery,
): Promise<{ graph: PathGraphDTO; missing: string[] }> {
  const [row] = await db.read('graph/get-neighbourhood', { ...query });
  const total = Number(row?.total ?? 0);
  const graph = {
    nodes: ((row?.nodes as Row[] | undefined) ?? []).map(toGraphNode),
    edges: ((row?.edges as Row[] | undefined) ?? []).map(toGraphEdge),
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
  types: string[] | null;
}

/** Paths get-paths.cypher asks SHORTEST for (a constant there: Neo4j 5.26 takes no parameter). */
export const PATHS_FETCHED = 32;

/**
 * The k shortest node routes merged into one graph, with every relationship along them (parallel ones
 * included); truncated when more than k routes exist, or may exist (SHORTEST returned its full 32).
 */
export async function getPaths(db: Database, query: PathsQuery): Promise<PathGraphDTO> {
  const { k, ...params } = query;
  const routes = new Map<string, Row[]>();
  const rows = await db.read('graph/get-paths', params);
  for (const row of rows) {
    const route = (row.nodes as Row[]).map((n) => String(n.id)).join('|');
    routes.set(route, [...(routes.get(route) ?? []), row]);
  }
  const kept = [...routes.values()].slice(0, k).flat();
  const nodes = new Map(
    kept.flatMap((row) => (row.nodes as Row[]).map((n) => [String(n.id), toGraphNode(n)] as const)),
  );
  const edges = new Map(
    kept.flatMap((row) => (row.edges as Row[]).map((e) => [String(e.id), toGraphEdge(e)] as const)),
  );
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    total: nodes.size,
    truncated: routes.size > k || rows.length >= PATHS_FETCHED,
    paths: [...routes.keys()].slice(0, k).map((route) => route.split('|')),
  };
}
