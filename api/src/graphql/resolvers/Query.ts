/**
 * The lookups of base.graphql (one node by id: null when there is none) and the data version, each one call into
 * db/. Typed by the generated resolver types (npm run codegen).
 */
import { getRelationshipsByIds } from '../../db/graph-queries.js';
import { toActor, toDocument } from '../../db/mappers.js';
import { getAgreementsByIds, getDataVersion, getEntitiesByIds } from '../../db/queries.js';
import type { Resolvers } from '../generated/resolvers.js';

export const queryResolvers: Resolvers = {
  Query: {
    dataVersion: async (_root, _args, { db }) => (await getDataVersion(db)).version,
    dataset: async (_root, _args, { db }) => {
      const { seededAt, nodes, relationships } = await getDataVersion(db);
      return { seededAt, nodes, relationships };
    },
    actor: async (_root, { id }, { db }) => {
      const [entity] = await getEntitiesByIds(db, [id]);
      return entity?.label === 'Actor' ? toActor(entity) : null;
    },
    document: async (_root, { id }, { db }) => {
      const [entity] = await getEntitiesByIds(db, [id]);
      return entity?.label === 'Document' ? toDocument(entity) : null;
    },
    agreement: async (_root, { id }, { db }) => (await getAgreementsByIds(db, [id]))[0] ?? null,
    relationship: async (_root, { id }, { db }) => (await getRelationshipsByIds(db, [id]))[0] ?? null,
  },
};
