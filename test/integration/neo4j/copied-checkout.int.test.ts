/**
 * Issue 14, staleness by content: a copy of a checkout whose runner and UI are built (`cp -a`, then every
 * file touched, as a clone or a plain copy leaves them) starts without Maven and without Vite: `npm start` in
 * the copy, with a `mvn` on PATH that only records that it ran and fails. A changed source, not a date, is
 * what makes either build again.
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../api/src/config.js';
import { whyBuildUi } from '../../../api/src/ui-build.js';
import { RUNNER_DIR, whyBuild } from '../../../neo4j/launcher.js';
import { startServer } from '../../helpers/processes.js';

const dir = mkdtempSync(join(tmpdir(), 'explorer-copied-checkout-'));
const copy = join(dir, 'checkout');
const bin = join(dir, 'bin');
const mavenRan = join(dir, 'maven-ran');
const ENTRIES = ['api', 'core', 'cypher', 'seed', 'neo4j', 'ui', 'package.json', 'package-lock.json', 'tsconfig.json'];

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Built by the test setup: the UI always; the runner unless the tests use NEO4J_URI.
describe.skipIf(whyBuild(RUNNER_DIR) !== null)('a copied checkout with a built runner', () => {
  it('should start with neither Maven nor Vite, and build again only when a source changes', async () => {
    expect(whyBuildUi(join(PROJECT_ROOT, 'ui', 'dist'))).toBeNull();
    mkdirSync(copy);
    execFileSync('cp', ['-a', ...ENTRIES.map((e) => join(PROJECT_ROOT, e)), copy]);
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(copy, 'node_modules'));
    // Every file newer than the build stamps, as a fresh clone or `cp -r` would leave them.
    execFileSync('find', [copy, '-path', join(copy, 'node_modules'), '-prune', '-o', '-exec', 'touch', '{}', '+']);
    mkdirSync(bin);
    writeFileSync(join(bin, 'mvn'), `#!/bin/sh\ntouch '${mavenRan}'\nexit 1\n`);
    chmodSync(join(bin, 'mvn'), 0o755);

    const server = await startServer(
      {
        NEO4J_URI: '',
        NEO4J_DATA_DIR: join(dir, 'data'),
        NEO4J_HEAP_MB: '384',
        NEO4J_PAGECACHE_MB: '32',
        PATH: `${bin}:${process.env.PATH}`,
      },
      copy,
    );
    const output = server.output();
    expect(await server.stop()).toBe(0);
    expect(output).not.toMatch(/Building the (embedded Neo4j runner|UI)/);
    expect(existsSync(mavenRan)).toBe(false);
    expect(output).toMatch(/Neo4j: {4}bolt:\/\/127\.0\.0\.1:\d+ \(embedded\)/);

    // A change of content is noticed, for each.
    appendFileSync(join(copy, 'neo4j', 'src', 'main', 'java', 'dev', 'explorer', 'neo4j', 'EmbeddedNeo4j.java'), '\n');
    expect(whyBuild(join(copy, 'neo4j'))).toBe('its sources (pom.xml or src/) changed');
    appendFileSync(join(copy, 'ui', 'src', 'app.css'), '\n');
    expect(whyBuildUi(join(copy, 'ui', 'dist'))).toBe('its sources changed');
  }, 240_000);
});
