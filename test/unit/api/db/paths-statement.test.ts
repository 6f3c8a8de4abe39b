/** get-paths.cypher with its hop quantifier bounded by maxLength (graph-queries.ts pathsStatement). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pathsStatement } from '../../../../api/src/db/graph-queries.js';

const FILE = readFileSync(new URL('../../../../cypher/graph/get-paths.cypher', import.meta.url), 'utf8');

describe('pathsStatement', () => {
  it('bounds the quantifier of the file by maxLength and changes nothing else', () => {
    for (let maxLength = 1; maxLength <= 6; maxLength += 1) {
      const text = pathsStatement(FILE, maxLength);
      expect(text).toContain(`{1,${maxLength}}(b)`);
      expect(text.replace(`{1,${maxLength}}(b)`, '{1,6}(b)')).toBe(FILE);
    }
    expect(pathsStatement(FILE, 4)).not.toContain('{1,6}(b)');
  });

  it('refuses a bound outside the schema range or that is not a whole number', () => {
    for (const bad of [0, 7, 2.5, -1, Number.NaN]) expect(() => pathsStatement(FILE, bad)).toThrow(RangeError);
  });

  it('leaves the file as it is for an explicit null (its WHERE keeps no path)', () => {
    expect(pathsStatement(FILE, null)).toBe(FILE);
  });

  it('fails loudly when the file no longer has the quantifier it bounds', () => {
    expect(() => pathsStatement(FILE.replace('{1,6}(b)', '{1,5}(b)'), 4)).toThrow(/has no/);
  });
});
