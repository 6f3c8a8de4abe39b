/**
 * The benchmark report's checks of issue 20's targets (bench/lib/targets.ts) and its scale curve, on a
 * hand-made report: a target is met or missed by the numbers, and a target whose measurements are absent
 * is left out instead of reported met. No timing is measured here.
 */
import { describe, expect, it } from 'vitest';
import { checkTargets, scaleCurve } from '../../../bench/lib/report.js';
import type { BenchReport, Measurement, SuiteResult } from '../../../bench/lib/types.js';
import type { ImportResult } from '../../../bench/lib/scale.js';

const m = (workload: string, target: Measurement['target'], concurrency: number, p50: number, p99: number, rps = 100) =>
  ({ workload, target, method: 'loop', concurrency, requests: 100, errors: 0, rps, p50, p99 }) as Measurement;

const imported = (nodes: number, entitiesPerSecond: number) =>
  ({ method: 'bulk', nodes, relationships: nodes * 5, entitiesPerSecond, seconds: 1, indexSeconds: 1 }) as ImportResult;

function suite(
  name: string,
  nodes: number,
  measurements: Measurement[],
  extra: Partial<SuiteResult> = {},
): SuiteResult {
  return {
    name,
    nodes,
    relationships: nodes * 5,
    fixture: {} as SuiteResult['fixture'],
    measurements,
    memory: { apiMb: 500, peerMb: 0, neo4jMb: 0, benchMb: 0 },
    eventLoop: {},
    cypherProfiles: [],
    neo4j: null,
    seconds: 600,
    ...extra,
  };
}

const report = (suites: SuiteResult[]): BenchReport => ({
  date: '2026-12-06',
  machine: { cpus: 2, node: 'v20', platform: 'linux' },
  options: { concurrency: [1, 8] } as BenchReport['options'],
  suites,
  ui: null,
  failures: [],
  seconds: 1,
});

const byTarget = (r: BenchReport) => new Map(checkTargets(r).map((c) => [c.target, c]));

describe('issue 20 targets in the benchmark report', () => {
  it('should meet API ÷ driver by the ratio or by the 0.6 ms added, and miss it otherwise', () => {
    const seed = suite('seed', 300, [
      m('W1', 'api', 1, 2.0, 3),
      m('W1', 'driver', 1, 1.0, 2), // 2× but only 1 ms added: missed
      m('W2 d1', 'api', 1, 1.5, 3),
      m('W2 d1', 'driver', 1, 1.0, 2), // 1.5×, 0.5 ms added: met by the time
    ]);
    const check = byTarget(report([seed])).get('seed: API ÷ driver at p50, c = 1: ≤ 1.3× or ≤ 0.6 ms added (W1–W4)')!;
    expect(check.met).toBe(false);
    expect(check.measured).toContain('W1 2.00× (+1.00 ms) ✗');
    expect(check.measured).toContain('W2 d1 1.50× (+0.50 ms)');
    expect(check.measured).not.toContain('W2 d1 1.50× (+0.50 ms) ✗');
  });

  it('should require 1.5× the peer at every concurrency for W2, and leave out what was not measured', () => {
    const cells = [
      m('W2 d1', 'api', 1, 1, 2, 300),
      m('W2 d1', 'peer', 1, 1, 2, 100),
      m('W2 d1', 'api', 8, 1, 2, 140),
      m('W2 d1', 'peer', 8, 1, 2, 100),
    ];
    const checks = byTarget(report([suite('seed', 300, cells)]));
    expect(checks.get("seed: W2 d1 throughput ≥ 1.5× @neo4j/graphql's at every c")!.met).toBe(false);
    expect(checks.has("seed: W2 d2 throughput ≥ 1.5× @neo4j/graphql's at every c")).toBe(false);
    expect(checks.has('seed: W5 p99 < 300 ms at c = 8')).toBe(false);
  });

  it('should check W1 at scale warm and cold, import, memory and duration at 1M', () => {
    const big = suite('scale 1M', 1_000_000, [m('W1', 'api', 8, 5, 40)], {
      import: imported(1_000_000, 60_000),
      memory: { apiMb: 1100, peerMb: 0, neo4jMb: 0, benchMb: 0 },
      cold: [
        {
          workload: 'W1',
          target: 'api',
          answers: 42,
          errors: 0,
          p50: 100,
          max: 2500,
          probes: 1000,
          probesShed: 1,
          probesFailed: 0,
          probeMax: 10,
        },
      ],
    });
    const checks = byTarget(report([big]));
    expect(checks.get('scale 1M: W1 p99 < 50 ms at c = 8 (warm)')!.met).toBe(true);
    expect(checks.get('scale 1M: W1 cold first answers < 3 s, no request shed meanwhile')!.met).toBe(false);
    expect(checks.get('scale 1M: import ≥ 50k entities/s')!.met).toBe(true);
    expect(checks.get('scale 1M: API RSS < 1 GiB')!.met).toBe(false);
    expect(checks.get('scale 1M: the suite completes in < 45 min')!.met).toBe(true);
  });

  it('should not count a low RSS as met when the W1 answers at that size failed', () => {
    const answered = { memory: { apiMb: 800, peerMb: 0, neo4jMb: 0, benchMb: 0 }, import: imported(1_000_000, 60_000) };
    const coldWith = (errors: number) => [
      {
        workload: 'W1',
        target: 'api',
        answers: 42,
        errors,
        p50: 100,
        max: 2500,
        probes: 1000,
        probesShed: 0,
        probesFailed: 0,
        probeMax: 10,
      },
    ];
    const ok = suite('scale 1M', 1_000_000, [m('W1', 'api', 8, 5, 40)], { ...answered, cold: coldWith(0) });
    const failed = suite('scale 1M', 1_000_000, [m('W1', 'api', 8, 5, 40)], { ...answered, cold: coldWith(42) });
    expect(byTarget(report([ok])).get('scale 1M: API RSS < 1 GiB')!.met).toBe(true);
    expect(byTarget(report([failed])).get('scale 1M: API RSS < 1 GiB')!.met).toBe(false);
  });

  it('should print the growth exponent from each size to the next and overall', () => {
    const sizes = [10_000, 100_000, 1_000_000];
    const p50s = [1, 10, 10]; // linear, then flat
    const suites = sizes.map((n, i) =>
      suite(`scale ${n}`, n, [m('W3', 'api', 1, p50s[i]!, 20)], { import: imported(n, 50_000) }),
    );
    const curve = scaleCurve(report(suites));
    expect(curve).toMatch(
      /\| W3 \| api \| 1\.00 \/ 20\.00 \| 10\.00 \/ 20\.00 \| 10\.00 \/ 20\.00 \| 1\.00 → 0\.00; 0\.50 overall \|/,
    );
  });
});
