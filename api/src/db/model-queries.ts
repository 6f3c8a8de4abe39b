/** One typed function per cypher/model file the API reads (issue 17): the timeline and the shared actors. */
import { toRecurrence, toDating, type DatingDTO } from './dating.js';
import type { Database, Row } from './database.js';
import { toSummary, type EntitySummaryDTO } from './graph-mappers.js';
import { getEntitiesByIds } from './queries.js';
import type { Recurrence } from '../../../core/vocabulary.js';

export interface TimelineEntryDTO {
  entity: EntitySummaryDTO;
  dating: DatingDTO;
  recurrence: Recurrence | null;
}

/** Dated nodes in time order whose window overlaps [dateFrom, dateTo] (ISO days, null: open). */
export async function listTimeline(
  db: Database,
  filter: { document: string | null; dateFrom: string | null; dateTo: string | null },
): Promise<TimelineEntryDTO[]> {
  return (await db.read('model/list-timeline', filter)).map((row) => ({
    entity: toSummary(row),
    dating: toDating(row.props as Row)!,
    recurrence: toRecurrence(row.props as Row),
  }));
}

export interface SharedActorDTO {
  nodes: EntitySummaryDTO[];
  relation: 'SAME' | 'NARROWER';
  note: string | null;
}

/** The actors both strategies name: one node, or two joined by an identity link. */
export async function listSharedActors(db: Database): Promise<SharedActorDTO[]> {
  const rows = await db.read('model/list-shared-actors', {});
  const ids = [...new Set(rows.flatMap((row) => (row.ids as unknown[]).map(String)))];
  const entities = new Map(
    (await getEntitiesByIds(db, ids)).flatMap((entity) =>
      entity ? [[entity.id, toSummary({ ...entity.props, id: entity.id, label: entity.label })] as const] : [],
    ),
  );
  return rows.map((row) => ({
    nodes: (row.ids as unknown[]).map(String).flatMap((id) => entities.get(id) ?? []),
    relation: row.relation === 'NARROWER' ? 'NARROWER' : 'SAME',
    note: typeof row.note === 'string' ? row.note : null,
  }));
}
