/**
 * The benchmark's ABBA cells (bench/lib/stats.ts, report.ts): the order the targets are measured in, the pooling
 * of both halves' samples and CPU, and the table that keeps the order's effect visible. Hand-made samples; no
 * timing is measured here.
 */
import { describe, expect, it } from 'vitest';
import { orderTable } from '../../../bench/lib/report.js';
import { abbaOrder, combineSamples, pooledCpuPerRequest, summarise } from '../../../bench/lib/stats.js';
import type { Measurement, SuiteResult } from '../../../bench/lib/types.js';

describe('ABBA cells in the benchmark', () => {
  it('should measure the targets in order, then reversed, so that every target sums the same places', () => {
    const order = abbaOrder(['api', 'driver', 'peer']);
    expect(order.map((o) => `${o.target}@${o.half}#${o.position}`)).toEqual([
      'api@0#1',
      'driver@0#2',
      'peer@0#3',
      'peer@1#1',
      'driver@1#2',
      'api@1#3',
    ]);
    const places = new Map<string, number>();
    order.forEach((o, i) => places.set(o.target, (places.get(o.target) ?? 0) + i));
    expect(new Set(places.values()).size).toBe(1);
  });

  it("should pool both halves' samples: percentiles of every latency, throughput over both windows", () => {
    // A half on a Neo4j still warming (slow) and a warm one (fast, more requests in the same time).
    const cold = { latencies: [10, 10, 10, 10], errors: 1, durationMs: 1000 };
    const warm = { latencies: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], errors: 0, durationMs: 1000 };
    const pooled = combineSamples([cold, warm]);
    expect(pooled.requests).toBe(16);
    expect(pooled.errors).toBe(1);
    expect(pooled.rps).toBe(8);
    expect(pooled.durationMs).toBe(2000);
    // Not the mean of the halves' medians (6), not either half alone: the median of all 16.
    expect(pooled.p50).toBe(2);
    expect(pooled.p99).toBe(10);
    expect(pooled).toEqual(summarise([...cold.latencies, ...warm.latencies], 1, 2000));
    expect(combineSamples([warm, cold]).p50).toBe(pooled.p50);
  });

  it('should take CPU per request over every operation of both halves, not the mean of each half', () => {
    const cpu = pooledCpuPerRequest([
      { serverMs: 100, neo4jMs: 300, operations: 10 },
      { serverMs: 100, neo4jMs: 100, operations: 90 },
    ]);
    expect(cpu).toEqual({ server: 2, neo4j: 4 });
    expect(pooledCpuPerRequest([{ serverMs: 5, neo4jMs: Number.NaN, operations: 0 }]).neo4j).toBeNaN();
  });

  it("should show each half's ratio with the targets' places beside the pooled one", () => {
    const cell = (target: Measurement['target'], p50: number, rps: number, halves: Array<[number, number, number]>) =>
      ({
        workload: 'W2 d1',
        target,
        method: 'loop',
        concurrency: 1,
        requests: 100,
        errors: 0,
        rps,
        p50,
        p99: p50 * 2,
        halves: halves.map(([position, p50, rps]) => ({ position, requests: 50, errors: 0, rps, p50, p99: p50 * 2 })),
      }) as Measurement;
    const suite = {
      measurements: [
        cell('api', 6, 160, [
          [1, 8, 120],
          [3, 5, 200],
        ]),
        cell('driver', 4, 250, [
          [2, 3.2, 300],
          [2, 4, 250],
        ]),
        cell('peer', 10, 100, [
          [3, 10, 100],
          [1, 10, 100],
        ]),
      ],
    } as SuiteResult;
    const table = orderTable(suite, [1]);
    expect(table).toContain(
      '| W2 d1 | 1 | 2.50× (1 · 2) | 1.25× (3 · 2) | 1.50× | 1.20× (1 · 3) | 2.00× (3 · 1) | 1.60× |',
    );
    expect(orderTable({ measurements: suite.measurements.map(({ halves: _, ...m }) => m) } as SuiteResult, [1])).toBe(
      '',
    );
  });
});
