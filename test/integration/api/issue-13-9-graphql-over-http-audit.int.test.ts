/**
 * Issue 13, case 9: the reference audit of the GraphQL-over-HTTP spec (`serverAudits` of the graphql-http
 * package) gave 46 ok, 7 warnings, 7 notices and 1 error. It runs here against the app on a free port: 0 errors,
 * 0 warnings, and only the notices listed below (README "Reliability and security" says why each is kept).
 */
import type { FastifyInstance } from 'fastify';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, listenOnFreePort } from '../../helpers/app.js';

/** Notices we keep, with why: all three are GETs without a CSRF-prevention header, which we refuse (400). */
const ACCEPTED_NOTICES: Record<string, string> = {
  '5A70': 'a GraphQL GET needs the mercurius-require-preflight header (CSRF prevention); the audit sends none',
  D6D5: 'the same: a GET with variables, accepting application/graphql-response+json',
  '6A70': 'the same: a GET with variables, accepting application/json',
};

let app: FastifyInstance;
let url: string;
beforeAll(async () => {
  app = await buildTestApp();
  url = `${await listenOnFreePort(app)}/graphql`;
});
afterAll(() => app.close());

describe('issue 13 case 9: GraphQL over HTTP', () => {
  it('should pass the graphql-http audit with 0 errors and 0 warnings, and only the accepted notices', async () => {
    const results = await auditServer({ url });
    const by = (status: string) => results.filter((r) => r.status === status);
    const describe = (r: (typeof results)[number]) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`;
    console.log(
      `graphql-http audit: ${by('ok').length} ok, ${by('warn').length} warnings, ${by('notice').length} notices, ${by('error').length} errors`,
    );
    expect(by('error').map(describe)).toEqual([]);
    expect(by('warn').map(describe)).toEqual([]);
    expect(
      by('notice')
        .filter((r) => !Object.hasOwn(ACCEPTED_NOTICES, r.id))
        .map(describe),
    ).toEqual([]);
    expect(by('ok').length).toBeGreaterThanOrEqual(55);
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('should accept "extensions": null, and answer in the media type the client accepts', async () => {
    const body = JSON.stringify({ query: '{ dataVersion }', extensions: null, variables: null });
    const json = await post(body);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const strict = await post(body, { accept: 'application/graphql-response+json, application/json;q=0.9' });
    expect(strict.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(((await strict.json()) as { data: unknown }).data).toBeDefined();
    const unacceptable = await post(body, { accept: 'text/html' });
    expect(unacceptable.status).toBe(406);
  });

  it('should leave data out when the request failed before execution, and keep it when it ran', async () => {
    for (const query of ['{ nope }', '{', 'query Q($x: Int!) { network(limit: $x) { total } }']) {
      const answer = (await (await post(JSON.stringify({ query }))).json()) as object;
      expect(answer, query).not.toHaveProperty('data');
      expect(answer, query).toHaveProperty('errors');
    }
    // A bad argument is refused before execution too (no data); an unknown id is found out while executing.
    const bound = (await (await post(JSON.stringify({ query: '{ network(limit: 0) { total } }' }))).json()) as object;
    expect(bound).not.toHaveProperty('data');
    const query = '{ neighbourhood(ids: ["atlantis"]) { total } }';
    const ran = (await (await post(JSON.stringify({ query }))).json()) as { errors: Array<{ extensions: object }> };
    expect(ran).toHaveProperty('data');
    expect(ran.errors[0]!.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'atlantis' });
  });

  it('should answer request errors 200 under application/json and 400 under application/graphql-response+json', async () => {
    const body = JSON.stringify({ query: '{ nope }' });
    expect((await post(body)).status).toBe(200);
    expect((await post(body, { accept: 'application/graphql-response+json' })).status).toBe(400);
    expect((await post('{"query": ', { accept: 'application/json' })).status).toBe(400);
    expect((await post(JSON.stringify({ query: 1 }))).status).toBe(400);
    expect((await post(JSON.stringify({ query: '{ dataVersion }', variables: [] }))).status).toBe(400);
  });
});
