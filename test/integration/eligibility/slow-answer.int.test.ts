/**
 * Issue 20, from the outside: a slow eligibility answer (at a million nodes the first one took seconds) is either
 * given or refused with a coded error, never cut. Two things used to cut it over real HTTP: Fastify's handler
 * timeout stopped its timer once a POST's body was read (so a POST had no deadline), and the socket's idle
 * timeout (connectionTimeout) destroyed the socket of any answer slower than it ("socket hang up"). The test's
 * worker (test/fixtures/gated-eligibility-worker.mjs) holds the answer until the test opens its gate, so "slow"
 * is a fact of the test, not a timing: the timeouts are tiny and the answer is held past them.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EligibilityWorker, useEligibilityWorker } from '../../../api/src/eligibility-worker/evaluator.js';
import { buildTestApp, listenOnFreePort } from '../../helpers/app.js';

const question = (objective: string) => `query { eligibility(objective: ${objective}, approach: OUTREACH) {
  question partners(first: 100) { totalCount edges { node { actor { id } reasons { basis rule { id } } } } }
} }`;

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
}

/** One POST /graphql on a connection of its own; rejects when the socket is cut ("socket hang up"). */
function post(base: string, query: string): Promise<Answer> {
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/graphql`,
      {
        agent: false,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            retryAfter: res.headers['retry-after'] as string | undefined,
            body: JSON.parse(text) as Answer['body'],
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

let dir: string;
let gate: string;
let worker: EligibilityWorker;
let restore: (() => void) | undefined;
const apps: FastifyInstance[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'explorer-slow-'));
  gate = join(dir, 'open');
  process.env.EXPLORER_TEST_ELIGIBILITY_GATE = gate; // read by the worker, which copies the environment
  worker = new EligibilityWorker(new URL('../../fixtures/gated-eligibility-worker.mjs', import.meta.url));
  restore = useEligibilityWorker(worker, 0); // every answer in the (gated) worker
});

afterEach(() => {
  rmSync(gate, { force: true });
  rmSync(`${gate}.received`, { force: true });
});

afterAll(async () => {
  restore?.();
  await worker.close();
  await Promise.all(apps.map((app) => app.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function serve(env: NodeJS.ProcessEnv): Promise<string> {
  const app = await buildTestApp(env);
  apps.push(app);
  return listenOnFreePort(app);
}

describe('a slow eligibility answer over real HTTP', () => {
  it(
    'should be refused with a coded 503 past the handler timeout, and given to the next asker once computed',
    { timeout: 60_000 },
    async () => {
      const base = await serve({ HANDLER_TIMEOUT_MS: '200' });
      const refused = await post(base, question('SO4_4')); // held by the gate: past any deadline
      expect(refused.status).toBe(503);
      expect(refused.retryAfter).toBeDefined();
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');

      // The answer was still being computed, and is kept: once the gate opens, asking again gets it.
      writeFileSync(gate, '');
      let again = await post(base, question('SO4_4'));
      // A reply that is computed after the deadline of the first ask may still need a moment.
      while (again.status === 503) {
        await sleep(50);
        again = await post(base, question('SO4_4'));
      }
      expect(again.status).toBe(200);
      expect(again.body.errors).toBeUndefined();
      expect(again.body.data).toMatchObject({ eligibility: { partners: { totalCount: expect.any(Number) } } });
    },
  );

  it('should be given in full when it takes longer than the socket idle timeout', { timeout: 60_000 }, async () => {
    const base = await serve({ HANDLER_TIMEOUT_MS: '0', CONNECTION_TIMEOUT_MS: '100' });
    const pending = post(base, question('SO4_2'));
    // The question has reached the worker; the socket then stays idle for several idle timeouts.
    while (!existsSync(`${gate}.received`)) await sleep(20);
    await sleep(500);
    writeFileSync(gate, '');
    const answer = await pending;
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toMatchObject({ eligibility: { partners: { totalCount: expect.any(Number) } } });
  });
});
