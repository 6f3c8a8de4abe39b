/** Latency summaries: percentiles over every recorded latency (no sampling), throughput, and medians. */

export interface Summary {
  /** Completed operations in the measured window. */
  requests: number;
  errors: number;
  /** Operations per second over the measured window. */
  rps: number;
  /** Latencies in milliseconds. */
  p50: number;
  p90: number;
  p99: number;
  mean: number;
  max: number;
  durationMs: number;
}

/**
 * The largest value (-Infinity for none), by a loop: `Math.max(...values)` passes each value as an argument and
 * overflows the stack past about 100k of them (the cold pass at 1M counted 103,224 probes, then a stack overflow).
 */
export function maxOf(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The p-th percentile (0–100) of ascending values, nearest-rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(values: readonly number[]): number {
  const finite = values.filter(Number.isFinite);
  return percentile(
    [...finite].sort((a, b) => a - b),
    50,
  );
}

export function summarise(latencies: readonly number[], errors: number, durationMs: number): Summary {
  const sorted = Float64Array.from(latencies).sort();
  const values = Array.from(sorted);
  const total = values.reduce((sum, v) => sum + v, 0);
  return {
    requests: values.length,
    errors,
    rps: durationMs > 0 ? (values.length / durationMs) * 1000 : 0,
    p50: percentile(values, 50),
    p90: percentile(values, 90),
    p99: percentile(values, 99),
    mean: values.length ? total / values.length : Number.NaN,
    max: values.length ? values[values.length - 1]! : Number.NaN,
    durationMs,
  };
}

/** What one closed loop recorded: every latency (ms), its errors, and the measured window. */
export interface Samples {
  latencies: readonly number[];
  errors: number;
  durationMs: number;
}

/**
 * Pools the samples of one target's parts of a cell (the two halves of an ABBA cell) into one summary: the
 * percentiles of every latency of every part together, not an average of each part's percentiles, and the
 * throughput of all requests over all measured windows.
 */
export function combineSamples(parts: readonly Samples[]): Summary {
  return summarise(
    parts.flatMap((p) => p.latencies),
    parts.reduce((sum, p) => sum + p.errors, 0),
    parts.reduce((sum, p) => sum + p.durationMs, 0),
  );
}

/**
 * The order targets are measured in within one cell, ABBA: each target measured in two halves, the first half
 * in the given order and the second in the reverse, so that over the cell every target sits as early as any
 * other (with three targets: positions 1 + 6, 2 + 5, 3 + 4) and a drift (a Neo4j still warming) costs each alike.
 */
export function abbaOrder<T>(targets: readonly T[]): Array<{ target: T; half: 0 | 1; position: number }> {
  const forward = targets.map((target, i) => ({ target, half: 0 as const, position: i + 1 }));
  const reverse = [...targets].reverse().map((target, i) => ({ target, half: 1 as const, position: i + 1 }));
  return [...forward, ...reverse];
}

/** CPU time spent by the serving process and the Neo4j JVM (NaN: not read) over a loop of `operations`. */
export interface CpuSpent {
  serverMs: number;
  neo4jMs: number;
  operations: number;
}

/** CPU ms per request over several loops: everything spent over every operation (not an average of averages). */
export function pooledCpuPerRequest(parts: readonly CpuSpent[]): { server: number; neo4j: number } {
  const operations = Math.max(
    1,
    parts.reduce((sum, p) => sum + p.operations, 0),
  );
  const spent = (key: 'serverMs' | 'neo4jMs') => parts.reduce((sum, p) => sum + p[key], 0);
  return { server: spent('serverMs') / operations, neo4j: spent('neo4jMs') / operations };
}

/** a / b, or NaN when either is missing. */
export const ratio = (a: number | undefined, b: number | undefined): number =>
  a !== undefined && b !== undefined && Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : Number.NaN;

export const round = (value: number, digits = 2): number =>
  Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : value;
