import { describe, expect, it } from 'vitest';
import { computeMeasures, MEASURE_NODE_LIMIT, rankOf, topBy } from '../../../../ui/src/lib/analysis/measures.js';
import { membershipsOf, RULE_COLOURS, ruleNodeSize, ruleStyles } from '../../../../ui/src/lib/analysis/rule-styles.js';

// A path a – b – c – d and an unlinked e: b and c are the bridges, e is far from everyone.
const view = {
  nodes: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })),
  edges: [
    { id: 'a|X|b', source: 'a', target: 'b' },
    { id: 'b|X|c', source: 'b', target: 'c' },
    { id: 'd|X|c', source: 'd', target: 'c' },
  ],
};

describe('network measures (Cytoscape on a headless instance)', () => {
  it('should give degree, betweenness and closeness of each node, links taken both ways', () => {
    const m = computeMeasures(view);
    expect(m.byId.get('b')).toMatchObject({ degree: 2, betweenness: 1 });
    expect(m.byId.get('a')).toMatchObject({ degree: 1, betweenness: 0 });
    expect(m.byId.get('e')).toEqual({ degree: 0, betweenness: 0, closeness: 0 });
    expect(m.byId.get('b')!.closeness).toBeGreaterThan(m.byId.get('a')!.closeness);
    expect(topBy(m, 'betweenness', 5).map((t) => t.id)).toEqual(['b', 'c']);
    expect(rankOf(m, 'c', 'betweenness')).toEqual({ rank: 1, of: 5 });
    expect(rankOf(m, 'a', 'degree')).toEqual({ rank: 3, of: 5 });
  });

  it('should refuse a view above the limit instead of blocking for minutes', () => {
    const big = { nodes: Array.from({ length: MEASURE_NODE_LIMIT + 1 }, (_, i) => ({ id: `n${i}` })), edges: [] };
    expect(() => computeMeasures(big)).toThrow(/at most 1000/);
  });
});

describe('rule styles', () => {
  const nodes = [...view.nodes.map((n) => ({ ...n, actor: true })), { id: 'objective', actor: false }];
  const memberships = membershipsOf(
    [
      { id: 'enisa-2021', name: 'ENISA 2021', kind: 'STRATEGY' },
      { id: 'eu-2013', name: 'EU 2013', kind: 'STRATEGY' },
    ],
    [new Set(['a', 'b']), new Set(['b', 'c'])],
    [new Set(['a']), new Set(['a', 'b']), new Set()],
  );

  it('should give no rule data without rules, so the canvas draws as usual', () => {
    const styles = ruleStyles(nodes, { colour: null, size: null }, null, memberships);
    expect(styles.data.size).toBe(0);
    expect(styles.legend).toEqual({ colour: null, size: null });
    expect(ruleStyles(nodes, { colour: 'kind', size: null }, null, memberships).data.size).toBe(0);
  });

  it('should colour by the strategies that cite each actor, with a legend of what is drawn', () => {
    const styles = ruleStyles(nodes, { colour: 'document', size: null }, null, memberships);
    expect(styles.data.get('b')!.ruleColor).toBe(RULE_COLOURS.green);
    expect(styles.data.get('a')!.ruleColor).toBe(RULE_COLOURS.blue);
    expect(styles.data.get('c')!.ruleColor).toBe(RULE_COLOURS.orange);
    expect(styles.data.get('d')!.ruleColor).toBe(RULE_COLOURS.purple);
    expect(styles.legend.colour!.entries.map((e) => [e.label, e.count])).toEqual([
      ['ENISA 2021 only', 1],
      ['EU 2013 only', 1],
      ['Both strategies', 1],
      ['Reference data only (official pages)', 2],
      ['Not an actor', 1],
    ]);
  });

  it('should colour by pillar, several pillars apart', () => {
    const styles = ruleStyles(nodes, { colour: 'pillar', size: null }, null, memberships);
    expect(styles.legend.colour!.entries.map((e) => e.label)).toContain('Several pillars');
    expect(styles.data.get('b')!.ruleColor).toBe(RULE_COLOURS.vermillion);
  });

  it('should wait for what a rule needs: no memberships, no colours; no measures, no sizes', () => {
    expect(ruleStyles(nodes, { colour: 'document', size: 'degree' }, null, null).data.size).toBe(0);
  });

  it('should size in the order of the values, equal values alike', () => {
    const measures = computeMeasures(view);
    const styles = ruleStyles(nodes, { colour: null, size: 'betweenness' }, measures, null);
    const size = (id: string) => ruleNodeSize(16, styles.data.get(id)!.ruleScale!);
    expect(size('b')).toBeGreaterThan(size('a'));
    expect(size('b')).toBe(size('c'));
    expect(size('a')).toBe(size('e'));
    expect(size('b')).toBe(48);
    expect(styles.legend.size).toMatchObject({ by: 'betweenness', max: '1.000' });
  });
});
