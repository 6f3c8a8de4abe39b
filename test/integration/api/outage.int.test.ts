/**
 * Neo4j goes away under a running app and comes back: /ready turns 503 and GraphQL answers
 * DATABASE_UNAVAILABLE within about two seconds, the process stays up, and answers recover by themselves.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { buildTestApp, gql } from '../../helpers/app.js';
import { TcpProxy } from '../../helpers/tcp-proxy.js';

let proxy: TcpProxy;
let app: FastifyInstance;
beforeAll(async () => {
  proxy = TcpProxy.forBolt(inject('neo4jUri'));
  await proxy.start();
  app = await buildTestApp({ NEO4J_URI: proxy.uri });
});
afterAll(async () => {
  await app.close();
  await proxy.stop();
});

const version = () => gql<{ dataVersion: string }>(app, '{ dataVersion }');

describe('database outage and recovery', () => {
  it('should fail fast while Neo4j is away and recover without a restart', async () => {
    expect((await version()).status).toBe(200);
    expect((await app.inject({ url: '/ready' })).statusCode).toBe(200);

    await proxy.cut();
    let started = Date.now();
    const down = await version();
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(down.status).toBe(503);
    expect(down.errors![0]!.extensions!.code).toBe('DATABASE_UNAVAILABLE');
    started = Date.now();
    expect((await app.inject({ url: '/ready' })).statusCode).toBe(503);
    expect(Date.now() - started).toBeLessThan(2_000);

    await proxy.restore();
    await expect.poll(async () => (await version()).status, { timeout: 10_000, interval: 200 }).toBe(200);
    expect((await app.inject({ url: '/ready' })).statusCode).toBe(200);
  });
});
