/**
 * Batching loaders: one UNWIND query per field per tick, whatever the number of parents.
 * mercurius calls each with every (parent, args) pair queued in the tick. Every loader goes through
 * safeLoaders: whatever it throws, sync or async, becomes a coded error on its field, never a crash.
 */
import type { MercuriusLoaders } from 'mercurius';
import type { CitationDTO } from '../db/citations.js';
import { toDocument } from '../db/mappers.js';
import { getEntitiesByIds } from '../db/queries.js';
import { entityLoaders } from './entity-loaders.js';
import { catalogLoaders, unknownDocument } from './resolvers/catalog.js';
import { graphLoaders } from './resolvers/graph.js';
import { safeLoaders } from './safe-loaders.js';

export const loaders: MercuriusLoaders = safeLoaders({
  ...entityLoaders,
  ...catalogLoaders,
  ...graphLoaders,
  Citation: {
    async document(queries: Array<{ obj: CitationDTO }>, { db }) {
      const ids = queries.map(({ obj }) => obj.documentId);
      const entities = await getEntitiesByIds(db, ids);
      return entities.map((entity, i) => (entity ? toDocument(entity) : unknownDocument(ids[i]!)));
    },
  },
});
