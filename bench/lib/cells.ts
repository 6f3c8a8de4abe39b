/** Number formats and the measurement lookup shared by the report's tables (report.ts) and its targets (targets.ts). */
import type { Measurement, SuiteResult } from './types.js';

/** A number with `digits` decimals, or "–" when absent or not finite. */
export const f = (n: number | undefined, digits = 1) =>
  n !== undefined && Number.isFinite(n) ? n.toFixed(digits) : '–';

/** A ratio as "1.23×", or "–". */
export const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '–');

/** One cell of a suite: a workload, a target, a concurrency, by the closed loop (default) or autocannon. */
export function find(
  suite: SuiteResult,
  workload: string,
  target: string,
  concurrency: number,
  method = 'loop',
): Measurement | undefined {
  return suite.measurements.find(
    (m) => m.workload === workload && m.target === target && m.concurrency === concurrency && m.method === method,
  );
}
