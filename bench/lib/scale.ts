/**
 * Loads a synthetic ecosystem (synthetic.ts) into an empty database with batched UNWIND statements
 * (cypher/bench/create-*.cypher), and measures the import throughput in entities (nodes + relationships)
 * per second. Each batch is its own transaction, except with `rollback`, where everything runs in one
 * transaction that is rolled back (the smoke test uses it on a shared database: nothing is ever visible).
 */
import neo4j, { type Driver, type Transaction } from 'neo4j-driver';
import { cypher, type CypherCatalog } from '../../api/src/db/cypher.js';
import { nodeBatches, plan, relationshipBatches, type Plan } from './synthetic.js';

export interface ImportResult {
  /** How it was loaded: batched UNWIND transactions (here) or Neo4j's bulk importer (load-synthetic.ts). */
  method: 'unwind' | 'bulk';
  /** Bulk: seconds writing the CSV files and seconds in `neo4j-admin database import full` (their sum is `seconds`). */
  csvSeconds?: number;
  adminSeconds?: number;
  nodes: number;
  relationships: number;
  seconds: number;
  nodeSeconds: number;
  relationshipSeconds: number;
  /** (nodes + relationships) / wall-clock seconds of the import (row generation overlaps the database work). */
  entitiesPerSecond: number;
  /** The same (kept for the report's wording). */
  entitiesPerSecondWall: number;
  /** Seconds the generator waited for a free slot (the database was the bottleneck that long). */
  dbSeconds: number;
  /** Seconds the server reported executing the statements (resultAvailableAfter + resultConsumedAfter):
   *  the rest of dbSeconds is transfer, commit (transaction log, fsync) and index updates. */
  serverSeconds: number;
  parallel: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  batchSize: number;
  /** Seconds until the indexes (full-text included) were online after the last batch. */
  indexSeconds: number;
  plan: Plan;
}

/** Whole numbers go to Neo4j as integers (JS numbers would be floats), as the seed import does. */
function withIntegers<T extends { props: Record<string, unknown> }>(rows: T[]): T[] {
  for (const row of rows) {
    for (const [key, value] of Object.entries(row.props)) {
      if (typeof value === 'number' && Number.isInteger(value)) row.props[key] = neo4j.int(value);
    }
  }
  return rows;
}

/**
 * Retries a batch whose transaction never began because no connection came within the driver's acquisition
 * timeout (2 s, as the API's): on a busy shared machine a batch can wait longer than that for a connection.
 */
async function patiently<T>(run: () => Promise<T>, attempts = 10): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !/acquisition timed out/i.test((error as Error).message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
}

export async function importSynthetic(
  driver: Driver,
  catalog: CypherCatalog,
  total: number,
  options: {
    batchSize?: number;
    /** Batches in flight at once (each its own transaction; deadlocks between them are retried). */
    parallel?: number;
    rollback?: boolean;
    unionId?: string;
    database?: string;
    log?: (line: string) => void;
  } = {},
): Promise<ImportResult> {
  const p = plan(total, options.unionId);
  const batchSize = options.batchSize ?? 10_000;
  const parallel = options.rollback ? 1 : (options.parallel ?? 2);
  const log = options.log ?? (() => {});
  const sessions = Array.from({ length: parallel }, () =>
    driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE }),
  );
  let tx: Transaction | undefined = options.rollback ? sessions[0]!.beginTransaction() : undefined;
  let serverMs = 0;
  const runOn = async (slot: number, name: string, rows: unknown[]) => {
    const result = tx
      ? await tx.run(cypher(catalog, name), { rows })
      : await patiently(() =>
          sessions[slot]!.executeWrite((t) => t.run(cypher(catalog, name), { rows }), { timeout: 600_000 }),
        );
    serverMs += Number(result.summary.resultAvailableAfter) + Number(result.summary.resultConsumedAfter);
  };
  /** Sends the batches with `parallel` in flight; returns the time spent waiting on the database. */
  const pump = async (name: string, batches: Iterable<unknown[]>, onBatch: (size: number) => void) => {
    let waitMs = 0;
    const inFlight = new Map<number, Promise<number>>();
    const free: number[] = sessions.map((_, i) => i);
    for (const rows of batches) {
      withIntegers(rows as Array<{ props: Record<string, unknown> }>);
      if (free.length === 0) {
        const t = performance.now();
        free.push(await Promise.race(inFlight.values()));
        waitMs += performance.now() - t;
      }
      const slot = free.pop()!;
      inFlight.set(
        slot,
        runOn(slot, name, rows).then(() => {
          inFlight.delete(slot);
          onBatch(rows.length);
          return slot;
        }),
      );
    }
    const t = performance.now();
    await Promise.all(inFlight.values());
    return waitMs + performance.now() - t;
  };
  try {
    let nodes = 0;
    let relationships = 0;
    const t0 = performance.now();
    const nodeWait = await pump('bench/create-nodes', nodeBatches(p, batchSize), (n) => {
      nodes += n;
      if (nodes % (batchSize * 20) < n) log(`  nodes ${nodes}/${p.total}`);
    });
    const t1 = performance.now();
    const relWait = await pump('bench/create-relationships', relationshipBatches(p, batchSize), (n) => {
      relationships += n;
      if (relationships % (batchSize * 50) < n) log(`  relationships ${relationships}`);
    });
    const t2 = performance.now();
    if (tx) {
      await tx.rollback();
      tx = undefined;
    } else {
      await sessions[0]!.run('CALL db.awaitIndexes(1800)');
    }
    const t3 = performance.now();
    const seconds = (t2 - t0) / 1000;
    const dbMs = nodeWait + relWait;
    return {
      method: 'unwind',
      nodes,
      relationships,
      seconds,
      nodeSeconds: (t1 - t0) / 1000,
      relationshipSeconds: (t2 - t1) / 1000,
      entitiesPerSecond: (nodes + relationships) / seconds,
      entitiesPerSecondWall: (nodes + relationships) / seconds,
      dbSeconds: dbMs / 1000,
      serverSeconds: serverMs / 1000,
      nodesPerSecond: nodes / ((t1 - t0) / 1000),
      relationshipsPerSecond: relationships / ((t2 - t1) / 1000),
      batchSize,
      parallel,
      indexSeconds: (t3 - t2) / 1000,
      plan: p,
    };
  } finally {
    if (tx) await tx.rollback().catch(() => {});
    await Promise.all(sessions.map((s) => s.close()));
  }
}
