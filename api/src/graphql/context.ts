/**
 * The per-request GraphQL context: the database handle, the request id, and the curator whose token the
 * request carries (`Authorization: Bearer …`, checked in constant time; null when absent or unknown).
 * The token itself is never kept in the context nor logged.
 */
import type { FastifyRequest } from 'fastify';
import type { WriteDeadline } from '../answer-deadline.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { curatorResolver } from '../domain/curation/auth.js';

export interface GraphQLContext {
  db: Database;
  requestId: string;
  /** The authenticated curator's name, or null: mutations refuse null with UNAUTHENTICATED. */
  curator: string | null;
  /** seed/ (its sources/ hold the texts that quotes are checked against). */
  seedDir: string;
  /** The operation the request names (null: the document's only one); the cost limit estimates that one. */
  operationName: string | null;
  /**
   * The request's variables, checked and handed to the executor by the preExecution hook (plugins/graphql.ts);
   * mercurius itself is given none, so that it does not coerce them a second time.
   */
  requestVariables: Record<string, unknown>;
  /** The request's answer deadline: a curation write does not commit once it has answered. */
  writeDeadline: WriteDeadline;
}

declare module 'mercurius' {
  interface MercuriusContext {
    db: Database;
    requestId: string;
    curator: string | null;
    seedDir: string;
    operationName: string | null;
    requestVariables: Record<string, unknown>;
    writeDeadline: WriteDeadline;
  }
}

export function buildContext(db: Database, config: Pick<Config, 'curatorTokens' | 'paths'>) {
  const curatorOf = curatorResolver(config.curatorTokens);
  const seedDir = config.paths.seed;
  return (
    request: FastifyRequest,
    operationName: string | null,
    requestVariables: Record<string, unknown> = {},
  ): GraphQLContext => ({
    db: db.forRequest(),
    requestId: request.id,
    curator: curatorOf(request.headers.authorization),
    seedDir,
    operationName,
    requestVariables,
    writeDeadline: request.writeDeadline,
  });
}
