/**
 * Issue 20, the API's hot path: a request's variables are coerced once by the executor, not a second time by
 * mercurius before it (plugins/graphql.ts gives mercurius none; its preExecution hook checks them and hands them
 * on). Counted, not timed: the calls of the PartialDate scalar's parseValue per request, once mercurius runs the
 * document's compiled query (from its 2nd request); it was 2 per request before. And what must not change: every
 * request runs with its own variables, and variables that do not coerce are refused on every request, before and
 * after the document is compiled.
 */
import type { FastifyInstance } from 'fastify';
import type { GraphQLScalarType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../helpers/app.js';

const QUERY = 'query Dated($from: PartialDate) { actions(dateFrom: $from, first: 1) { totalCount } }';

interface Answer {
  data?: { actions: { totalCount: number } } | null;
  errors?: Array<{ message: string; extensions: { code: string } }>;
}

let app: FastifyInstance;
let parsed = 0;
beforeAll(async () => {
  app = await buildTestApp();
  // Before the first request, so the compiled query and graphql-js both call the counting function.
  const scalar = app.graphql.schema.getType('PartialDate') as GraphQLScalarType;
  const parseValue = scalar.parseValue.bind(scalar);
  scalar.parseValue = (value: unknown) => {
    parsed += 1;
    return parseValue(value);
  };
});
afterAll(() => app.close());

async function ask(from: unknown): Promise<{ status: number; body: Answer }> {
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { accept: 'application/graphql-response+json' },
    payload: { query: QUERY, variables: { from } },
  });
  return { status: response.statusCode, body: response.json() as Answer };
}

describe('issue 20: variables coerced once per request', () => {
  it('should parse a variable once per request once the query is compiled', async () => {
    for (let request = 1; request <= 3; request += 1) expect((await ask('2013')).status).toBe(200);
    const perRequest: number[] = [];
    for (let request = 4; request <= 8; request += 1) {
      const before = parsed;
      expect((await ask('2013')).status).toBe(200);
      perRequest.push(parsed - before);
    }
    expect(perRequest).toEqual([1, 1, 1, 1, 1]);
  });

  it('should run each request with its own variables and refuse those that do not coerce, on every request', async () => {
    const all = (await ask(null)).body.data!.actions.totalCount;
    const late = (await ask('2100')).body.data!.actions.totalCount;
    expect(late).toBeLessThan(all); // the variable reaches the resolver (no undated action passes a date filter)
    for (let request = 1; request <= 6; request += 1) {
      const bad = await ask(request % 2 ? '2013-02-30' : 2013);
      expect(bad.status).toBe(400);
      expect(bad.body.data).toBeUndefined();
      expect(bad.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(bad.body.errors?.[0]?.message).toMatch(/PartialDate/);
      expect((await ask('2100')).body.data!.actions.totalCount).toBe(late);
      expect((await ask(null)).body.data!.actions.totalCount).toBe(all);
    }
  });
});
