/**
 * Starts one throwaway embedded Neo4j per test run (free port, temp directory, removed afterwards),
 * applies the schema and seeds it; or, with NEO4J_URI set, uses that server and starts nothing.
 * The integration and e2e projects share the one instance through a reference count on globalThis.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../api/src/config.js';
import { openDatabase, type OpenDatabase } from '../api/src/db/open.js';
import { ensureUiBuilt } from '../api/src/ui-build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jEmbeddedHome: string;
  }
}

interface Shared {
  users: number;
  uri: string;
  home: string;
  database: OpenDatabase;
}

const KEY = Symbol.for('cyber-ecosystem-explorer.test-neo4j');
const holder = globalThis as unknown as Record<symbol, Promise<Shared> | undefined>;

async function start(): Promise<Shared> {
  const uri = process.env.NEO4J_URI;
  const home = uri ? '' : mkdtempSync(join(tmpdir(), 'explorer-test-neo4j-'));
  // A throwaway embedded Neo4j on a free port in a temp directory, never the dev database.
  const config = loadConfig({
    ...process.env,
    ...(uri ? {} : { NEO4J_DATA_DIR: home, NEO4J_EMBEDDED_PORT: '0', NEO4J_HEAP_MB: '512', NEO4J_PAGECACHE_MB: '64' }),
  });
  ensureUiBuilt(config.paths.uiDist, (line) => console.log(`[test setup] ${line}`));
  if (uri) console.log(`[test setup] Using the Neo4j at NEO4J_URI=${uri}; tests only touch data they create.`);
  let database: OpenDatabase;
  try {
    database = await openDatabase(config, { embedded: 'start', prepare: 'seed' });
  } catch (error) {
    if (home) rmSync(home, { recursive: true, force: true });
    throw new Error(`The test Neo4j could not start: ${(error as Error).message}`);
  }
  return { users: 0, uri: database.uri, home, database };
}

export default async function setup(project: TestProject) {
  holder[KEY] ??= start();
  const shared = await holder[KEY]!;
  shared.users += 1;
  project.provide('neo4jUri', shared.uri);
  project.provide('neo4jEmbeddedHome', shared.home);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    holder[KEY] = undefined;
    await shared.database.close();
    if (shared.home) rmSync(shared.home, { recursive: true, force: true });
  };
}
