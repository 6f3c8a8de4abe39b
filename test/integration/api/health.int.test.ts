import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../helpers/app.js';

describe('health and readiness', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  it('should answer /health without touching the database', async () => {
    const response = await app.inject({ url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('should answer /ready 200 with the data version when Neo4j is reachable', async () => {
    const response = await app.inject({ url: '/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ready', neo4j: 'reachable' });
    expect(response.json().dataVersion).toMatch(/^seed-[0-9a-f]{16}(\+[0-9a-f]{12})?$/);
  });

  it('should answer /ready 503 with a reason, quickly, when Neo4j is unreachable', async () => {
    const down = await buildTestApp({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    try {
      const started = Date.now();
      const response = await down.inject({ url: '/ready' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ status: 'unavailable', neo4j: 'unreachable' });
      expect(response.json().reason).toMatch(/Neo4j/);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await down.close();
    }
  });

  it('should tag every response with a request id', async () => {
    const response = await app.inject({ url: '/health' });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
