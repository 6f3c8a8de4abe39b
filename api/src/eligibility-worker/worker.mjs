// The eligibility worker's bootstrap, in JavaScript so that a worker thread can start it without a TypeScript
// loader: it loads worker.ts through tsx (a runtime dependency), however the parent process was started.
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
