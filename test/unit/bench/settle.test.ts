/**
 * settle.ts reads each process's CPU from /proc: a child that spins is found busy and waited for until it stops;
 * idle processes cost one window and are not reported.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { settle } from '../../../bench/lib/settle.js';

describe('settle (a busy process before a cell)', () => {
  it('should say nothing of idle processes, and wait for a busy one until it stops', async () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    expect(
      await settle('idle', new Map([['bench', process.pid]]), { windowMs: 300, maxWaitMs: 5_000 }, log),
    ).toBeNull();
    expect(lines).toEqual([]);

    // A child that spins for 1.5 s, then exits: busy, then gone (its CPU no longer read: quiet).
    const child = spawn(process.execPath, ['-e', 'const end = Date.now() + 1500; while (Date.now() < end);']);
    await new Promise((r) => setTimeout(r, 100));
    const busy = await settle(
      'spinning',
      new Map([['spinner', child.pid!]]),
      { windowMs: 300, maxWaitMs: 10_000 },
      log,
    );
    expect(busy).toMatchObject({ at: 'spinning', process: 'spinner', stillBusy: false });
    expect(busy!.cpuPercent).toBeGreaterThan(25);
    expect(busy!.waitedMs).toBeGreaterThan(300);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/spinning: spinner was at \d+ % of a core; quiet after/);

    // One that spins longer than the wait: measured anyway, and said so.
    const long = spawn(process.execPath, ['-e', 'const end = Date.now() + 4000; while (Date.now() < end);']);
    await new Promise((r) => setTimeout(r, 100));
    const still = await settle('long', new Map([['spinner', long.pid!]]), { windowMs: 300, maxWaitMs: 800 }, log);
    expect(still).toMatchObject({ process: 'spinner', stillBusy: true });
    expect(lines[1]).toMatch(/long: spinner still at \d+ % of a core after \d+ s; measuring anyway/);
    long.kill();
  });
});
