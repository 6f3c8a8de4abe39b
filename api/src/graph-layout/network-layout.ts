/**
 * The `network` answer's first layout (Graph.layout), computed once per data version and graph: in a worker
 * thread, so a layout of a second or two never blocks the event loop (health checks, other requests, the
 * load-shedding delay check), and kept by `db.memo` under the data version and a hash of the graph itself.
 * A request waits for it at most `waitMs`: past that it gets null (the browser then lays out itself, as
 * before) while the computation goes on and serves the next request.
 */
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { WORKER_EXEC_ARGV } from '../worker-options.js';
import { computeLayout, type LayoutInput, type NodePosition } from './layout.js';

/** What this module needs of db/database.ts's Database. */
export interface Memo {
  memo<T>(key: string, params: Record<string, unknown>, compute: () => Promise<T>): Promise<T>;
}

/** How long a request waits for a layout still being computed (Fastify's handler timeout is 3 s). */
export const LAYOUT_WAIT_MS = 2000;

/** Nodes and edges, in order: two answers with the same hash give the same layout. */
export function graphHash(graph: LayoutInput): string {
  const hash = createHash('sha256');
  for (const n of graph.nodes) hash.update(`n\u0000${n.id}\u0000${n.label}\u0000${n.kind ?? ''}\u0001`);
  for (const e of graph.edges) hash.update(`e\u0000${e.id}\u0000${e.source}\u0000${e.target}\u0001`);
  return hash.digest('base64url');
}

/** computeLayout in a worker thread (worker.mjs loads worker.ts through tsx). */
export function runLayoutWorker(graph: LayoutInput): Promise<NodePosition[]> {
  return new Promise<NodePosition[]>((resolve, reject) => {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), { execArgv: WORKER_EXEC_ARGV });
    worker.unref(); // never what keeps the process alive
    worker.once('message', (positions: NodePosition[]) => {
      resolve(positions);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`layout worker exited with code ${code}`)));
    worker.postMessage({ nodes: graph.nodes, edges: graph.edges });
  });
}

/** A layout refused because as many are computing and waiting as the queue holds (LayoutQueue). */
export class LayoutsBusy extends Error {
  constructor() {
    super('the network layouts are busy');
  }
}

/**
 * Layouts computed one at a time, with a few waiting their turn; past that a layout is refused (LayoutsBusy: the
 * request gets null and the browser lays out itself) rather than started. Each layout is a thread and seconds of
 * CPU at scale, and a network query with another limit, or any with the read cache off (db.memo keeps nothing),
 * asks for a new one: unbounded, a few dozen such requests held both cores and gigabytes for minutes (the
 * benchmark's cache-off server, asked every 250 ms whether its layouts were ready, ran some 20 layout threads at once at 10k).
 */
export class LayoutQueue {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly maxRunning = 1,
    readonly maxWaiting = 3,
  ) {}

  /** Layouts computing and waiting now. */
  get size(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** `work`'s result once it has had its turn; LayoutsBusy at once when the queue is full. */
  async enqueue<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.maxRunning) {
      if (this.waiting.length >= this.maxWaiting) throw new LayoutsBusy();
      await new Promise<void>((turn) => this.waiting.push(turn));
    } else this.running += 1;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}

/** The server's layouts: one at a time, three waiting at most. */
export const layoutQueue = new LayoutQueue();

/** In a worker thread (in this one if no worker can start), in its turn of the layoutQueue. */
export const layoutInWorker = (graph: LayoutInput): Promise<NodePosition[]> =>
  layoutQueue.enqueue(() => runLayoutWorker(graph).catch(() => computeLayout(graph)));

const timeout = (ms: number) =>
  new Promise<null>((resolve) => {
    setTimeout(() => resolve(null), ms).unref();
  });

/** The layout of this network answer, or null when it is not ready within `waitMs`. */
export async function networkLayout(
  db: Memo,
  graph: LayoutInput,
  waitMs = LAYOUT_WAIT_MS,
  compute: (graph: LayoutInput) => Promise<NodePosition[]> = layoutInWorker,
): Promise<NodePosition[] | null> {
  if (graph.nodes.length === 0) return [];
  const positions = db.memo('network-layout', { graph: graphHash(graph) }, () => compute(graph));
  // A failed layout is no failed network: the browser lays out itself.
  return Promise.race([positions, timeout(waitMs)]).catch(() => null);
}
