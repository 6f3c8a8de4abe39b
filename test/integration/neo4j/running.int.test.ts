/**
 * neo4j/running.ts against real Neo4j processes: the record the runner writes is found and verified by asking
 * the Neo4j itself for its home directory; a record whose process is gone, or whose URI is a Neo4j on another
 * directory (a port reused after a kill), is not used.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { findRunning } from '../../../neo4j/running.js';

const home = inject('neo4jEmbeddedHome');
const uri = inject('neo4jUri');
const elsewhere = mkdtempSync(join(tmpdir(), 'explorer-running-test-'));
const auth = { username: 'neo4j' };
const record = (fields: Record<string, unknown>) =>
  writeFileSync(
    join(elsewhere, 'runner.json'),
    `${JSON.stringify({ uri, pid: process.pid, home: elsewhere, ...fields })}\n`,
  );

afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

describe.skipIf(!home)('finding the Neo4j running on a data directory', () => {
  it('should find the test Neo4j by the record it wrote, and verify it', async () => {
    const written = JSON.parse(readFileSync(join(home, 'runner.json'), 'utf8')) as { uri: string; pid: number };
    expect(written.uri).toBe(uri);
    const found = await findRunning(home, auth);
    expect(found.instance).toMatchObject({ uri, pid: written.pid });
  });

  it('should not use a directory without a record, a dead process, or a Neo4j that runs on another directory', async () => {
    expect(await findRunning(elsewhere, auth)).toEqual({ instance: null, reason: 'no instance recorded' });
    record({ pid: 2 ** 22 + 17 });
    expect((await findRunning(elsewhere, auth)).instance).toBeNull();
    // A live process and a Neo4j that answers, but it is the test Neo4j, whose home is not this directory.
    record({});
    const verdict = await findRunning(elsewhere, auth);
    expect(verdict).toMatchObject({ instance: null, reason: expect.stringContaining('a Neo4j on another directory') });
    record({ uri: 'bolt://127.0.0.1:1' });
    expect(await findRunning(elsewhere, auth)).toMatchObject({
      instance: null,
      reason: expect.stringContaining('did not answer'),
    });
  });
});
