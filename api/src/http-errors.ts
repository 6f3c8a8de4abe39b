/**
 * The error answer of every route outside GraphQL (health, GraphiQL, the UI's static files): the API's shape
 * `{ statusCode, code, message, requestId }`, a 4xx keeps its status and message under a stable code, anything
 * else is logged and masked as 500 INTERNAL, so no stack, path or database detail reaches a client.
 * GraphQL (plugins/graphql.ts) and the briefing (plugins/briefing.ts) answer their own errors.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, HTTP_STATUS } from './errors.js';

const BY_STATUS = new Map<number, string>([
  [404, 'NOT_FOUND'],
  [405, 'METHOD_NOT_ALLOWED'],
  [406, 'NOT_ACCEPTABLE'],
  [413, 'PAYLOAD_TOO_LARGE'],
  [415, 'UNSUPPORTED_MEDIA_TYPE'],
  [429, 'RATE_LIMITED'],
]);

export function httpErrorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  let status = 500;
  let code = 'INTERNAL';
  let message = 'Internal error';
  const failure = error as { statusCode?: unknown; message?: unknown; code?: unknown } | null;
  if (error instanceof AppError) {
    [status, code, message] = [HTTP_STATUS[error.code], error.code, error.message];
  } else if (failure?.code === 'FST_ERR_HANDLER_TIMEOUT') {
    [status, code, message] = [503, 'OVERLOADED', 'The server took too long to answer; retry shortly.'];
  } else if (typeof failure?.statusCode === 'number' && failure.statusCode >= 400 && failure.statusCode < 500) {
    status = failure.statusCode;
    code = BY_STATUS.get(status) ?? 'BAD_REQUEST';
    message = String(failure.message ?? 'Bad request');
  }
  if (status >= 500 && code === 'INTERNAL') request.log.error({ err: error }, 'request failed');
  else request.log.info({ code }, message);
  if (status === 503 || status === 429) void reply.header('retry-after', reply.getHeader('retry-after') ?? 5);
  return reply.code(status).send({ statusCode: status, code, message, requestId: request.id });
}
