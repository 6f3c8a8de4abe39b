/**
 * `npm run db:start`: runs only the embedded Neo4j on NEO4J_DATA_DIR (port 7687 unless NEO4J_EMBEDDED_PORT),
 * for development against a long-lived database (then `NEO4J_URI=<printed uri> npm run dev`). Opened like
 * every other entry point (db/open.ts); Ctrl-C stops it cleanly.
 */
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open.js';

const config = loadConfig();
const embedded = { ...config.neo4j.embedded, port: config.neo4j.embedded.port || 7687 };
try {
  const database = await openDatabase(
    { ...config, neo4j: { ...config.neo4j, uri: undefined, embedded } },
    { log: console.error },
  );
  console.log(`Neo4j is ready at ${database.uri} (data in ${embedded.dataDir}). Ctrl-C stops it.`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void database.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
