/**
 * Issue 20 (W5, a mutation then the read that must see it): with the read cache on, `actor(id)` right after a
 * write of this process was two statements, the data version check (meta/get-version-stamp) and then the lookup,
 * where the API without the cache reads one. A lookup by id now checks no version of its own (db/read-cache.ts
 * lookup): one statement, which still sees the write (read-your-writes), and a request that has checked the
 * version already (an eligibility answer's actors) still takes its lookups from the cache. Counted from
 * Database.read, which every statement of a request goes through (cached reads and the version check included).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Database } from '../../../api/src/db/database.js';
import { testDriver } from '../../helpers/neo4j.js';
import { ALICE, as, actorInput, buildCurationApp, call, cleanUp, UPSERT_ACTOR } from './curation-helpers.js';

const ACTOR = `query($id: ID!) { actor(id: $id) { id name } }`;

const driver = testDriver();
const run = randomUUID().slice(0, 8);
const ids: string[] = [];
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildCurationApp();
});
afterAll(async () => {
  await app?.close();
  await cleanUp(driver, ids);
  await driver.close();
});
afterEach(() => vi.restoreAllMocks());

/** The statements (cypher/ names) one request reads, and its answer. */
async function statementsOf<T>(query: string, variables: Record<string, unknown>) {
  const read = vi.spyOn(Database.prototype, 'read');
  const answer = await call<T>(app, query, variables);
  const names = read.mock.calls.map(([name]) => name);
  read.mockRestore();
  return { answer, names };
}

describe('a read after a write (issue 20, W5)', () => {
  it('should read actor(id) after an upsert in one statement that sees the write', async () => {
    for (let round = 0; round < 3; round += 1) {
      const id = `test-raw-${run}-${round}`;
      ids.push(id);
      const written = await call(app, UPSERT_ACTOR, { input: actorInput(id) }, as(ALICE));
      expect(written.errors).toBeUndefined();
      const { answer, names } = await statementsOf<{ actor: { id: string; name: string } | null }>(ACTOR, { id });
      expect(answer.data!.actor).toEqual({ id, name: `Test actor ${id}` });
      expect(names).toEqual(['catalog/get-entities-by-ids']);
    }
  });

  it('should still serve the lookups of a request that checked the data version from the cache', async () => {
    const QUERY = `query($id: ID!) { dataVersion actor(id: $id) { id } }`;
    const id = ids[0]!;
    await call(app, QUERY, { id });
    const { answer, names } = await statementsOf<{ actor: { id: string } }>(QUERY, { id });
    expect(answer.data!.actor).toEqual({ id });
    expect(names).toEqual(['meta/get-version-stamp']);
  });
});
