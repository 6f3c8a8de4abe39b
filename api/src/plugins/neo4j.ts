/**
 * Owns the one neo4j-driver Driver: created from config, decorated as `fastify.db` (a Database over the
 * cypher/ catalog), closed in onClose. @see ../db/database.ts for timeouts and error translation.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { loadCypherCatalog } from '../db/cypher.js';
import { createDriver, Database } from '../db/database.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
  }
}

async function neo4jPlugin(app: FastifyInstance, { config }: { config: Config }) {
  const { uri } = config.neo4j;
  if (!uri) throw new Error('config.neo4j.uri is not set: start the embedded Neo4j first or set NEO4J_URI');
  const driver: Driver = createDriver({ ...config.neo4j, uri });
  const catalog = loadCypherCatalog(config.paths.cypher);
  app.decorate('db', new Database(driver, catalog, config.neo4j.database, undefined, config.readCacheEntries));
  app.addHook('onClose', async () => {
    await driver.close();
  });
}

export default fp(neo4jPlugin, { name: 'neo4j', fastify: '5.x' });
