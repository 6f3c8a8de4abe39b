/**
 * How the API starts its worker threads (eligibility-worker/evaluator.ts, graph-layout/network-layout.ts).
 *
 * The workers' Node options: none. A worker inherits its process's by default, and the benchmark starts the API
 * with `--import ./bench/lib/probe.ts`, a TypeScript file a new thread cannot load before tsx's hooks are in
 * place: every worker failed at start, and every eligibility answer was evaluated in the API's thread (issue 20:
 * at a million nodes the event loop was held for 60 s). Each worker.mjs loads its TypeScript through tsx itself.
 */
export const WORKER_EXEC_ARGV: string[] = [];
