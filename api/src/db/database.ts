/**
 * A thin handle over the one driver: runs named Cypher files as managed read or write transactions with
 * short timeouts, and turns driver errors into typed errors (db/errors.ts). Records come back as plain
 * objects; mapping to DTOs happens in db/mappers.ts.
 *
 * Read-your-writes on a cluster: every read and every write of a driver, through `executeQuery` or a session,
 * carries the driver's one bookmark manager (`bookmarksOf`), so a read after an acknowledged write, the read
 * cache's version check and the mutationId replay check all see that write, whichever member serves them.
 */
import neo4j, {
  type BookmarkManager,
  type Config as DriverConfig,
  type Driver,
  type ManagedTransaction,
} from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';
import { cypher, type CypherCatalog } from './cypher.js';
import { toDomainError } from './errors.js';
import { StampScope, VersionedReadCache } from './read-cache.js';

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

export class Database {
  private readonly cache: VersionedReadCache;
  private scope?: StampScope;

  constructor(
    readonly driver: Driver,
    readonly catalog: CypherCatalog,
    readonly name?: string,
    private readonly timeoutMs = 10_000,
    /** Answers kept by readCached (0: no cache). */
    readCacheEntries = 0,
  ) {
    this.cache = new VersionedReadCache(() => this.readStamp(), readCacheEntries);
  }

  query(name: string): string {
    return cypher(this.catalog, name);
  }

  async read(name: string, params: Params = {}): Promise<Row[]> {
    return this.run(name, params, neo4j.routing.READ);
  }

  /**
   * A read answered from the cache while the data version is unchanged (db/read-cache.ts). For reads whose
   * answer depends only on the data and the parameters.
   */
  async readCached(name: string, params: Params = {}): Promise<Row[]> {
    const rows = await this.cache.read(name, params, () => this.read(name, params), this.scope);
    // Copies, so a caller that changes its rows cannot change what the next caller gets.
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

  async write(name: string, params: Params = {}): Promise<Row[]> {
    try {
      return await this.run(name, params, neo4j.routing.WRITE);
    } finally {
      this.cache.writeFinished();
    }
  }

  /**
   * One auto-commit read, never retried, for /ready: a managed read retries once and fails only after
   * about a second on a refused port; this fails in milliseconds.
   */
  async readOnce(name: string, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: bookmarksOf(this.driver),
    });
    try {
      const result = await session.run(this.query(name), params, { timeout: this.timeoutMs });
      return result.records.map((record) => record.toObject());
    } catch (error) {
      throw toDomainError(error);
    } finally {
      void session.close().catch(() => undefined);
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
    return JSON.stringify([row?.version ?? null, row?.curationHash ?? null]);
  }

  private async run(name: string, params: Params, routing: 'READ' | 'WRITE'): Promise<Row[]> {
    try {
      const { records } = await this.driver.executeQuery(this.query(name), params, {
        database: this.name,
        routing,
        bookmarkManager: bookmarksOf(this.driver),
        transactionConfig: { timeout: this.timeoutMs },
      });
      return records.map((record) => record.toObject());
    } catch (error) {
      throw toDomainError(error);
    }
  }
}
