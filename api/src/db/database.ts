/**
 * A thin handle over the one driver: runs named Cypher files, reads as auto-commit queries in READ access mode
 * (one round trip: RUN and PULL in one flush, where a transaction adds BEGIN and COMMIT) and writes as managed
 * write transactions, with short timeouts, and turns driver errors into typed errors (db/errors.ts). Records
 * come back as plain objects; mapping to DTOs happens in db/mappers.ts.
 *
 * Reads cannot write: the READ access mode goes with every read, and Neo4j refuses a write in it
 * (Neo.ClientError.Statement.AccessMode), on a single server as in a cluster (tested).
 *
 * Read-your-writes on a cluster: every read and every write of a driver, through `executeQuery` or a session,
 * carries the driver's one bookmark manager (`bookmarksOf`), so a read after an acknowledged write, the read
 * cache's version check and the mutationId replay check all see that write, whichever member serves them.
 */
import neo4j, {
  Neo4jError,
  type BookmarkManager,
  type Config as DriverConfig,
  type Driver,
  type ManagedTransaction,
} from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';
import { cypher, type CypherCatalog } from './cypher.js';
import { toDomainError } from './errors.js';
import { StampScope, VersionedReadCache, type CachePool } from './read-cache.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/**
 * Short timeouts so an outage answers in about two seconds instead of 30–60 (reliability notes §0).
 * `overrides` serve tools with other needs (export/import: lossless integers, patient timeouts).
 */
export function createDriver(config: Neo4jConfig & { uri: string }, overrides: DriverConfig = {}): Driver {
  const auth = config.password ? neo4j.auth.basic(config.username, config.password) : undefined;
  return neo4j.driver(config.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 2_000,
    connectionTimeout: 2_000,
    maxTransactionRetryTime: 500,
    notificationFilter: { minimumSeverityLevel: 'OFF' },
    userAgent: 'cyber-ecosystem-explorer/0.1',
    ...overrides,
  });
}

/**
 * The driver's one bookmark manager: the driver-level manager its `executeQuery` uses by default, passed to
 * every session too (a session opened without one would read or write without the others' bookmarks).
 */
export const bookmarksOf = (driver: Driver): BookmarkManager => driver.executeQueryBookmarkManager;

/** A read that failed with a retryable error within this many ms is tried once more (createDriver's retry time). */
const READ_RETRY_WINDOW_MS = 500;

/**
 * How to open another driver on the same database: the eligibility worker reads the facts of large graphs with its
 * own (issue 20), given this by the API's thread. Set by db/open.ts; absent on a Database built around a driver.
 */
export interface DatabaseConnection {
  neo4j: Neo4jConfig & { uri: string };
  cypherDir: string;
  timeoutMs: number;
}

export class Database {
  private readonly cache: VersionedReadCache;
  private scope?: StampScope;
  /** Where another driver can reach the same database (DatabaseConnection); undefined when unknown. */
  connection?: DatabaseConnection;

  constructor(
    readonly driver: Driver,
    readonly catalog: CypherCatalog,
    readonly name?: string,
    readonly timeoutMs = 10_000,
    /** Answers kept by readCached (0: no cache). */
    readCacheEntries = 0,
  ) {
    this.cache = new VersionedReadCache(() => this.readStamp(), readCacheEntries);
  }

  query(name: string): string {
    return cypher(this.catalog, name);
  }

  /**
   * One auto-commit query in READ access mode. Retried once, at once, when the driver calls the error retryable
   * (a pooled connection the server closed, a transient error) and it came within READ_RETRY_WINDOW_MS, as a
   * managed transaction would be (maxTransactionRetryTime): reads are idempotent, and a slow failure (a
   * connection timeout) is not paid twice. `text`: a variant of the named file's statement (a bound that Neo4j
   * takes no parameter for, e.g. graph-queries.ts pathsStatement); the file itself when absent.
   */
  async read(name: string, params: Params = {}, text?: string): Promise<Row[]> {
    const started = performance.now();
    try {
      return await this.autoCommitRead(name, params, text);
    } catch (error) {
      if (!Neo4jError.isRetryable(error) || performance.now() - started > READ_RETRY_WINDOW_MS)
        throw toDomainError(error);
    }
    try {
      return await this.autoCommitRead(name, params, text);
    } catch (error) {
      throw toDomainError(error);
    }
  }

  /**
   * A read answered from the cache while the data version is unchanged (db/read-cache.ts). For reads whose
   * answer depends only on the data and the parameters.
   */
  async readCached(name: string, params: Params = {}, pool: CachePool = 'main'): Promise<Row[]> {
    const rows = await this.cache.read(name, params, () => this.read(name, params), this.scope, pool);
    // Copies, so a caller that changes its rows cannot change what the next caller gets.
    return rows.map((row) => ({ ...row }));
  }

  /**
   * A read about as cheap as the data version check (nodes by id): from the cache when this request has checked
   * the version already, else read directly (db/read-cache.ts lookup). One round trip either way.
   */
  async readLookup(name: string, params: Params = {}): Promise<Row[]> {
    const rows = await this.cache.lookup(name, params, () => this.read(name, params), this.scope);
    return rows.map((row) => ({ ...row }));
  }

  /**
   * A value computed from the data alone (e.g. an evaluated eligibility answer), kept under the same data
   * version as readCached. Callers must treat the value as read-only: later callers share it.
   */
  async memo<T>(key: string, params: Params, compute: () => Promise<T>): Promise<T> {
    return this.cache.read(`memo:${key}`, params, compute, this.scope);
  }

  /** A view for one request: its cached reads share one check of the data version (db/read-cache.ts). */
  forRequest(): Database {
    const view = Object.create(this) as Database;
    view.scope = new StampScope();
    return view;
  }

  /** One managed write transaction (retried by the driver on transient errors). */
  async write(name: string, params: Params = {}): Promise<Row[]> {
    try {
      const { records } = await this.driver.executeQuery(this.query(name), params, {
        database: this.name,
        routing: neo4j.routing.WRITE,
        bookmarkManager: bookmarksOf(this.driver),
        transactionConfig: { timeout: this.timeoutMs },
      });
      return records.map((record) => record.toObject());
    } catch (error) {
      throw toDomainError(error);
    } finally {
      this.cache.writeFinished();
    }
  }

  /** One auto-commit read, never retried, for /ready: it fails in milliseconds on a refused port. */
  async readOnce(name: string, params: Params = {}): Promise<Row[]> {
    try {
      return await this.autoCommitRead(name, params);
    } catch (error) {
      throw toDomainError(error);
    }
  }

  /** Several named statements in one write transaction: all or nothing. */
  async writeTransaction<T>(work: (tx: ManagedTransaction, text: (name: string) => string) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: bookmarksOf(this.driver),
    });
    try {
      return await session.executeWrite((tx) => work(tx, (name) => this.query(name)), { timeout: this.timeoutMs * 3 });
    } catch (error) {
      throw toDomainError(error);
    } finally {
      this.cache.writeFinished();
      await session.close();
    }
  }

  private async readStamp(): Promise<string> {
    const [row] = await this.read('meta/get-version-stamp');
    return JSON.stringify([row?.version ?? null, row?.seededAt ?? null]);
  }

  /** RUN and PULL in one flush, in READ access mode, with the driver's one bookmark manager. */
  private async autoCommitRead(name: string, params: Params, text = this.query(name)): Promise<Row[]> {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: bookmarksOf(this.driver),
    });
    try {
      const { records } = await withoutCallerStack(() => session.run(text, params, { timeout: this.timeoutMs }));
      return records.map((record) => record.toObject());
    } catch (error) {
      throw naming(error, name);
    } finally {
      void session.close().catch(() => undefined);
    }
  }
}

/**
 * Runs `start`, which creates a driver Result synchronously, without the stack trace the driver captures for every
 * query (neo4j-driver's Result constructor formats `new Error('').stack`, to give a failing query's error its
 * caller's stack): with the source maps tsx turns on, formatting it costs about 50 µs per query, for a stack
 * that would only name the driver's and this file's frames. A failing read names its statement instead (naming).
 */
export function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A driver error, with the Cypher file that failed as the last line of its stack (for the log). */
function naming(error: unknown, name: string): unknown {
  if (error instanceof Neo4jError) error.stack = `${error.stack ?? String(error)}\n    at cypher/${name}.cypher`;
  return error;
}

/** One statement of a transaction (Database.writeTransaction's work), without the driver's caller stack. */
export const runIn = (tx: ManagedTransaction, text: string, params: Params) =>
  withoutCallerStack(() => tx.run(text, params));
