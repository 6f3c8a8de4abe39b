/**
 * Optimistic concurrency at scale (reliability notes, T20): 50 simultaneous edits of one actor sent with
 * the same expectedVersion: exactly one wins, 49 get CONFLICT, the version moves by one, and exactly one
 * audit record is written for the winning edit. Repeated, so a lost update cannot hide in one lucky run.
 */
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../helpers/app.js';
import { testDriver, uniqueId } from '../../helpers/neo4j.js';
import { ALICE, BOB, UPSERT_ACTOR, actorInput, as, call, cleanUp, codeOf } from '../api/curation-helpers.js';

const EDITORS = 50;
const ROUNDS = 3;

describe('50 concurrent edits of one item', () => {
  let app: FastifyInstance;
  let driver: Driver;
  const created: string[] = [];

  beforeAll(async () => {
    // The point is the outcome of 50 contending transactions, not their latency on a loaded machine.
    app = await buildTestApp({ CURATOR_TOKENS: `alice:${ALICE}, bob:${BOB}`, HANDLER_TIMEOUT_MS: '60000' });
    driver = testDriver();
  });
  afterAll(async () => {
    await cleanUp(driver, created);
    await driver.close();
    await app.close();
  });

  it(`should let exactly 1 of ${EDITORS} edits at the same expectedVersion win, ${ROUNDS} times over`, async () => {
    const id = uniqueId('rel-conc');
    created.push(id);
    const first = await call(app, UPSERT_ACTOR, { input: actorInput(id) }, as(ALICE));
    expect(first.errors).toBeUndefined();

    for (let round = 1; round <= ROUNDS; round += 1) {
      const answers = await Promise.all(
        Array.from({ length: EDITORS }, (_, i) =>
          call<{ upsertActor: { actor: { name: string; version: number }; audit: { id: string } } }>(
            app,
            UPSERT_ACTOR,
            { input: actorInput(id, { name: `Round ${round} edit ${i}`, expectedVersion: round }) },
            as(i % 2 ? BOB : ALICE),
          ),
        ),
      );
      const winners = answers.filter((a) => !a.errors);
      const losers = answers.filter((a) => a.errors);
      expect(winners).toHaveLength(1);
      expect(losers.map(codeOf)).toEqual(Array.from({ length: EDITORS - 1 }, () => 'CONFLICT'));
      expect(losers.every((a) => a.status === 200 && a.data?.upsertActor === null)).toBe(true);
      const winner = winners[0]!.data!.upsertActor;
      expect(winner.actor.version).toBe(round + 1);

      const { records } = await driver.executeQuery(
        `MATCH (n:Entity {id: $id})
         OPTIONAL MATCH (a:AuditRecord {targetId: $id})
         RETURN n.version AS version, n.name AS name, count(a) AS audits,
                count(CASE WHEN a.id = $audit THEN 1 END) AS winnerAudits`,
        { id, audit: winner.audit.id },
      );
      expect(records[0]!.toObject()).toEqual({
        version: round + 1,
        name: winner.actor.name,
        audits: round + 1,
        winnerAudits: 1,
      });
    }
  });
});
