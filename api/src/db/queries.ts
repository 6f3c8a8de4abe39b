/** One typed function per Cypher file: the database API the resolvers and routes use. */
import type { Database } from './database.js';
import { toDataVersion, toGraph, type DataVersionDTO, type GraphDTO } from './mappers.js';

export const MAX_NETWORK_NODES = 2000;

export async function getDataVersion(db: Database): Promise<DataVersionDTO> {
  const [row] = await db.read('meta/get-data-version');
  return toDataVersion(row);
}

export async function getNetwork(db: Database, { limit }: { limit: number }): Promise<GraphDTO> {
  const [row] = await db.read('graph/get-network', { limit: Math.trunc(limit) });
  return toGraph(row, limit);
}
