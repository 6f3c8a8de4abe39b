/**
 * Security headers (helmet, with a CSP the UI and the offline GraphiQL pass) and rate limits: a general
 * limit per client, and a stricter one for GraphQL mutations. Rejections are 429 with Retry-After.
 * @see ../../README.md#reliability-and-security
 */
import rateLimit from '@fastify/rate-limit';
import helmet from 'helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { selectOperation } from '../graphql/operation.js';

/**
 * A POST /graphql whose request runs a mutation: the operation it names in the parsed document (the same
 * parse and selection the GraphQL route uses, graphql/operation.ts). A document that does not parse or
 * names no operation runs nothing; a GET runs queries only.
 */
export function isMutation(request: FastifyRequest): boolean {
  if (request.method !== 'POST' || request.routeOptions.url !== '/graphql') return false;
  const body = request.body as { query?: unknown; operationName?: unknown } | string | null | undefined;
  const query = typeof body === 'string' ? body : body?.query;
  if (typeof query !== 'string') return false;
  const name = typeof body === 'object' && typeof body?.operationName === 'string' ? body.operationName : null;
  const selected = selectOperation(query, name || null);
  return selected.ok && selected.operation === 'mutation';
}

async function securityPlugin(app: FastifyInstance, { config }: { config: Config }) {
  // helmet's middleware, built once: @fastify/helmet built it again on every request (parsing the CSP
  // directives each time, about a tenth of a small GraphQL request's CPU in the API, issue 20).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
  if (config.rateLimit.perMinute === 0) return;
  await app.register(rateLimit, {
    max: (_request, key) =>
      key.endsWith(':mutation') ? config.rateLimit.mutationsPerMinute : config.rateLimit.perMinute,
    timeWindow: 60_000,
    hook: 'preHandler',
    allowList: (request) => request.url === '/health' || request.url === '/ready',
    keyGenerator: (request) => `${request.ip}${isMutation(request) ? ':mutation' : ''}`,
    errorResponseBuilder: (request, context) => ({
      statusCode: 429,
      error: 'Too Many Requests',
      code: 'RATE_LIMITED',
      message: `Rate limit of ${context.max} requests per minute exceeded; retry in ${Math.ceil(context.ttl / 1000)} s.`,
      requestId: request.id,
    }),
  });
}

export default fp(securityPlugin, { name: 'security' });
