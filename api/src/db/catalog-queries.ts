/** One typed function per cypher/catalog file: lists, pages and the full-text search the catalog API reads. */
import { badInput } from '../errors.js';
import { toCitations, type CitationDTO } from './citations.js';
import type { Database, Row } from './database.js';
import {
  decodeCursor,
  luceneQuery,
  rankHits,
  searchTerms,
  toActors,
  toPage,
  toProvision,
  type PageDTO,
  type ProvisionDTO,
  type SearchHitDTO,
} from './graph-mappers.js';
import { toActor, toDocument, toEntity, type ActorDTO, type DocumentDTO } from './mappers.js';

export interface StrategicObjectiveDTO {
  id: string;
  code: string;
  name: string;
  citations: CitationDTO[];
  rules: string[];
}

export interface ApproachInfoDTO {
  id: string;
  code: string;
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
  priority: { id: string; code: string; name: string } | null;
  requestedBy: ActorDTO[];
  assignedTo: ActorDTO[];
  citations: CitationDTO[];
}

export interface IncidentTypeDTO {
  id: string;
  code: string;
  name: string;
  description: string | null;
  citations: CitationDTO[];
}

export interface ResponderDTO {
  order: number;
  role: string | null;
  actor: ActorDTO;
  citations: CitationDTO[];
}

const props = (row: Row): Row => (row.props as Row) ?? {};
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export interface ActorFilter {
  kind: string | null;
  pillar: string | null;
  document: string | null;
  search: string | null;
  first: number;
  after: string | null;
}

export async function listActors(db: Database, filter: ActorFilter): Promise<PageDTO<ActorDTO>> {
  const { key, id } = decodeCursor(filter.after);
  const [row] = await db.read('catalog/list-actors', {
    kind: filter.kind,
    pillar: filter.pillar,
    document: filter.document,
    search: filter.search ? filter.search.toLowerCase() : null,
    afterKey: key,
    afterId: id,
    limit: filter.first + 1,
  });
  const actors = (row?.actors as Row[] | undefined) ?? [];
  return toPage(actors, filter.first, Number(row?.total ?? 0), (actor) => toActors([actor])[0]!);
}

export async function listDocuments(db: Database): Promise<DocumentDTO[]> {
  return (await db.read('catalog/list-documents')).map((row) => toDocument(toEntity({ ...row, label: 'Document' })));
}

export async function listProvisions(
  db: Database,
  filter: { document: string; locator: string | null; first: number; after: string | null },
): Promise<PageDTO<ProvisionDTO>> {
  const { key, id } = decodeCursor(filter.after);
  const [row] = await db.read('catalog/list-provisions', {
    document: filter.document,
    locator: filter.locator,
    afterKey: key,
    afterId: id,
    limit: filter.first + 1,
  });
  const provisions = ((row?.provisions as Row[] | undefined) ?? []).map((p) => ({ ...p, key: p.sortKey }));
  return toPage(provisions, filter.first, Number(row?.total ?? 0), toProvision);
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
    code: String(props(row).code),
    name: String(props(row).name),
    citations: toCitations(props(row)),
    rules: (row.rules as unknown[]).map(String),
  }));
}

export async function listApproaches(db: Database, order: readonly string[]): Promise<ApproachInfoDTO[]> {
  const approaches = (await db.read('catalog/list-approaches')).map((row) => ({
    id: String(row.id),
    code: String(props(row).code),
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

export async function listActions(
  db: Database,
  filter: { actor: string | null; role: 'REQUESTED_BY' | 'ASSIGNED_TO' | null },
): Promise<ActionDTO[]> {
  return (await db.read('catalog/list-actions', filter)).map((row) => ({
    id: String(row.id),
    name: String(props(row).name),
    text: String(props(row).text ?? ''),
    deadline: str(props(row).deadline),
    priority: (row.priority as ActionDTO['priority']) ?? null,
    requestedBy: toActors(row.requestedBy),
    assignedTo: toActors(row.assignedTo),
    citations: toCitations(props(row)),
  }));
}

export async function listIncidentTypes(db: Database): Promise<IncidentTypeDTO[]> {
  return (await db.read('catalog/list-incident-types')).map((row) => ({
    id: String(row.id),
    code: String(props(row).code),
    name: String(props(row).name),
    description: str(props(row).description),
    citations: toCitations(props(row)),
  }));
}

export async function getIncidentResponders(db: Database, id: string): Promise<ResponderDTO[]> {
  return (await db.read('catalog/get-incident-responders', { id })).map((row) => {
    const actor = row.actor as Row;
    return {
      order: Number(row.order),
      role: str(row.role),
      actor: toActor({ id: String(actor.id), label: 'Actor', props: props(actor) }),
      citations: toCitations(props(row)),
    };
  });
}

const phraseWords = (value: string): string[] =>
  value
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The incident type a user means: its code (CRIME, "business continuity"), its id (incident-crime) or words
 * of its name ("crime", "personal data"), case-insensitive. Unknown or ambiguous: BAD_USER_INPUT listing the codes.
 */
export function findIncidentType<T extends { id: string; code: string; name: string }>(
  types: readonly T[],
  kind: string,
): T {
  const wanted = kind.trim().toLowerCase();
  const code = wanted.replace(/[\s-]+/g, '_').toUpperCase();
  const exact = types.find((type) => type.code === code || type.id === wanted);
  if (exact) return exact;
  const words = phraseWords(wanted);
  const matches = types.filter((type) => {
    const name = phraseWords(type.name);
    return words.length > 0 && name.some((_, i) => words.every((word, j) => name[i + j] === word));
  });
  if (matches.length === 1) return matches[0]!;
  const valid = types.map((type) => type.code).sort();
  const reason =
    matches.length > 1 ? `matches several incident types (${matches.map((t) => t.code).join(', ')})` : 'is unknown';
  throw badInput(`Incident kind "${kind}" ${reason}; use one of ${valid.join(', ')}`, { valid });
}

/** Full-text candidates fetched before re-ranking: enough for an exact match ranked low by Lucene to surface. */
const SEARCH_CANDIDATES = 200;

export async function searchEntities(db: Database, input: string, first: number): Promise<SearchHitDTO[]> {
  const terms = searchTerms(input);
  if (terms.length === 0) return [];
  const rows = await db.read('catalog/search-entities', { query: luceneQuery(terms), limit: SEARCH_CANDIDATES });
  return rankHits(rows, input, first);
}
