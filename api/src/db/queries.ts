/**
 * Typed functions over the cypher/ files every area reads: the data version, the network, nodes and agreements by
 * id. (Each area has its own module: catalog-queries, graph-queries, eligibility, curation.)
 */
import { toAgreement, type AgreementDTO } from '../domain/curation/present.js';
import type { Database, Row } from './database.js';
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

/**
 * Entities by id, in the order asked, null where absent (for the batching loaders). A lookup: no version check of
 * its own (Database.readLookup), so `actor(id)` after a write is one statement.
 */
export async function getEntitiesByIds(db: Database, ids: readonly string[]): Promise<Array<EntityDTO | null>> {
  const rows = await db.readLookup('catalog/get-entities-by-ids', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((row) => [String(row.id), toEntity(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Agreements by id, with their parties, in the order asked, null where there is none. */
export async function getAgreementsByIds(db: Database, ids: readonly string[]): Promise<Array<AgreementDTO | null>> {
  const rows = await db.read('catalog/get-agreements-by-ids', { ids: [...new Set(ids)] });
  const byId = new Map(
    rows.map((row) => [
      String(row.id),
      toAgreement({ id: String(row.id), props: (row.props as Row) ?? {}, parties: (row.partyIds as string[]) ?? [] }),
    ]),
  );
  return ids.map((id) => byId.get(id) ?? null);
}
