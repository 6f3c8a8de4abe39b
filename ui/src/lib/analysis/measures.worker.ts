/**
 * Computes a view's network measures off the page's main thread (Cytoscape's algorithms take seconds on
 * views of hundreds of nodes). One request at a time: { key, view } in, { key, measures } or { key, error } out.
 */
import { computeMeasures, type MeasureInput } from './measures';

interface Scope {
  onmessage: ((event: MessageEvent<{ key: number; view: MeasureInput }>) => void) | null;
  postMessage: (message: unknown) => void;
}
const scope = globalThis as unknown as Scope;

scope.onmessage = (event) => {
  const { key, view } = event.data;
  try {
    const measures = computeMeasures(view);
    scope.postMessage({ key, byId: [...measures.byId], max: measures.max });
  } catch (error) {
    scope.postMessage({ key, error: error instanceof Error ? error.message : 'The measures could not be computed.' });
  }
};
