/**
 * The facts an eligibility question rests on, read from the graph (cypher/eligibility/get-eligibility-facts.cypher,
 * get-union-agreements, get-actors-of-kinds, get-actors-by-ids) and mapped into the domain's shapes. Read in the
 * API's thread for small graphs (db/eligibility.ts) and by the eligibility worker itself for large ones (issue 20:
 * at a million nodes reading, decoding and mapping them held the API's event loop for seconds).
 */
import { int } from 'neo4j-driver';
import { AGREEMENT_KINDS } from '../../../core/vocabulary.js';
import type {
  ActorFact,
  AgreementDetails,
  AgreementFact,
  AgreementKind,
  ApproachCode,
  DocumentFact,
  EligibilityFacts,
  FillKind,
  KindRow,
  MemberFact,
  Objective,
  PageKey,
  RuleFact,
  TargetFact,
} from '../domain/eligibility/index.js';
import type { ByKindHead } from '../eligibility-worker/answer-head.js';
import { withActors } from '../eligibility-worker/protocol.js';
import { toCitations, withModalities } from './citations.js';
import type { Database, Row } from './database.js';

/** The actor that stands for the Union as a party to agreements (seed: eu-css-2013/actors.yaml). */
export const UNION_ID = 'european-union';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

const FILL_KINDS: readonly string[] = [...AGREEMENT_KINDS.values, 'INCOMPATIBLE'];
/** Kinds a class is filled by; a database seeded before the kinds were split (HAS_CYBER_AGREEMENT) fills nothing. */
const fillKinds = (value: unknown) => strings(value).filter((k): k is FillKind => FILL_KINDS.includes(k));
const agreementKinds = (value: unknown) => strings(value).filter((k): k is AgreementKind => AGREEMENT_KINDS.has(k));

function toRule(row: Row): RuleFact {
  const kinds = strings(row.conditionKinds);
  const texts = strings(row.conditionTexts);
  const locators = strings(row.conditionLocators);
  return {
    id: String(row.id),
    name: String(row.name ?? row.id),
    objective: String(row.objective) as RuleFact['objective'],
    approaches: strings(row.approaches) as ApproachCode[],
    effect: String(row.effect) as RuleFact['effect'],
    activity: String(row.activity ?? ''),
    scope: text(row.scope),
    conditions: kinds.map((kind, i) => ({ kind, text: texts[i] ?? '', locator: text(locators[i]) })),
    citations: withModalities(toCitations(row), row.statedAs),
    appliesTo: strings(row.appliesTo),
    membersOnly: strings(row.membersOnly),
    principle: typeof row.principle === 'number' ? row.principle : null,
    approachStated: row.approachStated !== false,
    approachReading: text(row.approachReading),
    ambiguities: strings(row.ambiguities),
    provisions: ((row.provisions as Row[]) ?? []).map((p) => ({
      id: String(p.id),
      name: String(p.name ?? p.id),
      identification: text(p.identification),
      officialUrl: text(p.officialUrl),
      officialText: text(p.officialText),
      officialTextNote: text(p.officialTextNote),
    })),
  };
}

/**
 * A target's member as get-eligibility-facts.cypher lists it (a list, not a map: issue 20, at a million nodes the
 * keys were 40 % of what Neo4j wrote and the driver decoded): [id, role, note, since, suspended, left, citeDocuments,
 * citeLocators, citeQuotes, citeNotes].
 */
const toMember = ([id, role, note, since, suspended, left, ...cite]: unknown[]): MemberFact => ({
  id: String(id),
  role: text(role),
  note: text(note),
  since: text(since),
  suspended: text(suspended),
  left: text(left),
  citations: toCitations({ citeDocuments: cite[0], citeLocators: cite[1], citeQuotes: cite[2], citeNotes: cite[3] }),
});

function toTarget(row: Row): TargetFact {
  return {
    id: String(row.id),
    label: row.label === 'ActorClass' ? 'ActorClass' : 'Actor',
    name: String(row.name ?? row.id),
    kind: text(row.kind),
    memberKinds: strings(row.memberKinds),
    filledBy: fillKinds(row.filledBy),
    admitsKinds: strings(row.admitsKinds),
    members: ((row.members as unknown[][]) ?? []).map(toMember),
  };
}

/** An agreement's record, with each citation's page (title, URL, dates) for the answer to cite (issue 21). */
function toAgreementDetails(
  a: Row,
  citations: ReturnType<typeof toCitations>,
  documents: ReadonlyMap<string, DocumentFact>,
): AgreementDetails {
  const notes = strings(a.citeNotes);
  return {
    type: String(a.type ?? 'agreement'),
    referenceData: a.referenceData === true,
    article: text(a.article),
    articleNote: text(a.articleNote),
    dateSigned: text(a.dateSigned),
    dateSignedNote: text(a.dateSignedNote),
    provisionalApplication: text(a.provisionalApplication),
    provisionalApplicationNote: text(a.provisionalApplicationNote),
    entryIntoForce: text(a.entryIntoForce),
    entryIntoForceNote: text(a.entryIntoForceNote),
    cyberScope: strings(a.cyberScope),
    ambiguousKinds: agreementKinds(a.ambiguousKinds),
    kindReadings: strings(a.kindReadings),
    evidence: citations.map((c, i) => {
      const page = documents.get(c.documentId);
      return {
        quote: c.kind === 'QUOTE' ? c.quote : '',
        note: c.kind === 'QUOTE' ? (notes[i] ?? '') : c.quote,
        documentId: c.documentId,
        title: page?.name ?? c.documentId,
        url: page?.url ?? null,
        publisher: page?.publisher ?? null,
        pageDate: page?.kind === 'reference' ? (page.date ?? null) : null,
        dateRead: page?.dateRead ?? null,
      };
    }),
  };
}

const toActor = (a: Row): ActorFact => ({
  id: String(a.id),
  name: String(a.name ?? a.id),
  kind: String(a.kind ?? 'other'),
});

/** An actor as get-eligibility-facts.cypher lists it: [id, name, kind] (a list, not a map: toMember). */
const toListedActor = ([id, name, kind]: unknown[]): ActorFact => toActor({ id, name, kind });

/**
 * Up to this many actors held by kind (memberKinds) are read and listed like any other (the seed has a few
 * hundred); above it (at scale) they are counted, and the answer holds them by kind (domain by-kind.ts).
 */
export const BY_KIND_LIST_MAX = 2_000;
let byKindListMax = BY_KIND_LIST_MAX;

/** The limit in force (useByKindListMax). */
export const byKindListMaxNow = (): number => byKindListMax;

/** Replaces the limit above (a test asks the seed's answers held by kind); gives back a function that restores it. */
export function useByKindListMax(max: number): () => void {
  const previous = byKindListMax;
  byKindListMax = max;
  return () => {
    byKindListMax = previous;
  };
}

/** The actors held by kind in `kinds`, after a position, in page order (get-actors-of-kinds.cypher). */
async function readActorsOfKinds(
  db: Database,
  kinds: readonly string[],
  skip: readonly string[],
  after: PageKey | null,
  limit: number,
  cached: boolean,
): Promise<KindRow[]> {
  const params = {
    kinds: [...kinds].sort(),
    skip: [...skip],
    afterKey: after?.key ?? null,
    afterId: after?.id ?? null,
    limit: int(limit),
  };
  const rows = cached
    ? await db.readCached('eligibility/get-actors-of-kinds', params)
    : await db.read('eligibility/get-actors-of-kinds', params);
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name ?? r.id),
    kind: String(r.kind ?? 'other'),
    key: String(r.key ?? r.id),
  }));
}

/** A page of the actors a by-kind list stands for: up to `limit` after `after` (null: from the start). */
export const readByKindPage = (db: Database, list: ByKindHead, after: PageKey | null, limit: number) =>
  readActorsOfKinds(db, list.kinds, list.skipIds, after, limit, true);

/** When few actors are held by kind, the facts list them (as they did before issue 20) and count none. */
async function listByKindIfFew(db: Database, facts: EligibilityFacts, max: number): Promise<EligibilityFacts> {
  const counts = facts.kindCounts ?? new Map<string, number>();
  const held = [...counts.values()].reduce((sum, n) => sum + n, 0);
  if (held === 0 || held > max) return facts;
  const kinds = [...counts.keys()];
  const listed = [...facts.actors.values()].filter((a) => counts.has(a.kind)).map((a) => a.id);
  const rows = await readActorsOfKinds(db, kinds, listed, null, held, false);
  const actors = new Map(facts.actors);
  for (const row of rows) actors.set(row.id, { id: row.id, name: row.name, kind: row.kind });
  return { ...facts, actors, kindCounts: undefined };
}

/**
 * The Union's agreements and the documents (get-union-agreements.cypher), read once per data version for every
 * objective, as the columns of the facts row (factsRow); toFacts maps them once (mappedShared).
 */
export const unionAgreements = (db: Database): Promise<Row> =>
  db.memo('eligibility-union-agreements', {}, () => readUnionAgreements(db));

/** The Union's agreements and the documents, read now (the eligibility worker keeps them itself: facts-reader.ts). */
export const readUnionAgreements = async (db: Database): Promise<Row> =>
  factsRow(await db.read('eligibility/get-union-agreements', { union: UNION_ID }));

/**
 * The facts for one objective (or ALL): the actors the rules name (and those held by kind, counted or listed:
 * listByKindIfFew), plus `alsoActors` (an assumed actor, a whyNot partner, a profile's actor) when they exist.
 * The facts of an objective are read and mapped once per data version and shared (read-only); other actors are
 * added to a copy of the actors map (and leave the count of their kind).
 */
export async function readEligibilityFacts(
  db: Database,
  objective: string,
  alsoActors: readonly string[] = [],
  addActors: AddActors = withActors,
  max = byKindListMax,
): Promise<EligibilityFacts> {
  const facts = await db.memo('eligibility-facts', { objective, byKindListMax: max }, () =>
    readObjectiveFacts(db, objective, max),
  );
  return withActorsById(db, facts, alsoActors, addActors);
}

/** How actors are added to facts (protocol.ts withActors; evaluator.ts factsWithActors remembers the derivation). */
export type AddActors = (facts: EligibilityFacts, actors: readonly ActorFact[]) => EligibilityFacts;

/**
 * The facts of one objective (or ALL), read now (readEligibilityFacts keeps them under the data version), with the
 * Union's agreements and the documents from `shared` (those of the data version: unionAgreements by default).
 */
export async function readObjectiveFacts(
  db: Database,
  objective: string,
  max: number,
  shared: Promise<Row> = unionAgreements(db),
): Promise<EligibilityFacts> {
  const [sharedRow, rows] = await Promise.all([
    shared,
    db.read('eligibility/get-eligibility-facts', { objective, union: UNION_ID }),
  ]);
  return listByKindIfFew(db, toFacts({ ...factsRow(rows), ...sharedRow }), max);
}

/** The facts with those of `ids` that they lack and that exist (get-actors-by-ids) added; the same facts if none. */
export async function withActorsById(
  db: Database,
  facts: EligibilityFacts,
  ids: readonly string[],
  addActors: AddActors = withActors,
): Promise<EligibilityFacts> {
  const missing = [...new Set(ids)].filter((id) => !facts.actors.has(id)).sort();
  if (missing.length === 0) return facts;
  const found = await db.readCached('eligibility/get-actors-by-ids', { ids: missing });
  if (found.length === 0) return facts;
  return addActors(facts, found.map(toActor));
}

/**
 * The statement's rows (each a slice of one list: `part`, `items`) joined back into one row of lists, in order.
 * A list with no row is left out (toFacts reads it as empty).
 */
export function factsRow(rows: readonly Row[]): Row {
  const row: Record<string, unknown[]> = {};
  for (const { part, items } of rows) {
    const list = (row[String(part)] ??= []);
    for (const item of (items as unknown[]) ?? []) list.push(item);
  }
  return row;
}

/**
 * An agreement's record (one per agreement, its parties' ids in `parties`; a record with `actorId` is one party's)
 * as the facts of each party: one record, its citations and details, shared by its parties.
 */
function toAgreementFacts(a: Row, documents: ReadonlyMap<string, DocumentFact>): AgreementFact[] {
  const citations = toCitations(a);
  const fact = {
    agreementId: String(a.agreementId),
    agreementName: String(a.agreementName ?? a.agreementId),
    kinds: agreementKinds(a.kinds),
    citations,
    details: toAgreementDetails(a, citations, documents),
  };
  const parties = Array.isArray(a.parties) ? a.parties.map(String) : [String(a.actorId)];
  return parties.map((actorId) => ({ actorId, ...fact }));
}

export interface SharedFacts {
  agreements: AgreementFact[];
  documents: ReadonlyMap<string, DocumentFact>;
}
/** The agreements and documents as mapped, by the list of agreement records they come from (unionAgreements). */
const mappedShared = new WeakMap<object, { documentRows: unknown; shared: SharedFacts }>();

function toDocuments(rows: Row[]): Map<string, DocumentFact> {
  const documents = new Map<string, DocumentFact>();
  for (const d of rows)
    documents.set(String(d.id), {
      id: String(d.id),
      name: String(d.name ?? d.id),
      date: text(d.date),
      url: text(d.url),
      kind: text(d.kind),
      dateRead: text(d.dateRead),
      publisher: text(d.publisher),
    });
  return documents;
}

/** The agreements (a fact per party) and the documents of a facts row; the same lists are mapped once. */
export function sharedFactsOf(row: Row | undefined): SharedFacts {
  const records = (row?.agreements as Row[]) ?? [];
  const documentRows = (row?.documents as Row[]) ?? [];
  const known = mappedShared.get(records);
  if (known && known.documentRows === documentRows) return known.shared;
  const documents = toDocuments(documentRows);
  const agreements = records
    .flatMap((a) => toAgreementFacts(a, documents))
    // In a fixed order (by agreement id, code points), not the order the database returns them in: an actor
    // party to two agreements (NATO: the 2016 and the 2018 declarations) keeps the same one in every answer.
    .sort((a, b) => (a.agreementId < b.agreementId ? -1 : a.agreementId > b.agreementId ? 1 : 0));
  const shared = { agreements, documents };
  mappedShared.set(records, { documentRows, shared });
  return shared;
}

/**
 * The statement's rows joined (factsRow), with the agreements and documents (unionAgreements), as the facts the
 * pure reasoning reads. Exported for its unit test.
 */
export function toFacts(row: Row | undefined): EligibilityFacts {
  const actors = new Map<string, ActorFact>();
  for (const a of (row?.actors as unknown[][]) ?? []) {
    const actor = toListedActor(a);
    actors.set(actor.id, actor);
  }
  const targets = new Map<string, TargetFact>();
  for (const t of (row?.targets as Row[]) ?? []) targets.set(String(t.id), toTarget(t));
  // Each kind's actors not listed: the statement counts them all, listed or not.
  const kindCounts = new Map<string, number>();
  for (const c of (row?.kindCounts as Row[]) ?? []) kindCounts.set(String(c.kind), Number(c.count ?? 0));
  for (const actor of actors.values()) {
    const n = kindCounts.get(actor.kind);
    if (n !== undefined) kindCounts.set(actor.kind, Math.max(0, n - 1));
  }
  const { agreements, documents } = sharedFactsOf(row);
  return {
    kindCounts,
    objectives: strings(row?.objectives).sort() as Objective[],
    rules: ((row?.rules as Row[]) ?? []).map(toRule).sort((a, b) => a.id.localeCompare(b.id)),
    targets,
    actors,
    documents,
    agreements,
  };
}
