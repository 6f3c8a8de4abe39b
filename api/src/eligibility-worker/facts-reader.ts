/**
 * The facts the eligibility worker reads itself (EvaluateMessage.source; issue 20): through its own driver on the
 * API's database, with the API's bookmarks, mapped here (db/eligibility-facts.ts) and kept by the worker. The
 * API's thread then neither decodes, maps nor copies them: at a million nodes that held its event loop for
 * seconds per objective. One read at a time per set of facts (a second question waits for the first read).
 */
import { bookmarksOf, createDriver, Database, type DatabaseConnection, type Row } from '../db/database.js';
import { loadCypherCatalog } from '../db/cypher.js';
import { readObjectiveFacts, readUnionAgreements, sharedFactsOf, withActorsById } from '../db/eligibility-facts.js';
import type { EligibilityFacts } from '../domain/eligibility/index.js';
import type { FactsSource } from './protocol.js';

/** Where the worker keeps facts (worker.ts): by id; `derived` for facts with actors added. */
export interface FactsStore {
  get(id: number): EligibilityFacts | undefined;
  keep(id: number, facts: EligibilityFacts, derived: boolean): void;
}

let opened: { key: string; db: Database } | null = null;

/** The worker's one Database (no read cache: the worker keeps the facts), opened on first use. */
function databaseOf(connection: DatabaseConnection): Database {
  const key = JSON.stringify(connection);
  if (opened?.key === key) return opened.db;
  void opened?.db.driver.close().catch(() => undefined);
  const { neo4j, cypherDir, timeoutMs } = connection;
  const db = new Database(createDriver(neo4j), loadCypherCatalog(cypherDir), neo4j.database, timeoutMs, 0);
  opened = { key, db };
  return db;
}

/**
 * The Union's agreements and the documents, kept under their id (FactsSource.sharedId: one per data version): every
 * objective's facts share them, so they are read (and mapped: db/eligibility-facts.ts sharedFactsOf) once, not once per
 * objective (issue 20: at a million nodes 22k agreement records, 0.7–1 s a read, beside each objective's own).
 */
let shared: { id: number; row: Promise<Row> } | null = null;

function sharedRowOf(db: Database, source: FactsSource): Promise<Row> {
  if (shared?.id !== source.sharedId) {
    const entry = { id: source.sharedId, row: readUnionAgreements(db) };
    shared = entry;
    entry.row.catch(() => {
      if (shared === entry) shared = null;
    });
  }
  return shared.row;
}

/**
 * Reads and maps the Union's agreements and the documents of `source` now (kept under its sharedId, as for a
 * question), and gives how many agreement facts they make. Asked by the server's warm-up on a large graph: at a
 * million nodes the first question also read them, 0.6–1 s beside its objective's own facts, and was answered
 * past the 3 s deadline (issue 20).
 */
export async function readShared(source: FactsSource): Promise<number> {
  const db = await databaseFor(source);
  return sharedFactsOf(await sharedRowOf(db, source)).agreements.length;
}

const reading = new Map<number, Promise<EligibilityFacts>>();

function once(id: number, read: () => Promise<EligibilityFacts>): Promise<EligibilityFacts> {
  let pending = reading.get(id);
  if (!pending) {
    pending = read();
    reading.set(id, pending);
    const done = () => reading.delete(id);
    pending.then(done, done);
  }
  return pending;
}

/** The facts `factsId` of `source`: kept, being read, or read now (the objective's first, then any actors added). */
export function sourcedFacts(source: FactsSource, factsId: number, store: FactsStore): Promise<EligibilityFacts> {
  const held = store.get(factsId);
  if (held) return Promise.resolve(held);
  const base = (): Promise<EligibilityFacts> =>
    Promise.resolve(store.get(source.baseId)).then(
      (kept) =>
        kept ??
        once(source.baseId, async () => {
          const db = await databaseFor(source);
          const facts = await readObjectiveFacts(db, source.objective, source.byKindListMax, sharedRowOf(db, source));
          store.keep(source.baseId, facts, false);
          return facts;
        }),
    );
  if (factsId === source.baseId) return base();
  return once(factsId, async () => {
    const from = await base();
    const facts = await withActorsById(await databaseFor(source), from, source.alsoActors);
    store.keep(factsId, facts, true);
    return facts;
  });
}

/** The worker's Database, having seen the API's bookmarks (its read then sees every write the API acknowledged). */
async function databaseFor(source: FactsSource): Promise<Database> {
  const db = databaseOf(source.connection);
  if (source.bookmarks.length > 0) await bookmarksOf(db.driver).updateBookmarks([], source.bookmarks);
  return db;
}

/** Closes the worker's driver (the worker is ending). */
export async function closeFactsReader(): Promise<void> {
  const db = opened?.db;
  opened = null;
  shared = null;
  await db?.driver.close();
}
