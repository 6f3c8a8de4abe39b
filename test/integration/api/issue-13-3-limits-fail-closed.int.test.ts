/**
 * Issue 13, case 3: the cost limit failed open. When the estimate threw (a second operation in the document with
 * a required variable missing) the check was skipped, so 30 `network(limit: 2000)` aliases refused alone were
 * answered once a dummy operation was added; a negative `first` made the estimate negative. Now the estimate
 * counts only the operation that runs, a size outside 0 to 2000 is refused before any resolver runs, and an
 * estimate that cannot be made refuses the request.
 */
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../api/src/errors.js';
import { assertAffordable } from '../../../api/src/graphql/limits.js';
import { buildTestApp } from '../../helpers/app.js';

let app: FastifyInstance;
let calls = 0;
beforeAll(async () => {
  app = await buildTestApp();
  // Every resolver here reads Neo4j: counting reads tells whether any resolver ran.
  const read = app.db.read.bind(app.db);
  app.db.read = (...args) => {
    calls += 1;
    return read(...args);
  };
  const readCached = app.db.readCached.bind(app.db);
  app.db.readCached = (...args) => {
    calls += 1;
    return readCached(...args);
  };
});
beforeEach(() => {
  calls = 0;
});
afterAll(() => app.close());

const ALIASES = Array.from({ length: 30 }, (_, i) => `n${i}: network(limit: 2000) { nodes { id label name kind } }`);
const HEAVY = `query Heavy { ${ALIASES.join(' ')} }`;

async function post(body: object, accept = 'application/json') {
  const response = await app.inject({ method: 'POST', url: '/graphql', headers: { accept }, payload: body });
  return {
    status: response.statusCode,
    body: response.json() as { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> },
  };
}

/** Refused before execution: no data entry, a code, no database call, 400 under graphql-response+json. */
async function expectRefused(body: object, code: string) {
  const json = await post(body);
  expect(json.status).toBe(200);
  expect(json.body).not.toHaveProperty('data');
  expect(json.body.errors![0]!.extensions.code).toBe(code);
  const strict = await post(body, 'application/graphql-response+json');
  expect(strict.status).toBe(400);
  expect(calls).toBe(0);
  return json.body.errors![0]!;
}

describe('issue 13 case 3: limits fail closed', () => {
  it('should refuse 30 network(limit: 2000) aliases alone', async () => {
    expect((await expectRefused({ query: HEAVY }, 'QUERY_TOO_COMPLEX')).message).toMatch(/cost/);
  });

  it('should still refuse them beside a dummy operation whose required variable is missing', async () => {
    const query = `${HEAVY}\nquery Dummy($x: String!) { search(text: $x) { totalCount } }`;
    await expectRefused({ query, operationName: 'Heavy' }, 'QUERY_TOO_COMPLEX');
    await expectRefused({ query, operationName: 'Heavy', variables: { unrelated: 1 } }, 'QUERY_TOO_COMPLEX');
  });

  it('should refuse a negative or an oversized first or limit before anything runs', async () => {
    for (const size of [-1, -1_000_000, 2001, 2 ** 31 - 1]) {
      const query = `{ a: actors(first: ${size}) { totalCount } ${ALIASES.slice(0, 2).join(' ')} }`;
      expect((await expectRefused({ query }, 'BAD_USER_INPUT')).message, String(size)).toMatch(/first\)?: must be/);
      const variables = { n: size };
      const network = 'query($n: Int) { network(limit: $n) { total } }';
      expect((await expectRefused({ query: network, variables }, 'BAD_USER_INPUT')).message).toMatch(
        /limit\)?: must be/,
      );
    }
  });

  it('should refuse the operation that runs when its own variables are missing, as BAD_USER_INPUT', async () => {
    const query = 'query Q($x: String!) { search(text: $x) { totalCount } }';
    expect((await expectRefused({ query }, 'BAD_USER_INPUT')).message).toMatch(/\$x/);
  });

  it('should answer a document whose other operation is invalid for the one that runs, when it is cheap', async () => {
    const query = 'query Cheap { dataVersion }\nquery Dummy($x: String!) { search(text: $x) { totalCount } }';
    const { status, body } = await post({ query, operationName: 'Cheap' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});

describe('issue 13 case 3: assertAffordable refuses whatever it cannot estimate', () => {
  // graphql's CommonJS build, as mercurius and graphql-query-complexity load it (schemas do not cross builds).
  const { buildSchema, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
  const schema = buildSchema(
    'type Query { list(first: Int): [Item!]! } type Item { id: ID! children(first: Int): [Item!]! }',
  );

  it('should accept a cheap query, so the refusals below are not an artefact', () => {
    expect(() => assertAffordable(schema, parse('{ list(first: 10) { id } }'), {}, undefined)).not.toThrow();
  });

  it('should refuse an estimate that throws, naming no internals', () => {
    // More than the estimator's node budget (10,000 selections): graphql-query-complexity throws.
    const query = parse(`{ ${Array.from({ length: 10_001 }, (_, i) => `a${i}: list { id }`).join(' ')} }`);
    const refused = (() => {
      try {
        assertAffordable(schema, query, {}, undefined);
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('QUERY_TOO_COMPLEX');
  });

  it('should never let a negative size lower the estimate', () => {
    const query = parse('{ a: list(first: -5) { id } b: list(first: 400) { children(first: 400) { id } } }');
    expect(() => assertAffordable(schema, query, {}, undefined)).toThrow(/first must be a whole number/);
  });
});
