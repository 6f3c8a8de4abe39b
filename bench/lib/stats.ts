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

/** a / b, or NaN when either is missing. */
export const ratio = (a: number | undefined, b: number | undefined): number =>
  a !== undefined && b !== undefined && Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : Number.NaN;

export const round = (value: number, digits = 2): number =>
  Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : value;
