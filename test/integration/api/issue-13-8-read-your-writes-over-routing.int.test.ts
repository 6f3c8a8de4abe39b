/**
 * Issue 13, case 8: reads used `driver.executeQuery` with its bookmark manager but curation wrote through
 * sessions with none, so on a cluster a read after an acknowledged write, the read cache's version check and
 * the mutationId replay check could see an older state. The app runs here against `neo4j://` (the routing
 * driver; the single Community server answers the routing table with the address the driver used), and every
 * session and executeQuery of its driver must carry the driver's one bookmark manager.
 */
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp } from '../../helpers/app.js';
import { testDriver, uniqueId } from '../../helpers/neo4j.js';
import { ALICE, UPSERT_ACTOR, actorInput, as, call, cleanUp } from './curation-helpers.js';

const ROUTING_URI = inject('neo4jUri').replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');

let app: FastifyInstance;
let driver: Driver;
const created: string[] = [];
/** The bookmark manager given to each session and executeQuery of the app's driver, in order. */
const managers: Array<{ via: string; manager: unknown }> = [];

beforeAll(async () => {
  app = await buildTestApp({ NEO4J_URI: ROUTING_URI, CURATOR_TOKENS: `alice:${ALICE}` });
  const appDriver = app.db.driver;
  const session = appDriver.session.bind(appDriver);
  const executeQuery = appDriver.executeQuery.bind(appDriver);
  appDriver.session = ((config = {}) => {
    managers.push({ via: 'session', manager: config.bookmarkManager });
    return session(config);
  }) as Driver['session'];
  appDriver.executeQuery = ((query: string, params?: unknown, config: { bookmarkManager?: unknown } = {}) => {
    managers.push({ via: 'executeQuery', manager: config.bookmarkManager });
    return executeQuery(query as never, params as never, config as never);
  }) as Driver['executeQuery'];
  driver = testDriver();
});
afterAll(async () => {
  await app.close();
  await cleanUp(driver, created);
  await driver.close();
});

const READ = `query($id: ID!, $target: ID, $text: String!) {
  actor(id: $id) { name }
  auditLog(target: $target, first: 5) { edges { node { targetId } } }
  search(text: $text, first: 5) { edges { node { entity { id } } } }
  dataVersion
}`;

describe('issue 13 case 8: read-your-writes through neo4j:// (routing)', () => {
  it('should use the routing scheme', () => {
    expect(ROUTING_URI).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
  });

  it('should see every acknowledged write in the next read: the node, its audit record and the new version', async () => {
    for (let round = 0; round < 20; round += 1) {
      const id = uniqueId('ryw');
      created.push(id);
      // A word only this round's actor has: the search before the write finds nothing (and is cached), the
      // search after it must find the actor.
      const word = `ryw${id.slice(-8).replace(/-/g, '')}`;
      const text = `Round ${round} ${word}`;
      const before = (
        await call<{ dataVersion: string; search: { edges: unknown[] } }>(app, READ, { id, target: id, text: word })
      ).data!;
      expect(before.search.edges).toEqual([]);
      const wrote = await call<{ upsertActor: { dataVersion: string } }>(
        app,
        UPSERT_ACTOR,
        { input: actorInput(id, { name: text, mutationId: `ryw-${id}` }) },
        as(ALICE),
      );
      expect(wrote.errors).toBeUndefined();
      const after = await call<{
        actor: { name: string } | null;
        auditLog: { edges: Array<{ node: { targetId: string } }> };
        search: { edges: Array<{ node: { entity: { id: string } } }> };
        dataVersion: string;
      }>(app, READ, { id, target: id, text: word });
      expect(after.data!.actor, `round ${round}`).toEqual({ name: text });
      expect(after.data!.search.edges.map((e) => e.node.entity.id)).toEqual([id]);
      expect(after.data!.auditLog.edges.map((a) => a.node.targetId)).toEqual([id]);
      expect(after.data!.dataVersion).toBe(wrote.data!.upsertActor.dataVersion);
      expect(after.data!.dataVersion).not.toBe(before.dataVersion);
      // The replay check reads the audit record just written.
      const replay = await call<{ upsertActor: { replayed: boolean } }>(
        app,
        UPSERT_ACTOR,
        { input: actorInput(id, { name: text, mutationId: `ryw-${id}` }) },
        as(ALICE),
      );
      expect(replay.data!.upsertActor.replayed).toBe(true);
    }
  });

  it('should give every session and executeQuery of the driver its one bookmark manager', async () => {
    managers.length = 0;
    const id = uniqueId('ryw');
    created.push(id);
    await call(app, UPSERT_ACTOR, { input: actorInput(id) }, as(ALICE));
    await call(app, READ, { id, target: id, text: 'enisa' });
    expect((await app.inject({ url: '/ready' })).statusCode).toBe(200);
    // Reads are auto-commit queries in sessions, curation writes are session transactions: both are sessions.
    expect(managers.filter((m) => m.via === 'session').length).toBeGreaterThanOrEqual(3);
    const shared = app.db.driver.executeQueryBookmarkManager;
    expect(shared).toBeDefined();
    for (const { via, manager } of managers) expect(manager, via).toBe(shared);
  });
});
