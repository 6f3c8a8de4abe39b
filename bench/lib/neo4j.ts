/** A throwaway embedded Neo4j in a temp directory (free port), removed when stopped. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareDatabase } from '../../api/src/boot.js';
import { loadConfig } from '../../api/src/config.js';
import { cypher, loadCypherCatalog } from '../../api/src/db/cypher.js';
import { createDriver } from '../../api/src/db/database.js';
import { startEmbedded } from '../../neo4j/launcher.js';

export interface ThrowawayNeo4j {
  uri: string;
  pid: number;
  home: string;
  stop(): Promise<void>;
}

export async function startThrowawayNeo4j(options: { heapMb: number; pageCacheMb: number }): Promise<ThrowawayNeo4j> {
  const home = mkdtempSync(join(tmpdir(), 'explorer-bench-neo4j-'));
  try {
    const embedded = await startEmbedded({ home, port: 0, ...options, startTimeoutMs: 180_000 });
    return {
      uri: embedded.uri,
      pid: embedded.pid,
      home,
      stop: async () => {
        await embedded.stop();
        rmSync(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Applies the schema and loads the seed (api/src/boot.ts prepareDatabase) into a freshly started Neo4j. A cold
 * JVM can answer its first reads slowly enough to hit the API's read abort, so the data-version query is warmed
 * up first with no deadline, and a failed attempt is retried (the import is one transaction: all or nothing).
 */
export async function prepareSeed(uri: string, log: (line: string) => void = () => {}): Promise<void> {
  const config = loadConfig({});
  const ready = { ...config, neo4j: { ...config.neo4j, uri, password: undefined } };
  const driver = createDriver(ready.neo4j);
  try {
    const catalog = loadCypherCatalog(config.paths.cypher);
    for (const name of ['meta/get-data-version', 'meta/get-data-version'])
      await driver.executeQuery(cypher(catalog, name));
  } finally {
    await driver.close();
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await prepareDatabase(ready);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      log(`  preparing the database failed (${(error as Error).message.split('\n')[0]}); retrying`);
    }
  }
}
