/**
 * Attack surface: security headers with a CSP, CSRF prevention, rate limits (stricter for mutations)
 * with Retry-After, and logs that carry request ids but never tokens.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../api/src/app.js';
import { buildTestApp, testConfig } from '../../helpers/app.js';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});
async function make(env: NodeJS.ProcessEnv = {}) {
  const app = await buildTestApp(env);
  apps.push(app);
  return app;
}

const post = (app: FastifyInstance, query: string, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...headers },
    payload: { query },
  });

describe('attack surface', () => {
  it('should send security headers with a CSP that allows only our own scripts', async () => {
    const app = await make();
    const page = await app.inject({ url: '/' });
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-powered-by']).toBeUndefined();
    expect(page.body).not.toMatch(/<script>(?!<\/script>)/);
  });

  it('should refuse a GraphQL GET without the CSRF-prevention header, and accept it with one', async () => {
    const app = await make();
    const url = `/graphql?query=${encodeURIComponent('{ dataVersion }')}`;
    expect((await app.inject({ url })).statusCode).toBe(400);
    expect((await app.inject({ url, headers: { 'mercurius-require-preflight': 'true' } })).statusCode).toBe(200);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/graphql',
          headers: { 'content-type': 'text/plain' },
          payload: '{ dataVersion }',
        })
      ).statusCode,
    ).toBe(400);
  });

  it('should rate-limit clients with 429 and Retry-After, mutations sooner than reads', async () => {
    const app = await make({ RATE_LIMIT_PER_MINUTE: '8', RATE_LIMIT_MUTATIONS_PER_MINUTE: '2' });
    const mutation = 'mutation { unlink(input: { from: "a", type: "MEMBER_OF", to: "b" }) { dataVersion } }';
    const mutations = [];
    for (let i = 0; i < 3; i += 1) mutations.push((await post(app, mutation)).statusCode);
    expect(mutations.slice(0, 2).every((s) => s !== 429)).toBe(true);
    expect(mutations[2]).toBe(429);
    const reads = [];
    for (let i = 0; i < 9; i += 1) reads.push(await post(app, '{ dataVersion }'));
    expect(reads.slice(0, 8).every((r) => r.statusCode === 200)).toBe(true);
    const limited = reads[8]!;
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json().errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await app.inject({ url: '/health' })).statusCode).toBe(200);
  });

  it('should log every 4xx and 5xx with its request id and never a token', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const token = 'super-secret-curator-token-1234567890';
    const config = testConfig({ CURATOR_TOKENS: `alice:${token}` });
    const app = await buildApp(config, { logger: { level: 'info', stream } });
    apps.push(app);
    const responses = [
      await post(app, 'mutation { unlink(input: { from: "a", type: "MEMBER_OF", to: "b" }) { dataVersion } }', {
        authorization: `Bearer ${token}`,
      }),
      await post(app, 'mutation { unlink(input: { from: "a", type: "MEMBER_OF", to: "b" }) { dataVersion } }', {
        authorization: 'Bearer wrong-token-wrong-token',
      }),
      await post(app, '{ nope }'),
      await app.inject({ url: '/no/such/page', headers: { accept: 'application/json' } }),
    ];
    const log = lines.join('');
    expect(log).not.toContain(token);
    expect(log).not.toContain('wrong-token-wrong-token');
    // GraphQL errors answer 200 under application/json (GraphQL over HTTP): their log line names the code.
    for (const response of responses) {
      const id = response.headers['x-request-id'] as string;
      const code = (response.json() as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions
        ?.code;
      expect(response.statusCode >= 400 || code !== undefined, id).toBe(true);
      const entries = lines.map(
        (l) => JSON.parse(l) as { reqId?: string; requestId?: string; code?: string; res?: { statusCode: number } },
      );
      expect(
        entries.some(
          (e) =>
            (e.reqId === id || e.requestId === id) &&
            ((e.res?.statusCode ?? 0) >= 400 || (code !== undefined && e.code === code)),
        ),
        id,
      ).toBe(true);
    }
  });
});
