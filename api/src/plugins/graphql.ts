/**
 * GraphQL at /graphql: mercurius executes (schema-first from graphql/schema/*.graphql, resolvers and batching
 * loaders, typed error codes from graphql/error-formatter); the GET and POST routes are ours and follow the
 * GraphQL-over-HTTP spec (graphql/http.ts): content negotiation, status codes, the CSRF rule, and exactly the
 * operation the request names (graphql/operation.ts), with mutations refused over GET. Once listening, it
 * prepares the network's first layout in the background (graph-layout/).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { createRequire } from 'node:module';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import mercurius from 'mercurius';
import type { Config } from '../config.js';
import { getNetwork, MAX_NETWORK_NODES } from '../db/queries.js';
import { networkLayout } from '../graph-layout/network-layout.js';
import { actorNetwork } from '../../../core/graph/scope.js';
import { pastDeadline } from '../answer-deadline.js';
import { buildContext } from '../graphql/context.js';
import {
  asGraphQLError,
  createErrorFormatter,
  formatErrors,
  type Code,
  type FormattedError,
} from '../graphql/error-formatter.js';
import {
  ACCEPTED,
  executedStatus,
  getParams,
  lacksPreflight,
  MalformedRequest,
  negotiate,
  postParams,
  PREFLIGHT_HEADERS,
  refusalStatus,
  type GraphQLParams,
  type MediaType,
} from '../graphql/http.js';
import { cachedResult, isCachedQuery, type Execution } from '../graphql/answer-cache.js';
import { checkArguments } from '../graphql/arguments.js';
import { batchResolvers } from '../graphql/batch-loaders.js';
import { aliasLimitRule, assertAffordable, LIMITS } from '../graphql/limits.js';
import { loaders } from '../graphql/loaders.js';
import { selectOperation } from '../graphql/operation.js';
import { buildSchema } from '../graphql/schema.js';

const CSRF_MESSAGE = `This request has been blocked as a potential cross-site request forgery (CSRF): send it as POST with content-type application/json, or add the header ${PREFLIGHT_HEADERS[1]}: true.`;

const coded = (code: Code, message: string): FormattedError => ({ message, extensions: { code } });

async function graphqlPlugin(app: FastifyInstance, { config }: { config: Config }) {
  await app.register(mercurius, {
    schema: buildSchema(config.paths.graphql),
    routes: false,
    graphiql: false,
    // JIT from a document's 2nd request (graphql-jit): executing W2's answer of 1,000 nodes and 999 edges at 100k
    // took 5.7 ms of CPU with graphql-js, 1.0 ms compiled (issue 20). mercurius keeps one compiled query per
    // document text, compiled for the operation named by the request that compiled it, so a document holding a
    // query and a mutation ran the wrong one (issue 13): `handle` gives such a document to mercurius with the
    // operation's name appended as a comment (sourceFor), so each operation has its own entry. The preExecution
    // hook below (arguments, cost) runs before the compiled query as before the graphql-js executor.
    jit: 1,
    queryDepth: LIMITS.maxDepth,
    validationRules: [aliasLimitRule],
    graphql: { parseOptions: { maxTokens: LIMITS.maxTokens } },
    errorFormatter: createErrorFormatter(app),
  });
  // The batching loaders, as resolvers that batch per tick without mercurius' loader cache (batch-loaders.ts).
  app.graphql.defineResolvers(batchResolvers(loaders));
  // Before any resolver runs: every argument against the bounds the schema declares (a request error, never a
  // nulled answer), then the cost of the operation that will run.
  // Both depend on the document, the operation and the variables only, and mercurius hands the same parsed
  // document for the same text (its LRU), so a combination that passed is not checked again.
  // The variables come from the context (`handle` gives mercurius none, so that it does not coerce them before
  // this hook on every request: 8% of the API's own CPU for a W2 request, issue 20); they are checked here as
  // graphql-js coerces them, and returned for the executor (compiled or not) to run with.
  const passed = new WeakMap<DocumentNode, Set<string>>();
  app.graphql.addHook('preExecution', async (schema, document, context, given) => {
    const variables = given ?? context.requestVariables ?? {};
    const key = JSON.stringify([context.operationName ?? null, variables]);
    const known = passed.get(document);
    if (known?.has(key)) return { variables };
    assertVariablesCoerce(schema, document, variables, context.operationName ?? undefined);
    checkArguments(schema, document, variables, context.operationName ?? undefined);
    assertAffordable(schema, document, variables, context.operationName ?? undefined);
    if (!known) passed.set(document, new Set([key]));
    else {
      if (known.size >= PASSED_PER_DOCUMENT) known.delete(known.values().next().value!);
      known.add(key);
    }
    return { variables };
  });
  app.addContentTypeParser('application/graphql', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  const contextOf = buildContext(app.db, config);

  function send(reply: FastifyReply, mediaType: MediaType, status: number, body: object) {
    return reply.code(status).type(`${mediaType}; charset=utf-8`).send(body);
  }

  /** An answer without data: refused before execution, or by HTTP itself. */
  function refuse(
    request: FastifyRequest,
    reply: FastifyReply,
    mediaType: MediaType,
    errors: FormattedError[],
    malformed = false,
  ) {
    const formatted = errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: request.id } }));
    const status = refusalStatus(mediaType, formatted, malformed);
    if (status === 503 || status === 429) reply.header('retry-after', reply.getHeader('retry-after') ?? 5);
    return send(reply, mediaType, status, { errors: formatted });
  }

  async function handle(request: FastifyRequest, reply: FastifyReply, read: () => GraphQLParams) {
    const mediaType = negotiate(request.headers.accept);
    if (!mediaType) {
      void reply.header('accept', ACCEPTED);
      return refuse(request, reply, 'application/json', [
        coded('NOT_ACCEPTABLE', `This endpoint answers ${ACCEPTED}; the Accept header allows neither.`),
      ]);
    }
    let params: GraphQLParams;
    try {
      params = read();
    } catch (error) {
      if (!(error instanceof MalformedRequest)) throw error;
      return refuse(request, reply, mediaType, [coded(error.code, error.message)], true);
    }
    const selected = selectOperation(params.query, params.operationName);
    if (!selected.ok) {
      const [error] = formatErrors(app, [selected.error], request.id, request.log);
      const code = selected.operationError ? 'BAD_REQUEST' : error!.extensions.code;
      return refuse(request, reply, mediaType, [{ ...error!, extensions: { code } }]);
    }
    if (request.method !== 'POST' && selected.operation !== 'query') {
      void reply.header('allow', 'POST');
      return refuse(request, reply, mediaType, [
        coded('METHOD_NOT_ALLOWED', `A ${selected.operation} needs POST; GET runs queries only.`),
      ]);
    }
    // Past the answer deadline, a mutation's answer says what became of its writes (answer-deadline.ts).
    request.writeDeadline.operation = selected.operation;
    const context = contextOf(request, params.operationName, params.variables ?? {});
    // No variables for mercurius: the preExecution hook checks the context's and hands them to the executor.
    const run = (): Promise<Execution> =>
      reply.graphql(
        sourceFor(params.query, selected.operationCount, params.operationName),
        context,
        undefined,
        params.operationName ?? undefined,
      );
    let execution: Execution;
    try {
      if (context.curator === null && isCachedQuery(selected.document, params.operationName)) {
        const cached = await cachedResult(
          context.db,
          { query: params.query, operationName: params.operationName ?? null, variables: params.variables ?? {} },
          run,
        );
        if ('json' in cached) return reply.code(200).type(`${mediaType}; charset=utf-8`).send(cached.json);
        execution = cached.execution;
      } else execution = await run();
    } catch (error) {
      return refuse(request, reply, mediaType, formatErrors(app, [asGraphQLError(error)], request.id, request.log));
    }
    // Errors of an executed operation were coded by the error formatter; a result without data failed before
    // execution (graphql-js answers so when it cannot coerce the variables).
    const errors = execution.errors as FormattedError[] | undefined;
    if (execution.data === undefined) return refuse(request, reply, mediaType, errors ?? []);
    const status = executedStatus(execution.data, errors);
    if (status === 503) void reply.header('retry-after', 5);
    return send(reply, mediaType, status, { data: execution.data, ...(errors?.length ? { errors } : {}) });
  }

  /** Errors before the handler (CSRF, body parsing, rate limit, handler timeout) as GraphQL error answers. */
  function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply) {
    const mediaType = negotiate(request.headers.accept) ?? 'application/json';
    const errors = formatErrors(app, [asGraphQLError(pastDeadline(error, request))], request.id, request.log);
    return refuse(request, reply, mediaType, errors, true);
  }

  const csrf = async (request: FastifyRequest) => {
    if (lacksPreflight(request.headers))
      throw Object.assign(new Error(CSRF_MESSAGE), { statusCode: 400, code: 'CSRF_PREVENTION' });
  };

  app.route({
    method: 'GET',
    url: '/graphql',
    onRequest: csrf,
    errorHandler,
    handler: (request, reply) => handle(request, reply, () => getParams(request.query)),
  });
  app.route({
    method: 'POST',
    url: '/graphql',
    onRequest: csrf,
    errorHandler,
    handler: (request, reply) => handle(request, reply, () => postParams(request.body)),
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

/**
 * The text mercurius parses, caches and compiles: the document itself when it holds one operation; else with the
 * operation's name (a GraphQL name, which selectOperation found in the document) appended as a comment, so that
 * mercurius' cache, keyed by the text, keeps one entry (and one compiled query) per operation. A comment changes
 * neither the operations, the error locations, nor the token count (the parser skips comments).
 */
export const sourceFor = (query: string, operationCount: number, operationName: string | null): string =>
  operationCount > 1 ? `${query}\n# operation ${operationName ?? ''}` : query;

// graphql's CommonJS build, the one mercurius built the schema with (vitest may load the ESM build here, whose
// instanceof checks refuse the other build's types).
const { getOperationAST, getVariableValues } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * The variables as graphql-js coerces them, refused as mercurius refuses them (a validation error holding each
 * GraphQLError). mercurius is given no variables (`handle`), so it checks none: a combination of document and
 * variables not yet seen to pass is checked here, before the executor (graphql-js, or the compiled query, which
 * coerces them its own way) runs with them.
 */
function assertVariablesCoerce(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): void {
  const operation = getOperationAST(document, operationName);
  if (!operation) return; // refused by the HTTP layer before, and by the executor
  const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 50 });
  if (errors?.length)
    throw Object.assign(new Error('Graphql validation error'), {
      code: 'MER_ERR_GQL_VALIDATION',
      statusCode: 400,
      errors,
    });
}

/** Variable sets remembered per document as having passed the argument and cost checks. */
const PASSED_PER_DOCUMENT = 100;

/** How long the start-up preparation waits for one layout before starting the next anyway. */
const PREPARE_WAIT_MS = 60_000;

export default fp(graphqlPlugin, { name: 'graphql', dependencies: ['neo4j'] });
