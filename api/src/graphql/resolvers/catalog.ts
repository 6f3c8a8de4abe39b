/**
 * Resolvers of catalog.graphql: input checks (typed BAD_USER_INPUT / NOT_FOUND errors), then one call into
 * db/catalog-queries.ts. Provision.document and Provision.mentions are batching loaders: one query per field.
 */
import type { IResolvers, MercuriusContext, MercuriusLoaders } from 'mercurius';
import {
  findIncidentType,
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
  type ActorFilter,
} from '../../db/catalog-queries.js';
import type { Database } from '../../db/database.js';
import type { ProvisionDTO } from '../../db/graph-mappers.js';
import { toDocument, type DocumentDTO } from '../../db/mappers.js';
import { getEntitiesByIds } from '../../db/queries.js';
import { badInput, notFound } from '../../errors.js';
import { ACTOR_KINDS, APPROACHES, PILLARS } from '../../../../core/vocabulary.js';
import { boundedInt } from './Query.js';

export const MAX_PAGE = 100;
export const MAX_SEARCH_LENGTH = 200;

/** The value when it is one of `valid`, else BAD_USER_INPUT listing the valid values. */
export function oneOf(name: string, value: string, valid: readonly string[]): string {
  if (valid.includes(value)) return value;
  throw badInput(`Unknown ${name} "${value}"; valid values: ${valid.join(', ')}`, { valid: [...valid] });
}

/** A pillar code, also accepted in lower case, with hyphens or as the node id (`pillar-law-enforcement`). */
export const pillarCode = (value: string): string =>
  oneOf(
    'pillar',
    value
      .trim()
      .replace(/^pillar-/i, '')
      .replace(/-/g, '_')
      .toUpperCase(),
    PILLARS.values,
  );

async function knownDocument(db: Database, id: string): Promise<string> {
  return oneOf(
    'document',
    id,
    (await listDocuments(db)).map((document) => document.id),
  );
}

async function knownActor(db: Database, id: string): Promise<string> {
  const [entity] = await getEntitiesByIds(db, [id]);
  if (entity?.label !== 'Actor') throw notFound(`No actor with id "${id}"`, id);
  return id;
}

interface ActorsArgs {
  kind?: string | null;
  pillar?: string | null;
  document?: string | null;
  search?: string | null;
  first: number;
  after?: string | null;
}

async function actorFilter(db: Database, args: ActorsArgs): Promise<ActorFilter> {
  return {
    kind: args.kind ? oneOf('kind', args.kind, ACTOR_KINDS.values) : null,
    pillar: args.pillar ? pillarCode(args.pillar) : null,
    document: args.document ? await knownDocument(db, args.document) : null,
    search: args.search?.trim() ? args.search.trim() : null,
    first: boundedInt('first', args.first, 1, MAX_PAGE),
    after: args.after ?? null,
  };
}

interface ProvisionsArgs {
  document: string;
  locator?: string | null;
  first: number;
  after?: string | null;
}

async function provisionFilter(db: Database, args: ProvisionsArgs) {
  return {
    document: await knownDocument(db, args.document),
    locator: args.locator?.trim() ? args.locator.trim() : null,
    first: boundedInt('first', args.first, 1, MAX_PAGE),
    after: args.after ?? null,
  };
}

/**
 * Search text: normalised first (NFKC, as the search itself does), then 1 to 200 characters (code points) once
 * trimmed and lower-cased, so the limit holds for what reaches the index: one character that NFKC or lower
 * case expands (U+FDFA is 18 characters) cannot make a query longer than the limit.
 */
export function searchText(text: string): string {
  const normalised = text.normalize('NFKC').trim();
  const length = Math.max([...normalised].length, [...normalised.toLowerCase()].length);
  if (length < 1 || length > MAX_SEARCH_LENGTH)
    throw badInput(`text must be 1 to ${MAX_SEARCH_LENGTH} characters long (after Unicode normalisation, NFKC)`);
  return normalised;
}

type Role = 'REQUESTED_BY' | 'ASSIGNED_TO';

const Query: IResolvers['Query'] = {
  actors: async (_root, args: ActorsArgs, { db }) => listActors(db, await actorFilter(db, args)),
  documents: (_root, _args, { db }) => listDocuments(db),
  provisions: async (_root, args: ProvisionsArgs, { db }) => listProvisions(db, await provisionFilter(db, args)),
  strategicObjectives: (_root, _args, { db }) => listStrategicObjectives(db),
  approaches: (_root, _args, { db }) => listApproaches(db, APPROACHES.values),
  principles: (_root, _args, { db }) => listPrinciples(db),
  actions: async (_root, args: { actor?: string | null; role?: Role | null }, { db }) =>
    listActions(db, { actor: args.actor ? await knownActor(db, args.actor) : null, role: args.role ?? null }),
  incidentTypes: (_root, _args, { db }) => listIncidentTypes(db),
  incidentResponse: async (_root, { kind }: { kind: string }, { db }) => {
    const incidentType = findIncidentType(await listIncidentTypes(db), kind);
    return { incidentType, responders: await getIncidentResponders(db, incidentType.id) };
  },
  search: (_root, args: { text: string; first: number }, { db }) =>
    searchEntities(db, searchText(args.text), boundedInt('first', args.first, 1, MAX_PAGE)),
};

export const catalogResolvers: IResolvers = { Query };

type Queries<T> = Array<{ obj: T }>;

const unknownDocument = (id: string): DocumentDTO => ({
  id,
  name: id,
  kind: 'unknown',
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
    mentions: (queries: Queries<ProvisionDTO>, { db }: MercuriusContext) =>
      getProvisionMentions(
        db,
        queries.map(({ obj }) => obj.id),
      ),
  },
};
