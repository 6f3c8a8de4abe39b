/** One typed function per Cypher file: the database API the resolvers and routes use. */
import type { Database } from './database.js';
import { toDataVersion, toEntity, toGraph, type DataVersionDTO, type EntityDTO, type GraphDTO } from './mappers.js';

export const MAX_NETWORK_NODES = 2000;

export async function getDataVersion(db: Database): Promise<DataVersionDTO> {
  const [row] = await db.readCached('meta/get-data-version');
  return toDataVersion(row);
}

export async function getNetwork(db: Database, { limit }: { limit: number }): Promise<GraphDTO> {
  const [row] = await db.readCached('graph/get-network', { limit: Math.trunc(limit) });
  return toGraph(row, limit);
}

/** Entities by id, in the order asked, null where absent (for the batching loaders). */
export async function getEntitiesByIds(db: Database, ids: readonly string[]): Promise<Array<EntityDTO | null>> {
  const rows = await db.readCached('catalog/get-entities-by-ids', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((row) => [String(row.id), toEntity(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}
