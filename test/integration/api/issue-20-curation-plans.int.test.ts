/**
 * Issue 20 (W5 p99 at c = 8): a change's statements keep their plan when Neo4j finds its statistics stale
 * (`CYPHER replan=skip`, db/curation.ts KEEP_PLAN). Without it, while W5 added audit records and actors to the
 * seed, Neo4j compiled write-node-and-record again every ten seconds or so, 0.5 to 1.9 s while the change waited.
 * Read from the outside: the statement texts Neo4j received, as its own data collector (db.stats) records them.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver } from '../../helpers/neo4j.js';
import { ALICE, as, actorInput, buildCurationApp, call, cleanUp, UPSERT_ACTOR } from './curation-helpers.js';

const driver = testDriver();
const id = `test-plan-${randomUUID().slice(0, 8)}`;
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildCurationApp();
});
afterAll(async () => {
  await app?.close();
  await cleanUp(driver, [id]);
  await driver.close();
});

/** The texts of the statements Neo4j ran while `work` ran (its data collector's QUERIES section). */
async function statementsReceived(work: () => Promise<void>): Promise<string[]> {
  await driver.executeQuery(`CALL db.stats.clear('QUERIES')`);
  await driver.executeQuery(`CALL db.stats.collect('QUERIES')`);
  try {
    await work();
  } finally {
    await driver.executeQuery(`CALL db.stats.stop('QUERIES')`);
  }
  const { records } = await driver.executeQuery(`CALL db.stats.retrieve('QUERIES') YIELD data RETURN data`);
  return records.map((record) => (record.get('data') as { query: string }).query);
}

describe("a change's statements keep their plans (issue 20, W5)", () => {
  it('should send the statements of upsertActor with replan=skip', async () => {
    const received = await statementsReceived(async () => {
      const written = await call(app, UPSERT_ACTOR, { input: actorInput(id) }, as(ALICE));
      expect(written.errors).toBeUndefined();
    });
    for (const name of ['curation/lock-nodes-with-citation', 'curation/write-node-and-record']) {
      const file = app.db.query(name);
      const sent = received.filter((text) => text.endsWith(file));
      expect(sent, name).toEqual([`CYPHER replan=skip\n${file}`]);
    }
  });
});
