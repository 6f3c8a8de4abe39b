/**
 * Issue 20 (API ÷ driver for W3): `paths` is one statement, with or without a path. get-paths.cypher looks the
 * two ends up itself, so "no path" and "no such node" are told apart without a second read (which was W3's
 * extra round trip for a pair without a path). Counted from Database.read, which every statement of a
 * request goes through (cached reads and the version check included).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Database } from '../../../api/src/db/database.js';
import { buildTestApp, gql } from '../../helpers/app.js';

const PATHS = `query($from: ID!, $to: ID!, $maxLength: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength, k: 3) { total truncated paths { nodes } nodes { id } edges { id } }
}`;

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());
afterEach(() => vi.restoreAllMocks());

/** The statements (cypher/ names) one request reads, and its answer. */
async function statementsOf(variables: Record<string, unknown>) {
  const read = vi.spyOn(Database.prototype, 'read');
  const answer = await gql<{ paths: { paths: unknown[]; nodes: unknown[] } }>(app, PATHS, variables);
  const names = read.mock.calls.map(([name]) => name);
  read.mockRestore();
  return { answer, names };
}

describe('paths reads one statement (issue 20)', () => {
  it('should answer a pair without a path from get-paths alone', async () => {
    // enisa and japan both exist, with no direct relationship: no path of one hop.
    const { answer, names } = await statementsOf({ from: 'enisa', to: 'japan', maxLength: 1 });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.paths).toMatchObject({ paths: [], nodes: [] });
    expect(names).toEqual(['graph/get-paths']);
  });

  it('should tell a missing end (NOT_FOUND, with its ids) from get-paths alone', async () => {
    const { answer, names } = await statementsOf({ from: 'atlantis', to: 'japan', maxLength: 4 });
    expect(answer.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', ids: ['atlantis'] });
    expect(names).toEqual(['graph/get-paths']);
    const both = await statementsOf({ from: 'atlantis', to: 'lemuria', maxLength: 4 });
    expect(both.answer.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', ids: ['atlantis', 'lemuria'] });
    expect(both.names).toEqual(['graph/get-paths']);
  });

  it('should answer a pair with paths from get-paths alone', async () => {
    const { answer, names } = await statementsOf({ from: 'enisa', to: 'nato', maxLength: 3 });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.paths.paths.length).toBeGreaterThan(0);
    expect(names).toEqual(['graph/get-paths']);
  });
});
