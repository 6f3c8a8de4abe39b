/**
 * A new Neo4j's warm-up, before a suite's first cell: the raw driver runs the read workloads' statements (W2–W4,
 * one at a time, in turn) for a fixed time. A Neo4j that has just started compiles its hot paths for about a
 * minute and a half (results/2026-12-06-7f250c4-order.md); ABBA cells cancel a steady drift, not that jump, so
 * the first cells of a run measured a colder database than the last. W1's statements are left out on purpose:
 * at scale, W1's cold pass times each question's first answer, and a warm-up must not answer them first. W5
 * writes, so it is left out too. Only the Neo4j JVM is warmed (the API's and the peer's caches stay cold).
 */
import type { Operation } from './loop.js';
import type { Context, Workload } from './workloads.js';

/** Workloads whose raw-driver statements warm the database. */
const WARMING = (id: string) => id.startsWith('W2') || id === 'W3' || id === 'W4';

export interface Neo4jWarmup {
  ms: number;
  statements: number;
  errors: number;
  firstError?: string;
}

/** What the raw driver's operations read of the context: no HTTP client. */
export type DriverContext = Pick<Context, 'fixture' | 'driver' | 'db' | 'catalog'>;

/** Runs the driver operations of W2–W4 in turn, sequentially, until `ms` has passed; never throws. */
export async function warmNeo4j(workloads: readonly Workload[], ctx: DriverContext, ms: number): Promise<Neo4jWarmup> {
  const operations: Operation[] = workloads
    .filter((w) => WARMING(w.id) && w.targets.includes('driver'))
    // The driver target reads only the fixture and the database (workloads.ts); it never calls an HTTP client.
    .map((w) => w.operation('driver', ctx as Context));
  const started = performance.now();
  const result: Neo4jWarmup = { ms: 0, statements: 0, errors: 0 };
  if (operations.length === 0 || ms <= 0) return result;
  for (let seq = 0; performance.now() - started < ms; seq++) {
    const operation = operations[seq % operations.length]!;
    try {
      await operation(0, Math.floor(seq / operations.length));
      result.statements++;
    } catch (error) {
      result.errors++;
      result.firstError ??= (error as Error).message.split('\n')[0];
      // A database that refuses every statement is not warming: stop early rather than spin.
      if (result.errors >= 20 && result.statements === 0) break;
    }
  }
  result.ms = performance.now() - started;
  return result;
}

export const warmupLine = (w: Neo4jWarmup) =>
  `Neo4j warmed for ${(w.ms / 1000).toFixed(0)} s: ${w.statements} W2–W4 statements by the raw driver${w.errors ? `, ${w.errors} failed (the first: ${w.firstError})` : ''}`;
