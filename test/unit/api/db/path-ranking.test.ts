/**
 * Paths ranked by meaning (issue 17), pure: cost = hops + 2 per non-actor node between the ends + 1 per hop citing
 * no provision; a route's best variant represents it; groups by provision; LENGTH keeps the query's order. Also
 * the date windows the timeline and the action filter share.
 */
import { describe, expect, it } from 'vitest';
import { dayBounds, overlaps, toDating } from '../../../../api/src/db/dating.js';
import { rankPaths } from '../../../../api/src/db/path-ranking.js';
import { parsePartialDate } from '../../../../api/src/graphql/scalars.js';

const node = (id: string, label = 'Actor') => ({ id, label, name: id });
const edge = (source: string, type: string, target: string, locator: string | null) => ({
  id: `${source}|${type}|${target}`,
  source,
  target,
  type,
  citeDocuments: ['doc'],
  citeLocators: [locator ?? ''],
  citeQuoted: [locator !== null],
});
const row = (ids: Array<[string, string?]>, edges: ReturnType<typeof edge>[]) => ({
  nodes: ids.map(([id, label]) => node(id, label)),
  edges,
});

// Shortest first, as get-paths.cypher returns them: a detour through an action, a reference hop, two actor paths.
const ROWS = [
  row([['a'], ['x', 'Action'], ['b']], [edge('a', 'ASSIGNED_TO', 'x', '2.1'), edge('x', 'ASSIGNED_TO', 'b', '2.1')]),
  row([['a'], ['r'], ['b']], [edge('a', 'MEMBER_OF', 'r', null), edge('b', 'MEMBER_OF', 'r', '3.1')]),
  row([['a'], ['c'], ['b']], [edge('a', 'COOPERATES_WITH', 'c', '1.2'), edge('b', 'COOPERATES_WITH', 'c', '3.1')]),
  row(
    [['a'], ['c'], ['d'], ['b']],
    [edge('a', 'COOPERATES_WITH', 'c', '1.2'), edge('c', 'SUPPORTS', 'd', '4.4'), edge('d', 'SUPPORTS', 'b', '4.4')],
  ),
];

describe('rankPaths', () => {
  it('should rank provision-backed actor paths first, then an uncited hop, then a detour through an action', () => {
    const { paths } = rankPaths(ROWS, 10, 'MEANING');
    expect(paths.map((p) => [p.rank, p.cost, p.nodes.join('')])).toEqual([
      [1, 2, 'acb'],
      [2, 3, 'arb'],
      [3, 3, 'acdb'],
      [4, 4, 'axb'],
    ]);
    expect(paths.map((p) => [p.actorsOnly, p.provisionBacked])).toEqual([
      [true, true],
      [true, false],
      [true, true],
      [false, true],
    ]);
    expect(paths[0]!.steps.map((s) => s.direction)).toEqual(['FORWARD', 'BACKWARD']);
  });

  it('should keep the query’s order by LENGTH, and keep k routes', () => {
    const { paths, routes } = rankPaths(ROWS, 2, 'LENGTH');
    expect(paths.map((p) => p.nodes.join(''))).toEqual(['axb', 'arb']);
    expect(routes).toBe(4);
  });

  it('should represent a route by its best variant (parallel relationships)', () => {
    const uncited = row([['a'], ['b']], [edge('a', 'MEMBER_OF', 'b', null)]);
    const cited = row([['a'], ['b']], [edge('a', 'COOPERATES_WITH', 'b', '1.2')]);
    const { paths, rows } = rankPaths([uncited, cited], 5, 'MEANING');
    expect(paths).toHaveLength(1);
    expect(paths[0]!.edges).toEqual(['a|COOPERATES_WITH|b']);
    expect(rows).toHaveLength(2);
  });

  it('should group paths by provision, the most paths first, the paths on none last', () => {
    const bare = row([['a'], ['b']], [edge('a', 'MEMBER_OF', 'b', null)]);
    const { groups } = rankPaths([...ROWS, bare], 10, 'MEANING');
    // The bare one-hop path ranks first (cost 2, shorter than a-c-b); it rests on no provision.
    expect(groups.map((g) => [g.locator, g.paths])).toEqual([
      ['3.1', [2, 3]],
      ['1.2', [2, 4]],
      ['4.4', [4]],
      ['2.1', [5]],
      [null, [1]],
    ]);
  });
});

describe('date windows', () => {
  it('should bound a year, a month (February of a leap year) and a day', () => {
    expect(dayBounds('2013')).toEqual({ first: '2013-01-01', last: '2013-12-31' });
    expect(dayBounds('2012-02')).toEqual({ first: '2012-02-01', last: '2012-02-29' });
    expect(dayBounds('2004-03-10')).toEqual({ first: '2004-03-10', last: '2004-03-10' });
  });

  it('should open a deadline at its start and a start at its end', () => {
    const deadline = toDating({ date: '2014', datePrecision: 'year', dateRole: 'deadline' })!;
    expect([deadline.windowStart, deadline.windowEnd]).toEqual([null, '2014-12-31']);
    expect(overlaps(deadline, '2010-01-01', '2010-12-31')).toBe(true);
    expect(overlaps(deadline, '2015-01-01', null)).toBe(false);
    const start = toDating({ date: '2013', datePrecision: 'year', dateRole: 'start' })!;
    expect([start.windowStart, start.windowEnd]).toEqual(['2013-01-01', null]);
    expect(overlaps(start, '2030-01-01', '2030-12-31')).toBe(true);
    expect(overlaps(start, null, '2012-12-31')).toBe(false);
    expect(toDating({ undated: true })).toBeNull();
  });

  it('should accept only real partial dates', () => {
    for (const good of ['2013', '2012-10', '2012-02-29']) expect(parsePartialDate(good)).toBe(good);
    for (const bad of ['2013-02-29', '2013-13', '13', '2013-1', '2013-00', 2013, null, '2013-10-01T00:00:00Z'])
      expect(() => parsePartialDate(bad)).toThrow(TypeError);
  });
});
