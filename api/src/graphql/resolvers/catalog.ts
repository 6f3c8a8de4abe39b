/**
 * Resolvers of catalog.graphql: one call into db/catalog-queries.ts each, the answer shaped as a connection
 * (connections.ts) where the list grows with the data. Arguments were checked before execution (arguments.ts);
 * what only the data can tell (an unknown document or actor id) is NOT_FOUND here. Provision.document and
 * Provision.mentions are batching loaders: one query per field.
 */
import type { MercuriusContext, MercuriusLoaders } from 'mercurius';
import {
  getIncidentPlans,
  getIncidentResponders,
  getProvisionMentions,
  listActions,
  listActors,
  listApproaches,
  listDocuments,
  listIncidentTypes,
  listPrinciples,
  listProvisions,
  listStrategicObjectives,
  searchEntities,
} from '../../db/catalog-queries.js';
import type { Database } from '../../db/database.js';
import { dayBounds } from '../../db/dating.js';
import type { ProvisionDTO } from '../../db/graph-mappers.js';
import { toDocument, type DocumentDTO } from '../../db/mappers.js';
import { getEntitiesByIds } from '../../db/queries.js';
import { notFound } from '../../errors.js';
import { APPROACHES } from '../../../../core/vocabulary.js';
import { keysetAfter, offsetAfter } from '../arguments.js';
import { keysetConnection, offsetConnection, sliceConnection, type PageArgs } from '../connections.js';
import type { ProvisionMentionsArgs, RequireFields, Resolvers } from '../generated/resolvers.js';
import { settle } from '../safe-loaders.js';

/** The document with this id, or NOT_FOUND naming it. */
async function knownDocument(db: Database, id: string): Promise<string> {
  const [entity] = await getEntitiesByIds(db, [id]);
  if (entity?.label !== 'Document') throw notFound(`No document with id "${id}"`, id, { field: 'document' });
  return id;
}

/** The actor with this id, or NOT_FOUND naming it. */
async function knownActor(db: Database, id: string): Promise<string> {
  const [entity] = await getEntitiesByIds(db, [id]);
  if (entity?.label !== 'Actor') throw notFound(`No actor with id "${id}"`, id, { field: 'actor' });
  return id;
}

/** The day a `from` bound (a year or month: its first day) or a `to` bound (its last day) stands for. */
export const fromDay = (date: string | null | undefined) => (date ? dayBounds(date).first : null);
export const toDay = (date: string | null | undefined) => (date ? dayBounds(date).last : null);

const keyset = ({ first, after }: PageArgs) => {
  const { key, id } = keysetAfter(after);
  return { afterKey: key, afterId: id, first };
};

export const catalogResolvers: Resolvers = {
  Query: {
    actors: async (_root, args, { db }) => {
      const filter = {
        kind: args.kind ?? null,
        pillar: args.pillar ?? null,
        level: args.level ?? null,
        basis: args.basis ?? null,
        document: args.document ? await knownDocument(db, args.document) : null,
        search: args.search?.trim() || null,
      };
      const { rows, total } = await listActors(db, filter, keyset(args));
      return keysetConnection(rows, args, total);
    },
    documents: async (_root, args, { db }) => sliceConnection(await listDocuments(db), args),
    provisions: async (_root, args, { db }) => {
      const filter = { document: await knownDocument(db, args.document), locator: args.locator?.trim() || null };
      const { rows, total } = await listProvisions(db, filter, keyset(args));
      return keysetConnection(rows, args, total);
    },
    strategicObjectives: (_root, _args, { db }) => listStrategicObjectives(db),
    approaches: (_root, _args, { db }) => listApproaches(db, APPROACHES.values),
    principles: (_root, _args, { db }) => listPrinciples(db),
    actions: async (_root, args, { db }) => {
      const actor = args.actor ? await knownActor(db, args.actor) : null;
      const filter = { actor, role: args.role ?? null, dateFrom: fromDay(args.dateFrom), dateTo: toDay(args.dateTo) };
      return sliceConnection(await listActions(db, filter), args);
    },
    incidentTypes: (_root, _args, { db }) => listIncidentTypes(db),
    incidentResponse: async (_root, { code, scope }, { db }) => {
      const incidentType = (await listIncidentTypes(db)).find((type) => type.code === code);
      if (!incidentType) return null;
      const [responders, plans] = await Promise.all([
        getIncidentResponders(db, incidentType.id),
        getIncidentPlans(db, incidentType.id),
      ]);
      const asked = scope ?? null;
      return {
        incidentType,
        responders,
        plans: asked ? plans.filter((plan) => plan.trigger === asked) : plans,
        scope: asked,
      };
    },
    search: async (_root, args, { db }) => {
      const start = offsetAfter(args.after);
      const { rows, total } = await searchEntities(db, args.text.normalize('NFKC').trim(), start, args.first);
      return { ...offsetConnection(rows, start, args, 0), totalCount: total };
    },
  },
  SearchHitConnection: {
    totalCount: ({ totalCount }) => (typeof totalCount === 'function' ? totalCount() : totalCount),
  },
};

type Queries<T, P = unknown> = Array<{ obj: T; params: P }>;

/** A document a citation or provision names but the graph lacks (never in the seed): its id stands for it. */
export const unknownDocument = (id: string): DocumentDTO => ({
  id,
  name: id,
  kind: 'reference',
  date: null,
  url: null,
  identifiers: [],
});

export const catalogLoaders: MercuriusLoaders = {
  Provision: {
    async document(queries: Queries<ProvisionDTO>, { db }: MercuriusContext) {
      const ids = queries.map(({ obj }) => obj.documentId);
      const entities = await getEntitiesByIds(db, ids);
      return entities.map((entity, i) => (entity ? toDocument(entity) : unknownDocument(ids[i]!)));
    },
    async mentions(
      queries: Queries<ProvisionDTO, RequireFields<ProvisionMentionsArgs, 'first'>>,
      { db }: MercuriusContext,
    ) {
      const mentions = await getProvisionMentions(
        db,
        queries.map(({ obj }) => obj.id),
      );
      return queries.map(({ params }, i) => settle(() => sliceConnection(mentions[i]!, params)));
    },
  },
};
