/**
 * Owns the app's Database (db/database.ts: the one driver over the cypher/ catalog), decorated as
 * `fastify.db`: the one the server opened, or one opened here with db/open.ts on config.neo4j.uri (tests),
 * closed in onClose. @see ../db/open.ts for how every entry point opens it.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { openDatabase } from '../db/open.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
  }
}

async function neo4jPlugin(app: FastifyInstance, options: { config: Config; database?: Database }) {
  if (options.database) {
    app.decorate('db', options.database);
    return;
  }
  const opened = await openDatabase(options.config, { embedded: 'refuse' });
  app.decorate('db', opened.db);
  app.addHook('onClose', () => opened.close());
}

export default fp(neo4jPlugin, { name: 'neo4j', fastify: '5.x' });
