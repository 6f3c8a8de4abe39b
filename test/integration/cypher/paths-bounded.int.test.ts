/**
 * W3's speed-up must not change an answer: get-paths.cypher run with its quantifier bounded by maxLength
 * (graph-queries.ts pathsStatement, what the API runs) returns exactly the rows, in order, that the file as it
 * is returns, for every maxLength and pairs of seed nodes near and far.
 */
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { cypher, loadCypherCatalog } from '../../../api/src/db/cypher.js';
import { pathsStatement } from '../../../api/src/db/graph-queries.js';
import { testConfig } from '../../helpers/app.js';
import { testDriver } from '../../helpers/neo4j.js';

const driver = testDriver();
afterAll(() => driver.close());
const file = cypher(loadCypherCatalog(testConfig().paths.cypher), 'graph/get-paths');

const PAIRS: Array<[string, string]> = [
  ['enisa', 'nato'],
  ['enisa', 'united-states'],
  ['europol-ec3', 'japan'],
  ['cert-eu', 'eeas'],
];

async function rows(text: string, params: Record<string, unknown>) {
  const { records } = await driver.executeQuery(text, params, { routing: neo4j.routing.READ });
  return records.map((record) => record.toObject());
}

describe('get-paths bounded by maxLength', () => {
  it('returns the same rows as the file for every maxLength', async () => {
    let nonEmpty = 0;
    for (const [from, to] of PAIRS) {
      for (const maxLength of [1, 2, 3, 4, 6]) {
        const params = { from, to, maxLength: neo4j.int(maxLength), types: null };
        const expected = await rows(file, params);
        expect(await rows(pathsStatement(file, maxLength), params), `${from} → ${to}, ${maxLength}`).toEqual(expected);
        if (expected.some((row) => row.nodes !== null)) nonEmpty += 1;
      }
    }
    // The comparison means something only if paths were found.
    expect(nonEmpty).toBeGreaterThan(8);
  });
});
