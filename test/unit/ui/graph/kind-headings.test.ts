import { describe, expect, it } from 'vitest';
import { kindHeadings, type ColumnNode } from '../../../../ui/src/lib/graph/kind-headings.js';

const view = { width: 800, height: 600 };
/** A column of `count` nodes of one kind, from (x, y) down, 30 px apart. */
const column = (kind: string, x: number, y: number, count: number, prefix = kind): ColumnNode[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    kind,
    x,
    y: y + 30 * i,
    size: 20,
    labelHeight: 14,
  }));

describe('kind headings (the unlinked actors’ groups)', () => {
  it('should head each kind’s run down a column with the kind’s name, above its first node', () => {
    const nodes = [
      ...column('EU_BODY', 40, 60, 3),
      ...column('THIRD_COUNTRY', 40, 180, 2),
      ...column('OTHER', 200, 60, 4),
    ];
    const headings = kindHeadings(nodes, [], view);
    expect(headings.map((h) => h.text)).toEqual(['EU body', 'Third country', 'Other actor']);
    const euBody = headings[0]!.rect;
    expect(euBody.x1).toBe(30); // the column's left edge
    expect(euBody.y2).toBeLessThanOrEqual(60 - 10); // above the first node's body
  });

  it('should give a group that goes on in the next column a heading there too', () => {
    const nodes = [...column('PRIVATE_SECTOR', 40, 60, 3, 'a'), ...column('PRIVATE_SECTOR', 200, 60, 2, 'b')];
    expect(kindHeadings(nodes, [], view).map((h) => h.text)).toEqual(['Private sector', 'Private sector']);
  });

  it('should leave out a heading over a node, over another heading or outside the view', () => {
    const nodes = [...column('EU_BODY', 40, 60, 3), ...column('NETWORK', 40, 150, 2)];
    // A node right where the Network heading would go.
    const blocker = { x1: 40, y1: 130, x2: 60, y2: 138 };
    expect(kindHeadings(nodes, [blocker], view).map((h) => h.text)).toEqual(['EU body']);
    // At the top edge: no room above the first node.
    expect(kindHeadings(column('EU_BODY', 40, 12, 3), [], view)).toEqual([]);
  });

  it('should draw nothing where the unlinked actors do not stand in columns (another layout)', () => {
    const scattered: ColumnNode[] = Array.from({ length: 8 }, (_, i) => ({
      id: `n${i}`,
      kind: i % 2 ? 'EU_BODY' : 'OTHER',
      x: 50 + 83 * i,
      y: 100 + 37 * (i % 3),
      size: 20,
      labelHeight: 14,
    }));
    expect(kindHeadings(scattered, [], view)).toEqual([]);
  });
});
