import { describe, expect, it } from 'vitest';
import { stableJson, StampScope, VersionedReadCache } from '../../../../api/src/db/read-cache.js';

type Row = Record<string, unknown>;

function harness(maxEntries = 10) {
  let stamp = 'v1';
  let stampReads = 0;
  let loads = 0;
  const cache = new VersionedReadCache(async () => {
    stampReads += 1;
    return stamp;
  }, maxEntries);
  const load = (value: string) => async (): Promise<Row[]> => {
    loads += 1;
    return [{ value }];
  };
  return {
    cache,
    load,
    setStamp: (next: string) => (stamp = next),
    counts: () => ({ stampReads, loads }),
  };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('VersionedReadCache', () => {
  it('answers a repeated read from the cache while the stamp is unchanged', async () => {
    const h = harness();
    expect(await h.cache.read('q', { a: 1 }, h.load('first'))).toEqual([{ value: 'first' }]);
    await nextTurn();
    expect(await h.cache.read('q', { a: 1 }, h.load('second'))).toEqual([{ value: 'first' }]);
    expect(h.counts()).toEqual({ stampReads: 2, loads: 1 });
  });

  it('loads again when the stamp changed', async () => {
    const h = harness();
    await h.cache.read('q', {}, h.load('old'));
    await nextTurn();
    h.setStamp('v2');
    expect(await h.cache.read('q', {}, h.load('new'))).toEqual([{ value: 'new' }]);
  });

  it('keys by name and parameters, whatever their key order', async () => {
    const h = harness();
    await h.cache.read('q', { a: 1, b: 2 }, h.load('ab'));
    expect(await h.cache.read('q', { b: 2, a: 1 }, h.load('other'))).toEqual([{ value: 'ab' }]);
    expect(await h.cache.read('q', { a: 2, b: 2 }, h.load('a2'))).toEqual([{ value: 'a2' }]);
    expect(await h.cache.read('p', { a: 1, b: 2 }, h.load('p'))).toEqual([{ value: 'p' }]);
  });

  it('shares one stamp read among reads of the same turn, but not across a finished write', async () => {
    const h = harness();
    await Promise.all([h.cache.read('a', {}, h.load('a')), h.cache.read('b', {}, h.load('b'))]);
    expect(h.counts().stampReads).toBe(1);
    const before = h.cache.read('c', {}, h.load('c'));
    h.cache.writeFinished();
    h.setStamp('v2');
    const after = h.cache.read('a', {}, h.load('a after the write'));
    await before;
    expect(await after).toEqual([{ value: 'a after the write' }]);
    expect(h.counts().stampReads).toBe(2);
  });

  it('forgets failed loads and keeps at most maxEntries answers', async () => {
    const h = harness(2);
    await expect(h.cache.read('q', {}, () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await h.cache.read('q', {}, h.load('up'))).toEqual([{ value: 'up' }]);
    await h.cache.read('r', {}, h.load('r'));
    await h.cache.read('s', {}, h.load('s'));
    expect(await h.cache.read('q', {}, h.load('reloaded'))).toEqual([{ value: 'reloaded' }]);
  });

  it('keeps search answers in a pool of their own: many searches never evict a main answer', async () => {
    const h = harness(2);
    await h.cache.read('eligibility', {}, h.load('kept'));
    for (let i = 0; i < 20; i += 1)
      await h.cache.read('search', { text: `t${i}` }, h.load(`hit ${i}`), undefined, 'search');
    expect(await h.cache.read('eligibility', {}, h.load('reloaded'))).toEqual([{ value: 'kept' }]);
    expect(await h.cache.read('search', { text: 't19' }, h.load('again'), undefined, 'search')).toEqual([
      { value: 'hit 19' },
    ]);
    expect(await h.cache.read('search', { text: 't0' }, h.load('t0 again'), undefined, 'search')).toEqual([
      { value: 't0 again' },
    ]);
    h.setStamp('v2');
    await nextTurn();
    expect(await h.cache.read('search', { text: 't19' }, h.load('new'), undefined, 'search')).toEqual([
      { value: 'new' },
    ]);
  });

  it('passes through when disabled', async () => {
    const h = harness(0);
    await h.cache.read('q', {}, h.load('1'));
    expect(await h.cache.read('q', {}, h.load('2'))).toEqual([{ value: '2' }]);
    expect(h.counts().stampReads).toBe(0);
  });

  it('stableJson sorts nested keys', () => {
    expect(stableJson({ b: { d: 1, c: 2 }, a: [3, { f: 1, e: 2 }] })).toBe('{"a":[3,{"e":2,"f":1}],"b":{"c":2,"d":1}}');
  });
});

describe('VersionedReadCache with a request scope', () => {
  it('reads the stamp once per request, across turns, and again after a write of this process', async () => {
    const h = harness();
    const scope = new StampScope();
    await h.cache.read('a', {}, h.load('a'), scope);
    await nextTurn();
    await h.cache.read('b', {}, h.load('b'), scope);
    expect(h.counts().stampReads).toBe(1);
    h.cache.writeFinished();
    h.setStamp('v2');
    expect(await h.cache.read('a', {}, h.load('a after the write'), scope)).toEqual([{ value: 'a after the write' }]);
    expect(h.counts().stampReads).toBe(2);
  });
});

describe('VersionedReadCache lookups (issue 20, W5)', () => {
  it('reads a lookup directly, without a stamp read and without keeping it, when the request holds no stamp', async () => {
    const h = harness();
    const scope = new StampScope();
    expect(await h.cache.lookup('byId', { id: 'x' }, h.load('first'), scope)).toEqual([{ value: 'first' }]);
    expect(await h.cache.lookup('byId', { id: 'x' }, h.load('second'), scope)).toEqual([{ value: 'second' }]);
    expect(h.counts()).toEqual({ stampReads: 0, loads: 2 });
  });

  it("serves a lookup from the cache once the request's stamp is read, and directly again after a write", async () => {
    const h = harness();
    const scope = new StampScope();
    await h.cache.read('byId', { id: 'x' }, h.load('cached'), scope);
    expect(await h.cache.lookup('byId', { id: 'x' }, h.load('other'), scope)).toEqual([{ value: 'cached' }]);
    expect(h.counts()).toEqual({ stampReads: 1, loads: 1 });
    h.cache.writeFinished();
    expect(await h.cache.lookup('byId', { id: 'x' }, h.load('after the write'), scope)).toEqual([
      { value: 'after the write' },
    ]);
    expect(h.counts()).toEqual({ stampReads: 1, loads: 2 });
  });

  it('shares the stamp read of the same turn without a scope', async () => {
    const h = harness();
    await h.cache.read('byId', { id: 'x' }, h.load('cached'));
    await nextTurn();
    expect(await h.cache.lookup('byId', { id: 'x' }, h.load('direct'))).toEqual([{ value: 'direct' }]);
    const pending = h.cache.read('other', {}, h.load('o2'));
    expect(await h.cache.lookup('byId', { id: 'x' }, h.load('again'))).toEqual([{ value: 'cached' }]);
    await pending;
    expect(h.counts()).toEqual({ stampReads: 2, loads: 3 });
  });
});
