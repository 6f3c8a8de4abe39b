import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { computeLayout, withSeededRandom } from '../../../../api/src/graph-layout/layout.js';
import { seededRandom } from '../../../../core/seeded-random.js';
import {
  graphHash,
  LayoutQueue,
  LayoutsBusy,
  runLayoutWorker,
  networkLayout,
  type Memo,
} from '../../../../api/src/graph-layout/network-layout.js';
import { layoutStylesheet } from '../../../../core/graph/layouts.js';
import { toElements } from '../../../../core/graph/to-elements.js';
import type { GraphData } from '../../../../core/graph/types.js';
import { edge, node } from '../../ui/fake-api.js';

/** A hub with spokes, a chain and a lone node: three components, parallel edges, hubs of several degrees. */
const hubs = ['enisa', 'europol', 'japan'];
const graph: GraphData = {
  nodes: [...hubs, ...Array.from({ length: 30 }, (_, i) => `n${i}`), 'lone'].map((id) => node(id)),
  edges: [
    ...Array.from({ length: 30 }, (_, i) => edge(hubs[i % 3]!, 'COOPERATES_WITH', `n${i}`)),
    edge('enisa', 'COOPERATES_WITH', 'europol'),
    edge('enisa', 'SUPPORTS', 'europol'),
    edge('n1', 'PART_OF', 'n2'),
  ],
  total: 34,
  truncated: false,
};

/** A memo that keeps values by key and parameters, like db.memo under one data version (a failure is not kept). */
function memo(): Memo & { computed: number } {
  const values = new Map<string, Promise<unknown>>();
  return {
    computed: 0,
    memo<T>(key: string, params: Record<string, unknown>, compute: () => Promise<T>): Promise<T> {
      const k = `${key}:${JSON.stringify(params)}`;
      if (!values.has(k)) {
        this.computed += 1;
        const loading = compute();
        values.set(k, loading);
        loading.catch(() => values.delete(k));
      }
      return values.get(k) as Promise<T>;
    },
  };
}

describe('graph layout (the first view, computed on the server)', () => {
  it('should give the same positions for the same graph, every time, and leave Math.random alone', () => {
    const random = Math.random;
    const first = computeLayout(graph);
    expect(Math.random).toBe(random);
    expect(computeLayout(graph)).toEqual(first);
    expect(first.map((p) => p.id)).toEqual(graph.nodes.map((n) => n.id));
    expect(computeLayout(graph, 2)).not.toEqual(first);
    expect(computeLayout({ nodes: [], edges: [] })).toEqual([]);
  });

  it('should lay out like fcose: distinct positions, no two nodes overlapping', () => {
    const positions = computeLayout(graph);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: layoutStylesheet(),
      elements: toElements(graph),
    });
    const size = new Map(cy.nodes().map((n) => [n.id(), Number(n.data('size'))]));
    cy.destroy();
    for (const [i, a] of positions.entries())
      for (const b of positions.slice(i + 1)) {
        const gap = Math.hypot(a.x - b.x, a.y - b.y) - (size.get(a.id)! + size.get(b.id)!) / 2;
        expect(gap, `${a.id} / ${b.id}`).toBeGreaterThan(0);
      }
  });

  it('should restore Math.random when the layout throws', () => {
    const random = Math.random;
    expect(() =>
      withSeededRandom(1, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Math.random).toBe(random);
    const a = seededRandom(7);
    const b = seededRandom(7);
    const values = Array.from({ length: 5 }, () => a());
    expect(values).toEqual(Array.from({ length: 5 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('should compute in a worker thread what it computes here', async () => {
    expect(await runLayoutWorker(graph)).toEqual(computeLayout(graph));
  }, 30_000);

  it('should compute once per graph, and answer null past the wait (the browser lays out then)', async () => {
    const db = memo();
    const compute = async (g: Pick<GraphData, 'nodes' | 'edges'>) => computeLayout(g);
    const first = await networkLayout(db, graph, 5000, compute);
    expect(await networkLayout(db, { ...graph }, 5000, compute)).toBe(first);
    expect(db.computed).toBe(1);
    const smaller = { ...graph, edges: graph.edges.slice(1) };
    expect(graphHash(smaller)).not.toBe(graphHash(graph));
    await networkLayout(db, smaller, 5000, compute);
    expect(db.computed).toBe(2);
    const never = () => new Promise<never>(() => {});
    expect(await networkLayout(memo(), graph, 10, never)).toBeNull();
    expect(await networkLayout(memo(), graph, 1000, () => Promise.reject(new Error('no')))).toBeNull();
  });
});

describe('LayoutQueue', () => {
  /** A piece of work that ends when told to, and says whether it started. */
  function job() {
    let end!: (value: string) => void;
    let fail!: (error: Error) => void;
    const j = {
      started: false,
      promise: null as Promise<string> | null,
      end: (v: string) => end(v),
      fail: (e: Error) => fail(e),
    };
    const work = () => {
      j.started = true;
      return new Promise<string>((resolve, reject) => ((end = resolve), (fail = reject)));
    };
    return { j, work };
  }
  const tick = () => new Promise((r) => setTimeout(r, 0));

  it('should run one at a time in order, hold three waiting, and refuse the rest at once without starting them', async () => {
    const queue = new LayoutQueue(1, 3);
    const jobs = Array.from({ length: 5 }, job);
    const results = jobs.map(({ work }) => queue.enqueue(work).catch((e: unknown) => e));
    await tick();
    expect(jobs.map(({ j }) => j.started)).toEqual([true, false, false, false, false]);
    expect(queue.size).toEqual({ running: 1, waiting: 3 });
    expect(await results[4]).toBeInstanceOf(LayoutsBusy);
    jobs[0]!.j.end('a');
    await tick();
    expect(jobs.map(({ j }) => j.started)).toEqual([true, true, false, false, false]);
    // A failed layout frees its turn too.
    jobs[1]!.j.fail(new Error('no'));
    await tick();
    expect(jobs[2]!.j.started).toBe(true);
    jobs[2]!.j.end('c');
    await tick();
    jobs[3]!.j.end('d');
    expect(await Promise.all(results.slice(0, 4))).toEqual(['a', new Error('no'), 'c', 'd']);
    expect(queue.size).toEqual({ running: 0, waiting: 0 });
  });

  it('should answer null for a layout refused by a full queue, and compute it when asked again later', async () => {
    const queue = new LayoutQueue(1, 0);
    const db = memo();
    const { j, work } = job();
    const held = queue.enqueue(work);
    const compute = (g: Pick<GraphData, 'nodes' | 'edges'>) => queue.enqueue(async () => computeLayout(g));
    expect(await networkLayout(db, graph, 1000, compute)).toBeNull();
    j.end('done');
    await held;
    expect(await networkLayout(db, graph, 5000, compute)).toEqual(computeLayout(graph));
    expect(db.computed).toBe(2);
  });
});
