/**
 * One error formatter for every GraphQL response: typed AppErrors keep their message and get a stable
 * `extensions.code`; invalid input values (enums, variables) are BAD_USER_INPUT with the valid values;
 * other validation failures are GRAPHQL_VALIDATION_FAILED; anything else is logged and masked as
 * INTERNAL, so no stack or database detail reaches a client. Every error carries the request id.
 */
import type { FastifyInstance } from 'fastify';
import { GraphQLError, type GraphQLEnumType } from 'graphql';
import mercurius, { type MercuriusContext } from 'mercurius';
import { AppError, HTTP_STATUS, type ErrorCode } from '../errors.js';

type Execution = Parameters<typeof mercurius.defaultErrorFormatter>[0];
type Code =
  | ErrorCode
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'BAD_REQUEST'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED';

const STATUS: Record<Code, number> = {
  ...HTTP_STATUS,
  GRAPHQL_VALIDATION_FAILED: 400,
  GRAPHQL_PARSE_FAILED: 400,
  BAD_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
};
const INPUT_VALUE =
  /got invalid value|does not exist in "\w+" enum|Expected value of type|Expected type|cannot represent/;

/** mercurius wraps validation errors in one error whose originalError.errors holds them. */
function flatten(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.flatMap((error) => {
    const inner = (error.originalError as { errors?: unknown } | undefined)?.errors;
    if (!Array.isArray(inner)) return [error];
    return inner.map(
      (e: { message?: unknown; code?: string; extensions?: { code?: string } }) =>
        new GraphQLError(String(e.message ?? e), { extensions: { code: e.extensions?.code ?? e.code } }),
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

function classify(app: FastifyInstance, error: GraphQLError): { code: Code; message: string } {
  const original = error.originalError as (Error & { code?: string; statusCode?: number }) | undefined;
  if (original instanceof AppError) return { code: original.code, message: original.message };
  // Request-level errors reach here too: Fastify's (body too large, bad JSON), mercurius's (CSRF
  // prevention) and the rate limiter's. Their 4xx status and message are safe to pass on.
  const status = original?.statusCode ?? 500;
  if (original && status >= 400 && status < 500 && !(original as { errors?: unknown }).errors) {
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 429 ? 'RATE_LIMITED' : 'BAD_REQUEST';
    return { code, message: original.message };
  }
  const code = (error.extensions?.code as string | undefined) ?? original?.code;
  if (code === 'QUERY_TOO_COMPLEX' || code === 'BAD_USER_INPUT') return { code, message: error.message };
  if (code?.startsWith('MER_ERR_GQL_QUERY_DEPTH')) return { code: 'QUERY_TOO_COMPLEX', message: error.message };
  if (original?.code === 'FST_ERR_HANDLER_TIMEOUT') {
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

export function createErrorFormatter(app: FastifyInstance) {
  return (execution: Execution, context: MercuriusContext) => {
    const requestId = context.reply?.request?.id;
    const errors = flatten(execution.errors ?? []).map((error) => {
      const { code, message } = classify(app, error);
      if (code === 'INTERNAL') app.log.error({ err: error.originalError ?? error, requestId }, 'resolver failed');
      else context.reply?.log.info({ code, requestId }, message);
      return { message, locations: error.locations, path: error.path, extensions: { code, requestId } };
    });
    const worst = errors.reduce((status, error) => Math.max(status, STATUS[error.extensions.code] ?? 400), 0);
    const statusCode = execution.data ? 200 : worst || 200;
    return { statusCode, response: { data: execution.data ?? null, errors } };
  };
}
