/** get-neighbourhood's rows as lists (issue 20, W2 at 100k): mapped to the same DTOs as the map rows were. */
import { describe, expect, it } from 'vitest';
import { toGraphEdgeFromList, toGraphNodeFromList } from '../../../api/src/db/graph-mappers.js';
import { toGraphEdge, toGraphNode } from '../../../api/src/db/mappers.js';

describe('neighbourhood rows as lists', () => {
  it('should map a node list as toGraphNode maps the same fields', () => {
    const rows = [
      ['enisa', 'Actor', 'ENISA', 'eu-agency', null],
      ['p2', 'Principle', null, null, 2],
      ['a1', 'Action', 'An action', 'ignored', null],
    ];
    for (const [id, label, name, kind, number] of rows)
      expect(toGraphNodeFromList([id, label, name, kind, number])).toEqual(
        toGraphNode({ id, label, name, kind, number }),
      );
    expect(toGraphNodeFromList(rows[1]!)).toEqual({ id: 'p2', label: 'Principle', name: 'Principle 2', kind: null });
  });

  it('should make the edge id source|type|target, as the statement made it', () => {
    const edge = toGraphEdgeFromList(['enisa', 'MEMBER_OF', 'eu-agencies']);
    expect(edge).toEqual(
      toGraphEdge({ id: 'enisa|MEMBER_OF|eu-agencies', source: 'enisa', target: 'eu-agencies', type: 'MEMBER_OF' }),
    );
    expect(JSON.stringify(edge)).toBe(
      '{"id":"enisa|MEMBER_OF|eu-agencies","source":"enisa","target":"eu-agencies","type":"MEMBER_OF"}',
    );
  });
});
