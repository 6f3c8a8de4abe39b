// The CSV worker's bootstrap, in JavaScript so that a worker thread can start it without a TypeScript loader
// (as api/src/graph-layout/worker.mjs): it loads csv-worker.ts through tsx.
import { tsImport } from 'tsx/esm/api';

await tsImport('./csv-worker.ts', import.meta.url);
