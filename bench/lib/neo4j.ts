/**
 * The benchmark's databases, opened like every other entry point's (api/src/db/open.ts): the Neo4j a suite
 * measures (its read cache off, so the driver and domain targets read the database), and throwaway embedded
 * ones in a temp directory (free port), removed when stopped.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../api/src/config.js';
import { cypher } from '../../api/src/db/cypher.js';
import type { Database } from '../../api/src/db/database.js';
import { openDatabase, prepareDatabase, type OpenDatabase } from '../../api/src/db/open.js';

/** The benchmark's configuration: no password, no read cache in its own Database; `env` on top. */
export const benchConfig = (env: NodeJS.ProcessEnv = {}): Config => loadConfig({ READ_CACHE_ENTRIES: '0', ...env });

/** The Neo4j at `uri`, as the workloads' raw-driver and domain targets use it. */
export const openBenchDatabase = (uri: string): Promise<OpenDatabase> =>
  openDatabase(benchConfig({ NEO4J_URI: uri }), { embedded: 'refuse' });

export interface ThrowawayNeo4j {
  uri: string;
  pid: number;
  home: string;
  db: Database;
  stop(): Promise<void>;
}

export async function startThrowawayNeo4j(options: {
  heapMb: number;
  pageCacheMb: number;
  /** An existing home (e.g. filled by the bulk importer, bulk-import.ts), removed when stopped like a new one. */
  home?: string;
}): Promise<ThrowawayNeo4j> {
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'explorer-bench-neo4j-'));
  const config = benchConfig({
    NEO4J_DATA_DIR: home,
    NEO4J_EMBEDDED_PORT: '0',
    NEO4J_HEAP_MB: String(options.heapMb),
    NEO4J_PAGECACHE_MB: String(options.pageCacheMb),
  });
  try {
    const opened = await openDatabase(config, { embedded: 'start', startTimeoutMs: 180_000 });
    return {
      uri: opened.uri,
      pid: opened.embedded!.pid,
      home,
      db: opened.db,
      stop: async () => {
        await opened.close();
        rmSync(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Applies the schema and loads the seed (db/open.ts prepareDatabase) into a freshly started Neo4j. A cold JVM
 * can answer its first reads slowly enough to hit the API's read abort, so the data-version query is warmed up
 * first with no deadline, and a failed attempt is retried (the import is one transaction: all or nothing).
 */
export async function prepareSeed(db: Database, log: (line: string) => void = () => {}): Promise<void> {
  for (const name of ['meta/get-data-version', 'meta/get-data-version'])
    await db.driver.executeQuery(cypher(db.catalog, name));
  for (let attempt = 1; ; attempt++) {
    try {
      await prepareDatabase(db, benchConfig(), 'seed');
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      log(`  preparing the database failed (${(error as Error).message.split('\n')[0]}); retrying`);
    }
  }
}
