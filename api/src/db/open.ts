/**
 * The one way every entry point opens the graph database (the server, the Fastify plugin, the CLIs, the test
 * setup and the benchmark): find the Neo4j (NEO4J_URI; else the embedded one, started here or, for the CLIs,
 * the one already running on NEO4J_DATA_DIR), open the driver on the cypher/ catalog, optionally apply the
 * schema and seed an empty database, and hand back one Database with a close() that undoes all of it.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config as DriverConfig } from 'neo4j-driver';
import { Neo4jStartError, startEmbedded, type EmbeddedNeo4j } from '../../../neo4j/launcher.js';
import { findRunning, type RunningInstance, type Verdict } from '../../../neo4j/running.js';
import type { Config } from '../config.js';
import { importSeed, type SeedResult } from '../seed/import.js';
import { readSeed } from '../seed/read-seed.js';
import { loadCypherCatalog } from './cypher.js';
import { createDriver, Database } from './database.js';
import { getDataVersion } from './queries.js';
import { applySchema } from './schema.js';

export { Neo4jStartError };

export interface OpenOptions {
  /**
   * Where the Neo4j comes from when NEO4J_URI is unset: `start` the embedded one on NEO4J_DATA_DIR (the
   * default: npm start, db:start, the test setup, the benchmark); `reuse` the one already running there, verified
   * by neo4j/running.ts and left running, else start one (the CLIs, so they work beside npm start); `refuse`
   * to start anything (the app's plugin, handed the URI its server found).
   */
  embedded?: 'start' | 'reuse' | 'refuse';
  /** After connecting: nothing (the default), apply the schema, or apply it and seed an empty database. */
  prepare?: 'none' | 'schema' | 'seed';
  /** The driver's settings, over the app's short timeouts (the data CLI: lossless integers, patient timeouts). */
  driver?: DriverConfig;
  /** How long an embedded Neo4j may take to start (a cold JVM on a loaded machine). */
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface OpenDatabase {
  db: Database;
  uri: string;
  /** Started here, and stopped by close(). */
  embedded?: EmbeddedNeo4j;
  /** Already running on the data directory (npm start's): used, never stopped. */
  running?: RunningInstance;
  /** What prepare 'seed' imported into an empty database. */
  seeded?: SeedResult;
  /** Closes the driver, then stops the Neo4j started here (if any). */
  close(): Promise<void>;
}

interface Found {
  uri: string;
  embedded?: EmbeddedNeo4j;
  running?: RunningInstance;
}

export async function openDatabase(config: Config, options: OpenOptions = {}): Promise<OpenDatabase> {
  const log = options.log ?? (() => {});
  const found = await findNeo4j(config, options.embedded ?? 'start', log, options.startTimeoutMs);
  const driver = createDriver({ ...config.neo4j, uri: found.uri }, options.driver);
  const db = new Database(
    driver,
    loadCypherCatalog(config.paths.cypher),
    config.neo4j.database,
    undefined,
    config.readCacheEntries,
  );
  db.connection = {
    neo4j: { ...config.neo4j, uri: found.uri },
    cypherDir: config.paths.cypher,
    timeoutMs: db.timeoutMs,
  };
  const close = async () => {
    await driver.close();
    await found.embedded?.stop();
  };
  try {
    const seeded = await prepareDatabase(db, config, options.prepare ?? 'none');
    return { db, ...found, ...(seeded ? { seeded } : {}), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Applies the schema, and seeds the database when it is empty; returns what it seeded (openDatabase's `prepare`). */
export async function prepareDatabase(
  db: Database,
  config: Pick<Config, 'paths'>,
  what: 'none' | 'schema' | 'seed',
): Promise<SeedResult | undefined> {
  if (what === 'none') return undefined;
  await applySchema(db);
  if (what === 'schema') return undefined;
  const current = await getDataVersion(db);
  if (current.version !== null || current.nodes > 0) return undefined;
  return importSeed(db, await readSeed(config.paths.seed));
}

async function findNeo4j(
  config: Config,
  embedded: 'start' | 'reuse' | 'refuse',
  log: (line: string) => void,
  startTimeoutMs?: number,
): Promise<Found> {
  if (config.neo4j.uri) return { uri: config.neo4j.uri };
  if (embedded === 'refuse')
    throw new Error('config.neo4j.uri is not set: start the embedded Neo4j first (openDatabase) or set NEO4J_URI');
  if (embedded === 'start') return startNeo4j(config, log, startTimeoutMs);
  return reuseNeo4j(config, log, startTimeoutMs);
}

async function startNeo4j(config: Config, log: (line: string) => void, startTimeoutMs?: number): Promise<Found> {
  const { dataDir, port, heapMb, pageCacheMb } = config.neo4j.embedded;
  log(`Starting the embedded Neo4j 5.26 (data in ${dataDir})…`);
  const embedded = await startEmbedded({
    home: dataDir,
    port,
    heapMb,
    pageCacheMb,
    password: config.neo4j.password,
    ...(startTimeoutMs ? { startTimeoutMs } : {}),
    onLog: (line) => {
      if (!line.startsWith('neo4j-runner:')) log(line);
    },
  });
  return { uri: embedded.uri, embedded };
}

/** How long a CLI waits for a Neo4j that holds the data directory but has not recorded its address yet. */
const STARTING_WAIT_MS = 60_000;

/**
 * The embedded Neo4j already running on the data directory (the one `npm start` runs), used and left running;
 * else one started for the run. A Neo4j that holds the directory while it is still starting is waited for.
 */
async function reuseNeo4j(config: Config, log: (line: string) => void, startTimeoutMs?: number): Promise<Found> {
  const { dataDir } = config.neo4j.embedded;
  const auth = { username: config.neo4j.username, password: config.neo4j.password };
  const use = (running: RunningInstance): Found => {
    log(`Using the Neo4j already running on ${dataDir} (${running.uri}, pid ${running.pid}).`);
    return { uri: running.uri, running };
  };
  const found = await findRunning(dataDir, auth);
  if (found.instance) return use(found.instance);
  try {
    return await startNeo4j(config, log, startTimeoutMs);
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
