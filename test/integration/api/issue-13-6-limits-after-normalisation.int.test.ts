/**
 * Issue 13, case 6: search checked its 200-character limit and then normalised with NFKC, so a character that
 * NFKC expands (U+3300 becomes four, U+FDFA eighteen) gave Lucene an automaton it refused: a 500. The limit now
 * holds for the normalised text, the one that reaches the index.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, gql } from '../../helpers/app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

const SEARCH = 'query($text: String!) { search(text: $text) { edges { node { entity { id } } } } }';

describe('issue 13 case 6: limits apply after normalisation', () => {
  it.each([
    ['U+3300 x 200 (800 after NFKC)', '\u3300'.repeat(200)],
    ['U+3300 x 51 (204 after NFKC)', '\u3300'.repeat(51)],
    ['U+FDFA x 12 (216 after NFKC)', '\uFDFA'.repeat(12)],
    ['the ligature ﬃ x 67 (201 after NFKC)', '\uFB03'.repeat(67)],
    ['İ x 101 (202 once lower-cased)', '\u0130'.repeat(101)],
  ])('should refuse %s with BAD_USER_INPUT, not a 500', async (_what, text) => {
    const { status, data, errors } = await gql(app, SEARCH, { text });
    expect(status).toBe(200);
    expect(data, 'a request error, refused before execution: no data').toBeUndefined();
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toMatch(/1 to 200 characters long \(after Unicode normalisation, NFKC\)/);
  });

  it('should search what is 200 characters or fewer once normalised, and find ENISA written in full width', async () => {
    type Hits = { search: { edges: Array<{ node: { entity: { id: string } } }> } };
    const fifty = await gql<Hits>(app, SEARCH, { text: '\u3300'.repeat(50) });
    expect(fifty.errors).toBeUndefined();
    expect(Array.isArray(fifty.data!.search.edges)).toBe(true);
    const wide = await gql<Hits>(app, SEARCH, { text: 'ＥＮＩＳＡ' });
    expect(wide.data!.search.edges[0]!.node.entity.id).toBe('enisa');
  });
});
