import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../../core/graph/types.js';
import { sameDecorations, sameScene } from '../../../../ui/src/lib/graph/same-scene.js';

const nodes = [
  { id: 'a', label: 'ACTOR', name: 'A', kind: 'THIRD_COUNTRY' },
  { id: 'b', label: 'ACTOR', name: 'B', kind: 'NETWORK' },
];
const edges = [{ id: 'e', source: 'a', target: 'b', type: 'MEMBER_OF' }];
const graph: GraphData = { nodes, edges, total: 2, truncated: false };

describe('same scene (GraphCanvas skips a reconcile)', () => {
  it('should hold for a view recomputed with the same nodes, edges and equal decorations', () => {
    const before = { graph, decorations: { highlighted: new Set(['a']), focus: 'a' } };
    const after = {
      graph: { ...graph, nodes: [...nodes], edges: [...edges] },
      decorations: { highlighted: new Set(['a']), focus: 'a', order: new Map() },
    };
    expect(sameScene(before, after)).toBe(true);
  });

  it('should fail for a changed node, an edge more, or other decorations', () => {
    const before = { graph, decorations: {} };
    const renamed = { ...graph, nodes: [nodes[0]!, { ...nodes[1]!, name: 'B2' }] };
    expect(sameScene(before, { graph: renamed, decorations: {} })).toBe(false);
    const more = { ...graph, edges: [...edges, { id: 'f', source: 'b', target: 'a', type: 'SUPPORTS' }] };
    expect(sameScene(before, { graph: more, decorations: {} })).toBe(false);
    expect(sameDecorations({ highlighted: new Set(['a']) }, { highlighted: new Set(['b']) })).toBe(false);
    expect(sameDecorations({ order: new Map([['a', 1]]) }, { order: new Map([['a', 2]]) })).toBe(false);
    expect(sameDecorations({ focus: 'a' }, {})).toBe(false);
    expect(sameDecorations({ changes: new Map([['a', 'added' as const]]) }, {})).toBe(false);
  });
});
