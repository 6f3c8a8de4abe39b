import { graphql } from './client';
import type { GraphData } from '../../../../core/graph/types.js';
import { GRAPH_FIELDS as GRAPH, NETWORK_LIMIT, NETWORK_QUERY, takePrefetchedNetwork } from './network-prefetch';

type NetworkAnswer = { network: GraphData; dataVersion: { version: string | null } };

/** The whole network; the first call takes the answer index.html's prefetch already asked for. */
export async function fetchNetwork(limit = NETWORK_LIMIT): Promise<{ graph: GraphData; version: string | null }> {
  const early = (await takePrefetchedNetwork()) as NetworkAnswer | null;
  const data = limit === NETWORK_LIMIT && early ? early : await graphql<NetworkAnswer>(NETWORK_QUERY, { limit });
  return { graph: data.network, version: data.dataVersion.version };
}

const NEIGHBOURHOOD = `query Neighbourhood($ids: [ID!]!, $depth: Int, $kinds: [String!], $relationTypes: [String!]) {
  neighbourhood(ids: $ids, depth: $depth, kinds: $kinds, relationTypes: $relationTypes, limit: 1000) { ${GRAPH} }
}`;

export interface NeighbourhoodQuery {
  ids: string[];
  depth?: number;
  kinds?: string[] | null;
  relationTypes?: string[] | null;
}

export async function fetchNeighbourhood(query: NeighbourhoodQuery): Promise<GraphData> {
  const data = await graphql<{ neighbourhood: GraphData }>(NEIGHBOURHOOD, {
    ids: query.ids,
    depth: query.depth ?? 1,
    kinds: query.kinds ?? null,
    relationTypes: query.relationTypes ?? null,
  });
  return data.neighbourhood;
}

const PATHS = `query Paths($from: ID!, $to: ID!, $maxLength: Int, $k: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength, k: $k) { ${GRAPH} paths }
}`;

export async function fetchPaths(from: string, to: string, maxLength = 4, k = 3): Promise<GraphData> {
  const data = await graphql<{ paths: GraphData }>(PATHS, { from, to, maxLength, k });
  return data.paths;
}

const CITATION_COUNTS = `query CitationCounts {
  network(limit: 2000) { edges { id citations { kind } } }
  actors(first: 100) { edges { node { id citations { kind } } } pageInfo { hasNextPage endCursor } }
}`;

/** Citation counts of every relationship and every actor, for the table view. */
export async function fetchCitationCounts(): Promise<Map<string, number>> {
  type Counted = { id: string; citations: unknown[] };
  const data = await graphql<{
    network: { edges: Counted[] };
    actors: { edges: Array<{ node: Counted }> };
  }>(CITATION_COUNTS);
  const counts = new Map<string, number>();
  for (const e of data.network.edges) counts.set(e.id, e.citations.length);
  for (const { node } of data.actors.edges) counts.set(node.id, node.citations.length);
  return counts;
}
