/** The per-request GraphQL context: the database handle and the request id, nothing else. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';

export interface GraphQLContext {
  db: Database;
  requestId: string;
}

declare module 'mercurius' {
  interface MercuriusContext {
    db: Database;
    requestId: string;
  }
}

export function buildContext(db: Database) {
  return (request: FastifyRequest, _reply: FastifyReply): GraphQLContext => ({ db, requestId: request.id });
}
