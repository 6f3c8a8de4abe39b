/**
 * Issue 20: the eligibility worker reads the Union's agreements and the documents once per data version
 * (FactsSource.sharedId), not once per objective: at a million nodes they are 22k agreement records, 0.7–1 s a
 * read beside each objective's own facts. Read here with facts-reader.ts itself on the real test database: two
 * objectives under one shared id get the very same agreements (one read, mapped once); a new shared id (a new data
 * version) reads them again. The server's warm-up has a real worker thread read them before any question
 * (readSharedInWorker, the `shared` operation): the same agreement facts as a question's read gives.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BY_KIND_LIST_MAX } from '../../../api/src/db/eligibility.js';
import { EligibilityWorker, readSharedInWorker } from '../../../api/src/eligibility-worker/evaluator.js';
import { closeFactsReader, sourcedFacts, type FactsStore } from '../../../api/src/eligibility-worker/facts-reader.js';
import type { FactsSource } from '../../../api/src/eligibility-worker/protocol.js';
import type { EligibilityFacts } from '../../../api/src/domain/eligibility/index.js';
import { testConfig } from '../../helpers/app.js';

const config = testConfig();
const connection: FactsSource['connection'] = {
  neo4j: { ...config.neo4j, uri: config.neo4j.uri! },
  cypherDir: config.paths.cypher,
  timeoutMs: 10_000,
};

function storeOf(): FactsStore {
  const kept = new Map<number, EligibilityFacts>();
  return { get: (id) => kept.get(id), keep: (id, facts) => void kept.set(id, facts) };
}

let nextId = 1_000_000;
const source = (objective: string, sharedId: number): FactsSource => ({
  connection,
  objective,
  alsoActors: [],
  baseId: nextId++,
  sharedId,
  byKindListMax: BY_KIND_LIST_MAX,
  bookmarks: [],
});

const worker = new EligibilityWorker();

afterAll(async () => {
  await worker.close();
  await closeFactsReader();
});

describe('the worker reads the Union agreements once per data version', () => {
  it('shares one read between objectives, and reads again under a new shared id', async () => {
    const store = storeOf();
    const first = source('SO4.1', 1);
    const second = source('SO4.4', 1);
    const [a, b] = await Promise.all([
      sourcedFacts(first, first.baseId, store),
      sourcedFacts(second, second.baseId, store),
    ]);
    expect(a.agreements.length).toBeGreaterThan(0);
    expect(a.rules).not.toEqual(b.rules);
    expect(b.agreements).toBe(a.agreements);
    expect(b.documents).toBe(a.documents);

    const later = source('SO4.1', 2);
    const c = await sourcedFacts(later, later.baseId, store);
    expect(c.agreements).not.toBe(a.agreements);
    expect(c.agreements).toEqual(a.agreements);
  });
});

describe('the warm-up has the worker read the Union agreements first', () => {
  it('reads in the worker thread the agreement facts a question reads', async () => {
    const read = await readSharedInWorker(source('ALL', 7), worker);
    const here = await sourcedFacts(source('SO4.1', 8), nextId - 1, storeOf());
    expect(read).toBeGreaterThan(0);
    expect(read).toBe(here.agreements.length);
    expect(worker.answered).toBe(1);
    expect(worker.answeredHere).toBe(0);
  });

  it('fails when the worker cannot reach the database (the warm-up logs it), and the worker stays usable', async () => {
    const unreachable = {
      ...source('ALL', 9),
      connection: { ...connection, neo4j: { ...connection.neo4j, uri: 'bolt://127.0.0.1:1' }, timeoutMs: 2_000 },
    };
    await expect(readSharedInWorker(unreachable, worker)).rejects.toThrow();
    expect(await readSharedInWorker(source('ALL', 10), worker)).toBeGreaterThan(0);
  });
});
