/**
 * Before a cell is measured, every server of the suite should be idle: work a server goes on with after its own
 * cell (answers refused at the deadline, layouts nobody waits for) is CPU taken from the next cell's targets. Found
 * in session 14: the cache-off server, asked every 250 ms at start-up whether its layouts were ready, ran some
 * 20 layout threads at once at 10k nodes for minutes, and every target measured meanwhile (the raw driver
 * included) was several times slower. Here each process's CPU is read from /proc over a short window; one still busy is waited
 * for (up to a limit) and said in the log, so that such leftovers are seen rather than measured.
 */
import { cpuMs } from './procs.js';

export interface Busy {
  /** Where in the run: "before W2 d1 c=8". */
  at: string;
  /** The busiest process's name and its CPU share of one core over the last window, when the wait began. */
  process: string;
  cpuPercent: number;
  waitedMs: number;
  /** Still above the threshold when the wait ended. */
  stillBusy: boolean;
}

/** How long a cell waits for a busy process to settle before it is measured anyway. */
export const SETTLE_MAX_MS = 30_000;
/** How long a suite waits after its servers start (their first layouts) before the Neo4j warm-up. */
export const STARTUP_SETTLE_MAX_MS = 300_000;
/** A process above this share of one core is busy (an idle API, peer or Neo4j stays well under it). */
export const BUSY_PERCENT = 25;

async function shares(pids: ReadonlyMap<string, number>, windowMs: number): Promise<Array<[string, number]>> {
  const before = new Map([...pids].map(([name, pid]) => [name, cpuMs(pid)]));
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  return [...pids].map(([name, pid]) => [name, ((cpuMs(pid) - before.get(name)!) / windowMs) * 100]);
}

/**
 * Waits until no process in `pids` uses more than BUSY_PERCENT of a core over `windowMs`, for at most `maxWaitMs`;
 * when all are quiet, that costs one window. Returns what was busy, or null when all were quiet at once.
 */
export async function settle(
  at: string,
  pids: ReadonlyMap<string, number>,
  { windowMs, maxWaitMs }: { windowMs: number; maxWaitMs: number },
  log: (line: string) => void,
): Promise<Busy | null> {
  const started = performance.now();
  let first: [string, number] | null = null;
  for (;;) {
    const busiest = (await shares(pids, windowMs))
      .filter(([, share]) => Number.isFinite(share))
      .sort((a, b) => b[1] - a[1])[0];
    if (!busiest || busiest[1] <= BUSY_PERCENT) break;
    first ??= busiest;
    if (performance.now() - started >= maxWaitMs) {
      const busy = {
        at,
        process: first[0],
        cpuPercent: first[1],
        waitedMs: performance.now() - started,
        stillBusy: true,
      };
      log(
        `  [busy] ${at}: ${busiest[0]} still at ${busiest[1].toFixed(0)} % of a core after ${(busy.waitedMs / 1000).toFixed(0)} s; measuring anyway`,
      );
      return busy;
    }
  }
  if (!first) return null;
  const waitedMs = performance.now() - started;
  log(
    `  [busy] ${at}: ${first[0]} was at ${first[1].toFixed(0)} % of a core; quiet after ${(waitedMs / 1000).toFixed(1)} s`,
  );
  return { at, process: first[0], cpuPercent: first[1], waitedMs, stillBusy: false };
}
