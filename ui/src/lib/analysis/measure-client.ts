/**
 * Asks the measures worker for a view's measures; where the browser has no module workers, computes them on
 * the main thread. Views above the limit are refused at once, without a worker.
 */
import {
  computeMeasures,
  MEASURE_NODE_LIMIT,
  TooLargeToMeasure,
  tooLargeMessage,
  type MeasureInput,
  type NodeMeasures,
  type ViewMeasures,
} from './measures';

type Reply =
  { key: number; byId: Array<[string, NodeMeasures]>; max: ViewMeasures['max'] } | { key: number; error: string };

let worker: Worker | null = null;
let next = 0;
const pending = new Map<number, { resolve: (m: ViewMeasures) => void; reject: (e: Error) => void }>();

function startWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  worker = new Worker(new URL('./measures.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.key);
    pending.delete(reply.key);
    if (!waiting) return;
    if ('error' in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve({ byId: new Map(reply.byId), max: reply.max });
  };
  worker.onerror = () => {
    for (const waiting of pending.values()) waiting.reject(new Error('The measures could not be computed.'));
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

export function measureView(view: MeasureInput): Promise<ViewMeasures> {
  if (view.nodes.length > MEASURE_NODE_LIMIT)
    return Promise.reject(new TooLargeToMeasure(tooLargeMessage(view.nodes.length)));
  const input: MeasureInput = {
    nodes: view.nodes.map((n) => ({ id: n.id })),
    edges: view.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  };
  const running = startWorker();
  if (!running) return Promise.resolve().then(() => computeMeasures(input));
  const key = ++next;
  return new Promise((resolve, reject) => {
    pending.set(key, { resolve, reject });
    running.postMessage({ key, view: input });
  });
}
