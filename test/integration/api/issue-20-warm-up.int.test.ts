/**
 * Issue 20: the server plans the first requests' statements when it starts (db/warm-up.ts, plugins/warm-up.ts).
 *
 * What Neo4j 5.26 Community tells about its plan cache: db.clearQueryCaches() counts the entries (no names), and
 * the data collector (db.stats QUERIES) gives each run's compile time. A run answered from the executable plan
 * cache compiles in about a millisecond; a statement planned afresh takes tens to thousands. So the test gives the
 * statements texts of their own (a comment no other test sends), runs the API's own functions on them once cold and
 * once after the warm-up, and compares the two compile times that Neo4j reports.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../api/src/app.js';
import type { CypherCatalog } from '../../../api/src/db/cypher.js';
import { Database } from '../../../api/src/db/database.js';
import { getEligibilityFacts } from '../../../api/src/db/eligibility.js';
import { getNeighbourhood, getPaths } from '../../../api/src/db/graph-queries.js';
import { searchEntities } from '../../../api/src/db/catalog-queries.js';
import { loadCypherCatalog } from '../../../api/src/db/cypher.js';
import { WARM_UP_STATEMENTS, warmUp } from '../../../api/src/db/warm-up.js';
import { EligibilityWorker, useEligibilityWorker } from '../../../api/src/eligibility-worker/evaluator.js';
import { testConfig } from '../../helpers/app.js';
import { testDriver } from '../../helpers/neo4j.js';

/** The catalog with a comment of its own at the end of each statement: plans no other test made. */
function ownCatalog(base: CypherCatalog, tag: string): CypherCatalog {
  return new Map([...base].map(([name, text]) => [name, `${text.replace(/;\s*$/, '')}\n// ${tag}\n`]));
}

/** The first requests of W1 to W4, through the API's own functions (the parameters they send). */
async function firstRequests(db: Database): Promise<void> {
  await getEligibilityFacts(db, 'SO4.4');
  await getNeighbourhood(db, {
    ids: ['enisa'],
    depth: 1,
    kinds: null,
    types: ['MEMBER_OF', 'COOPERATES_WITH', 'PARTY_TO'],
    limit: 300,
  });
  await getPaths(db, { from: 'enisa', to: 'europol', maxLength: 4, k: 3, types: null, order: 'MEANING' });
  await searchEntities(db, 'cyber', 0, 20);
}

interface Invocation {
  compileUs: number;
  startedAt: number;
}

/** Every run the data collector saw of a statement whose text ends with `tag`, by its text without the tag. */
async function invocations(driver: Driver, tag: string): Promise<Map<string, Invocation[]>> {
  const { records } = await driver.executeQuery("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data");
  const byFile = new Map<string, Invocation[]>();
  for (const record of records) {
    const data = record.get('data') as { query: string; invocations: Array<Record<string, number>> };
    if (!data.query.trimEnd().endsWith(tag)) continue;
    const name = data.query.replace(tag, '');
    const list = byFile.get(name) ?? [];
    for (const run of data.invocations)
      list.push({ compileUs: Number(run.elapsedCompileTimeInUs), startedAt: Number(run.startTimestampMillis) });
    byFile.set(name, list);
  }
  return byFile;
}

describe('issue 20: the statements of the first requests are planned at start-up', () => {
  let driver: Driver;
  let base: CypherCatalog;
  beforeAll(async () => {
    driver = testDriver();
    base = loadCypherCatalog(testConfig().paths.cypher);
    await driver.executeQuery("CALL db.stats.collect('QUERIES', {durationSeconds: 600})").catch(() => undefined);
  });
  afterAll(async () => {
    await driver.executeQuery("CALL db.stats.stop('QUERIES')").catch(() => undefined);
    await driver.close();
  });

  it('should answer the first W1 to W4 requests from the plan cache after the warm-up', async () => {
    const coldTag = `cold-${randomUUID()}`;
    const warmTag = `warm-${randomUUID()}`;
    const cold = new Database(driver, ownCatalog(base, coldTag));
    const warm = new Database(driver, ownCatalog(base, warmTag));

    await firstRequests(cold);
    const warmed = await warmUp(warm);
    expect(warmed.failed).toEqual([]);
    const warmUpEnded = Date.now();
    await firstRequests(warm);

    const coldRuns = await invocations(driver, coldTag);
    const warmRuns = await invocations(driver, warmTag);
    const slowest = (runs: Invocation[]) => Math.max(...runs.map((run) => run.compileUs));
    const firstTexts = [...coldRuns.keys()];
    // The statements the first requests ran: the eligibility facts, the Union's agreements, the neighbourhood,
    // the paths, the search and the version stamp at least.
    expect(firstTexts.length).toBeGreaterThanOrEqual(6);
    // Planned afresh (the cold runs) vs answered from the cache: 100 to 1000 times less work for the large
    // statements. Summed over the statements, so that a small one's noise (a hit of 1 ms against a plan of 10 ms
    // on a loaded machine) cannot decide; the eligibility facts (the longest to plan) on their own as well.
    let coldSum = 0;
    let warmSum = 0;
    const lines: string[] = [];
    let factsSeen = false;
    for (const [text, runs] of coldRuns) {
      const after = (warmRuns.get(text) ?? []).filter((run) => run.startedAt >= warmUpEnded - 1);
      expect(after.length, `a run of ${text.slice(0, 100)} after the warm-up`).toBeGreaterThan(0);
      coldSum += slowest(runs);
      warmSum += slowest(after);
      lines.push(`${slowest(runs)} → ${slowest(after)} µs: ${text.slice(0, 60)}`);
      if (!text.startsWith(base.get('eligibility/get-eligibility-facts')!.slice(0, 200))) continue;
      factsSeen = true;
      expect(slowest(after) * 4, lines.at(-1)).toBeLessThan(slowest(runs));
    }
    expect(factsSeen).toBe(true);
    expect(warmSum * 4, lines.join('\n')).toBeLessThan(coldSum);
  });

  it('should tell /ready "warming" until the warm-up has ended, then "ready" with warmUp "done"', async () => {
    const app: FastifyInstance = await buildApp(testConfig(), { logger: false, warmUp: true });
    try {
      await app.ready();
      expect(['running', 'done']).toContain(app.warmUp.state);
      const during = await app.inject({ url: '/ready' });
      if (app.warmUp.state === 'running') expect(during.json()).toMatchObject({ status: 'warming', warmUp: 'running' });
      await app.warmUp.ended;
      expect(app.warmUp.result).toMatchObject({ planned: WARM_UP_STATEMENTS.length, failed: [] });
      const response = await app.inject({ url: '/ready' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'ready', warmUp: 'done' });
    } finally {
      await app.close();
    }
  });

  it('should start the eligibility worker during the warm-up on a large graph only', async () => {
    // The seed made "large" (every graph is: 0 actors) and not (none is): the worker's thread is started or not.
    for (const [minActors, large] of [
      [0, true],
      [Number.MAX_SAFE_INTEGER, false],
    ] as const) {
      const worker = new EligibilityWorker();
      const restore = useEligibilityWorker(worker, minActors);
      const app = await buildApp(testConfig(), { logger: false, warmUp: true });
      try {
        expect(worker.running).toBe(false);
        await app.ready();
        await app.warmUp.ended;
        expect(worker.running, `large: ${large}`).toBe(large);
      } finally {
        await app.close();
        restore();
        await worker.close();
      }
    }
  });

  it('should log a failed warm-up and go on serving when Neo4j cannot be reached', async () => {
    const logged: string[] = [];
    const app = await buildApp(testConfig({ NEO4J_URI: 'bolt://127.0.0.1:1' }), {
      logger: { level: 'error', stream: { write: (line: string) => logged.push(line) } },
      warmUp: true,
    });
    try {
      await app.ready();
      await app.warmUp.ended;
      expect(app.warmUp.state).toBe('failed');
      expect(app.warmUp.result?.failed.length).toBe(WARM_UP_STATEMENTS.length);
      expect(logged.join('\n')).toMatch(/Warm-up: \d+ statements could not be planned/);
      expect((await app.inject({ url: '/health' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('should not warm up the apps that do not ask for it (tests)', async () => {
    const app = await buildApp(testConfig(), { logger: false });
    try {
      await app.ready();
      expect(app.warmUp.state).toBe('off');
      expect((await app.inject({ url: '/ready' })).json()).toMatchObject({ status: 'ready', warmUp: 'off' });
    } finally {
      await app.close();
    }
  });
});
