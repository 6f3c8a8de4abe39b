/**
 * autocannon (the issue's shared HTTP load generator) against an HTTP target: `connections` = concurrency,
 * each connection cycling through the same request bodies the in-process loop sends. Its latencies are
 * whole milliseconds (HDR histogram); non-2xx answers and socket errors count as errors. It does not read
 * bodies, so GraphQL errors are caught by the in-process loop, which runs the same requests first.
 */
import autocannon from 'autocannon';
import type { Measurement, OrderHalf } from './types.js';
import type { HttpRequests } from './workloads.js';

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

export interface CannonResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
  durationMs: number;
}

/** The shortest half of an autocannon cell. */
export const AUTOCANNON_HALF_MIN_MS = 2000;

/** One target's run with its place in the half it ran in (ABBA: cannonAbba). */
interface CannonHalf {
  position: number;
  result: CannonResult;
}

/**
 * Two halves pooled: requests, errors and time add up (so req/s is exact); autocannon gives percentiles, not
 * its samples, so p50, p99 and the mean are the halves' own weighted by their requests (an approximation the
 * report says), the max the larger.
 */
export function poolCannonHalves(halves: readonly CannonResult[]): CannonResult {
  const requests = halves.reduce((sum, h) => sum + h.requests, 0);
  const durationMs = halves.reduce((sum, h) => sum + h.durationMs, 0);
  const weighted = (pick: (h: CannonResult) => number) =>
    requests === 0 ? Number.NaN : halves.reduce((sum, h) => sum + pick(h) * h.requests, 0) / requests;
  return {
    requests,
    errors: halves.reduce((sum, h) => sum + h.errors, 0),
    rps: durationMs > 0 ? requests / (durationMs / 1000) : 0,
    p50: weighted((h) => h.p50),
    p99: weighted((h) => h.p99),
    mean: weighted((h) => h.mean),
    max: Math.max(...halves.map((h) => h.max)),
    durationMs,
  };
}

/**
 * autocannon against each target ABBA, as the closed loop's cells (abba.ts): every target for half the duration
 * (2 s at least) or half the amount, in order, then again in reverse; each target's halves pooled
 * (poolCannonHalves), with the halves kept for the order's effect.
 */
export async function cannonAbba<T extends string>(
  targets: readonly { name: T; url: string; requests: HttpRequests }[],
  options: { connections: number; durationMs: number; amount?: number },
): Promise<Map<T, { pooled: CannonResult; halves: CannonHalf[] }>> {
  const half = {
    connections: options.connections,
    // autocannon counts whole seconds and only requests that complete within them: a half of 1 s (the default
    // 2 s cell) measured nothing where a request takes about a second (100k, c = 32: "0 req/s").
    durationMs: Math.max(AUTOCANNON_HALF_MIN_MS, options.durationMs / 2),
    ...(options.amount ? { amount: Math.max(1, Math.ceil(options.amount / 2)) } : {}),
  };
  const runs = new Map<T, CannonHalf[]>(targets.map((t) => [t.name, []]));
  const order = [
    ...targets.map((t, i) => [t, i + 1] as const),
    ...[...targets].reverse().map((t, i) => [t, i + 1] as const),
  ];
  for (const [target, position] of order)
    runs.get(target.name)!.push({ position, result: await cannon(target.url, target.requests, half) });
  return new Map(
    [...runs].map(([name, halves]) => [name, { pooled: poolCannonHalves(halves.map((h) => h.result)), halves }]),
  );
}

export async function cannon(
  url: string,
  requests: HttpRequests,
  options: { connections: number; durationMs: number; amount?: number; headers?: Record<string, string> },
): Promise<CannonResult> {
  const bodies = requests.variables.map((variables) => JSON.stringify({ query: requests.query, variables }));
  const result = await autocannon({
    url,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: Math.max(1, Math.round(options.durationMs / 1000)) }),
    timeout: 20,
    requests: bodies.map((body) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json', ...options.headers },
      body,
    })),
  });
  return {
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.average,
    max: result.latency.max,
    durationMs: result.duration * 1000,
  };
}

/** One workload's autocannon cell at one concurrency, ABBA (cannonAbba), as measurements, each logged. */
export async function measureCannonAbba(
  workload: string,
  concurrency: number,
  targets: readonly { name: 'api' | 'peer'; url: string; requests: HttpRequests }[],
  options: { durationMs: number; amount?: number; log: (line: string) => void },
): Promise<Measurement[]> {
  const runs = await cannonAbba(targets, { connections: concurrency, ...options });
  const measurements: Measurement[] = [];
  for (const [target, { pooled: r, halves }] of runs) {
    const kept = halves.map(({ position, result: h }) => ({
      position,
      requests: h.requests,
      errors: h.errors,
      rps: h.rps,
      p50: h.p50,
      p99: h.p99,
    }));
    measurements.push({
      workload,
      target,
      method: 'autocannon',
      concurrency,
      ...r,
      halves: kept as [OrderHalf, OrderHalf],
    });
    options.log(
      `  ${workload.padEnd(6)} c=${String(concurrency).padEnd(2)} ${target.padEnd(6)} autocannon ${fmt(r.rps, 0).padStart(6)} req/s  p50 ${fmt(r.p50, 0).padStart(7)} ms  p99 ${fmt(r.p99, 0).padStart(7)} ms (halves ${halves.map((h) => fmt(h.result.rps, 0)).join(' / ')} req/s)${r.errors ? `  ${r.errors} errors` : ''}`,
    );
  }
  return measurements;
}
