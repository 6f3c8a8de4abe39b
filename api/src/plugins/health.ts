/**
 * GET /health: the process is alive (never touches the database).
 * GET /ready: Neo4j answers within a second: 200 with the data version; otherwise 503 with a reason. While the
 * server plans its first requests' statements (plugins/warm-up.ts), 503 with status "warming"; `warmUp` tells how
 * it ended ("done", or "failed": logged, those statements are planned by their first requests; "off" in tests).
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const READY_TIMEOUT_MS = 1_000;

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function healthPlugin(app: FastifyInstance) {
  app.get('/health', async () => ({ status: 'ok' }));

  app.get('/ready', async (_request, reply) => {
    try {
      const [row] = await withTimeout(app.db.readOnce('meta/get-data-version'), READY_TIMEOUT_MS);
      const warmUp = app.warmUp.state;
      const dataVersion = row?.version ?? null;
      if (warmUp === 'running')
        return reply.code(503).send({ status: 'warming', neo4j: 'reachable', dataVersion, warmUp });
      return { status: 'ready', neo4j: 'reachable', dataVersion, warmUp };
    } catch (error) {
      const reason = (error as Error).message.startsWith('no answer')
        ? `Neo4j did not answer within ${READY_TIMEOUT_MS} ms`
        : 'Neo4j is unreachable';
      return reply.code(503).send({ status: 'unavailable', neo4j: 'unreachable', reason });
    }
  });
}

export default fp(healthPlugin, { name: 'health', dependencies: ['neo4j', 'warm-up'] });
