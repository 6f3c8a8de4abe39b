/**
 * What `npm start`, the CLIs and the test setup share: start the embedded Neo4j unless NEO4J_URI is set (the
 * CLIs first look for one already running on the data directory), apply the schema, and seed an empty
 * database.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Neo4jStartError, startEmbedded, type EmbeddedNeo4j } from '../../neo4j/launcher.js';
import { findRunning, type RunningInstance, type Verdict } from '../../neo4j/running.js';
import type { Config } from './config.js';
import { loadCypherCatalog } from './db/cypher.js';
import { createDriver, Database } from './db/database.js';
import { getDataVersion } from './db/queries.js';
import { applySchema } from './db/schema.js';
import { importSeed, type SeedResult } from './seed/import.js';

export { Neo4jStartError };

export interface DatabaseHandle {
  uri: string;
  /** Started here, and stopped by stop(). */
  embedded?: EmbeddedNeo4j;
  /** Already running on the data directory (e.g. `npm start`'s): used, never stopped. */
  running?: RunningInstance;
  stop(): Promise<void>;
}

export async function startDatabase(config: Config, log: (line: string) => void): Promise<DatabaseHandle> {
  if (config.neo4j.uri) return { uri: config.neo4j.uri, stop: async () => {} };
  const { dataDir, port, heapMb, pageCacheMb } = config.neo4j.embedded;
  log(`Starting the embedded Neo4j 5.26 (data in ${dataDir})…`);
  const embedded = await startEmbedded({
    home: dataDir,
    port,
    heapMb,
    pageCacheMb,
    password: config.neo4j.password,
    onLog: (line) => {
      if (!line.startsWith('neo4j-runner:')) log(line);
    },
  });
  return { uri: embedded.uri, embedded, stop: () => embedded.stop() };
}

/** How long a CLI waits for a Neo4j that holds the data directory but has not recorded its address yet. */
const STARTING_WAIT_MS = 60_000;

/**
 * For the CLIs: the Neo4j at NEO4J_URI; else the embedded Neo4j already running on the data directory (the
 * one `npm start` runs, verified by neo4j/running.ts), used and left running; else one started for the run.
 * A Neo4j that holds the directory while it is still starting is waited for.
 */
export async function connectDatabase(config: Config, log: (line: string) => void): Promise<DatabaseHandle> {
  if (config.neo4j.uri) return { uri: config.neo4j.uri, stop: async () => {} };
  const { dataDir } = config.neo4j.embedded;
  const auth = { username: config.neo4j.username, password: config.neo4j.password };
  const use = (running: RunningInstance): DatabaseHandle => {
    log(`Using the Neo4j already running on ${dataDir} (${running.uri}, pid ${running.pid}).`);
    return { uri: running.uri, running, stop: async () => {} };
  };
  const found = await findRunning(dataDir, auth);
  if (found.instance) return use(found.instance);
  try {
    return await startDatabase(config, log);
  } catch (error) {
    if (!(error instanceof Neo4jStartError) || error.reason !== 'ALREADY_RUNNING') throw error;
  }
  // Another process holds the directory: one that is starting records itself once ready.
  log(`Another process holds ${dataDir}; waiting for it to report its Neo4j…`);
  let last: Verdict = found;
  for (const deadline = Date.now() + STARTING_WAIT_MS; Date.now() < deadline; await sleep(500)) {
    last = await findRunning(dataDir, auth);
    if (last.instance) return use(last.instance);
  }
  throw new Neo4jStartError(
    `Another process holds the data directory ${dataDir}, but no running Neo4j could be used there ` +
      `(${last.instance ? '' : last.reason}). If it is an explorer still starting, retry; else stop it.`,
    'ALREADY_RUNNING',
  );
}

/** Applies the schema, then seeds when the graph is empty. Returns the seed result when it seeded. */
export async function prepareDatabase(config: Config & { neo4j: { uri: string } }): Promise<SeedResult | undefined> {
  const driver = createDriver(config.neo4j);
  try {
    const catalog = loadCypherCatalog(config.paths.cypher);
    await applySchema(driver, catalog, config.neo4j.database);
    const db = new Database(driver, catalog, config.neo4j.database);
    const current = await getDataVersion(db);
    if (current.version !== null || current.nodes > 0) return undefined;
    return await importSeed(db, config.paths.seed);
  } finally {
    await driver.close();
  }
}
