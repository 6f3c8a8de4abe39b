/**
 * A read cache keyed by the data version. Every write path (curation, seed, import) changes the version stamp
 * (cypher/meta/get-version-stamp: the data version, which moves with each audit record a change adds, and the
 * seed time) in its own transaction, without a lock other changes need, so an answer cached under a stamp stays true
 * while the stamp is unchanged. Each cached read first reads the stamp (one unique-index seek); the reads of
 * one GraphQL request (a StampScope), or else those issued in the same turn of the event loop, share one stamp
 * read, unless a write of this process finished after that stamp read started, so a read that follows an
 * acknowledged write always sees it (read-your-writes; tested, and verified by bench W5).
 * A lookup (`lookup`: a read about as cheap as that stamp read, e.g. nodes by id) checks no stamp of its own: it
 * is served from the cache when its request has already read (or is reading) the stamp of the current write
 * epoch, else read directly and not kept. One round trip either way; and the read that follows a write of this
 * process (W5: upsertActor, then actor(id)) is one statement, as without the cache (issue 20).
 *
 * Not seen: changes made around the application (raw Cypher in Neo4j Browser) that leave Meta alone; restart
 * the API or set READ_CACHE_ENTRIES=0 for that.
 */
interface StampRead {
  stamp: Promise<string>;
  epoch: number;
}

/** One request's stamp: its cached reads share one stamp read until a write of this process finishes. */
export class StampScope {
  read: StampRead | null = null;
}

/**
 * Where an answer is kept: `main` (maxEntries), or `search` (searchEntries): search texts are many and each
 * cheap to answer again, so they churn a pool of their own instead of evicting eligibility answers.
 */
export type CachePool = 'main' | 'search';

export class VersionedReadCache {
  private readonly pools: Record<CachePool, Map<string, Promise<unknown>>> = { main: new Map(), search: new Map() };
  private entriesStamp = '';
  private shared: StampRead | null = null;
  private writeEpoch = 0;

  constructor(
    private readonly readStamp: () => Promise<string>,
    readonly maxEntries: number,
    readonly searchEntries = Math.min(maxEntries, 200),
  ) {}

  get enabled(): boolean {
    return this.maxEntries > 0;
  }

  /** Call when a write of this process has finished (committed or not): later reads take a new stamp. */
  writeFinished(): void {
    this.writeEpoch += 1;
  }

  /** The value cached under this name and these parameters for the current stamp, else `load()`'s. */
  async read<T>(
    name: string,
    params: Record<string, unknown>,
    load: () => Promise<T>,
    scope?: StampScope,
    pool: CachePool = 'main',
  ): Promise<T> {
    const max = pool === 'main' ? this.maxEntries : this.searchEntries;
    if (!this.enabled || max <= 0) return load();
    const stamp = await this.currentStamp(scope);
    if (stamp !== this.entriesStamp) {
      for (const entries of Object.values(this.pools)) entries.clear();
      this.entriesStamp = stamp;
    }
    const entries = this.pools[pool];
    const key = `${name}\u0000${stableJson(params)}`;
    let value = entries.get(key) as Promise<T> | undefined;
    if (!value) {
      const loading = load();
      value = loading;
      entries.set(key, loading);
      loading.catch(() => {
        if (entries.get(key) === loading) entries.delete(key);
      });
      if (entries.size > max) entries.delete(entries.keys().next().value!);
    }
    return value;
  }

  /**
   * A cheap read: from the cache when `scope` (else the current turn of the event loop) already holds a stamp
   * read of the current write epoch, so no round trip is added; else `load()`, neither checking the stamp nor
   * keeping the answer (a direct read is always current).
   */
  lookup<T>(name: string, params: Record<string, unknown>, load: () => Promise<T>, scope?: StampScope): Promise<T> {
    const held = scope ? scope.read : this.shared;
    if (!this.enabled || held?.epoch !== this.writeEpoch) return load();
    return this.read<T>(name, params, load, scope);
  }

  private currentStamp(scope?: StampScope): Promise<string> {
    if (scope) {
      if (scope.read?.epoch !== this.writeEpoch) scope.read = { stamp: this.readStamp(), epoch: this.writeEpoch };
      const read = scope.read;
      read.stamp.catch(() => {
        if (scope.read === read) scope.read = null;
      });
      return read.stamp;
    }
    const shared = this.shared;
    if (shared && shared.epoch === this.writeEpoch) return shared.stamp;
    const read: StampRead = { stamp: this.readStamp(), epoch: this.writeEpoch };
    this.shared = read;
    // Shared only by reads issued in the same turn of the event loop (one request's batched loaders).
    setImmediate(() => {
      if (this.shared === read) this.shared = null;
    });
    read.stamp.catch(() => {
      if (this.shared === read) this.shared = null;
    });
    return read.stamp;
  }
}

/** JSON with object keys sorted, so equal parameters give equal keys. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
