/**
 * Resolvers of graph.graphql: neighbourhood and paths (checked bounds, filters from the seed vocabulary passed
 * as list parameters, NOT_FOUND for unknown ids), and batching loaders for the Actor fields and edge citations,
 * so a list of 50 actors costs one query per field. Graph.layout: the network's first layout (graph-layout/).
 */
import type { IResolvers, MercuriusContext, MercuriusLoaders } from 'mercurius';
import type { Database } from '../../db/database.js';
import { toSummary, type PathGraphDTO } from '../../db/graph-mappers.js';
import {
  getActorMemberships,
  getActorPillars,
  getActorProvisions,
  getActorRelationships,
  getEdgeCitations,
  getNeighbourhood,
  getPaths,
  type NeighbourhoodQuery,
  type PathsQuery,
  type RelationshipRequest,
} from '../../db/graph-queries.js';
import type { ActorDTO, GraphDTO, GraphEdgeDTO } from '../../db/mappers.js';
import { getEntitiesByIds } from '../../db/queries.js';
import { badInput, notFound } from '../../errors.js';
import { networkLayout } from '../../graph-layout/network-layout.js';
import { actorNetwork } from '../../../../core/graph/scope.js';
import { ACTOR_KINDS, NODE_LABELS, RELATIONSHIP_TYPES } from '../../../../core/vocabulary.js';
import { perQuery } from '../safe-loaders.js';
import { oneOf } from './catalog.js';
import { boundedInt } from './Query.js';

const TYPES = [...RELATIONSHIP_TYPES.values].sort();
const KINDS = [...ACTOR_KINDS.values, ...[...NODE_LABELS.values].sort()];
export const MAX_START_IDS = 100;

/** A list filter: null when absent, else every value checked against the vocabulary. */
export function listFilter(name: string, values: readonly string[] | null | undefined, valid: readonly string[]) {
  return values ? values.map((value) => oneOf(name, value, valid)) : null;
}

const missingNodes = (missing: readonly string[]) =>
  notFound(`No node with id ${missing.map((id) => `"${id}"`).join(', ')}`, missing);

/** The nodes with these ids, or NOT_FOUND naming the missing ones. */
async function existing(db: Database, ids: readonly string[]) {
  const entities = await getEntitiesByIds(db, ids);
  const missing = ids.filter((_, i) => !entities[i]);
  if (missing.length > 0) throw missingNodes(missing);
  return entities.map((entity) => entity!);
}

interface NeighbourhoodArgs {
  ids: string[];
  depth: number;
  kinds?: string[] | null;
  relationTypes?: string[] | null;
  limit: number;
}

async function neighbourhood(db: Database, args: NeighbourhoodArgs): Promise<PathGraphDTO> {
  const ids = [...new Set(args.ids)];
  if (ids.length < 1 || ids.length > MAX_START_IDS) throw badInput(`ids must hold 1 to ${MAX_START_IDS} ids`);
  const query: NeighbourhoodQuery = {
    ids,
    depth: boundedInt('depth', args.depth, 1, 3),
    kinds: listFilter('kind', args.kinds, KINDS),
    types: listFilter('relation type', args.relationTypes, TYPES),
    limit: boundedInt('limit', args.limit, 1, 1000),
  };
  const { graph, missing } = await getNeighbourhood(db, query);
  if (missing.length > 0) throw missingNodes(missing);
  return graph;
}

interface PathsArgs {
  from: string;
  to: string;
  maxLength: number;
  k: number;
  relationTypes?: string[] | null;
}

async function paths(db: Database, args: PathsArgs): Promise<PathGraphDTO> {
  const query: PathsQuery = {
    from: args.from,
    to: args.to,
    maxLength: boundedInt('maxLength', args.maxLength, 1, 6),
    k: boundedInt('k', args.k, 1, 10),
    types: listFilter('relation type', args.relationTypes, TYPES),
  };
  if (args.from !== args.to) {
    // A path proves both ends exist; only an empty answer needs the check (one round trip in the common case).
    const graph = await getPaths(db, query);
    if (graph.paths.length === 0) await existing(db, [args.from, args.to]);
    return graph;
  }
  const [from] = await existing(db, [args.from]);
  const node = toSummary({ ...from!.props, id: from!.id, label: from!.label });
  return { nodes: [node], edges: [], total: 1, truncated: false, paths: [[node.id]] };
}

const Query: IResolvers['Query'] = {
  neighbourhood: (_root, args: NeighbourhoodArgs, { db }) => neighbourhood(db, args),
  paths: (_root, args: PathsArgs, { db }) => paths(db, args),
};

export const graphResolvers: IResolvers = {
  Query,
  Graph: {
    paths: (graph: { paths?: string[][] }) => graph.paths ?? [],
    layout: (graph: GraphDTO & { isNetwork?: boolean }, { scope }: { scope: 'ACTORS' | 'MODEL' }, { db }) =>
      graph.isNetwork ? networkLayout(db, scope === 'ACTORS' ? actorNetwork(graph) : graph) : null,
  },
};

interface RelationshipParams {
  types?: string[] | null;
  direction: 'OUT' | 'IN' | 'BOTH';
  first: number;
}

const relationshipRequest = (id: string, params: RelationshipParams): RelationshipRequest => ({
  id,
  types: listFilter('relation type', params.types, TYPES),
  direction: params.direction,
  first: boundedInt('first', params.first, 1, 500),
});

type Queries<T, P = unknown> = Array<{ obj: T; params: P }>;
const ids = (queries: Queries<{ id: string }>) => queries.map(({ obj }) => obj.id);

export const graphLoaders: MercuriusLoaders = {
  Actor: {
    relationships: (queries: Queries<ActorDTO, RelationshipParams>, { db }: MercuriusContext) =>
      perQuery(
        queries,
        ({ obj, params }) => relationshipRequest(obj.id, params),
        (requests) => getActorRelationships(db, requests),
      ),
    provisions: (queries: Queries<ActorDTO>, { db }: MercuriusContext) => getActorProvisions(db, ids(queries)),
    memberOf: async (queries: Queries<ActorDTO>, { db }: MercuriusContext) =>
      (await getActorMemberships(db, ids(queries))).map((membership) => membership.memberOf),
    members: async (queries: Queries<ActorDTO>, { db }: MercuriusContext) =>
      (await getActorMemberships(db, ids(queries))).map((membership) => membership.members),
    pillars: (queries: Queries<ActorDTO>, { db }: MercuriusContext) => getActorPillars(db, ids(queries)),
  },
  GraphEdge: {
    citations: (queries: Queries<GraphEdgeDTO>, { db }: MercuriusContext) =>
      getEdgeCitations(
        db,
        queries.map(({ obj }) => obj),
      ),
  },
};
