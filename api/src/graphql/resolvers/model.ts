/**
 * Resolvers of model.graphql (issue 17): the timeline (NOT_FOUND, with the id, for an unknown document) and the
 * actors both strategies name. One call into db/model-queries.ts each.
 */
import { getEntitiesByIds } from '../../db/queries.js';
import { listSharedActors, listTimeline } from '../../db/model-queries.js';
import { notFound } from '../../errors.js';
import { sliceConnection } from '../connections.js';
import type { Resolvers } from '../generated/resolvers.js';
import { fromDay, toDay } from './catalog.js';

export const modelResolvers: Resolvers = {
  Query: {
    timeline: async (_root, args, { db }) => {
      if (args.document) {
        const [entity] = await getEntitiesByIds(db, [args.document]);
        if (entity?.label !== 'Document')
          throw notFound(`No document with id "${args.document}"`, args.document, { field: 'document' });
      }
      const filter = { document: args.document ?? null, dateFrom: fromDay(args.dateFrom), dateTo: toDay(args.dateTo) };
      return sliceConnection(await listTimeline(db, filter), args);
    },
    sharedActors: (_root, _args, { db }) => listSharedActors(db),
  },
};
