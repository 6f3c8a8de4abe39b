/**
 * Plans, at start-up, the statements the first requests need (issue 20: at 10k and 100k nodes the one W1 answer
 * refused was the run's first, which paid for planning get-eligibility-facts on a cold Neo4j, 1–6 s).
 *
 * Neo4j 5.26 keys its executable plan cache on the statement text and the parameters' types, with the length of
 * a list or a string in buckets (0, 1, 2–10, 11–100, 101–1000: measured with db.clearQueryCaches(); a list's
 * items' lengths do not count). EXPLAIN fills only the earlier
 * caches (the logical plan): the first run after it still spent 100–500 ms building the executable plan, where a
 * run after one with the same parameter types took 3–12 ms. So each statement is run here, in READ access mode
 * (it cannot write: db/database.ts), with parameters of the request's types and length buckets that match nothing
 * or little, once per shape the API sends (an id of 2–10 characters, e.g. `enisa`, or of 11–100). The shapes below mirror the callers (db/eligibility.ts, db/graph-queries.ts,
 * db/catalog-queries.ts, db/queries.ts): a number the API passes as a JS number goes as a float, `int()` as an
 * integer, as there.
 */
import { int } from 'neo4j-driver';
import type { Database, Params } from './database.js';
import { RERANK_WINDOW } from './catalog-queries.js';
import { UNION_ID } from './eligibility.js';
import { luceneQuery, searchTerms } from './graph-mappers.js';
import { pathsStatement } from './graph-queries.js';

/** A string of `length` characters that no id, name or objective is (ids are slugs): its bucket is what counts. */
const nothing = (length: number) => `\u0000${'w'.repeat(length - 1)}`;
/** An id as short as a seed's (`enisa`: 2–10 characters) and one as long as most (11–100). */
const SHORT = nothing(8);
const LONG = nothing(20);
/** `n` ids that name no node: the list's length bucket is what the plan cache keys on. */
const nobodies = (n: number) => Array.from({ length: n }, (_, i) => `${SHORT}${i}`);

export interface WarmUpStatement {
  /** The cypher/ file (`area/verb-noun`). */
  name: string;
  params: Params;
  /** A variant of the file's text the API runs (pathsStatement), when it runs one. */
  text?: (fileText: string) => string;
}

/** The three relationship types W2 asks for, and the UI's filters: one type, or several (2–10). */
const TYPE_LISTS: Array<string[] | null> = [null, ['MEMBER_OF'], ['MEMBER_OF', 'COOPERATES_WITH', 'PARTY_TO']];

/** get-actors-of-kinds as db/eligibility.ts readActorsOfKinds sends it: `skip` ids, from the start or after a key. */
const actorsOfKinds = (skip: number, after: string | null): WarmUpStatement => ({
  name: 'eligibility/get-actors-of-kinds',
  params: { kinds: nobodies(2), skip: nobodies(skip), afterKey: after, afterId: after, limit: int(1) },
});

/** In the order the first requests need them: W1's facts first (the longest to plan, 1–6 s cold). */
export const WARM_UP_STATEMENTS: readonly WarmUpStatement[] = [
  // Every cached read checks the data version first (db/read-cache.ts).
  { name: 'meta/get-version-stamp', params: {} },
  // W1: an eligibility question (db/eligibility.ts getEligibilityFacts, unionAgreements, listByKindIfFew,
  // readByKindPage, the actors an assumption or a whyNot names).
  { name: 'eligibility/get-eligibility-facts', params: { objective: SHORT, union: nothing(UNION_ID.length) } },
  { name: 'eligibility/get-union-agreements', params: { union: nothing(UNION_ID.length) } },
  actorsOfKinds(0, null),
  actorsOfKinds(2, null),
  ...[1, 2].map((n) => ({ name: 'eligibility/get-actors-by-ids', params: { ids: nobodies(n) } })),
  // W2: one actor's neighbourhood (graph-queries.ts getNeighbourhood: depth and limit as numbers).
  ...TYPE_LISTS.map((types) => ({
    name: 'graph/get-neighbourhood',
    params: { ids: nobodies(1), depth: 1, kinds: null, types, limit: 300 },
  })),
  // W3: paths between two actors, at most 4 hops (the schema's default) (graph-queries.ts getPaths), between ids
  // short or long.
  ...[SHORT, LONG].flatMap((from) =>
    [SHORT, LONG].map((to) => ({
      name: 'graph/get-paths',
      params: { from, to: to.replace('w', 'v'), maxLength: 4, types: null },
      text: (fileText: string) => pathsStatement(fileText, 4),
    })),
  ),
  // W4: a search of one word or two, a first page of 20 (catalog-queries.ts searchEntities: the Lucene query as
  // the API builds it, of 101–1000 characters).
  ...['wwwarmupnothing', 'wwwarmup wwnothing'].map((text) => ({
    name: 'catalog/search-entities',
    params: { query: luceneQuery(searchTerms(text)), words: searchTerms(text), window: RERANK_WINDOW, limit: 21 },
  })),
  // /ready, and the by-kind pages past the first and with more actors skipped.
  { name: 'meta/get-data-version', params: {} },
  actorsOfKinds(1, null),
  actorsOfKinds(11, null),
  actorsOfKinds(0, LONG),
  actorsOfKinds(2, LONG),
];

export interface WarmUpResult {
  /** Statements run (planned), and those that failed twice, with the last error. */
  planned: number;
  failed: Array<{ name: string; error: string }>;
  ms: number;
  /** The server closed before the warm-up ended. */
  stopped?: boolean;
}

/**
 * Runs each statement once, one at a time (the machine's cores stay free for requests), and goes on past a
 * failure; those that failed are tried once more at the end (on a busy machine a cold statement can outrun the
 * read timeout or the connection wait once). One that fails again is planned by its first request, as before.
 * Never throws. `stopped`: checked between statements (the server is closing).
 */
export async function warmUp(
  db: Database,
  statements: readonly WarmUpStatement[] = WARM_UP_STATEMENTS,
  stopped: () => boolean = () => false,
): Promise<WarmUpResult> {
  const started = performance.now();
  let planned = 0;
  const run = async (list: readonly WarmUpStatement[]) => {
    const failed: Array<{ statement: WarmUpStatement; error: string }> = [];
    for (const statement of list) {
      if (stopped()) break;
      try {
        await db.read(statement.name, statement.params, statement.text?.(db.query(statement.name)));
        planned++;
      } catch (error) {
        failed.push({ statement, error: (error as Error).message });
      }
    }
    return failed;
  };
  const first = await run(statements);
  const again = first.length > 0 ? await run(first.map((f) => f.statement)) : [];
  const failed = again.map(({ statement, error }) => ({ name: statement.name, error }));
  const ms = Math.round(performance.now() - started);
  return { planned, failed, ms, ...(stopped() ? { stopped: true } : {}) };
}
