import { describe, expect, it } from 'vitest';
import { composeView, mergeGraphs } from '../../../../ui/src/lib/graph/view.js';
import type { GraphData } from '../../../../core/graph/types.js';
import { edge, node } from '../fake-api.js';

const network: GraphData = {
  nodes: [
    node('enisa', 'eu-agency'),
    node('japan'),
    node('oecd', 'international-organisation'),
    node('rule-1', null, 'EligibilityRule'),
  ],
  edges: [
    edge('japan', 'MEMBER_OF', 'oecd'),
    edge('enisa', 'COOPERATES_WITH', 'oecd'),
    edge('rule-1', 'APPLIES_TO', 'oecd'),
  ],
  total: 4,
  truncated: false,
};
const ids = (g: GraphData) => g.nodes.map((n) => n.id).sort();

describe('composeView', () => {
  it('should show the whole network when there is no focus', () => {
    const view = composeView({ network, local: null });
    expect(ids(view)).toEqual(['enisa', 'japan', 'oecd', 'rule-1']);
    expect(view.edges).toHaveLength(3);
  });

  it('should show the neighbourhood plus what a question brought in, with the network edges among them', () => {
    const local = {
      ...network,
      nodes: network.nodes.filter((n) => n.id === 'enisa' || n.id === 'oecd'),
      edges: [network.edges[1]!],
    };
    const view = composeView({ network, local, extraIds: ['japan', 'nope'] });
    expect(ids(view)).toEqual(['enisa', 'japan', 'oecd']);
    expect(view.edges.map((e) => e.id)).toContain('japan|MEMBER_OF|oecd');
  });

  it('should filter by kind, allowed ids, relationship type and hidden, but keep what must stay', () => {
    expect(ids(composeView({ network, local: null, kinds: ['THIRD_COUNTRY', 'EU_AGENCY'] }))).toEqual([
      'enisa',
      'japan',
    ]);
    expect(ids(composeView({ network, local: null, kinds: ['EU_AGENCY'], keep: ['oecd'] }))).toEqual(['enisa', 'oecd']);
    expect(ids(composeView({ network, local: null, allowed: ['japan'] }))).toEqual(['japan']);
    expect(ids(composeView({ network, local: null, hidden: ['japan'], keep: ['japan'] }))).not.toContain('japan');
    const typed = composeView({ network, local: null, relationTypes: ['MEMBER_OF'] });
    expect(typed.edges.map((e) => e.type)).toEqual(['MEMBER_OF']);
  });

  it('should draw the actor network alone in the actors scope, plus what an answer needs', () => {
    const view = composeView({ network, local: null, scope: 'actors' });
    expect(ids(view)).toEqual(['enisa', 'japan', 'oecd']);
    expect(view.edges.map((e) => e.id).sort()).toEqual(['enisa|COOPERATES_WITH|oecd', 'japan|MEMBER_OF|oecd']);
    // An answer's node from the model comes in with its relationships to the actors drawn.
    const kept = composeView({ network, local: null, scope: 'actors', extraIds: ['rule-1'], keep: ['rule-1'] });
    expect(ids(kept)).toEqual(['enisa', 'japan', 'oecd', 'rule-1']);
    expect(kept.edges.map((e) => e.id)).toContain('rule-1|APPLIES_TO|oecd');
    // A focus neighbourhood shows every kind.
    const local = { ...network, nodes: network.nodes.filter((n) => n.id !== 'japan'), edges: network.edges.slice(1) };
    expect(ids(composeView({ network, local, scope: 'actors' }))).toEqual(['enisa', 'oecd', 'rule-1']);
  });

  it("should keep the server's actor-network layout for the untouched actor network only", () => {
    const layout = network.nodes.map((n, i) => ({ id: n.id, x: i * 100, y: 0 }));
    const actorLayout = layout.slice(0, 3);
    const laidOut = { ...network, layout, actorLayout };
    expect(composeView({ network: laidOut, local: null, scope: 'actors' }).layout).toBe(actorLayout);
    expect(composeView({ network: laidOut, local: null, scope: 'model' }).layout).toBe(layout);
    expect(composeView({ network: laidOut, local: null, scope: 'actors', hidden: ['japan'] }).layout).toBeUndefined();
    expect(
      composeView({ network: laidOut, local: null, scope: 'actors', extraIds: ['rule-1'], keep: ['rule-1'] }).layout,
    ).toBeUndefined();
  });

  it("should keep the server's layout for the whole network only", () => {
    const layout = network.nodes.map((n, i) => ({ id: n.id, x: i * 100, y: 0 }));
    const laidOut = { ...network, layout };
    expect(composeView({ network: laidOut, local: null, extraIds: ['japan'] }).layout).toBe(layout);
    expect(composeView({ network, local: null }).layout).toBeUndefined();
    expect(composeView({ network: laidOut, local: null, hidden: ['japan'] }).layout).toBeUndefined();
    expect(composeView({ network: laidOut, local: null, relationTypes: ['MEMBER_OF'] }).layout).toBeUndefined();
    const local: GraphData = { nodes: [node('japan')], edges: [], total: 1, truncated: false };
    expect(composeView({ network: laidOut, local }).layout).toBeUndefined();
  });

  it('should merge graphs by id and concatenate paths', () => {
    const path = { nodes: ['japan', 'oecd', 'enisa'], edges: ['japan|MEMBER_OF|oecd', 'enisa|COOPERATES_WITH|oecd'] };
    const merged = mergeGraphs(network, { ...network, paths: [path], truncated: true });
    expect(merged.nodes).toHaveLength(4);
    expect(merged.edges).toHaveLength(3);
    expect(merged.paths).toEqual([path]);
    expect(merged.truncated).toBe(true);
  });
});
