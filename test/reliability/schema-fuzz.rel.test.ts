/**
 * The schema-driven fuzzer, full (npm run test:reliability): every boundary value of every argument and input
 * field, alone and nested, with and without a curator token for mutations, and the exact data version compared
 * before and after every query (this project runs one file at a time, so nothing else writes meanwhile).
 * @see ../helpers/schema-fuzz/run.ts
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app.js';
import { testDriver } from '../helpers/neo4j.js';
import { runSchemaFuzz } from '../helpers/schema-fuzz/run.js';
import { countWrites } from '../helpers/schema-fuzz/spy.js';
import { cleanUp } from '../integration/api/curation-helpers.js';

const TOKEN = 'schema-fuzz-curator-token-full-7c2d90';
let app: FastifyInstance;
let base: string;
let writes: () => number;
const created: string[] = [];

beforeAll(async () => {
  app = await buildTestApp({ CURATOR_TOKENS: `fuzzer:${TOKEN}` });
  writes = countWrites(app.db.driver);
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
});

afterAll(async () => {
  await app.close();
  const driver = testDriver();
  await cleanUp(driver, created);
  await driver.close();
});

describe('schema-driven fuzzer (full)', () => {
  it('should send every boundary value of every argument, alone and nested, and find nothing', async () => {
    const report = await runSchemaFuzz({
      base,
      token: TOKEN,
      writes,
      seed: 20261205,
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
