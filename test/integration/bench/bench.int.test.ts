/**
 * Smoke test of the benchmark (`npm run bench`), on tiny input so it cannot rot: every workload against our
 * API, the raw driver and the peer (@neo4j/graphql), both load generators, the report; and the synthetic
 * ecosystem generator with its import, in a transaction that is rolled back. It uses the test run's Neo4j:
 * W5 writes only actors with unique ids (bench-w5-<random>-…) and removes them with their audit records;
 * the import is never committed. Timings are not asserted: this is not a timed test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../api/src/config.js';
import { loadCypherCatalog } from '../../../api/src/db/cypher.js';
import { runBenchmark } from '../../../bench/lib/bench.js';
import { renderMarkdown } from '../../../bench/lib/report.js';
import { importSynthetic } from '../../../bench/lib/scale.js';
import { nodeBatches, plan, relationshipBatches } from '../../../bench/lib/synthetic.js';
import type { BenchReport } from '../../../bench/lib/types.js';
import { WORKLOADS } from '../../../bench/lib/workloads.js';
import { testDriver } from '../../helpers/neo4j.js';

const driver = testDriver();
const profileDir = mkdtempSync(join(tmpdir(), 'explorer-bench-smoke-'));
afterAll(async () => {
  await driver.close();
  rmSync(profileDir, { recursive: true, force: true });
});

describe('npm run bench (smoke, tiny input)', () => {
  it('should measure every workload on every target and render the tables', async () => {
    const progress: BenchReport[] = [];
    const report = await runBenchmark({
      neo4jUri: inject('neo4jUri'),
      seed: true,
      durationMs: 100,
      warmupMs: 50,
      warmPass: 1,
      neo4jWarmupMs: 300,
      settle: { windowMs: 50, maxWaitMs: 1000 },
      concurrency: [2],
      autocannon: true,
      autocannonAmount: 2,
      workloads: [],
      ui: null,
      scales: [],
      uncached: true,
      cpuProfile: false,
      profileDir,
      log: () => {},
      onProgress: (partial) => progress.push(structuredClone(partial)),
    });
    // The report so far is handed over after each suite (run.ts writes it), so a stopped run keeps it.
    expect(progress.map((p) => [p.suites.length, p.pending ?? 0])).toEqual([[1, 0]]);
    const [suite] = report.suites;
    expect(suite!.nodes).toBeGreaterThan(100);
    for (const workload of WORKLOADS) {
      for (const target of workload.targets) {
        const cells = suite!.measurements.filter(
          (m) => m.workload === workload.id && m.target === target && m.method === 'loop',
        );
        expect(cells, `${workload.id} ${target}`).toHaveLength(1);
        for (const cell of cells) {
          expect(cell.errors, `${workload.id} ${target}: ${cell.firstError}`).toBe(0);
          expect(cell.requests).toBeGreaterThan(0);
          // ABBA: measured in two halves, the targets in order and then reversed, and the halves pooled.
          const place = workload.targets.indexOf(target);
          expect(cell.halves?.map((h) => h.position)).toEqual([place + 1, workload.targets.length - place]);
          expect(cell.requests).toBe(cell.halves!.reduce((sum, h) => sum + h.requests, 0));
        }
      }
    }
    expect(suite!.measurements.some((m) => m.method === 'autocannon' && m.target === 'peer')).toBe(true);
    // autocannon ABBA too: API, peer, peer, API; each target's halves pooled.
    for (const cell of suite!.measurements.filter((m) => m.method === 'autocannon' && m.workload === 'W2 d1')) {
      expect(cell.halves?.map((h) => h.position)).toEqual(cell.target === 'api' ? [1, 2] : [2, 1]);
      expect(cell.requests).toBe(cell.halves!.reduce((sum, h) => sum + h.requests, 0));
    }
    // The new Neo4j was warmed by the raw driver before the first cell, and every warming statement answered.
    expect(suite!.neo4jWarmup?.statements).toBeGreaterThan(0);
    expect(suite!.neo4jWarmup?.errors, suite!.neo4jWarmup?.firstError).toBe(0);
    expect(suite!.memory.apiMb).toBeGreaterThan(0);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('| W1 | 2 |');
    expect(markdown).toContain('API ÷ driver at p50');
    expect(markdown).toContain("The order's effect");
    expect(markdown).toContain('Neo4j warmed for');
    // Each cell read its processes first (settle.ts): idle, or which was busy and for how long.
    expect(suite!.busy).toBeInstanceOf(Array);
    expect(markdown).toMatch(/Every process was idle|A process was still busy \d+ times/);
    expect(markdown).not.toContain('**Partial:**');
    expect(renderMarkdown({ ...report, pending: 1 })).toContain('**Partial:** written after a suite, with 1 suite(s)');
    // W5 removed what it wrote.
    const { records } = await driver.executeQuery(
      "MATCH (n) WHERE n.id STARTS WITH 'bench-w5-' OR n.targetId STARTS WITH 'bench-w5-' RETURN count(n) AS left",
    );
    expect(records[0]!.get('left')).toBe(0);
  }, 300_000); // a hang guard, not a timing: with other runs on the two cores it took over 90 s

  it('should generate a plausible synthetic ecosystem, about five relationships per node, with no dangling end', () => {
    const p = plan(2000);
    const ids = new Set<string>();
    for (const batch of nodeBatches(p, 500)) for (const row of batch) ids.add(row.id);
    expect(ids.size).toBe(p.total);
    let relationships = 0;
    for (const batch of relationshipBatches(p, 500)) {
      for (const row of batch) expect(ids.has(row.from) && ids.has(row.to), `${row.from} → ${row.to}`).toBe(true);
      relationships += batch.length;
    }
    expect(relationships / p.total).toBeGreaterThan(4);
    expect(relationships / p.total).toBeLessThan(6);
    // Only objectives the API can name (its Objective enum), at any size: a profile answers each of them.
    const codes = new Set<string>();
    for (const batch of nodeBatches(plan(20_000), 10_000))
      for (const row of batch) if (row.label === 'StrategicObjective') codes.add(String(row.props.code));
    expect([...codes].sort()).toEqual(['SO4.1', 'SO4.2', 'SO4.3', 'SO4.4', 'SO4.5', 'SO4.6', 'SO4.7']);
  });

  it('should import it with batched UNWIND (rolled back: nothing is committed)', async () => {
    const catalog = loadCypherCatalog(loadConfig({}).paths.cypher);
    const result = await importSynthetic(driver, catalog, 300, {
      rollback: true,
      batchSize: 200,
      unionId: 'syn-european-union',
    });
    expect(result.nodes).toBe(result.plan.total);
    expect(result.relationships).toBeGreaterThan(result.nodes * 4);
    expect(result.entitiesPerSecond).toBeGreaterThan(0);
    const { records } = await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH 'syn-' RETURN count(n) AS left");
    expect(records[0]!.get('left')).toBe(0);
  });
});
