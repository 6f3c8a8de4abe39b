/**
 * A mutation past the answer deadline (HANDLER_TIMEOUT_MS): the answer is 503 DATABASE_UNAVAILABLE as for any late
 * answer, and says what became of the change, `extensions.outcome`. Once the deadline has answered, the change's
 * transaction cannot commit (answer-deadline.ts WriteDeadline, asked last before COMMIT in db/curation.ts), so the
 * answer is NOT_APPLIED, and true: here the write waits on a lock another session holds until the answer has come,
 * then goes on, and is rolled back. Before, the answer said only "did not answer in time", and the write committed
 * once the lock was released.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Database } from '../../../api/src/db/database.js';
import { AppError } from '../../../api/src/errors.js';
import { buildTestApp } from '../../helpers/app.js';
import { testDriver } from '../../helpers/neo4j.js';
import { ALICE, as, actorInput, call, cleanUp, footprint, UPSERT_ACTOR } from './curation-helpers.js';

const driver = testDriver();
const run = randomUUID().slice(0, 8);
const ids: string[] = [];
let app: FastifyInstance;
beforeAll(async () => {
  // A short deadline: the write below cannot finish before it, whatever the machine's load (it waits on a lock).
  app = await buildTestApp({ CURATOR_TOKENS: `alice:${ALICE}`, HANDLER_TIMEOUT_MS: '1500' });
  // Warm (the first request pays for loading and compiling), so that the mutation reaches its write before 1.5 s.
  await call(app, '{ __typename }');
});
afterAll(async () => {
  await app?.close();
  await cleanUp(driver, ids);
  await driver.close();
});
afterEach(() => vi.restoreAllMocks());

/** The write transactions the app starts from now on (each settles when its transaction has ended). */
function watchWriteTransactions(): Array<Promise<unknown>> {
  const started: Array<Promise<unknown>> = [];
  const original = Database.prototype.writeTransaction;
  vi.spyOn(Database.prototype, 'writeTransaction').mockImplementation(function (this: Database, work) {
    const done = original.call(this, work);
    started.push(done);
    return done;
  });
  return started;
}

describe('a mutation past the answer deadline', () => {
  it('should answer 503 DATABASE_UNAVAILABLE with outcome NOT_APPLIED, and not commit once the lock is free', async () => {
    const id = `test-deadline-${run}`;
    ids.push(id);
    await driver.executeQuery(`CREATE (:Entity:Actor {id: $id, name: 'Before', kind: 'other', version: 1})`, { id });
    const session = driver.session();
    const holder = await session.beginTransaction();
    const writes = watchWriteTransactions();
    let answer: Awaited<ReturnType<typeof call>>;
    try {
      await holder.run('MATCH (n:Entity {id: $id}) SET n._held = true', { id });
      answer = await call(
        app,
        UPSERT_ACTOR,
        { input: actorInput(id, { name: 'After', expectedVersion: 1 }) },
        as(ALICE),
      );
    } finally {
      await holder.rollback();
      await session.close();
    }
    expect(answer.status).toBe(503);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors).toHaveLength(1);
    const [error] = answer.errors!;
    expect(error!.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', outcome: 'NOT_APPLIED' });
    expect(error!.message).toMatch(/not applied/);

    // The write went on once the lock was free, and was rolled back at its commit.
    expect(writes).toHaveLength(1);
    const [settled] = await Promise.allSettled(writes);
    expect(settled!.status).toBe('rejected');
    const reason = (settled as PromiseRejectedResult).reason as unknown;
    expect(reason).toBeInstanceOf(AppError);
    expect((reason as AppError).message).toMatch(/rolled back/);
    const { records } = await driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN n.name AS name, n.version AS v', {
      id,
    });
    expect(records.map((r) => r.toObject())).toEqual([{ name: 'Before', v: 1 }]);
    expect(await footprint(driver, [id])).toEqual({ nodes: 1, relationships: 0, audits: 0 });
  });
});
