/**
 * Issue 20: an eligibility query's whole result is kept under the data version (graphql/answer-cache.ts). Read
 * from the outside: how many operations mercurius executes (its preExecution hook), the bodies, and the data
 * version after a curation write. A repeat is served without executing; a write changes the answer's version;
 * a query with other root fields, a curator's request and a result with errors are executed every time.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver } from '../../helpers/neo4j.js';
import { actorInput, ALICE, as, buildCurationApp, cleanUp, UPSERT_ACTOR } from './curation-helpers.js';

const ELIGIBILITY = `query Q($objective: Objective!) {
  eligibility(objective: $objective, approach: OUTREACH) { objective partners(first: 5) { totalCount edges { node { actor { id name } } } } dataVersion }
}`;

describe('eligibility results kept under the data version (issue 20)', () => {
  let app: FastifyInstance;
  const driver = testDriver();
  const created: string[] = [];
  let executed = 0;

  beforeAll(async () => {
    app = await buildCurationApp();
    app.graphql.addHook('preExecution', async () => {
      executed++;
    });
  });
  afterAll(async () => {
    await cleanUp(driver, created);
    await app.close();
    await driver.close();
  });

  const post = async (query: string, variables: Record<string, unknown>, authorization?: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: authorization ? { authorization } : {},
      payload: { query, variables },
    });
    return { status: response.statusCode, body: response.body, type: response.headers['content-type'] };
  };

  it('should answer a repeat without executing it, with the same body, until a write changes the version', async () => {
    const first = await post(ELIGIBILITY, { objective: 'SO4_4' });
    expect(first.status).toBe(200);
    const before = executed;
    const again = await post(ELIGIBILITY, { objective: 'SO4_4' });
    expect(again).toEqual(first);
    expect(String(again.type)).toMatch(/^application\/(graphql-response\+)?json; charset=utf-8$/);
    expect(executed - before).toBe(0);
    // Other variables are another answer.
    const other = await post(ELIGIBILITY, { objective: 'SO4_1' });
    expect(other.body).not.toBe(first.body);
    expect(executed - before).toBe(1);

    const id = `test-answer-cache-${Date.now()}`;
    created.push(id);
    const write = await post(UPSERT_ACTOR, { input: actorInput(id) }, as(ALICE));
    expect(write.status, write.body).toBe(200);
    const after = await post(ELIGIBILITY, { objective: 'SO4_4' });
    const version = (body: string) =>
      (JSON.parse(body) as { data: { eligibility: { dataVersion: string } } }).data.eligibility.dataVersion;
    expect(version(after.body)).not.toBe(version(first.body));
    expect(executed - before).toBe(3); // SO4_1, the mutation, and SO4_4 under the new version
  });

  it('should serve a kept answer as the same UTF-8 bytes, its length counted in bytes', async () => {
    // The quotes hold characters beyond ASCII (curly quotes, dashes): a kept answer is its UTF-8 bytes, and a
    // wrong encoding or a length counted in characters would change the body or cut it.
    const QUOTES = `query Q($objective: Objective!) {
      eligibility(objective: $objective, approach: ASSISTING) { partners(first: 50) { edges { node { reasons { citation { quote } } conditions { citation { quote } } } } } }
    }`;
    const response = async (authorization?: string) =>
      app.inject({
        method: 'POST',
        url: '/graphql',
        headers: authorization ? { authorization } : {},
        payload: { query: QUOTES, variables: { objective: 'SO4_4' } },
      });
    // A curator's request is executed and serialised every time: the reference.
    const executedBody = (await response(as(ALICE))).body;
    const first = await response();
    const before = executed;
    const again = await response();
    expect(executed - before).toBe(0);
    expect(executedBody).toMatch(/[\u0080-\uffff]/);
    for (const r of [first, again]) {
      expect(Number(r.headers['content-length'])).toBe(r.rawPayload.length);
      expect(JSON.parse(r.body)).toEqual(JSON.parse(executedBody));
    }
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
  });

  it('should execute every time a query with other root fields, a curator request, and one that fails', async () => {
    const mixed = `query { eligibility(objective: SO4_4, approach: OUTREACH) { dataVersion } actor(id: "japan") { id } }`;
    await post(mixed, {});
    let before = executed;
    await post(mixed, {});
    expect(executed - before).toBe(1);

    await post(ELIGIBILITY, { objective: 'SO4_2' }, as(ALICE));
    before = executed;
    await post(ELIGIBILITY, { objective: 'SO4_2' }, as(ALICE));
    expect(executed - before).toBe(1);

    const failing = `query { whyNot(objective: SO4_4, approach: OUTREACH, partner: "no-such-actor") { partner { id } } }`;
    const failed = await post(failing, {});
    expect(failed.body).toContain('NOT_FOUND');
    before = executed;
    expect((await post(failing, {})).body).toContain('NOT_FOUND');
    expect(executed - before).toBe(1);
  });
});
