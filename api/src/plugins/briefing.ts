/**
 * GET /briefing: a one-page briefing on an eligibility question, as svg, png, html, pdf or dot, or (actor=<id>) on
 * one actor across every objective and approach (svg, png, html, pdf), built by
 * ../briefing/ (the same code as `npm run briefing`). Bad input is 400 with the API's error shape and codes,
 * never 500. PDF and PNG go through one shared headless Chromium (closed with the app), at most two at once.
 * @see ../briefing/index.ts and api/README.md#briefings
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  asksForProfile,
  BriefingBrowser,
  parseBriefingRequest,
  parseProfileBriefingRequest,
  renderBriefing,
  renderProfileBriefing,
} from '../briefing/index.js';
import type { Config } from '../config.js';
import { AppError, HTTP_STATUS } from '../errors.js';

/**
 * The app's handler timeout (HANDLER_TIMEOUT_MS, 3 s) bounds requests that only wait on Neo4j. A PDF or PNG
 * also waits for Chromium: its first launch (0.5–2 s), a turn among at most two renders, and the render
 * itself (about 1 s, several on a loaded 2-core machine). This route gets at least this long; the database
 * reads inside it keep their own short timeouts.
 */
export const BRIEFING_TIMEOUT_MS = 30_000;

/** A briefing page may not fetch anything: inline styles, data: images and the embedded (data:) font only. */
const HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; frame-ancestors 'none'; base-uri 'none'";

function sendError(error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) {
  let status: number;
  let code: string;
  let message = error.message;
  if (error instanceof AppError) {
    status = HTTP_STATUS[error.code];
    code = error.code;
    const retryAfter = error.details.retryAfter;
    if (typeof retryAfter === 'number') void reply.header('retry-after', retryAfter);
  } else if (error.code === 'FST_ERR_HANDLER_TIMEOUT') {
    [status, code, message] = [503, 'OVERLOADED', 'The briefing took too long to render; retry shortly.'];
    void reply.header('retry-after', 5);
  } else if ((error.statusCode ?? 500) >= 400 && (error.statusCode ?? 500) < 500) {
    [status, code] = [error.statusCode!, error.statusCode === 429 ? 'RATE_LIMITED' : 'BAD_REQUEST'];
  } else {
    request.log.error({ err: error }, 'briefing failed');
    [status, code, message] = [500, 'INTERNAL', 'Internal error'];
  }
  if (code !== 'INTERNAL') request.log.info({ code }, message);
  // The field at fault, and for NOT_FOUND the id that names nothing.
  const { field, id } = error instanceof AppError ? error.details : {};
  reply.removeHeader('content-disposition');
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({
      statusCode: status,
      code,
      message,
      ...(field ? { field } : {}),
      ...(id ? { id } : {}),
      requestId: request.id,
    });
}

async function briefingPlugin(app: FastifyInstance, { config }: { config: Config }) {
  const browser = new BriefingBrowser({ executablePath: config.chromiumPath, concurrency: 2, maxWaiting: 8 });
  app.addHook('onClose', () => browser.close());

  app.get(
    '/briefing',
    {
      // Only where the app has a handler timeout: Fastify cannot turn one on for one route without it.
      ...(config.handlerTimeoutMs > 0
        ? { handlerTimeout: Math.max(config.handlerTimeoutMs, BRIEFING_TIMEOUT_MS) }
        : {}),
      errorHandler: sendError,
    },
    async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const options = { browser, signal: request.signal };
      // actor=<id>: the actor profile's briefing (issue 19); else a question's (objective and approach).
      const briefing = asksForProfile(query) ? parseProfileBriefingRequest(query) : parseBriefingRequest(query);
      const rendered =
        'actor' in briefing
          ? await renderProfileBriefing(app.db, briefing, options)
          : await renderBriefing(app.db, briefing, options);
      const disposition = query.inline === '1' || query.inline === 'true' ? 'inline' : 'attachment';
      void reply
        .type(rendered.contentType)
        .header('content-disposition', `${disposition}; filename="${rendered.filename}"`)
        .header('x-data-version', rendered.dataVersion ?? 'unknown')
        .header('cache-control', 'no-store');
      if (briefing.format === 'html' || briefing.format === 'svg')
        void reply.header('content-security-policy', HTML_CSP);
      return reply.send(rendered.body);
    },
  );
}

export default fp(briefingPlugin, { name: 'briefing', dependencies: ['neo4j'] });
