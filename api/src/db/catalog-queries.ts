/** One typed function per cypher/catalog file: lists, pages and the full-text search the catalog API reads. */
import {
  INCIDENT_SCOPES,
  RESPONSE_MODES,
  type ApproachCode,
  type IncidentScope,
  type IncidentTypeCode,
  type Modality,
  type Objective,
  type Recurrence,
  type ResponseMode,
} from '../../../core/vocabulary.js';
import { toCitations, toModality, type CitationDTO } from './citations.js';
import { overlaps, toDating, toRecurrence, type DatingDTO } from './dating.js';
import type { Database, Row } from './database.js';
import {
  luceneQuery,
  rankHits,
  searchTerms,
  searchWords,
  toActors,
  toProvision,
  toSummary,
  type EntitySummaryDTO,
  type ProvisionDTO,
  type SearchHitDTO,
} from './graph-mappers.js';
import type { Counted } from './graph-queries.js';
import { toActor, toDocument, toEntity, type ActorDTO, type DocumentDTO } from './mappers.js';

/** A row of a keyset page: the sort key and id its cursor encodes, and the item. */
export interface Keyed<T> {
  key: string;
  id: string;
  node: T;
}

/** Where a keyset page starts (the last item seen, or nulls) and how long it is. */
export interface KeysetPage {
  afterKey: string | null;
  afterId: string | null;
  first: number;
}

export interface StrategicObjectiveDTO {
  id: string;
  code: Objective;
  name: string;
  citations: CitationDTO[];
  rules: string[];
}

export interface ApproachInfoDTO {
  id: string;
  code: ApproachCode;
  name: string;
  commitment: string;
  citations: CitationDTO[];
}

export interface PrincipleDTO {
  id: string;
  number: number;
  name: string;
  text: string;
  citations: CitationDTO[];
}

export interface ActionDTO {
  id: string;
  name: string;
  text: string;
  deadline: string | null;
  dating: DatingDTO | null;
  undated: boolean;
  recurrence: Recurrence | null;
  recurrenceText: string | null;
  modality: Modality | null;
  priority: { id: string; code: string; name: string } | null;
  requestedBy: ActorDTO[];
  assignedTo: ActorDTO[];
  citations: CitationDTO[];
}

export interface IncidentTypeDTO {
  id: string;
  code: IncidentTypeCode;
  name: string;
  description: string | null;
  citations: CitationDTO[];
}

export interface ResponderDTO {
  order: number;
  step: number;
  mode: ResponseMode;
  with: string[];
  role: string | null;
  actor: ActorDTO;
  citations: CitationDTO[];
}

const props = (row: Row): Row => (row.props as Row) ?? {};
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export interface ActorFilter {
  kind: string | null;
  pillar: string | null;
  level: string | null;
  basis: string | null;
  document: string | null;
  search: string | null;
}

/** One keyset page of actors (and one more), by name then id. */
export async function listActors(
  db: Database,
  filter: ActorFilter,
  page: KeysetPage,
): Promise<Counted<Keyed<ActorDTO>>> {
  const [row] = await db.read('catalog/list-actors', {
    ...filter,
    search: filter.search ? filter.search.toLowerCase() : null,
    afterKey: page.afterKey,
    afterId: page.afterId,
    limit: page.first + 1,
  });
  const actors = (row?.actors as Row[] | undefined) ?? [];
  return {
    rows: actors.map((a) => ({ key: String(a.key), id: String(a.id), node: toActors([a])[0]! })),
    total: Number(row?.total ?? 0),
  };
}

export async function listDocuments(db: Database): Promise<DocumentDTO[]> {
  return (await db.read('catalog/list-documents')).map((row) => toDocument(toEntity({ ...row, label: 'Document' })));
}

/** One keyset page of a document's provisions (and one more), in locator order. */
export async function listProvisions(
  db: Database,
  filter: { document: string; locator: string | null },
  page: KeysetPage,
): Promise<Counted<Keyed<ProvisionDTO>>> {
  const [row] = await db.read('catalog/list-provisions', {
    ...filter,
    afterKey: page.afterKey,
    afterId: page.afterId,
    limit: page.first + 1,
  });
  const provisions = (row?.provisions as Row[] | undefined) ?? [];
  return {
    rows: provisions.map((p) => ({ key: String(p.sortKey), id: String(p.id), node: toProvision(p) })),
    total: Number(row?.total ?? 0),
  };
}

/** The actors each provision mentions, in the order of the ids asked. */
export async function getProvisionMentions(db: Database, ids: readonly string[]): Promise<ActorDTO[][]> {
  const rows = await db.read('catalog/get-provision-mentions', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((row) => [String(row.id), toActors(row.actors)]));
  return ids.map((id) => byId.get(id) ?? []);
}

export async function listStrategicObjectives(db: Database): Promise<StrategicObjectiveDTO[]> {
  return (await db.read('catalog/list-strategic-objectives')).map((row) => ({
    id: String(row.id),
    code: String(props(row).code) as Objective,
    name: String(props(row).name),
    citations: toCitations(props(row)),
    rules: (row.rules as unknown[]).map(String),
  }));
}

export async function listApproaches(db: Database, order: readonly string[]): Promise<ApproachInfoDTO[]> {
  const approaches = (await db.read('catalog/list-approaches')).map((row) => ({
    id: String(row.id),
    code: String(props(row).code) as ApproachCode,
    name: String(props(row).name),
    commitment: String(props(row).commitment ?? ''),
    citations: toCitations(props(row)),
  }));
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  return approaches.sort((a, b) => rank(a.code) - rank(b.code));
}

export async function listPrinciples(db: Database): Promise<PrincipleDTO[]> {
  return (await db.read('catalog/list-principles')).map((row) => {
    const number = Number(props(row).number);
    return {
      id: String(row.id),
      number,
      name: str(props(row).name) ?? `Principle ${number}`,
      text: String(props(row).text ?? ''),
      citations: toCitations(props(row)),
    };
  });
}

export interface ActionFilter {
  actor: string | null;
  role: 'REQUESTED_BY' | 'ASSIGNED_TO' | null;
  /** ISO days bounding the date window (null: open); with either, undated actions are left out. */
  dateFrom: string | null;
  dateTo: string | null;
}

export async function listActions(db: Database, filter: ActionFilter): Promise<ActionDTO[]> {
  const { dateFrom, dateTo, ...params } = filter;
  const actions = (await db.read('catalog/list-actions', params)).map(toAction);
  if (dateFrom === null && dateTo === null) return actions;
  return actions.filter((action) => action.dating !== null && overlaps(action.dating, dateFrom, dateTo));
}

function toAction(row: Row): ActionDTO {
  return {
    id: String(row.id),
    name: String(props(row).name),
    text: String(props(row).text ?? ''),
    deadline: str(props(row).deadline),
    dating: toDating(props(row)),
    undated: props(row).undated === true,
    recurrence: toRecurrence(props(row)),
    recurrenceText: str(props(row).recurrenceText),
    modality: toModality(props(row).modality),
    priority: (row.priority as ActionDTO['priority']) ?? null,
    requestedBy: toActors(row.requestedBy),
    assignedTo: toActors(row.assignedTo),
    citations: toCitations(props(row)),
  };
}

export async function listIncidentTypes(db: Database): Promise<IncidentTypeDTO[]> {
  return (await db.read('catalog/list-incident-types')).map((row) => ({
    id: String(row.id),
    code: String(props(row).code) as IncidentTypeCode,
    name: String(props(row).name),
    description: str(props(row).description),
    citations: toCitations(props(row)),
  }));
}

/**
 * Who responds to one kind of incident, by step then in the text's order; each with the others of its step
 * (`with`). A response stored without a step (added by curation) is its own step after the others, alone.
 */
export async function getIncidentResponders(db: Database, id: string): Promise<ResponderDTO[]> {
  const rows = await db.read('catalog/get-incident-responders', { id });
  const lastStep = Math.max(0, ...rows.map((row) => (typeof row.step === 'number' ? row.step : 0)));
  const responders = rows.map((row, i) => {
    const actor = row.actor as Row;
    const stated = typeof row.step === 'number';
    return {
      order: Number(row.order),
      step: stated ? Number(row.step) : lastStep + 1 + i,
      mode: stated && RESPONSE_MODES.has(row.mode) ? row.mode : ('sole' as const),
      with: [] as string[],
      role: str(row.role),
      actor: toActor({ id: String(actor.id), label: 'Actor', props: props(actor) }),
      citations: toCitations(props(row)),
    };
  });
  for (const responder of responders)
    responder.with = responders
      .filter((other) => other.step === responder.step && other !== responder && responder.mode !== 'sole')
      .map((other) => other.actor.id);
  return responders.sort((a, b) => a.step - b.step || a.order - b.order);
}

export interface TriggeredPlanDTO {
  plan: EntitySummaryDTO;
  trigger: IncidentScope;
  note: string | null;
  citations: CitationDTO[];
}

/** The cooperation plans one kind of incident triggers, with the scope that triggers each. */
export async function getIncidentPlans(db: Database, id: string): Promise<TriggeredPlanDTO[]> {
  return (await db.read('catalog/get-incident-plans', { id }))
    .filter((row) => INCIDENT_SCOPES.has(row.trigger))
    .map((row) => ({
      plan: toSummary(row.plan as Row),
      trigger: row.trigger as IncidentScope,
      note: str(row.note),
      citations: toCitations(props(row)),
    }));
}

/**
 * The hits re-ranked (exact name or alias matches first): Lucene's best RERANK_WINDOW, enough for an exact match
 * ranked low by Lucene to surface; past them, Lucene's own order. Every page ranks the same window, so pages
 * never overlap or skip. The database returns the rows of the page (Lucene's first `start + first + 1`) and the
 * few candidates of the window that may move up (cypher/catalog/search-entities), not the whole window.
 */
export const RERANK_WINDOW = 200;

/**
 * Search hits `start` to `start + first` (and one more, telling that a next page exists), and how many nodes the
 * text matches, counted only when the page does not show it (`total` is then a function to call).
 */
export async function searchEntities(
  db: Database,
  input: string,
  start: number,
  first: number,
): Promise<{ rows: SearchHitDTO[]; total: number | (() => Promise<number>) }> {
  const terms = searchTerms(input);
  if (terms.length === 0) return { rows: [], total: 0 };
  const query = luceneQuery(terms);
  const limit = start + first + 1;
  // Cached under the data version like every read of the data (db/read-cache.ts), in a pool of its own.
  const rows = await db.readCached(
    'catalog/search-entities',
    { query, words: searchWords(input), window: RERANK_WINDOW, limit },
    'search',
  );
  const inWindow = (row: Row) => Number(row.rank) < RERANK_WINDOW;
  const ranked = [
    ...rankHits(rows.filter(inWindow), input),
    ...rankHits(
      rows.filter((r) => !inWindow(r)),
      input,
      false,
    ),
  ];
  const candidates = Number(rows[0]?.candidates ?? 0);
  const total =
    candidates < Math.max(RERANK_WINDOW, limit)
      ? candidates
      : async () => Number((await db.readCached('catalog/count-search-hits', { query }, 'search'))[0]?.total ?? 0);
  return { rows: ranked.slice(start, start + first + 1), total };
}

/** Who responds to one kind of incident, and the plans it triggers (only the scope's, when one is asked). */
export interface IncidentResponseDTO {
  incidentType: IncidentTypeDTO;
  responders: ResponderDTO[];
  plans: TriggeredPlanDTO[];
  scope: IncidentScope | null;
}
