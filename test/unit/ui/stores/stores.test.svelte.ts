// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { decodeState } from '../../../../ui/src/lib/state/url-state.js';
import { EligibilityStore } from '../../../../ui/src/lib/stores/eligibility.svelte.js';
import { Explorer } from '../../../../ui/src/lib/stores/explorer.svelte.js';
import { ExploreStore } from '../../../../ui/src/lib/stores/explore.svelte.js';
import type { EligibilityQuery, PartnerFieldsFragment } from '../../../../ui/src/lib/api/generated/graphql.js';
import { edge, fakeApi, node, type FakeApi } from '../fake-api.js';

const network = {
  total: 4,
  truncated: false,
  nodes: [node('enisa', 'eu-agency'), node('japan'), node('oecd', 'international-organisation'), node('norway')],
  edges: [
    edge('japan', 'MEMBER_OF', 'oecd'),
    edge('enisa', 'COOPERATES_WITH', 'oecd'),
    edge('norway', 'MEMBER_OF', 'oecd'),
  ],
};
const around = (ids: string[]) => ({
  ...network,
  nodes: network.nodes.filter((n) => ids.includes(n.id) || n.id === 'oecd'),
  edges: network.edges.filter((e) => ids.includes(e.source) || ids.includes(e.target)),
});
const partner = (id: string, assumed = false): PartnerFieldsFragment => ({
  actor: { id, name: id, kind: 'THIRD_COUNTRY' },
  assumed,
  reasons: [],
  conditions: [],
});
const lastPage = { hasNextPage: false, endCursor: null };
const eligibility = (assume: Array<{ actor: string }>): EligibilityQuery['eligibility'] => ({
  question: 'Outreach under SO4.4',
  assumptions: [],
  partners: {
    edges: [partner('norway'), ...assume.map((a) => partner(a.actor, true))].map((node) => ({ node })),
    pageInfo: lastPage,
  },
  classes: [],
  activities: [],
  excluded: { edges: [], pageInfo: lastPage },
  generalConditions: [],
});

let api: FakeApi | undefined;
afterEach(() => api?.restore());

describe('ExploreStore', () => {
  it('should focus, expand, collapse, hide and undo each step', async () => {
    api = fakeApi({ neighbourhood: (v) => ({ neighbourhood: around(v.ids as string[]) }) });
    const store = new ExploreStore();
    await store.setFocus('enisa');
    expect(store.local!.nodes.map((n) => n.id).sort()).toEqual(['enisa', 'oecd']);
    await store.expand('oecd');
    expect(store.expanded).toEqual(['oecd']);
    store.hide('japan');
    expect(store.hidden).toEqual(['japan']);
    await store.undo();
    expect(store.hidden).toEqual([]);
    await store.collapse('oecd');
    expect(store.expanded).toEqual([]);
    await store.undo();
    await store.undo();
    expect(store.expanded).toEqual([]);
    await store.undo();
    expect(store.focus).toBeNull();
    expect(store.local).toBeNull();
    expect(store.canUndo).toBe(false);
  });

  it('should add an expanded node’s neighbours to the whole network, without a focus', async () => {
    api = fakeApi({ neighbourhood: (v) => ({ neighbourhood: around(v.ids as string[]) }) });
    const store = new ExploreStore();
    await store.expand('japan');
    expect(store.focus).toBeNull();
    expect(store.local).toBeNull();
    expect(store.added!.nodes.map((n) => n.id).sort()).toEqual(['japan', 'oecd']);
    await store.undo();
    expect(store.expanded).toEqual([]);
    expect(store.added).toBeNull();
  });

  it('should fall back to the whole network with a message when the focus does not exist', async () => {
    api = fakeApi({ neighbourhood: { error: 'No node with id "nope"', code: 'NOT_FOUND' } });
    const store = new ExploreStore();
    await store.setFocus('nope');
    expect(store.focus).toBeNull();
    expect(store.state).toBe('error');
    expect(store.error).toMatch(/no node "nope".*whole network/);
  });
});

describe('EligibilityStore', () => {
  it('should send the assumptions and mark the partners that rest on them', async () => {
    api = fakeApi({ 'eligibility(': (v) => ({ eligibility: eligibility(v.assume as Array<{ actor: string }>) }) });
    const store = new EligibilityStore();
    store.objective = 'SO4_4';
    store.approach = 'OUTREACH';
    expect(store.addAssumption('SPECIFIC_EU_AGREEMENT', 'japan')).toBe(true);
    expect(store.addAssumption('SPECIFIC_EU_AGREEMENT', 'japan')).toBe(false);
    await store.run();
    // The question with its assumptions, and the same question without them (the what-if's baseline).
    expect(api.calls.map((c) => c.variables)).toEqual([
      expect.objectContaining({
        objective: 'SO4_4',
        approach: 'OUTREACH',
        assume: [{ kind: 'SPECIFIC_EU_AGREEMENT', actor: 'japan' }],
      }),
      expect.objectContaining({ objective: 'SO4_4', approach: 'OUTREACH', assume: [] }),
    ]);
    expect(store.partnerIds).toEqual(['norway', 'japan']);
    expect(store.assumedIds).toEqual(['japan']);
    expect(store.whatIfDiff).toMatchObject({ added: ['japan'], removed: [], unchanged: ['norway'] });
    expect(store.graphDiff?.changes.get('japan')).toBe('added');
    store.removeAssumption('SPECIFIC_EU_AGREEMENT', 'japan');
    await store.run();
    expect(store.assumedIds).toEqual([]);
    expect(store.whatIfDiff).toBeNull();
  });

  it('should answer a second question with the same assumptions and mark its partners against the first', async () => {
    api = fakeApi({ 'eligibility(': (v) => ({ eligibility: eligibility(v.assume as Array<{ actor: string }>) }) });
    const store = new EligibilityStore();
    store.objective = 'SO4_4';
    store.approach = 'OUTREACH';
    await store.run();
    store.addAssumption('SPECIFIC_EU_AGREEMENT', 'japan');
    await store.compareWith({ objective: 'SO4_4', approach: 'ASSISTING' });
    expect(api.calls.at(-1)!.variables).toMatchObject({ approach: 'ASSISTING', assume: [{ actor: 'japan' }] });
    expect(store.view).toBe('compare');
    expect(store.compareDiff).toMatchObject({ added: ['japan'], removed: [], unchanged: ['norway'] });
    expect(store.graphDiff?.partners.sort()).toEqual(['japan', 'norway']);
  });

  it('should show the API error', async () => {
    api = fakeApi({ 'eligibility(': { error: 'The graph database is unavailable', code: 'DATABASE_UNAVAILABLE' } });
    const store = new EligibilityStore();
    store.objective = 'ALL';
    store.approach = 'LIMITED';
    await store.run();
    expect(store.state).toBe('error');
    expect(store.error).toMatch(/unavailable/);
  });
});

describe('Explorer', () => {
  it('should restore a shared URL and report what it could not use', async () => {
    api = fakeApi({
      'network(': () => ({ network: { ...network, layout: null, actorLayout: null }, dataVersion: 'v1' }),
      strategicObjectives: () => ({ strategicObjectives: [], approaches: [] }),
      incidentTypes: () => ({ incidentTypes: [] }),
      documents: () => ({ documents: { edges: [], pageInfo: lastPage } }),
      neighbourhood: (v) => ({ neighbourhood: around(v.ids as string[]) }),
      'eligibility(': (v) => ({ eligibility: eligibility(v.assume as Array<{ actor: string }>) }),
    });
    const explorer = new Explorer();
    const { state, problems } = decodeState(
      '?focus=enisa&layout=concentric&tab=eligibility&objective=SO4.4&approach=OUTREACH' +
        '&assume=SPECIFIC_EU_AGREEMENT:japan,SPECIFIC_EU_AGREEMENT:atlantis&sel=ghost&layout=x',
    );
    await explorer.start(state, problems);
    expect(explorer.layout).toBe('concentric');
    expect(explorer.explore.focus).toBe('enisa');
    expect(explorer.lens).toBe('eligibility');
    expect([...explorer.decorations.highlighted!].sort()).toEqual(['japan', 'norway']);
    expect([...explorer.decorations.assumed!]).toEqual(['japan']);
    expect(explorer.displayed!.nodes.map((n) => n.id).sort()).toEqual(['enisa', 'japan', 'norway', 'oecd']);
    expect(explorer.problems.join(' ')).toMatch(/selection "ghost"/);
    expect(explorer.problems.join(' ')).toMatch(/unknown actors/);
    expect(explorer.urlState.assume).toEqual([{ kind: 'SPECIFIC_EU_AGREEMENT', actor: 'japan' }]);
  });

  it('should stop at a clear error state when the API is down', async () => {
    api = fakeApi({
      'network(': { error: 'The graph database is unavailable; try again shortly.', code: 'DATABASE_UNAVAILABLE' },
    });
    const explorer = new Explorer();
    await explorer.start(decodeState('').state, []);
    expect(explorer.network.state).toBe('error');
    expect(explorer.network.error).toMatch(/unavailable/);
    expect(explorer.displayed).toBeNull();
  });
});
