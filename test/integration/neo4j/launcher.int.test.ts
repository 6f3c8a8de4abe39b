/**
 * The embedded Neo4j launcher against a real JVM: a second start on the same data directory is refused
 * plainly, a stop leaves no Java process, and a later start on the same directory finds the data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbedded, type EmbeddedNeo4j } from '../../../neo4j/launcher.js';

const home = mkdtempSync(join(tmpdir(), 'explorer-launcher-test-'));
const options = { home, port: 0, heapMb: 256, pageCacheMb: 16 };
const running: EmbeddedNeo4j[] = [];

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

afterAll(async () => {
  await Promise.all(running.map((db) => db.stop()));
  rmSync(home, { recursive: true, force: true });
});

describe('embedded Neo4j launcher', () => {
  it('should refuse a second instance on the same data directory, stop cleanly, and keep the data', async () => {
    const first = await startEmbedded(options);
    running.push(first);
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const driver = neo4j.driver(first.uri);
    await driver.executeQuery("CREATE (:LauncherProbe {id: 'kept'})");
    await driver.close();

    await expect(startEmbedded(options)).rejects.toMatchObject({
      reason: 'ALREADY_RUNNING',
      message: expect.stringMatching(/already running on the data directory/),
    });

    await first.stop();
    expect(isAlive(first.pid)).toBe(false);

    const second = await startEmbedded(options);
    running.push(second);
    const again = neo4j.driver(second.uri);
    const { records } = await again.executeQuery("MATCH (n:LauncherProbe {id: 'kept'}) RETURN count(n) AS n");
    await again.close();
    expect(records[0]!.get('n').toNumber()).toBe(1);
    await second.stop();
    expect(isAlive(second.pid)).toBe(false);
  }, 120_000);
});
