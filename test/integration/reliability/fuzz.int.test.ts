/**
 * Fuzzing the GraphQL endpoint with 2,000+ documents, valid and malformed (fast-check): no response is
 * a 500, the process survives, and memory stays bounded.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../helpers/app.js';

const VALID = [
  '{ dataVersion dataset { nodes } }',
  '{ actor(id: "enisa") { id name citations { quote } } }',
  '{ eligibility(objective: SO4_4, approach: OUTREACH) { partners { edges { node { actor { id } } } } } }',
  'query Q($o: String!) { whyNot(partner: "japan", objective: $o, approach: LIMITED) { summary } }',
  '{ search(text: "europol") { edges { node { score entity { id } } } } }',
  '{ actors(first: 5) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
  '{ incidentResponse(code: CRIME) { responders { order actor { id } } } }',
  '{ neighbourhood(ids: ["enisa"], depth: 1, limit: 20) { nodes { id } truncated } }',
  'mutation { upsertActor(input: { id: "x", name: "y", kind: OTHER, citation: { note: "n" } }) { actor { version } } }',
];

/** A valid document with random characters deleted, inserted or swapped. */
const mutated = fc
  .tuple(
    fc.constantFrom(...VALID),
    fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 6 }),
  )
  .map(([doc, edits]) =>
    edits.reduce((text, [at, remove, insert]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + remove);
    }, doc),
  );

const variables = fc.dictionary(fc.constantFrom('o', 'id', 'x', 'first', 'approach'), fc.jsonValue({ maxDepth: 2 }), {
  maxKeys: 3,
});

const body = fc.oneof(
  fc.record({ query: mutated, variables: fc.option(variables, { nil: undefined }) }),
  fc.record({ query: fc.string({ maxLength: 200 }) }),
  fc.record({
    query: fc.constantFrom(...VALID),
    variables,
    operationName: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
  }),
  fc.jsonValue({ maxDepth: 3 }),
);

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

describe('GraphQL fuzzing', () => {
  it('should answer 2,000 valid and malformed documents without a 500, with memory bounded', async () => {
    const statuses = new Map<number, number>();
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        runs += 1;
        const response = await app.inject({
          method: 'POST',
          url: '/graphql',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(payload),
        });
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        expect(response.statusCode, JSON.stringify(payload).slice(0, 300)).toBeLessThan(500);
      }),
      { numRuns: 2000, seed: 20261123 },
    );
    const grownMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
    console.log(
      `fuzz: ${runs} documents, statuses ${JSON.stringify(Object.fromEntries(statuses))}, heap growth ${grownMb.toFixed(1)} MB`,
    );
    expect(runs).toBe(2000);
    expect(statuses.get(500) ?? 0).toBe(0);
    expect(grownMb).toBeLessThan(200);
    expect((await app.inject({ url: '/health' })).statusCode).toBe(200);
  }, 180_000);
});
