/**
 * Issue 14, the CLIs beside a running explorer. `npm start` runs as a child process with its own port and
 * data directory; on that directory `npm run briefing`, `export-data` and `seed -- --check` then work by
 * using its Neo4j (recorded in <data>/runner.json), and `import-data` without --replace refuses and says why.
 * With the server stopped, export-data starts a Neo4j of its own on the same directory and writes the same
 * export (the same sha256, the same bytes but the date) as beside the server: nothing was written in between.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseXml } from '../../unit/api/briefing/xml.js';
import { runScript, startServer, type ServerChild } from '../../helpers/processes.js';

const dir = mkdtempSync(join(tmpdir(), 'explorer-beside-server-'));
const dataDir = join(dir, 'neo4j');
/** Its own embedded Neo4j (NEO4J_URI unset), small, on its own directory. */
const env: NodeJS.ProcessEnv = {
  NEO4J_URI: '',
  NEO4J_DATA_DIR: dataDir,
  NEO4J_HEAP_MB: '384',
  NEO4J_PAGECACHE_MB: '32',
  LOG_LEVEL: 'warn',
};
const USING = /Using the Neo4j already running on .* \(bolt:\/\/127\.0\.0\.1:\d+, pid \d+\)/;
const sha256Of = (stdout: string) => /sha256 ([0-9a-f]{64})/.exec(stdout)?.[1];
const undated = (file: string) => readFileSync(file, 'utf8').replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');

let server: ServerChild | undefined;
beforeAll(async () => {
  server = await startServer(env);
}, 240_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the CLIs while npm start runs on the same data directory', () => {
  let besideServer: { sha256: string; file: string };

  it('should record the running Neo4j for its data directory', () => {
    const record = JSON.parse(readFileSync(join(dataDir, 'runner.json'), 'utf8')) as Record<string, unknown>;
    expect(record.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(server!.output()).toContain(`Neo4j:    ${String(record.uri)} (embedded)`);
  });

  it('should make a briefing as SVG with the running Neo4j', async () => {
    const out = join(dir, 'so4-4.svg');
    const run = await runScript(
      'briefing',
      ['--objective', 'SO4.4', '--approach', 'outreach', '--format', 'svg', '--out', out],
      env,
    );
    expect(run.stderr).toMatch(USING);
    expect(run, run.stderr).toMatchObject({ code: 0 });
    const doc = parseXml(readFileSync(out, 'utf8'));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    // Issue 19: the EEA countries are listed in the box of the group they qualify through.
    expect(doc.getElementById('node-members-eea-group-member')?.textContent).toContain('Iceland');
  });

  it('should export the graph with the running Neo4j, and check the seed', async () => {
    const file = join(dir, 'beside.json');
    const run = await runScript('export-data', ['--out', file], env);
    expect(run.stderr).toMatch(USING);
    expect(run, run.stderr).toMatchObject({ code: 0 });
    besideServer = { sha256: sha256Of(run.stdout)!, file };
    expect(besideServer.sha256).toMatch(/^[0-9a-f]{64}$/);

    const check = await runScript('seed', ['--check'], env);
    expect(check, check.stderr).toMatchObject({ code: 0 });
    expect(check.stdout).toMatch(/\d+ nodes, \d+ relationships, 0 problem\(s\)/);
  });

  it('should refuse to import into the live database without --replace, and say why', async () => {
    const run = await runScript('import-data', ['--in', besideServer.file], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The target database is not empty');
    expect(run.stderr).toMatch(/It is the database of the explorer running now .*--replace/s);
    // The explorer still answers, and its data is untouched (the next export has the same hash).
    const ready = await fetch(`http://127.0.0.1:${server!.port}/ready`);
    // Its body says why when it is not ready (warming, or Neo4j unreachable or slower than the check's timeout).
    expect(ready.status, await ready.text()).toBe(200);
  });

  it('should write the same export with the server stopped, from a Neo4j of its own', async () => {
    expect(await server!.stop()).toBe(0);
    expect(existsSync(join(dataDir, 'runner.json'))).toBe(false);
    const file = join(dir, 'stopped.json');
    const run = await runScript('export-data', ['--out', file], env);
    expect(run, run.stderr).toMatchObject({ code: 0 });
    expect(run.stderr).not.toMatch(USING);
    expect(run.stderr).toContain('Starting the embedded Neo4j');
    expect(sha256Of(run.stdout)).toBe(besideServer.sha256);
    expect(undated(file)).toBe(undated(besideServer.file));
  }, 120_000);
});
