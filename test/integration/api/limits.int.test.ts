/**
 * Expensive documents are refused before any resolver runs: depth (inline and through named fragments),
 * 1,000 aliases (token limit), 31+ aliases (alias rule), and cost. "No resolver ran" is checked by
 * counting database calls, since every resolver here reads Neo4j.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, gql } from '../../helpers/app.js';

let app: FastifyInstance;
let calls = 0;
beforeAll(async () => {
  app = await buildTestApp();
  const read = app.db.read.bind(app.db);
  app.db.read = (...args) => {
    calls += 1;
    return read(...args);
  };
});
beforeEach(() => {
  calls = 0;
});
afterAll(() => app.close());

/**
 * Refused before execution: no resolver ran, no `data` entry, and the status the GraphQL-over-HTTP spec gives a
 * request error: 200 under application/json, 400 under application/graphql-response+json.
 */
async function refused(query: string) {
  const answers = [];
  for (const accept of ['application/json', 'application/graphql-response+json']) {
    const response = await app.inject({ method: 'POST', url: '/graphql', headers: { accept }, payload: { query } });
    expect(response.statusCode, accept).toBe(accept === 'application/json' ? 200 : 400);
    expect(response.headers['content-type']).toContain(accept);
    const body = response.json() as { errors: Array<{ message: string; extensions?: { code?: string } }> };
    expect(body).not.toHaveProperty('data');
    answers.push(body.errors[0]!);
  }
  expect(calls).toBe(0);
  expect(answers[1]).toMatchObject({
    message: answers[0]!.message,
    extensions: { code: answers[0]!.extensions!.code },
  });
  return answers[0]!;
}

describe('query limits', () => {
  /**
   * actor { memberOf { edges { node { … memberOf { <leaf> } … } } } }, four connection levels: `totalCount` as the
   * leaf is at depth 15 (the limit), `pageInfo { hasNextPage }` at 16.
   */
  const nested = (leaf: string) =>
    `{ actor(id: "iceland") { ${'memberOf { edges { node { '.repeat(4)}memberOf { ${leaf} }${' } } }'.repeat(4)} } }`;

  it('should refuse an explicit null page size, inline or as a variable, as BAD_USER_INPUT (it was INTERNAL)', async () => {
    for (const [query, variables] of [
      ['{ actor(id: "iceland") { relationships(first: null) { totalCount } } }', {}],
      ['query($n: Int) { actors(first: $n) { totalCount } }', { n: null }],
      ['{ agreement(id: "eea-agreement") { parties { relationships(first: null) { totalCount } } } }', {}],
    ] as const) {
      // A request error: no data (200 under application/json, which this helper asks for).
      const { data, errors } = await gql(app, query, variables);
      expect(data, query).toBeUndefined();
      expect(errors![0]!.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', field: expect.any(String) });
      expect(errors![0]!.message).toMatch(/first\)?: must be a whole number from 1 to 100/);
    }
  });

  it('should answer a query at the depth limit and refuse one level deeper, written inline', async () => {
    const atLimit = await gql(app, nested('totalCount'));
    expect(atLimit.status).toBe(200);
    expect(atLimit.errors).toBeUndefined();
    calls = 0;
    const error = await refused(nested('pageInfo { hasNextPage }'));
    expect(error.extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toMatch(/depth/);
  });

  it('should refuse the same depth hidden in named fragments', async () => {
    const fragments = Array.from(
      { length: 14 },
      (_, i) => `fragment F${i} on Actor { memberOf { edges { node { ${i < 13 ? `...F${i + 1}` : 'id'} } } } }`,
    ).join('\n');
    const error = await refused(`{ actor(id: "iceland") { ...F0 } }\n${fragments}`);
    expect(error.extensions!.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('should refuse 1,000 aliases in milliseconds', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: dataVersion`).join(' ')} }`;
    const started = performance.now();
    const error = await refused(query);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(error.extensions!.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('should refuse more aliases than the alias limit even under the token limit', async () => {
    const error = await refused(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: dataset { nodes }`).join(' ')} }`);
    expect(error.extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toMatch(/Too many aliases/);
  });

  it('should refuse a query whose estimated cost is too high', async () => {
    const query = `{ ${Array.from({ length: 12 }, (_, i) => `n${i}: network(limit: 2000) { nodes { id label name kind } edges { id source target type } }`).join(' ')} }`;
    const error = await refused(query);
    expect(error.extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toMatch(/cost/);
  });

  it('should refuse a body over the size limit with 413', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: `{ dataVersion } #${'x'.repeat(200_000)}` },
    });
    expect(response.statusCode).toBe(413);
    expect(calls).toBe(0);
  });
});
