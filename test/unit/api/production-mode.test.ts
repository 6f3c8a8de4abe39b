/**
 * `npm start` runs graphql-js in production mode (api/src/production-mode.ts): graphql-js reads NODE_ENV once,
 * when it loads, so the server entry must set it before. Read from graphql-js' own behaviour in the started
 * process (test/fixtures/graphql-mode-probe.mjs), which stops at once on an invalid PORT (no Neo4j needed);
 * NODE_ENV unset as on a fresh shell, and an explicit NODE_ENV kept.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../api/src/config.js';

const probe = fileURLToPath(new URL('../../fixtures/graphql-mode-probe.mjs', import.meta.url));

function npmStart(nodeEnv: string | undefined): string {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: 'not-a-port', NODE_OPTIONS: `--import ${probe}` };
  delete env.NODE_ENV; // vitest sets it to "test"
  if (nodeEnv !== undefined) env.NODE_ENV = nodeEnv;
  const result = spawnSync('npm', ['start', '--silent'], { cwd: PROJECT_ROOT, env, encoding: 'utf8', timeout: 60_000 });
  expect(result.stderr).toContain('PORT must be an integer'); // the entry ran, and stopped on its config
  return /graphql-js mode: (.+)/.exec(result.stderr)?.[1] ?? `no report: ${result.stderr}`;
}

describe('npm start and NODE_ENV', () => {
  it('loads graphql-js in production mode when NODE_ENV is unset', () => {
    expect(npmStart(undefined)).toBe('production');
  }, 60_000);

  it('keeps an explicit NODE_ENV (development checks on)', () => {
    expect(npmStart('development')).toBe('development');
  }, 60_000);
});
