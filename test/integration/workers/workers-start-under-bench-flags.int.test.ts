/**
 * The API's worker threads start whatever Node options the API process was given (api/src/worker-options.ts).
 * The benchmark starts its servers with `--import tsx --import ./bench/lib/probe.ts`; workers inherited those,
 * could not load probe.ts, and failed at start, so every eligibility answer was evaluated in the API's thread and
 * every layout computed there (issue 20). This starts a process with those very options (a real process, real
 * workers) and reads from the evaluator whether its worker answered.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('worker threads under the benchmark’s Node options', () => {
  it('the eligibility worker and the layout worker start and answer', async () => {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', '--import', './bench/lib/probe.ts', 'test/fixtures/workers-under-bench-flags.ts'],
      { cwd: process.cwd(), timeout: 60_000 },
    );
    const line = stdout.trim().split('\n').pop() ?? '';
    const result = JSON.parse(line) as { eligibilityAnsweredHere: number; layout: string };
    expect(result, stderr).toEqual({ eligibilityAnsweredHere: 0, layout: 'worker' });
    expect(stderr).not.toContain('EligibilityWorkerWarning');
  });
});
