/**
 * The server entry (`npm start`): builds the UI if needed, starts the embedded Neo4j (or uses NEO4J_URI),
 * applies the schema, seeds an empty database, listens, and stops everything on Ctrl-C / SIGTERM.
 */
// First: NODE_ENV must be set before graphql-js loads (modules are evaluated in the order they are imported).
import './production-mode.js';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { Neo4jStartError, openDatabase, type OpenDatabase } from './db/open.js';
import { SeedValidationError } from './seed/import.js';
import { ensureUiBuilt } from './ui-build.js';

const say = (line: string) => console.log(`[explorer] ${line}`);

function fail(message: string): never {
  console.error(`[explorer] ${message}`);
  process.exit(1);
}

/**
 * Ctrl-C reaches both npm and node, and npm forwards it again: the first signal starts one graceful stop,
 * repeats are ignored, and a stop that hangs is cut after 15 s.
 */
function onStopSignal(stop: (signal: string) => Promise<void>): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      console.error('[explorer] Stop took longer than 15 s: exiting now.');
      process.exit(1);
    }, 15_000).unref();
    stop(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('[explorer] Error while stopping:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(`Configuration error: ${error.message}`);
    throw error;
  }
  ensureUiBuilt(config.paths.uiDist, say);

  // Starts the embedded Neo4j (or connects to NEO4J_URI), applies the schema and seeds an empty database; the
  // app's neo4j plugin then uses this same Database.
  let database: OpenDatabase;
  try {
    database = await openDatabase(config, { embedded: 'start', prepare: 'seed', log: say });
  } catch (error) {
    if (error instanceof Neo4jStartError || error instanceof SeedValidationError) fail(error.message);
    fail(`Could not prepare the database: ${(error as Error).message}`);
  }
  const { seeded } = database;
  if (seeded)
    say(`Seeded the empty database: ${seeded.nodes} nodes, ${seeded.relationships} relationships (${seeded.version}).`);
  let stoppingDatabase = false;
  const stopDatabase = async () => {
    stoppingDatabase = true;
    await database.close();
  };

  const ready = { ...config, neo4j: { ...config.neo4j, uri: database.uri } };
  const app = await buildApp(ready, { database: database.db, warmUp: true });
  onStopSignal(async (signal) => {
    say(`${signal} received: finishing in-flight requests, then stopping Neo4j…`);
    await app.close();
    await stopDatabase();
    say('Stopped.');
  });
  database.embedded?.exited.then((code) => {
    if (!stoppingDatabase)
      app.log.error(`The embedded Neo4j exited unexpectedly (code ${code}); /ready now reports 503.`);
  });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await stopDatabase();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      fail(
        `Port ${config.port} is already in use: is the explorer already running? Stop it, or set PORT to another port.`,
      );
    }
    throw error;
  }
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`;
  say(`Neo4j:    ${database.uri}${database.embedded ? ' (embedded)' : ''}`);
  say(`UI:       ${base}/`);
  say(`GraphQL:  ${base}/graphql`);
  say(`GraphiQL: ${base}/graphiql`);
  say(`Ready:    ${base}/ready`);
  say('Press Ctrl-C to stop.');
}

await main();
