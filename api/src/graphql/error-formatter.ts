/**
 * One error formatter for every GraphQL response: typed AppErrors keep their message and get a stable
 * `extensions.code`; anything else is logged and masked, so no stack or database detail reaches a client.
 */
import type { FastifyInstance } from 'fastify';
import { GraphQLError } from 'graphql';
import mercurius, { type MercuriusContext } from 'mercurius';
import { AppError, HTTP_STATUS, type ErrorCode } from '../errors.js';

type Execution = Parameters<typeof mercurius.defaultErrorFormatter>[0];

function classify(error: GraphQLError): { code: ErrorCode | 'GRAPHQL_VALIDATION_FAILED'; message: string } {
  const original = error.originalError;
  if (original instanceof AppError) return { code: original.code, message: original.message };
  const code = (error.extensions?.code ?? (original as { code?: string } | undefined)?.code) as string | undefined;
  if (code === 'QUERY_TOO_COMPLEX' || code === 'BAD_USER_INPUT') return { code, message: error.message };
  if (!original) return { code: 'GRAPHQL_VALIDATION_FAILED', message: error.message };
  return { code: 'INTERNAL', message: 'Internal error' };
}

export function createErrorFormatter(app: FastifyInstance) {
  return (execution: Execution, context: MercuriusContext) => {
    const formatted = mercurius.defaultErrorFormatter(execution, context);
    const requestId = context.reply?.request?.id;
    const errors = (execution.errors ?? []).map((error) => {
      const { code, message } = classify(error as GraphQLError);
      if (code === 'INTERNAL')
        app.log.error({ err: (error as GraphQLError).originalError ?? error, requestId }, 'resolver failed');
      return { message, locations: error.locations, path: error.path, extensions: { code, requestId } };
    });
    const worst = errors.reduce((status, error) => {
      const code = error.extensions.code as ErrorCode;
      return Math.max(status, HTTP_STATUS[code] ?? 400);
    }, 200);
    const statusCode = execution.data ? 200 : errors.length > 0 ? worst : formatted.statusCode;
    return { statusCode, response: { data: execution.data ?? null, errors } };
  };
}
