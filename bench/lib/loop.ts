/**
 * The in-process closed-loop load generator used for every target alike: `concurrency` async workers, each
 * issuing its next operation as soon as the previous one answered, for a fixed time. Every latency is kept
 * (an array of milliseconds: exact percentiles, no histogram buckets). A warm-up window runs first and is
 * not recorded. Bounded in time: it stops by itself.
 */
import { summarise, type Samples, type Summary } from './stats.js';

/** One operation; `worker` and `seq` let workloads rotate their inputs without sharing state. */
export type Operation = (worker: number, seq: number) => Promise<void>;

export interface LoopOptions {
  concurrency: number;
  durationMs: number;
  warmupMs: number;
  /** Stop recording after this many errors (a broken target should not spin for the whole window). */
  maxErrors?: number;
}

export interface LoopResult extends Summary {
  firstError?: string;
  /** Every latency recorded, and the window (combineSamples pools the halves of an ABBA cell). */
  samples: Samples;
  /** Operations run, the warm-up's included (for CPU time per request). */
  operations: number;
}

export async function closedLoop(operation: Operation, options: LoopOptions): Promise<LoopResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let seq = 0;
  const maxErrors = options.maxErrors ?? 50;
  const start = performance.now();
  const measureFrom = start + options.warmupMs;
  const end = measureFrom + options.durationMs;

  // An operation slower than the whole window still gets measured: the window stretches until every worker
  // has recorded one, up to a hard stop.
  const hardStop = end + Math.max(30_000, options.durationMs * 10);
  const worker = async (id: number) => {
    let recorded = 0;
    while (errors < maxErrors) {
      const t0 = performance.now();
      if ((t0 >= end && (recorded > 0 || errors > 0)) || t0 >= hardStop) return;
      try {
        await operation(id, seq++);
        if (t0 >= measureFrom) {
          latencies.push(performance.now() - t0);
          recorded += 1;
        }
      } catch (error) {
        if (t0 >= measureFrom || errors === 0) {
          errors += 1;
          firstError ??= (error as Error).message?.slice(0, 300) ?? String(error);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, id) => worker(id)));
  const measured = Math.max(1, performance.now() - measureFrom);
  return {
    ...summarise(latencies, errors, measured),
    samples: { latencies, errors, durationMs: measured },
    operations: seq,
    ...(firstError ? { firstError } : {}),
  };
}
