/**
 * Resolvers of graph.graphql: network, neighbourhood and paths (NOT_FOUND, with the ids, for start or end nodes
 * that do not exist), Graph.layout (the network's first layout, graph-layout/), and batching loaders for the
 * Actor fields and edge citations, so a list of 50 actors costs one query per field. Arguments were checked
 * before execution (arguments.ts).
 */
import type { MercuriusContext, MercuriusLoaders } from 'mercurius';
import { actorNetwork } from '../../../../core/graph/scope.js';
import type { Database } from '../../db/database.js';
import { toSummary } from '../../db/graph-mappers.js';
import {
  getActorMemberships,
  getActorPillars,
  getActorProvisions,
  getActorRelationships,
  getEdgeCitations,
  getEdgeModalities,
  getNeighbourhood,
  getPaths,
} from '../../db/graph-queries.js';
import type { ActorDTO, GraphAnswerDTO, GraphEdgeDTO } from '../../db/mappers.js';
import { getEntitiesByIds, getNetwork } from '../../db/queries.js';
import { notFound } from '../../errors.js';
import { networkLayout } from '../../graph-layout/network-layout.js';
import { offsetAfter } from '../arguments.js';
import { offsetConnection, sliceConnection } from '../connections.js';
import { perQuery, settle } from '../safe-loaders.js';
import type {
  ActorMemberOfArgs,
  ActorProvisionsArgs,
  ActorRelationshipsArgs,
  QueryPathsArgs,
  RequireFields,
  Resolvers,
} from '../generated/resolvers.js';

const missingNodes = (missing: readonly string[]) =>
  notFound(`No node with id ${missing.map((id) => `"${id}"`).join(', ')}`, missing);

/** The nodes with these ids, or NOT_FOUND naming the missing ones. */
async function existing(db: Database, ids: readonly string[]) {
  const entities = await getEntitiesByIds(db, ids);
  const missing = ids.filter((_, i) => !entities[i]);
  if (missing.length > 0) throw missingNodes(missing);
  return entities.map((entity) => entity!);
}

async function paths(db: Database, args: RequireFields<QueryPathsArgs, 'from' | 'to' | 'k' | 'maxLength'>) {
  const query = { ...args, types: args.relationTypes ?? null, order: args.order ?? 'MEANING' };
  if (args.from !== args.to) {
    // get-paths looks the ends up in the same statement: one round trip, with or without a path.
    const { graph, missing } = await getPaths(db, query);
    if (missing.length > 0) throw missingNodes(missing);
    return graph;
  }
  const [from] = await existing(db, [args.from]);
  const node = toSummary({ ...from!.props, id: from!.id, label: from!.label });
  const path = {
    nodes: [node.id],
    edges: [],
    rank: 1,
    length: 0,
    cost: 0,
    actorsOnly: true,
    provisionBacked: true,
    steps: [],
    provisions: [],
  };
  return { nodes: [node], edges: [], total: 1, truncated: false, paths: [path], pathGroups: [] };
}

export const graphResolvers: Resolvers = {
  Query: {
    // Marked as the network, the one Graph whose `layout` is resolved.
    network: async (_root, { limit }, { db }) => ({ ...(await getNetwork(db, { limit })), paths: [], isNetwork: true }),
    neighbourhood: async (_root, args, { db }) => {
      const filter = [...(args.kinds ?? []), ...(args.labels ?? [])];
      const { graph, missing } = await getNeighbourhood(db, {
        ids: [...new Set(args.ids)],
        depth: args.depth,
        kinds: args.kinds || args.labels ? filter : null,
        types: args.relationTypes ?? null,
        limit: args.limit,
      });
      if (missing.length > 0) throw missingNodes(missing);
      return graph;
    },
    paths: (_root, args, { db }) => paths(db, args),
  },
  Graph: {
    pathGroups: (graph: GraphAnswerDTO) => graph.pathGroups ?? [],
    layout: (graph: GraphAnswerDTO, { scope }, { db }) =>
      graph.isNetwork ? networkLayout(db, scope === 'ACTORS' ? actorNetwork(graph) : graph) : null,
  },
};

type Queries<T, P = unknown> = Array<{ obj: T; params: P }>;
const ids = (queries: Queries<{ id: string }>) => queries.map(({ obj }) => obj.id);

export const graphLoaders: MercuriusLoaders = {
  Actor: {
    relationships: (
      queries: Queries<ActorDTO, RequireFields<ActorRelationshipsArgs, 'first' | 'direction'>>,
      { db }: MercuriusContext,
    ) =>
      perQuery(
        queries,
        ({ obj, params }) => ({
          id: obj.id,
          types: params.types ?? null,
          direction: params.direction,
          offset: offsetAfter(params.after),
          first: params.first,
        }),
        async (requests) =>
          (await getActorRelationships(db, requests)).map(({ rows, total }, i) =>
            offsetConnection(rows, requests[i]!.offset, { first: requests[i]!.first }, total),
          ),
      ),
    async provisions(
      queries: Queries<ActorDTO, RequireFields<ActorProvisionsArgs, 'first'>>,
      { db }: MercuriusContext,
    ) {
      const provisions = await getActorProvisions(db, ids(queries));
      return queries.map(({ params }, i) => settle(() => sliceConnection(provisions[i]!, params)));
    },
    async memberOf(queries: Queries<ActorDTO, RequireFields<ActorMemberOfArgs, 'first'>>, { db }: MercuriusContext) {
      const memberships = await getActorMemberships(db, ids(queries));
      return queries.map(({ params }, i) => settle(() => sliceConnection(memberships[i]!.memberOf, params)));
    },
    async members(queries: Queries<ActorDTO, RequireFields<ActorMemberOfArgs, 'first'>>, { db }: MercuriusContext) {
      const memberships = await getActorMemberships(db, ids(queries));
      return queries.map(({ params }, i) => settle(() => sliceConnection(memberships[i]!.members, params)));
    },
    pillars: (queries: Queries<ActorDTO>, { db }: MercuriusContext) => getActorPillars(db, ids(queries)),
  },
  GraphEdge: {
    citations: (queries: Queries<GraphEdgeDTO>, { db }: MercuriusContext) =>
      getEdgeCitations(
        db,
        queries.map(({ obj }) => obj),
      ),
    modality: (queries: Queries<GraphEdgeDTO>, { db }: MercuriusContext) =>
      getEdgeModalities(
        db,
        queries.map(({ obj }) => obj),
      ),
  },
};
