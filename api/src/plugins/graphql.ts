/**
 * mercurius at /graphql: schema-first (graphql/schema/*.graphql), resolvers from graphql/resolvers,
 * typed error codes from graphql/error-formatter. GraphiQL is served offline by plugins/graphiql.ts. Once
 * listening, it prepares the network's first layout in the background (graph-layout/).
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import mercurius from 'mercurius';
import type { Config } from '../config.js';
import { getNetwork, MAX_NETWORK_NODES } from '../db/queries.js';
import { networkLayout } from '../graph-layout/network-layout.js';
import { actorNetwork } from '../../../ui/src/lib/graph/scope.js';
import { buildContext } from '../graphql/context.js';
import { createErrorFormatter } from '../graphql/error-formatter.js';
import { aliasLimitRule, assertAffordable, LIMITS } from '../graphql/limits.js';
import { loadSchema } from '../graphql/load-schema.js';
import { loaders } from '../graphql/loaders.js';
import { resolvers } from '../graphql/resolvers/index.js';

async function graphqlPlugin(app: FastifyInstance, { config }: { config: Config }) {
  await app.register(mercurius, {
    schema: loadSchema(config.paths.graphql),
    resolvers,
    loaders,
    path: '/graphql',
    graphiql: false,
    jit: 1,
    queryDepth: LIMITS.maxDepth,
    validationRules: [aliasLimitRule],
    graphql: { parseOptions: { maxTokens: LIMITS.maxTokens } },
    csrfPrevention: true,
    context: buildContext(app.db, config),
    errorFormatter: createErrorFormatter(app),
  });
  // Every executable GraphQL document has a selection set. Refusing the rest here also avoids a mercurius
  // cache path where a bare number such as "1" reaches graphql's validator as a non-document (a 500).
  app.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== '/graphql' || request.method !== 'POST') return;
    const query = (request.body as { query?: unknown } | null)?.query;
    if (typeof query === 'string' && !query.includes('{')) {
      return reply.code(400).send({
        data: null,
        errors: [
          {
            message: 'Syntax Error: a GraphQL document needs a selection set ({ … }).',
            extensions: { code: 'GRAPHQL_PARSE_FAILED', requestId: request.id },
          },
        ],
      });
    }
  });
  app.graphql.addHook('preExecution', async (schema, document, context) => {
    assertAffordable(
      schema,
      document,
      (context.reply.request.body as { variables?: Record<string, unknown> } | undefined)?.variables,
    );
  });
  // The network's layouts (Graph.layout of the actor network, the first view, and of the whole model), computed
  // in the background once the server listens, so the first page load finds them ready; later data versions
  // compute them on their first network query.
  app.addHook('onListen', async () => {
    const db = app.db.forRequest();
    getNetwork(db, { limit: MAX_NETWORK_NODES })
      // One after the other (the first view's first): each is a second or two of CPU in a worker thread.
      .then(async (graph) => {
        await networkLayout(db, actorNetwork(graph), PREPARE_WAIT_MS);
        await networkLayout(db, graph, PREPARE_WAIT_MS);
      })
      .catch((error: unknown) => app.log.debug({ error }, 'network layout not prepared'));
  });
}

/** How long the start-up preparation waits for one layout before starting the next anyway. */
const PREPARE_WAIT_MS = 60_000;

export default fp(graphqlPlugin, { name: 'graphql', dependencies: ['neo4j'] });
