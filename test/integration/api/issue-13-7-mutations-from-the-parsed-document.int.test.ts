/**
 * Issue 13, case 7: mutations were recognised with a regular expression, so a leading comma (which GraphQL
 * ignores) got a mutation past the mutation rate limit. The rate limiter and the GET rule now read the operation
 * the request names from the parsed document.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../helpers/app.js';

const UNLINK = 'unlink(input: { from: "a", type: "MEMBER_OF", to: "b" }) { dataVersion }';
const DISGUISED: Array<[string, string, string?]> = [
  ['a leading comma', `,mutation { ${UNLINK} }`],
  ['commas and a comment', `,,, # a comment\n, mutation { ${UNLINK} }`],
  ['a byte order mark', `\uFEFFmutation { ${UNLINK} }`],
  ['tabs and a name', `\t\tmutation\tM { ${UNLINK} }`],
  ['a query first, the mutation named', `query Q { dataVersion } mutation M { ${UNLINK} }`, 'M'],
  ['a fragment first', `fragment F on Query { dataVersion }\nmutation { ${UNLINK} }`],
];

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function limited() {
  const app = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100', RATE_LIMIT_MUTATIONS_PER_MINUTE: '2' });
  apps.push(app);
  return app;
}

const post = (app: FastifyInstance, query: string, operationName?: string) =>
  app.inject({ method: 'POST', url: '/graphql', payload: { query, operationName } });

describe('issue 13 case 7: mutations are found in the parsed document', () => {
  it.each(DISGUISED)('should count a mutation behind %s against the mutation limit', async (_what, query, name) => {
    const app = await limited();
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await post(app, query, name)).statusCode);
    expect(statuses.slice(0, 2)).toEqual([200, 200]);
    expect(statuses[2]).toBe(429);
    const refused = await post(app, query, name);
    expect(refused.json().errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('should not count queries, even ones that say "mutation" or sit beside one', async () => {
    const app = await limited();
    for (let i = 0; i < 5; i += 1) {
      expect((await post(app, '{ search(text: "mutation") { score } }')).statusCode).toBe(200);
      expect((await post(app, `query Q { dataVersion } mutation M { ${UNLINK} }`, 'Q')).statusCode).toBe(200);
      expect((await post(app, '# mutation { unlink }\n{ dataVersion }')).statusCode).toBe(200);
    }
  });

  it.each(DISGUISED)('should refuse a mutation behind %s over GET with 405', async (_what, query, name) => {
    const app = await limited();
    const params = new URLSearchParams({ query, ...(name ? { operationName: name } : {}) });
    const response = await app.inject({
      url: `/graphql?${params}`,
      headers: { 'mercurius-require-preflight': 'true' },
    });
    expect(response.statusCode).toBe(405);
    expect(response.json().errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
  });
});
