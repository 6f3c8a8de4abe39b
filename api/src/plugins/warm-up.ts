/**
 * Plans the first requests' statements once the app is ready (db/warm-up.ts), and on a large graph starts the
 * eligibility worker (db/eligibility.ts prepareEligibility), without holding its start: the server listens at once,
 * and /ready (plugins/health.ts) answers 503 "warming" until the warm-up has ended.
 * A statement that fails to warm is logged and left to its first request; nothing here ends the process.
 * `fastify.warmUp.state`: 'off' (not asked: tests' apps), 'running', 'done' or 'failed' (some statements failed).
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { prepareEligibility } from '../db/eligibility.js';
import { warmUp, type WarmUpResult } from '../db/warm-up.js';

export interface WarmUpStatus {
  state: 'off' | 'running' | 'done' | 'failed';
  result?: WarmUpResult;
  /** Settles when the warm-up has ended (at once when off). */
  ended: Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    warmUp: WarmUpStatus;
  }
}

async function warmUpPlugin(app: FastifyInstance, options: { enabled: boolean }) {
  const status: WarmUpStatus = { state: 'off', ended: Promise.resolve() };
  app.decorate('warmUp', status);
  if (!options.enabled) return;
  let closing = false;
  app.addHook('onReady', (done) => {
    status.state = 'running';
    // Beside the statements: on a large graph the eligibility worker starts now, not with the first question, and
    // reads the Union's agreements that every question shares.
    // A thread that fails while loading is said by the next question that needs it (EligibilityWorkerWarning).
    const worker = prepareEligibility(app.db, () => closing).then(
      (agreements) =>
        agreements !== null &&
        app.log.info(`Warm-up: eligibility worker started (large graph); it read ${agreements} Union agreement facts.`),
      (error: unknown) =>
        app.log.warn(
          { err: error },
          'Warm-up: eligibility worker not prepared; the first question starts it or reads what it needs.',
        ),
    );
    const statements = warmUp(app.db, undefined, () => closing).then(
      (result) => {
        status.result = result;
        status.state = result.failed.length > 0 ? 'failed' : 'done';
        if (result.failed.length > 0)
          app.log.error(
            { failed: result.failed },
            `Warm-up: ${result.failed.length} statements could not be planned; their first requests plan them.`,
          );
        else app.log.info(`Warm-up: ${result.planned} statements planned in ${result.ms} ms.`);
      },
      (error: unknown) => {
        // warmUp never throws; this is a guard, so that no rejection goes unhandled.
        status.state = 'failed';
        app.log.error({ err: error }, 'Warm-up failed; the first requests plan their statements.');
      },
    );
    status.ended = Promise.all([statements, worker]).then(() => undefined);
    done();
  });
  app.addHook('preClose', async () => {
    closing = true;
    await status.ended;
  });
}

export default fp(warmUpPlugin, { name: 'warm-up', dependencies: ['neo4j'] });
