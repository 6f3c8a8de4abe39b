/**
 * Issue 13, case 1: one unauthenticated request ended the process (a loader threw synchronously inside
 * mercurius's batching, outside any promise). Against the real server entry as `npm start` runs it: the
 * requests of the issue and their relatives (GraphQL over POST and GET, the briefing route, the static routes)
 * each get a coded answer below 500, and /health answers after each. The mechanism (every loader async and
 * checked) is also held directly on every loader the app registers.
 */
import type { MercuriusContext } from 'mercurius';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loaders } from '../../../api/src/graphql/loaders.js';
import { perQuery, safeLoaders } from '../../../api/src/graphql/safe-loaders.js';
import { startServerProcess, type ServerProcess } from '../../helpers/server-process.js';

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess();
}, 180_000);
afterAll(() => server.stop());

/** Each request, and the code of its error: a bound (checked before execution) or a value outside an enum. */
const GRAPHQL_REQUESTS: Array<[string, string, string]> = [
  [
    'relationships(first: 501)',
    '{ actor(id: "enisa") { relationships(first: 501) { totalCount } } }',
    'BAD_USER_INPUT',
  ],
  [
    'relationships(types: [unknown])',
    '{ actor(id: "enisa") { relationships(types: [NOT_A_TYPE]) { totalCount } } }',
    'BAD_USER_INPUT',
  ],
  ['relationships(first: 0)', '{ actor(id: "enisa") { relationships(first: 0) { totalCount } } }', 'BAD_USER_INPUT'],
  ['relationships(first: -1)', '{ actor(id: "enisa") { relationships(first: -1) { totalCount } } }', 'BAD_USER_INPUT'],
  [
    'a bad and a good alias in one batch',
    '{ a: actor(id: "enisa") { relationships(first: 501) { totalCount } } b: actor(id: "japan") { relationships(first: 2) { totalCount } } }',
    'BAD_USER_INPUT',
  ],
  [
    'under another parent',
    '{ eligibility(objective: SO4_4, approach: OUTREACH) { partners { edges { node { actor { relationships(types: [""]) { totalCount } } } } } } }',
    'BAD_USER_INPUT',
  ],
  [
    'a bound under another parent',
    '{ eligibility(objective: SO4_4, approach: OUTREACH) { partners { edges { node { actor { relationships(first: 101) { totalCount } } } } } } }',
    'BAD_USER_INPUT',
  ],
];

async function expectAlive(what: string) {
  const health = await fetch(`${server.base}/health`);
  expect(health.status, `/health after ${what}`).toBe(200);
  expect(server.exited(), `${what}\n${server.output()}`).toBeNull();
}

describe('issue 13 case 1: no request ends the process', () => {
  it.each(GRAPHQL_REQUESTS)(
    'should answer %s with a coded error and stay up (POST and GET)',
    async (what, query, code) => {
      for (const accept of ['application/json', 'application/graphql-response+json']) {
        const response = await fetch(`${server.base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept },
          body: JSON.stringify({ query }),
        });
        expect(response.status, what).toBeLessThan(500);
        const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
        expect(body.errors?.[0]?.extensions?.code, what).toBe(code);
        await expectAlive(what);
      }
      const get = await fetch(`${server.base}/graphql?query=${encodeURIComponent(query)}`, {
        headers: { 'mercurius-require-preflight': 'true' },
      });
      expect(get.status).toBeLessThan(500);
      expect(
        ((await get.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
      ).toBe(code);
      await expectAlive(`GET ${what}`);
    },
  );

  it.each([
    ['/briefing?objective=SO4.4&approach=outreach&assume=constructor:enisa', 400],
    ['/briefing?objective=SO4.4&approach=outreach&assume=specific-eu-agreement:constructor', 404],
    ['/briefing?objective=__proto__&approach=outreach', 400],
    ['/briefing?objective=SO4.4&approach=toString', 400],
    ['/briefing?objective=SO4.4&approach=outreach&format=constructor', 400],
    ['/briefing?objective[]=SO4.4&approach=outreach', 400],
    ['/graphiql/assets/__proto__', 404],
    ['/graphiql/assets/constructor', 404],
    ['/graphiql/assets/hasOwnProperty', 404],
    ['/graphiql/assets/%E0%A4%A', 400],
    ['/no/such/thing', 404],
  ])('should answer GET %s with %i and a code, and stay up', async (path, status) => {
    const response = await fetch(`${server.base}${path}`, { headers: { accept: 'application/json' } });
    expect(response.status, path).toBe(status);
    const body = (await response.json()) as { code?: string };
    expect(body.code, path).toMatch(/^[A-Z_]+$/);
    await expectAlive(path);
  });
});

describe('issue 13 case 1: the mechanism, on every loader the app registers', () => {
  /** A context whose database throws synchronously on any call, as a bad argument check would. */
  const throwing = {
    db: new Proxy(
      {},
      {
        get() {
          throw new Error('synchronous failure');
        },
      },
    ),
  } as unknown as MercuriusContext;
  const entries = Object.entries(loaders).flatMap(([type, fields]) =>
    Object.entries(fields as Record<string, unknown>).map(([field, loader]) => [`${type}.${field}`, loader] as const),
  );

  it('should wrap each loader so that whatever it throws becomes an error answer, never a synchronous throw', async () => {
    expect(entries.length).toBeGreaterThan(10);
    for (const [name, loader] of entries) {
      type Load = (queries: unknown[], context: MercuriusContext) => Promise<unknown>;
      const load = (typeof loader === 'function' ? loader : (loader as { loader: Load }).loader) as Load;
      let result: Promise<unknown> | undefined;
      expect(() => {
        result = load([{ obj: { id: 'enisa', documentId: 'x', actorId: 'enisa' }, params: {} }], throwing);
      }, name).not.toThrow();
      // Either the whole batch fails, or (perQuery) each query is answered by its own error.
      const settled = await result!.then(
        (value) => value,
        (error: unknown) => error,
      );
      const failed = settled instanceof Error || (Array.isArray(settled) && settled.every((e) => e instanceof Error));
      expect(failed, `${name}: ${String(settled)}`).toBe(true);
    }
  });

  it('should refuse an answer that is not one result per query, and answer a failed check alone', async () => {
    const wrapped = safeLoaders({
      T: {
        short: async () => [],
        notList: (() => 'nope') as never,
        sync: (() => {
          throw new Error('sync');
        }) as never,
      },
    }) as Record<string, Record<string, (q: unknown[], c: unknown) => Promise<unknown>>>;
    const queries = [{ obj: {}, params: {} }];
    await expect(wrapped.T!.short!(queries, {})).rejects.toThrow(/answered 0 results for 1 queries/);
    await expect(wrapped.T!.notList!(queries, {})).rejects.toThrow(/answered string/);
    await expect(wrapped.T!.sync!(queries, {})).rejects.toThrow('sync');
    const answers = await perQuery(
      [1, -1, 2],
      (n) => {
        if (n < 0) throw new Error(`bad ${n}`);
        return n;
      },
      async (checked) => checked.map((n) => n * 10),
    );
    expect(answers.map((a) => (a instanceof Error ? a.message : a))).toEqual([10, 'bad -1', 20]);
  });
});
