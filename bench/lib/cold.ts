/**
 * The first (cold) answers of a workload at scale (issue 20: W1's first answer to each question), timed one by
 * one in the warm pass, while a second client asks the API a trivial query (`{ __typename }`) back to back: a
 * probe answered 503 was shed, so the cold answer held the event loop (or the handler timeout) meanwhile.
 */
import { graphqlClient } from './http.js';
import { maxOf, percentile } from './stats.js';

export interface ColdResult {
  workload: string;
  target: string;
  /** Cold answers timed (one per question) and how many failed. */
  answers: number;
  errors: number;
  p50: number;
  max: number;
  /** Probe requests sent meanwhile, those shed (503) or otherwise failed, and the slowest probe (ms). */
  probes: number;
  probesShed: number;
  probesFailed: number;
  probeMax: number;
  /**
   * Each answer's time in the order asked (ms, rounded), and which failed: the first answer of each objective
   * reads its facts, so where the slow and the refused ones fall tells a cold read from a queue behind one.
   */
  times?: number[];
  failed?: number[];
  /** The first failed answer's error, and the first failed probe's (other than 503), when any failed. */
  firstError?: string;
  firstProbeError?: string;
}

export async function coldPass(
  workload: string,
  target: string,
  operation: (worker: number, seq: number) => Promise<void>,
  count: number,
  apiUrl: string,
): Promise<ColdResult> {
  const probe = graphqlClient(`${apiUrl}/graphql`, 1);
  const probeTimes: number[] = [];
  let shed = 0;
  let failed = 0;
  let firstError: string | undefined;
  let firstProbeError: string | undefined;
  let running = true;
  const probing = (async () => {
    while (running) {
      const t = performance.now();
      try {
        await probe.post('{ __typename }');
      } catch (error) {
        if (/HTTP 503/.test((error as Error).message)) shed++;
        else {
          failed++;
          firstProbeError ??= (error as Error).message.slice(0, 300);
        }
      }
      probeTimes.push(performance.now() - t);
    }
  })();
  const times: number[] = [];
  const failedAt: number[] = [];
  let errors = 0;
  try {
    for (let seq = 0; seq < count; seq++) {
      const t = performance.now();
      try {
        await operation(0, seq);
      } catch (error) {
        errors++;
        failedAt.push(seq);
        firstError ??= (error as Error).message.slice(0, 300);
      }
      times.push(performance.now() - t);
    }
  } finally {
    running = false;
    await probing;
    probe.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    workload,
    target,
    answers: times.length,
    errors,
    p50: percentile(sorted, 50),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    probes: probeTimes.length,
    probesShed: shed,
    probesFailed: failed,
    probeMax: maxOf(probeTimes),
    times: times.map((ms) => Math.round(ms)),
    failed: failedAt,
    ...(firstError ? { firstError } : {}),
    ...(firstProbeError ? { firstProbeError } : {}),
  };
}
