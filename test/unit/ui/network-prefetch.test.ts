import { afterEach, describe, expect, it } from 'vitest';
import { fetchNetwork } from '../../../ui/src/lib/api/network.js';
import { prefetchNetwork, takePrefetchedNetwork } from '../../../ui/src/lib/api/network-prefetch.js';
import type { NetworkQuery } from '../../../ui/src/lib/api/generated/graphql.js';
import { fakeApi, type FakeApi } from './fake-api.js';

const network: NetworkQuery['network'] = {
  nodes: [{ id: 'japan', label: 'ACTOR', name: 'Japan', kind: 'THIRD_COUNTRY' }],
  edges: [],
  total: 1,
  truncated: false,
  layout: null,
  actorLayout: null,
};

describe('network prefetch (index.html starts the first query before the app has loaded)', () => {
  let api: FakeApi | undefined;
  afterEach(() => {
    api?.restore();
    void takePrefetchedNetwork();
  });

  it('should hand the prefetched answer to the first load only, then ask again', async () => {
    api = fakeApi({ 'network(': (): NetworkQuery => ({ network, dataVersion: 'v1' }) });
    prefetchNetwork();
    prefetchNetwork();
    expect(api.calls).toHaveLength(1);
    expect((await fetchNetwork()).graph.nodes.map((n) => n.id)).toEqual(['japan']);
    expect(api.calls).toHaveLength(1);
    expect((await fetchNetwork()).version).toBe('v1');
    expect(api.calls).toHaveLength(2);
  });

  it('should never reject, and leave a failed prefetch to the app, which reports the error', async () => {
    api = fakeApi({ 'network(': { error: 'The graph database is unavailable.', code: 'DATABASE_UNAVAILABLE' } });
    prefetchNetwork();
    await expect(fetchNetwork()).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(api.calls).toHaveLength(2);
    api.restore();
    api = undefined;
    const original = globalThis.fetch;
    globalThis.fetch = () => Promise.reject(new TypeError('offline'));
    try {
      prefetchNetwork();
      expect(await takePrefetchedNetwork()).toBeNull();
    } finally {
      globalThis.fetch = original;
    }
  });
});
