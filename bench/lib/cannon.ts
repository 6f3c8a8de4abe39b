/**
 * autocannon (the shared HTTP load generator) against an HTTP target: `connections` = concurrency,
 * each connection cycling through the same request bodies the in-process loop sends. Its latencies are
 * whole milliseconds (HDR histogram); non-2xx answers and socket errors count as errors. It does not read
 * bodies, so GraphQL errors are caught by the in-process loop, which runs the same requests first.
 */
import autocannon from 'autocannon';
import type { HttpRequests } from './workloads.js';

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
