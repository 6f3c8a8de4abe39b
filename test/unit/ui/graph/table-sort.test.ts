import { describe, expect, it } from 'vitest';
import {
  documentShortName,
  nextSort,
  sortEdgeRows,
  sortNodeRows,
  type NodeRow,
} from '../../../../ui/src/lib/graph/table.js';

const row = (id: string, name: string, links: number, actor = true): NodeRow => ({
  id,
  name,
  kind: actor ? 'EU agency' : 'Action',
  links,
  actor,
  highlighted: false,
});

describe('table sorting', () => {
  const rows = [row('b', 'Bravo', 3), row('a', 'alpha', 1), row('c', 'Charlie', 3), row('x', 'Action 2', 9, false)];

  it('should sort names without regard to case, counts most first, and keep ties in their order', () => {
    expect(sortNodeRows(rows, { column: 'name', direction: 'ascending' }, null).map((r) => r.id)).toEqual([
      'x',
      'a',
      'b',
      'c',
    ]);
    expect(sortNodeRows(rows, { column: 'links', direction: 'descending' }, null).map((r) => r.id)).toEqual([
      'x',
      'b',
      'c',
      'a',
    ]);
    const counts = new Map([
      ['a', 5],
      ['b', 2],
    ]);
    // Non-actors carry no citations of their own: last when most come first.
    expect(sortNodeRows(rows, { column: 'citations', direction: 'descending' }, counts).map((r) => r.id)).toEqual([
      'a',
      'b',
      'c',
      'x',
    ]);
    expect(sortNodeRows(rows, null, null)).toEqual(rows);
  });

  it('should start counts descending and text ascending, and reverse on a second press', () => {
    expect(nextSort(null, 'links', true)).toEqual({ column: 'links', direction: 'descending' });
    expect(nextSort(null, 'name', false)).toEqual({ column: 'name', direction: 'ascending' });
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name', false).direction).toBe('descending');
  });

  it('should sort relationships by type and name documents briefly', () => {
    const edges = [
      { id: '1', source: 'a', sourceName: 'A', type: 'member of', rawType: 'MEMBER_OF', target: 'b', targetName: 'B' },
      {
        id: '2',
        source: 'a',
        sourceName: 'A',
        type: 'cooperates with',
        rawType: 'COOPERATES_WITH',
        target: 'c',
        targetName: 'C',
      },
    ];
    expect(sortEdgeRows(edges, { column: 'type', direction: 'ascending' }, null).map((e) => e.id)).toEqual(['2', '1']);
    expect(documentShortName({ id: 'eu-cybersecurity-strategy-2013', name: 'x' })).toBe('EU strategy 2013');
    expect(documentShortName({ id: 'other', name: 'EUR-Lex page' })).toBe('EUR-Lex page');
  });
});
