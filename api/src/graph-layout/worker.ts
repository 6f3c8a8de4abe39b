/** Worker-thread entry (started by network-layout.ts): one graph in, its positions out, then the thread ends. */
import { parentPort } from 'node:worker_threads';
import { computeLayout, type LayoutInput } from './layout.js';

parentPort?.once('message', (graph: LayoutInput) => {
  parentPort!.postMessage(computeLayout(graph));
});
