/**
 * Durability of acknowledged writes (reliability notes, T18/T21): concurrent curators create actors with
 * client-chosen mutationIds and retry the SAME mutationId whenever the outcome is unknown
 * (DATABASE_UNAVAILABLE, a timeout, a network error), while the embedded Neo4j is SIGKILLed mid-run and
 * started again. Afterwards: 0 acknowledged writes lost, 0 duplicates (one audit record per mutationId),
 * and an audit record exists if and only if its change does. Uses its own Neo4j, never the shared one.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueId } from '../helpers/neo4j.js';
import { ALICE, UPSERT_ACTOR, actorInput, as, call, codeOf } from '../integration/api/curation-helpers.js';
import { buildFaultApp, report, sleep, startPrivateNeo4j, type PrivateNeo4j } from './helpers.js';

const WORKERS = 8;
/** Outcomes worth retrying with the same mutationId: the write may or may not have happened. */
const UNKNOWN_OUTCOME = new Set(['DATABASE_UNAVAILABLE', 'INTERNAL', undefined]);

interface Attempted {
  id: string;
  mutationId: string;
  tries: number;
  outcome: 'acknowledged' | 'refused' | 'unresolved';
  replayed?: boolean;
  code?: string;
}

let neo: PrivateNeo4j;
let app: FastifyInstance;
let driver: Driver;

beforeAll(async () => {
  neo = await startPrivateNeo4j('durability', { seed: true });
  app = await buildFaultApp({ NEO4J_URI: neo.uri, CURATOR_TOKENS: `alice:${ALICE}` });
  driver = neo4j.driver(neo.uri, undefined, { disableLosslessIntegers: true });
  // Warm up (the first mutation loads and indexes the source texts): the run measures crashes, not that.
  for (let i = 0; i < 20; i += 1) {
    const warm = await call(app, UPSERT_ACTOR, { input: actorInput(uniqueId('dur-warm')) }, as(ALICE));
    if (!warm.errors) break;
    await sleep(500);
  }
});

afterAll(async () => {
  await driver?.close();
  await app?.close();
  await neo?.dispose();
});

/** One curator: new actors one after another, each retried with its mutationId until it is answered. */
async function curator(
  worker: number,
  running: () => boolean,
  giveUpAt: () => number,
  log: Attempted[],
  retriedOn: Map<string, number>,
) {
  while (running()) {
    const entry: Attempted = {
      id: uniqueId(`dur-w${worker}`),
      mutationId: randomUUID(),
      tries: 0,
      outcome: 'unresolved',
    };
    log.push(entry);
    for (;;) {
      entry.tries += 1;
      const input = actorInput(entry.id, { mutationId: entry.mutationId });
      const answer = await call<{ upsertActor: { replayed: boolean } }>(app, UPSERT_ACTOR, { input }, as(ALICE)).catch(
        () => undefined,
      );
      if (answer && !answer.errors) {
        entry.outcome = 'acknowledged';
        entry.replayed = answer.data!.upsertActor.replayed;
        break;
      }
      const code = answer ? codeOf(answer) : 'NETWORK';
      if (answer && !UNKNOWN_OUTCOME.has(code)) {
        Object.assign(entry, { outcome: 'refused', code });
        break;
      }
      retriedOn.set(String(code), (retriedOn.get(String(code)) ?? 0) + 1);
      if (Date.now() > giveUpAt()) break;
      await sleep(200);
    }
  }
}

describe('acknowledged writes across a database crash', () => {
  it('should lose no acknowledged write, duplicate none, and keep audit and change together', async () => {
    const log: Attempted[] = [];
    const retriedOn = new Map<string, number>();
    let running = true;
    let giveUpAt = Number.POSITIVE_INFINITY;
    const workers = Array.from({ length: WORKERS }, (_, w) =>
      curator(
        w,
        () => running,
        () => giveUpAt,
        log,
        retriedOn,
      ),
    );

    await sleep(5_000);
    const beforeKill = log.filter((e) => e.outcome === 'acknowledged').length;
    await neo.kill();
    await sleep(2_000);
    const restartAt = Date.now();
    await neo.restart();
    const readyAt = Date.now();
    await sleep(10_000);
    running = false;
    giveUpAt = Date.now() + 60_000;
    await Promise.all(workers);

    const ids = log.map((e) => e.id);
    const { records } = await driver.executeQuery(
      `UNWIND $ids AS id
       OPTIONAL MATCH (n:Entity {id: id})
       OPTIONAL MATCH (a:AuditRecord {targetId: id})
       RETURN id, count(DISTINCT n) AS nodes, count(DISTINCT a) AS audits, collect(DISTINCT a.mutationId) AS mids`,
      { ids },
    );
    const stored = new Map(records.map((r) => [r.get('id') as string, r.toObject()]));
    const acknowledged = log.filter((e) => e.outcome === 'acknowledged');
    const lost = acknowledged.filter((e) => stored.get(e.id)!.nodes !== 1);
    const duplicated = log.filter((e) => stored.get(e.id)!.audits > 1);
    const auditWithoutChange = log.filter((e) => stored.get(e.id)!.audits > 0 && stored.get(e.id)!.nodes === 0);
    const changeWithoutAudit = log.filter((e) => stored.get(e.id)!.nodes > 0 && stored.get(e.id)!.audits === 0);
    const foreignAudit = log.filter((e) => stored.get(e.id)!.audits > 0 && stored.get(e.id)!.mids[0] !== e.mutationId);
    const { records: perMutation } = await driver.executeQuery(
      `MATCH (a:AuditRecord) WHERE a.mutationId IN $mids
       WITH a.mutationId AS mid, count(*) AS n WHERE n > 1 RETURN count(mid) AS duplicated`,
      { mids: log.map((e) => e.mutationId) },
    );

    report('durability', {
      workers: WORKERS,
      attempted: log.length,
      acknowledged: acknowledged.length,
      acknowledgedBeforeKill: beforeKill,
      retriedMutations: log.filter((e) => e.tries > 1).length,
      maxTries: Math.max(...log.map((e) => e.tries)),
      retriedOn: JSON.stringify(Object.fromEntries(retriedOn)),
      answeredAsReplay: acknowledged.filter((e) => e.replayed).length,
      refused: log.filter((e) => e.outcome === 'refused').length,
      unresolved: log.filter((e) => e.outcome === 'unresolved').length,
      lost: lost.length,
      duplicates: duplicated.length + Number(perMutation[0]!.get('duplicated')),
      auditWithoutChange: auditWithoutChange.length,
      changeWithoutAudit: changeWithoutAudit.length,
      jvmRestartMs: readyAt - restartAt,
    });
    expect(beforeKill).toBeGreaterThan(0);
    expect(log.filter((e) => e.tries > 1).length).toBeGreaterThan(0);
    expect(log.filter((e) => e.outcome !== 'acknowledged')).toEqual([]);
    expect(acknowledged.filter((e) => e.tries === 1 && e.replayed)).toEqual([]);
    expect(lost).toEqual([]);
    expect(duplicated).toEqual([]);
    expect(Number(perMutation[0]!.get('duplicated'))).toBe(0);
    expect(auditWithoutChange).toEqual([]);
    expect(changeWithoutAudit).toEqual([]);
    expect(foreignAudit).toEqual([]);
  });
});
