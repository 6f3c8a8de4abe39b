/**
 * The app factory: registers every plugin and route on a Fastify instance and never listens.
 * server.ts listens; tests call buildApp() and use app.inject().
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { answerDeadline } from './answer-deadline.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import briefingPlugin from './plugins/briefing.js';
import graphiqlPlugin from './plugins/graphiql.js';
import graphqlPlugin from './plugins/graphql.js';
import { httpErrorHandler } from './http-errors.js';
import healthPlugin from './plugins/health.js';
import securityPlugin from './plugins/security.js';
import underPressure from '@fastify/under-pressure';
import neo4jPlugin from './plugins/neo4j.js';
import uiPlugin from './plugins/ui.js';
import warmUpPlugin from './plugins/warm-up.js';

export interface BuildOptions {
  /** Pino logger options; false silences (tests). */
  logger?: boolean | object;
  /** The database the server opened (db/open.ts), used and left open; else the plugin opens its own. */
  database?: Database;
  /** Plan the first requests' statements once ready (plugins/warm-up.ts): the server's app, not tests'. */
  warmUp?: boolean;
}

/** config.neo4j.uri must be set: NEO4J_URI, or the URI the embedded server reported. */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? {
      level: config.logLevel,
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization'],
        censor: '[redacted]',
      },
    },
    bodyLimit: 100_000,
    // A socket idle this long while its request is received (or between requests) is closed; not while its
    // answer is being made (answerDeadline below).
    connectionTimeout: config.connectionTimeoutMs,
    requestTimeout: 15_000,
    // The driver has no socket read timeout: a black-holed Bolt connection would hang a request. Past this,
    // Fastify answers 503 (FST_ERR_HANDLER_TIMEOUT → DATABASE_UNAVAILABLE in the GraphQL error formatter);
    // answerDeadline enforces it where Fastify's own timer does not.
    handlerTimeout: config.handlerTimeoutMs,
    return503OnClosing: true,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
  });
  // A callback hook, not an async one: no promise per response (issue 20, the API's hot path).
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    done(null, payload);
  });
  app.setErrorHandler(httpErrorHandler);
  answerDeadline(app);
  await app.register(underPressure, {
    maxEventLoopDelay: config.maxEventLoopDelayMs,
    retryAfter: 5,
    pressureHandler: (request, reply, type, value) => {
      request.log.warn({ type, value }, 'shedding load');
      void reply.code(503).header('retry-after', 5).send({
        statusCode: 503,
        code: 'OVERLOADED',
        message: 'The server is overloaded; retry in 5 s.',
        requestId: request.id,
      });
    },
  });
  await app.register(securityPlugin, { config });
  await app.register(neo4jPlugin, { config, database: options.database });
  await app.register(warmUpPlugin, { enabled: options.warmUp ?? false });
  await app.register(healthPlugin);
  await app.register(graphqlPlugin, { config });
  await app.register(graphiqlPlugin);
  await app.register(briefingPlugin, { config });
  await app.register(uiPlugin, { uiDist: config.paths.uiDist });
  return app;
}
