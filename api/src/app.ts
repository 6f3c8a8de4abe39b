/**
 * The app factory: registers every plugin and route on a Fastify instance and never listens.
 * server.ts listens; tests call buildApp() and use app.inject().
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import graphiqlPlugin from './plugins/graphiql.js';
import graphqlPlugin from './plugins/graphql.js';
import healthPlugin from './plugins/health.js';
import neo4jPlugin from './plugins/neo4j.js';
import uiPlugin from './plugins/ui.js';

export interface BuildOptions {
  /** Pino logger options; false silences (tests). */
  logger?: boolean | object;
}

/** config.neo4j.uri must be set: NEO4J_URI, or the URI the embedded server reported. */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    bodyLimit: 100_000,
    connectionTimeout: 10_000,
    requestTimeout: 15_000,
    return503OnClosing: true,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await app.register(neo4jPlugin, { config });
  await app.register(healthPlugin);
  await app.register(graphqlPlugin, { config });
  await app.register(graphiqlPlugin);
  await app.register(uiPlugin, { uiDist: config.paths.uiDist });
  return app;
}
