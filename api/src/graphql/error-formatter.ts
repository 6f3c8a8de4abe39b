/**
 * One error formatter for every GraphQL response: typed AppErrors keep their message and get a stable
 * `extensions.code`; invalid input values (enums, variables) are BAD_USER_INPUT with the valid values;
 * other validation failures are GRAPHQL_VALIDATION_FAILED; HTTP-level refusals (bad JSON, body too large,
 * rate limit, CSRF) keep their status; anything else is logged and masked as INTERNAL, so no stack or
 * database detail reaches a client. Every error carries the request id. The HTTP status is chosen by the
 * GraphQL-over-HTTP layer (graphql/http.ts) from these codes.
 */
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { GraphQLError, type GraphQLEnumType } from 'graphql';
import type mercurius from 'mercurius';
import type { MercuriusContext } from 'mercurius';
import type { DeadlineError, WriteOutcome } from '../answer-deadline.js';
import { AppError, HTTP_STATUS, type ErrorCode } from '../errors.js';

type Execution = Parameters<typeof mercurius.defaultErrorFormatter>[0];
export type Code =
  | ErrorCode
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'BAD_REQUEST'
  | 'METHOD_NOT_ALLOWED'
  | 'NOT_ACCEPTABLE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED';

export interface FormattedError {
  message: string;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  path?: ReadonlyArray<string | number>;
  /** The code, the request id, and what a typed error adds: `field`, `valid`, the missing `id` and `ids`. */
  extensions: { code: Code; requestId?: string } & Record<string, unknown>;
}

/** The HTTP status each code stands for when it decides a response's status (graphql/http.ts). */
export const STATUS: Readonly<Record<Code, number>> = {
  ...HTTP_STATUS,
  GRAPHQL_VALIDATION_FAILED: 400,
  GRAPHQL_PARSE_FAILED: 400,
  BAD_REQUEST: 400,
  METHOD_NOT_ALLOWED: 405,
  NOT_ACCEPTABLE: 406,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
};

const BY_STATUS = new Map<number, Code>([
  [405, 'METHOD_NOT_ALLOWED'],
  [406, 'NOT_ACCEPTABLE'],
  [413, 'PAYLOAD_TOO_LARGE'],
  [415, 'UNSUPPORTED_MEDIA_TYPE'],
  [429, 'RATE_LIMITED'],
]);

const INPUT_VALUE =
  /got invalid value|does not exist in "\w+" enum|Expected value of type|Expected type|cannot represent|^Variable "\$\w+" of (required|non-null) type/;

/** mercurius wraps validation errors in one error whose originalError.errors holds them. */
function flatten(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.flatMap((error) => {
    const inner = (error.originalError as { errors?: unknown } | undefined)?.errors;
    if (!Array.isArray(inner)) return [error];
    return inner.map((e: unknown) =>
      e instanceof GraphQLError
        ? e
        : new GraphQLError(String((e as { message?: unknown })?.message ?? e), {
            extensions: {
              code:
                (e as { extensions?: { code?: string } })?.extensions?.code ?? (e as { code?: string } | null)?.code,
            },
          }),
    );
  });
}

function enumHint(app: FastifyInstance, message: string): string {
  const name = /in "(\w+)" enum/.exec(message)?.[1] ?? /Expected type "?(\w+)"?/.exec(message)?.[1];
  // Duck-typed: mercurius loads graphql's CommonJS build and this module its ESM build, so instanceof fails.
  const type = (name ? app.graphql.schema.getType(name) : undefined) as Partial<GraphQLEnumType> | undefined;
  if (typeof type?.getValues !== 'function') return message;
  return `${message.replace(/ Did you mean[^?]*\?/, '')} Valid values: ${type
    .getValues()
    .map((v) => v.name)
    .join(', ')}.`;
}

interface Classified {
  code: Code;
  message: string;
  details?: Record<string, unknown>;
}

/** What a typed error tells the client beyond its code: its field, valid values, missing ids (never a retry hint). */
const clientDetails = ({
  retryAfter: _retryAfter,
  code: _code,
  requestId: _requestId,
  ...details
}: Record<string, unknown>) => details;

function classify(app: FastifyInstance, error: GraphQLError): Classified {
  const original = error.originalError as (Error & { code?: string; statusCode?: number }) | undefined;
  if (original instanceof AppError)
    return { code: original.code, message: original.message, details: clientDetails(original.details) };
  // Request-level errors reach here too: Fastify's (body too large, bad JSON), the CSRF check's and the rate
  // limiter's. Their 4xx status and message are safe to pass on.
  const status = original?.statusCode ?? 500;
  if (original && status >= 400 && status < 500 && !(original as { errors?: unknown }).errors) {
    return { code: BY_STATUS.get(status) ?? 'BAD_REQUEST', message: original.message };
  }
  const code = (error.extensions?.code as string | undefined) ?? original?.code;
  if (code === 'QUERY_TOO_COMPLEX' || code === 'BAD_USER_INPUT') return { code, message: error.message };
  if (code?.startsWith('MER_ERR_GQL_QUERY_DEPTH')) return { code: 'QUERY_TOO_COMPLEX', message: error.message };
  if (original?.code === 'FST_ERR_HANDLER_TIMEOUT') {
    const outcome = (original as DeadlineError).writeOutcome;
    if (outcome) return { code: 'DATABASE_UNAVAILABLE', message: PAST_DEADLINE[outcome], details: { outcome } };
    return { code: 'DATABASE_UNAVAILABLE', message: 'The graph database did not answer in time; try again shortly.' };
  }
  // graphql-js asserts (e.g. a query that parses to nothing: "Must provide document.") are client errors.
  if (/^Must provide /.test(original?.message ?? '')) return { code: 'BAD_REQUEST', message: original!.message };
  if (!original) {
    if (/Document contains more th\w* \d+ tokens/.test(error.message))
      return { code: 'QUERY_TOO_COMPLEX', message: error.message };
    if (error.message.startsWith('Syntax Error')) return { code: 'GRAPHQL_PARSE_FAILED', message: error.message };
    if (INPUT_VALUE.test(error.message)) return { code: 'BAD_USER_INPUT', message: enumHint(app, error.message) };
    return { code: 'GRAPHQL_VALIDATION_FAILED', message: error.message };
  }
  return { code: 'INTERNAL', message: 'Internal error' };
}

/**
 * A mutation past the answer deadline (answer-deadline.ts): DATABASE_UNAVAILABLE as any late answer, with
 * `extensions.outcome` saying what became of its change (also on a late answer to a request that had not started
 * running, whatever its operation: nothing was applied).
 */
const PAST_DEADLINE: Readonly<Record<WriteOutcome, string>> = {
  NOT_APPLIED:
    'The graph database did not answer in time; the change was not applied, and will not be (its transaction cannot commit any more). Send it again shortly.',
  UNKNOWN:
    'The graph database did not answer in time while the change was committing: it may or may not have been applied. Read it before sending it again, or send it again with the same mutationId (a change already applied is then answered from its audit record, not applied twice).',
};

/** Any thrown value as a GraphQLError whose originalError is the value (when it is an Error). */
export function asGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof Error) return new GraphQLError(error.message, { originalError: error });
  // @fastify/rate-limit throws the object its errorResponseBuilder returns.
  const shaped = error as { message?: unknown; statusCode?: unknown } | null;
  const wrapped = Object.assign(new Error(String(shaped?.message ?? 'Unknown error')), {
    statusCode: typeof shaped?.statusCode === 'number' ? shaped.statusCode : 500,
  });
  return new GraphQLError(wrapped.message, { originalError: wrapped });
}

/** Every error coded and masked; INTERNAL ones logged with their cause, the others at info. */
export function formatErrors(
  app: FastifyInstance,
  errors: readonly GraphQLError[],
  requestId: string | undefined,
  log: FastifyBaseLogger = app.log,
): FormattedError[] {
  return flatten(errors).map((error) => {
    let classified: Classified;
    try {
      classified = classify(app, error);
    } catch {
      classified = { code: 'INTERNAL', message: 'Internal error' };
    }
    const { code, message, details } = classified;
    if (code === 'INTERNAL') log.error({ err: error.originalError ?? error, requestId }, 'request failed');
    else log.info({ code, requestId }, message);
    return {
      message,
      ...(error.locations ? { locations: error.locations } : {}),
      ...(error.path ? { path: error.path } : {}),
      extensions: { code, ...details, requestId },
    };
  });
}

/** mercurius's errorFormatter, for execution results: codes and masks; the HTTP layer sets the status. */
export function createErrorFormatter(app: FastifyInstance) {
  return (execution: Execution, context: MercuriusContext) => {
    const request = context.reply?.request;
    const errors = formatErrors(app, execution.errors ?? [], request?.id, request?.log);
    return { statusCode: 200, response: { data: execution.data ?? null, errors } };
  };
}
