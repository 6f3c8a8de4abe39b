/**
 * What `npm start` and the test setup share: start the embedded Neo4j unless NEO4J_URI is set, apply the
 * schema, and seed an empty database.
 */
import { Neo4jStartError, startEmbedded, type EmbeddedNeo4j } from '../../neo4j/launcher.js';
import type { Config } from './config.js';
import { loadCypherCatalog } from './db/cypher.js';
import { createDriver, Database } from './db/database.js';
import { getDataVersion } from './db/queries.js';
import { applySchema } from './db/schema.js';
import { importSeed, type SeedResult } from './seed/import.js';

export { Neo4jStartError };

export interface DatabaseHandle {
  uri: string;
  embedded?: EmbeddedNeo4j;
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
