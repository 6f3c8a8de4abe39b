/**
 * A thin handle over the one driver: runs named Cypher files as managed read or write transactions with
 * short timeouts, and turns driver errors into typed errors (db/errors.ts). Records come back as plain
 * objects; mapping to DTOs happens in db/mappers.ts.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';
import { cypher, type CypherCatalog } from './cypher.js';
import { toDomainError } from './errors.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Short timeouts so an outage answers in about two seconds instead of 30–60 (reliability notes §0). */
export function createDriver(config: Neo4jConfig & { uri: string }): Driver {
  const auth = config.password ? neo4j.auth.basic(config.username, config.password) : undefined;
  return neo4j.driver(config.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 2_000,
    connectionTimeout: 2_000,
    maxTransactionRetryTime: 500,
    notificationFilter: { minimumSeverityLevel: 'OFF' },
    userAgent: 'cyber-ecosystem-explorer/0.1',
  });
}

export class Database {
  constructor(
    readonly driver: Driver,
    private readonly catalog: CypherCatalog,
    readonly name?: string,
    private readonly timeoutMs = 10_000,
  ) {}

  query(name: string): string {
    return cypher(this.catalog, name);
  }

  async read(name: string, params: Params = {}): Promise<Row[]> {
    return this.run(name, params, neo4j.routing.READ);
  }

  async write(name: string, params: Params = {}): Promise<Row[]> {
    return this.run(name, params, neo4j.routing.WRITE);
  }

  /**
   * One auto-commit read, never retried, for /ready: a managed read retries once and fails only after
   * about a second on a refused port; this fails in milliseconds.
   */
  async readOnce(name: string, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ });
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
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(tx, (name) => this.query(name)), { timeout: this.timeoutMs * 3 });
    } catch (error) {
      throw toDomainError(error);
    } finally {
      await session.close();
    }
  }

  private async run(name: string, params: Params, routing: 'READ' | 'WRITE'): Promise<Row[]> {
    try {
      const { records } = await this.driver.executeQuery(this.query(name), params, {
        database: this.name,
        routing,
        transactionConfig: { timeout: this.timeoutMs },
      });
      return records.map((record) => record.toObject());
    } catch (error) {
      throw toDomainError(error);
    }
  }
}
