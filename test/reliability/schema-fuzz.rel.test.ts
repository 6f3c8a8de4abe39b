/**
 * The schema-driven fuzzer, full (npm run test:reliability): every boundary value of every argument and input
 * field, alone and nested, with and without a curator token for mutations, and the exact data version compared
 * before and after every query (this project runs one file at a time, so nothing else writes meanwhile).
 * @see ../helpers/schema-fuzz/run.ts
 */
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, listenOnFreePort } from '../helpers/app.js';
import { testDriver } from '../helpers/neo4j.js';
import { FUZZ_PREFIX } from '../helpers/schema-fuzz/cases.js';
import { runSchemaFuzz } from '../helpers/schema-fuzz/run.js';
import { countWrites } from '../helpers/schema-fuzz/spy.js';
import { cleanUp } from '../integration/api/curation-helpers.js';

const TOKEN = 'schema-fuzz-curator-token-full-7c2d90';
let app: FastifyInstance;
let base: string;
let writes: () => number;
let driver: Driver;
const created: string[] = [];

beforeAll(async () => {
  app = await buildTestApp({ CURATOR_TOKENS: `fuzzer:${TOKEN}` });
  writes = countWrites(app.db.driver);
  driver = testDriver();
  base = await listenOnFreePort(app);
});

afterAll(async () => {
  await app.close();
  await cleanUp(driver, created);
  // Every curation the fuzzer made was to its own ids (or refused): no other node was touched.
  const { records } = await driver.executeQuery(
    "MATCH (a:AuditRecord {curator: 'fuzzer'}) WHERE NOT a.targetId STARTS WITH $prefix RETURN count(a) AS n",
    { prefix: FUZZ_PREFIX },
  );
  await driver.close();
  expect(Number(records[0]!.get('n'))).toBe(0);
});

describe('schema-driven fuzzer (full)', () => {
  it('should send every boundary value of every argument, alone and nested, and find nothing', async () => {
    const report = await runSchemaFuzz({
      base,
      token: TOKEN,
      writes,
      seed: 20261205,
      cleanUp: (ids) => cleanUp(driver, ids),
      exactDataVersion: true,
      log: (line) => console.log(`[reliability] ${line}`),
    });
    created.push(...report.created);
    expect(report.failures.slice(0, 10)).toEqual([]);
    expect(report.fields.missing).toEqual([]);
    expect(report.args.missing).toEqual([]);
    expect(report.inputFields.missing).toEqual([]);
  }, 1_800_000);
});
