// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { ProfileStore } from '../../../../ui/src/lib/stores/profile.svelte.js';
import { fakeApi, type FakeApi } from '../fake-api.js';

const page = { hasNextPage: false, endCursor: null };
const profileAnswer = (actor: string) => ({
  actorProfile: {
    actor: { id: actor, name: actor, kind: 'THIRD_COUNTRY' },
    assumptions: [],
    cells: [],
    dataVersion: 'v1',
  },
  actor: {
    id: actor,
    memberships: { totalCount: 0, edges: [] },
    provisions: { totalCount: 0, edges: [] },
  },
});

describe('profile store', () => {
  let api: FakeApi | undefined;
  afterEach(() => api?.restore());

  it('should load the profile, the actions and the paths to ENISA once per actor and assumptions', async () => {
    api = fakeApi({
      'query ActorProfile': (v) => profileAnswer(String(v.actor)),
      'query ProfileActions': () => ({ actions: { totalCount: 0, edges: [], pageInfo: page } }),
      'query ProfilePaths': () => ({ paths: { truncated: false, nodes: [], paths: [] } }),
    });
    const store = new ProfileStore();
    await store.load('japan', []);
    await expect.poll(() => store.pathsState).toBe('empty');
    expect(store.state).toBe('ready');
    expect(store.profile?.actor.id).toBe('japan');
    expect(api.calls.find((c) => c.query.includes('ProfilePaths'))?.variables).toEqual({ from: 'japan', to: 'enisa' });
    const calls = api.calls.length;
    await store.load('japan', []);
    expect(api.calls.length).toBe(calls);
    await store.load('japan', [{ kind: 'SPECIFIC_EU_AGREEMENT', actor: 'japan' }]);
    expect(api.calls.find((c) => c.variables.assume && (c.variables.assume as unknown[]).length === 1)).toBeDefined();
  });

  it('should say so when no actor has the id, and ask again only when told', async () => {
    api = fakeApi({
      'query ActorProfile': () => ({ actorProfile: null, actor: null }),
      'query ProfileActions': { error: 'No actor with id "nobody"', code: 'NOT_FOUND' },
      'query ProfilePaths': { error: 'No node with id "nobody"', code: 'NOT_FOUND' },
    });
    const store = new ProfileStore();
    await store.load('nobody', []);
    expect(store.state).toBe('empty');
    await expect.poll(() => store.actionsState).toBe('error');
    const calls = api.calls.filter((c) => c.query.includes('ActorProfile')).length;
    await store.retry();
    expect(api.calls.filter((c) => c.query.includes('ActorProfile')).length).toBe(calls + 1);
  });

  it('should not look for paths from ENISA to itself', async () => {
    api = fakeApi({
      'query ActorProfile': (v) => profileAnswer(String(v.actor)),
      'query ProfileActions': () => ({ actions: { totalCount: 0, edges: [], pageInfo: page } }),
    });
    const store = new ProfileStore();
    await store.load('enisa', []);
    expect(store.pathsState).toBe('idle');
    expect(api.calls.some((c) => c.query.includes('ProfilePaths'))).toBe(false);
  });
});
