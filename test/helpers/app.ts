/** Builds the app against the test run's Neo4j (see global-setup.ts); never listens. */
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../../api/src/app.js';
import { loadConfig, type Config } from '../../api/src/config.js';

export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  // Rate limits, load shedding and the handler timeout are off unless a test turns them on: suites share
  // one busy machine, where a cold query can take seconds.
  return loadConfig({
    ...process.env,
    NEO4J_URI: inject('neo4jUri'),
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    MAX_EVENT_LOOP_DELAY_MS: '0',
    HANDLER_TIMEOUT_MS: '0',
    ...overrides,
  });
}

export async function buildTestApp(overrides: NodeJS.ProcessEnv = {}): Promise<FastifyInstance> {
  const app = await buildApp(testConfig(overrides), { logger: false });
  await app.ready();
  return app;
}

/** Serves the app on a free local port, for real HTTP clients; gives the base URL ("http://127.0.0.1:PORT"). */
export async function listenOnFreePort(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
}

/** An error as the API answers it: `extensions` has the code, the request id, and `field`, `id`, `ids`, … */
export interface GqlError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string } & Record<string, unknown>;
}

export async function gql<T = Record<string, unknown>>(
  app: FastifyInstance,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; data: T | null; errors?: GqlError[] }> {
  const response = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
  const body = response.json() as { data: T | null; errors?: GqlError[] };
  return { status: response.statusCode, ...body };
}

/** The nodes of a connection page (`{ edges { node } }`). */
export const nodesOf = <T>(page: { edges: Array<{ node: T }> }): T[] => page.edges.map((edge) => edge.node);
