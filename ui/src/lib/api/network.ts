import type { GraphData } from '../../../../core/graph/types.js';
import { allPages, graphql } from './client';
import {
  NeighbourhoodDocument,
  NetworkDocument,
  PathsDocument,
  TableCitationsDocument,
  type ActorKind,
  type NeighbourhoodQueryVariables,
  type NodeLabel,
  type RelationshipType,
} from './generated/graphql';
import { NETWORK_LIMIT, takePrefetchedNetwork } from './network-prefetch';
import { enumName, NODE_LABELS } from '../../../../core/vocabulary.js';

/** The whole network; the first call takes the answer index.html's prefetch already asked for. */
export async function fetchNetwork(limit = NETWORK_LIMIT): Promise<{ graph: GraphData; version: string | null }> {
  const early = await takePrefetchedNetwork();
  const data = limit === NETWORK_LIMIT && early ? early : await graphql(NetworkDocument, { limit });
  return { graph: { ...data.network, paths: [] }, version: data.dataVersion };
}

export interface NeighbourhoodQuery {
  ids: string[];
  depth?: number;
  /** Node kinds as nodeKind() gives them (ActorKind and NodeLabel enum values); null: all. */
  kinds?: string[] | null;
  relationTypes?: string[] | null;
}

const LABELS = new Set(NODE_LABELS.values.map(enumName));

/** The focus neighbourhood; the kinds filter is split into the API's actor kinds and node labels. */
export async function fetchNeighbourhood(query: NeighbourhoodQuery): Promise<GraphData> {
  const kinds = query.kinds ?? null;
  const variables: NeighbourhoodQueryVariables = {
    ids: query.ids,
    depth: query.depth ?? 1,
    kinds: kinds && (kinds.filter((k) => !LABELS.has(k)) as ActorKind[]),
    labels: kinds && (kinds.filter((k) => LABELS.has(k)) as NodeLabel[]),
    relationTypes: (query.relationTypes as RelationshipType[] | null | undefined) ?? null,
  };
  const data = await graphql(NeighbourhoodDocument, variables);
  return { ...data.neighbourhood!, paths: [] };
}

export async function fetchPaths(from: string, to: string, maxLength = 4, k = 3): Promise<GraphData> {
  const data = await graphql(PathsDocument, { from, to, maxLength, k });
  return data.paths!;
}

/** A citation as the table view lists it: document and locator, the quote on demand. */
export interface TableCitation {
  kind: string;
  locator: string;
  quote: string;
  document: { id: string; name: string };
}

/** The citations of every relationship and every actor, for the table view. */
export async function fetchTableCitations(): Promise<Map<string, TableCitation[]>> {
  const first = await graphql(TableCitationsDocument, { after: null });
  const citations = new Map<string, TableCitation[]>();
  for (const e of first.network.edges) citations.set(e.id, e.citations);
  const actors = await allPages(
    first.actors!,
    async (after) => (await graphql(TableCitationsDocument, { after })).actors,
  );
  for (const actor of actors) citations.set(actor.id, actor.citations);
  return citations;
}

/** Citation counts of every relationship and every actor (the table's CSV). */
export async function fetchCitationCounts(): Promise<Map<string, number>> {
  const citations = await fetchTableCitations();
  return new Map([...citations].map(([id, list]) => [id, list.length]));
}
