/**
 * Every request is answered, or told it was too slow; never dropped (issue 20: at a million nodes 40 of 42 first
 * eligibility answers ended in "socket hang up"). Two things cut them:
 * - Fastify's handler timeout stops its timer when the request emits 'close', which Node 20 does as soon as a
 *   body has been read: a POST (every GraphQL request of the UI) had no deadline at all. Here the same deadline
 *   (the route's handlerTimeout) runs until the response closes, and past it the route's error handler answers
 *   FST_ERR_HANDLER_TIMEOUT (503, coded) as Fastify would. The work itself goes on (an eligibility answer is
 *   still kept for the next asker).
 * - The socket's idle timeout (connectionTimeout), which Node sets again for each request on a keep-alive
 *   connection, destroyed the socket of any answer slower than it. It is suspended once the request is read
 *   (Node sets it again for the next one), so only the deadline bounds an answer.
 *
 * A write goes on too, but does not commit once the deadline has answered: each request has a WriteDeadline,
 * which a curation write asks last before its COMMIT (db/curation.ts). The GraphQL route's error handler
 * (plugins/graphql.ts, through pastDeadline) closes it when it answers the deadline's error, and the answer says
 * what became of a mutation's writes (`extensions.outcome`: NOT_APPLIED, or UNKNOWN when a commit had already
 * started); so does the answer to a request whose operation was not known yet (nothing had run: NOT_APPLIED).
 */
import type { Socket } from 'node:net';
import { errorCodes, type FastifyInstance, type FastifyRequest } from 'fastify';

/** What the deadline's answer says of a mutation's writes. */
export type WriteOutcome = 'NOT_APPLIED' | 'UNKNOWN';

/**
 * A request's writes against its answer deadline. Node runs one callback at a time, so between `mayCommit`
 * and `expire` one comes first: a write that commits was let through before the deadline answered (and that
 * answer says UNKNOWN), and after the answer no write of the request commits (it says NOT_APPLIED).
 */
export class WriteDeadline {
  private expired = false;
  private commits = 0;
  /**
   * The GraphQL operation the request runs, once known (plugins/graphql.ts). The deadline's answer says what became
   * of the request's writes unless it runs a query: a mutation's, or one that had not started (NOT_APPLIED).
   */
  operation: string | null = null;

  /** The deadline has answered: the request's writes must not commit (nor start). */
  get passed(): boolean {
    return this.expired;
  }

  /** Asked last before a write transaction commits: false once the deadline has answered (roll back instead). */
  mayCommit(): boolean {
    if (this.expired) return false;
    this.commits += 1;
    return true;
  }

  /** The deadline answers now: no write of the request commits from here on. */
  expire(): WriteOutcome {
    this.expired = true;
    return this.commits > 0 ? 'UNKNOWN' : 'NOT_APPLIED';
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    writeDeadline: WriteDeadline;
  }
}

/** The deadline's error for a route: Fastify's handler timeout, with the mutation's write outcome when it has one. */
export type DeadlineError = InstanceType<typeof errorCodes.FST_ERR_HANDLER_TIMEOUT> & { writeOutcome?: WriteOutcome };

/**
 * For a route's error handler: when `error` is the deadline's (this module's timer, or Fastify's own handler
 * timeout, which app.inject does not stop), the request's writes are stopped from committing, and the error gets
 * their outcome unless the request runs a query. Returns `error`.
 */
export function pastDeadline(error: unknown, request: FastifyRequest): unknown {
  const late = error as Partial<DeadlineError> | null;
  if (late?.code !== 'FST_ERR_HANDLER_TIMEOUT' || !request.writeDeadline) return error;
  const outcome = request.writeDeadline.expire();
  if (request.writeDeadline.operation !== 'query') late.writeOutcome = outcome;
  return error;
}

export function answerDeadline(app: FastifyInstance): void {
  app.decorateRequest('writeDeadline', null as unknown as WriteDeadline);
  app.addHook('onRequest', (request, reply, done) => {
    const deadline = new WriteDeadline();
    request.writeDeadline = deadline;
    const ms = request.routeOptions.handlerTimeout ?? 0;
    if (ms > 0) {
      const timer = setTimeout(() => {
        if (reply.sent || reply.raw.headersSent) return;
        void reply.send(new errorCodes.FST_ERR_HANDLER_TIMEOUT(ms, request.routeOptions.url));
      }, ms);
      reply.raw.once('close', () => clearTimeout(timer));
    }
    done();
  });
  app.addHook('preHandler', (request, _reply, done) => {
    // Not for app.inject (its stand-in socket has no timers).
    const socket = request.raw.socket as Partial<Socket> | undefined;
    if (typeof socket?.setTimeout === 'function') socket.setTimeout(0);
    done();
  });
}
