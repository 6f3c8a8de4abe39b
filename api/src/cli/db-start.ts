/**
 * `npm run db:start`: runs only the embedded Neo4j, for development against a long-lived database
 * (then `NEO4J_URI=<printed uri> npm run dev`). Ctrl-C stops it cleanly.
 */
import { startEmbedded } from '../../../neo4j/launcher.js';
import { loadConfig } from '../config.js';

const { embedded, password } = loadConfig().neo4j;
try {
  const db = await startEmbedded({
    home: embedded.dataDir,
    port: embedded.port || 7687,
    heapMb: embedded.heapMb,
    pageCacheMb: embedded.pageCacheMb,
    password,
    onLog: console.error,
  });
  console.log(`Neo4j is ready at ${db.uri} (data in ${embedded.dataDir}). Ctrl-C stops it.`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void db.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
