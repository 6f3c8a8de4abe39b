/**
 * The schema-driven fuzzer, bounded (npm test): a seeded sample of boundary values for every argument and input
 * field, every field covered, against the app listening on a free port. The full run (every boundary value, and
 * the exact data version after each query) is test/reliability/schema-fuzz.rel.test.ts.
 * @see ../../helpers/schema-fuzz/run.ts
 */
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, listenOnFreePort } from '../../helpers/app.js';
import { testDriver } from '../../helpers/neo4j.js';
import { countWrites } from '../../helpers/schema-fuzz/spy.js';
import { FUZZ_PREFIX } from '../../helpers/schema-fuzz/cases.js';
import { runSchemaFuzz } from '../../helpers/schema-fuzz/run.js';
import { cleanUp } from '../api/curation-helpers.js';

const TOKEN = 'schema-fuzz-curator-token-3b8e51';
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

describe('schema-driven fuzzer (bounded)', () => {
  it('should cover every field and argument with boundary values and find nothing', async () => {
    const report = await runSchemaFuzz({
      base,
      token: TOKEN,
      writes,
      perArgument: 3,
      seed: 20261205,
      cleanUp: (ids) => cleanUp(driver, ids),
      exactDataVersion: false,
      log: console.log,
    });
    created.push(...report.created);
    expect(report.failures.slice(0, 10)).toEqual([]);
    expect(report.fields.missing).toEqual([]);
    expect(report.args.missing).toEqual([]);
    expect(report.inputFields.missing).toEqual([]);
  }, 240_000);
});
