/**
 * Optimistic concurrency against the real Neo4j (read-committed): of concurrent edits sent with the same
 * expectedVersion exactly one wins and the others get CONFLICT; every win has exactly one audit record.
 */
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver, uniqueId } from '../../helpers/neo4j.js';
import {
  ALICE,
  BOB,
  LINK,
  REFERENCE_CITATION,
  UPSERT_ACTOR,
  actorInput,
  as,
  buildCurationApp,
  call,
  cleanUp,
  codeOf,
  footprint,
} from './curation-helpers.js';

describe('curation under concurrency', () => {
  let app: FastifyInstance;
  let driver: Driver;
  const created: string[] = [];
  const fresh = () => {
    const id = uniqueId('conc');
    created.push(id);
    return id;
  };

  beforeAll(async () => {
    app = await buildCurationApp();
    driver = testDriver();
  });
  afterAll(async () => {
    await cleanUp(driver, created);
    await driver.close();
    await app.close();
  });

  async function storedVersion(id: string): Promise<{ version: number; name: string }> {
    const { records } = await driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN n.version AS v, n.name AS name', {
      id,
    });
    return { version: Number(records[0]!.get('v')), name: String(records[0]!.get('name')) };
  }

  it.each([2, 20])('should let exactly one of %i concurrent updates at the same version win', async (n) => {
    const id = fresh();
    await call(app, UPSERT_ACTOR, { input: actorInput(id) }, as(ALICE));
    const answers = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        call<{ upsertActor: { actor: { name: string; version: number } } }>(
          app,
          UPSERT_ACTOR,
          { input: actorInput(id, { name: `Edit ${i}`, expectedVersion: 1 }) },
          as(i % 2 ? BOB : ALICE),
        ),
      ),
    );
    const winners = answers.filter((a) => !a.errors);
    const losers = answers.filter((a) => a.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map(codeOf)).toEqual(losers.map(() => 'CONFLICT'));
    for (const loser of losers) expect(loser.errors![0]!.message).toMatch(/at version 2, not 1/);
    const winner = winners[0]!.data!.upsertActor;
    expect(winner.actor.version).toBe(2);
    expect(await storedVersion(id)).toEqual({ version: 2, name: winner.actor.name });
    expect(await footprint(driver, [id])).toMatchObject({ nodes: 1, audits: 2 });
  });

  it('should let exactly one of 20 concurrent creations of one id win', async () => {
    const id = fresh();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(app, UPSERT_ACTOR, { input: actorInput(id, { name: `Create ${i}` }) }, as(ALICE)),
      ),
    );
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(new Set(answers.filter((a) => a.errors).map(codeOf))).toEqual(new Set(['CONFLICT']));
    expect(await footprint(driver, [id])).toMatchObject({ nodes: 1, audits: 1 });
  });

  it('should let exactly one of 20 concurrent changes of a relationship at the same version win', async () => {
    const [a, b] = [fresh(), fresh()];
    for (const id of [a, b]) await call(app, UPSERT_ACTOR, { input: actorInput(id) }, as(ALICE));
    const link = (input: Record<string, unknown>) =>
      call<{ link: { relationship: { version: number } } }>(
        app,
        LINK,
        { input: { from: a, type: 'COOPERATES_WITH', to: b, citation: REFERENCE_CITATION, ...input } },
        as(BOB),
      );
    expect((await link({ role: 'start' })).data!.link.relationship.version).toBe(1);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => link({ role: `r${i}`, expectedVersion: 1 })),
    );
    expect(answers.filter((x) => !x.errors)).toHaveLength(1);
    expect(new Set(answers.filter((x) => x.errors).map(codeOf))).toEqual(new Set(['CONFLICT']));
    const { records } = await driver.executeQuery(
      'MATCH (:Entity {id: $a})-[r:COOPERATES_WITH]->(:Entity {id: $b}) RETURN r.version AS v, count(*) AS n',
      { a, b },
    );
    expect(records[0]!.toObject()).toEqual({ v: 2, n: 1 });
  });

  it('should keep the audit trail and the data version consistent under concurrent edits of different actors', async () => {
    const ids = Array.from({ length: 10 }, () => fresh());
    const answers = await Promise.all(
      ids.map((id) =>
        call<{ upsertActor: { dataVersion: string } }>(app, UPSERT_ACTOR, { input: actorInput(id) }, as(ALICE)),
      ),
    );
    expect(answers.map((x) => x.errors)).toEqual(ids.map(() => undefined));
    expect(new Set(answers.map((x) => x.data!.upsertActor.dataVersion)).size).toBe(10);
    const { records } = await driver.executeQuery(
      'MATCH (a:AuditRecord) WHERE a.targetId IN $ids RETURN a.seq AS seq ORDER BY seq',
      { ids },
    );
    const seqs = records.map((r) => Number(r.get('seq')));
    expect(new Set(seqs).size).toBe(10);
  });
});
