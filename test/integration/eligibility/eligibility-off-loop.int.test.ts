/**
 * Issue 20, from the outside: while an eligibility answer is being computed in the worker, the API (load
 * shedding on, as in production) answers other requests over real HTTP. The test's worker
 * (test/fixtures/gated-eligibility-worker.mjs) holds the answer until the test opens its gate, so "meanwhile"
 * is a fact of the test, not a timing: the other requests are answered while the eligibility request is
 * known to be unanswered; then the gate opens and the answer is the one the API gives without a worker.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EligibilityWorker, useEligibilityWorker } from '../../../api/src/eligibility-worker/evaluator.js';
import { buildTestApp, listenOnFreePort } from '../../helpers/app.js';

const QUESTION = `query { eligibility(objective: SO4_4, approach: OUTREACH) {
  question partners(first: 100) { totalCount edges { node { actor { id } reasons { basis rule { id } } } } }
} }`;

/** One request on a connection of its own (no keep-alive: a reused socket the server just closed is a race). */
function send(base: string, path: string, query?: string): Promise<{ status: number; body: unknown }> {
  const body = query === undefined ? undefined : JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      {
        agent: false,
        method: body ? 'POST' : 'GET',
        headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {},
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : null }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
const post = (base: string, query: string) => send(base, '/graphql', query);

let dir: string;
let gate: string;
let worker: EligibilityWorker;
let restore: () => void;
let gated: FastifyInstance;
let plain: FastifyInstance;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'explorer-gate-'));
  gate = join(dir, 'open');
  process.env.EXPLORER_TEST_ELIGIBILITY_GATE = gate; // read by the worker, which copies the environment
  worker = new EligibilityWorker(new URL('../../fixtures/gated-eligibility-worker.mjs', import.meta.url));
  gated = await buildTestApp({ MAX_EVENT_LOOP_DELAY_MS: '1000' });
  plain = await buildTestApp();
});

afterAll(async () => {
  restore?.();
  await worker.close();
  await Promise.all([gated?.close(), plain?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('an eligibility answer computed off the event loop', () => {
  it(
    'should leave the API answering other requests meanwhile, then give the usual answer',
    { timeout: 180_000 },
    async () => {
      const expected = await (
        await plain.inject({ method: 'POST', url: '/graphql', payload: { query: QUESTION } })
      ).json();
      expect(expected.data.eligibility.partners.totalCount).toBeGreaterThan(0);

      restore = useEligibilityWorker(worker, 0); // every answer in the (gated) worker
      const base = await listenOnFreePort(gated);
      let answered = false;
      const pending = post(base, QUESTION).then((res) => {
        answered = true;
        return res;
      });

      // The question has reached the worker (its fixture says so): from here on it is being computed.
      while (!existsSync(`${gate}.received`)) await sleep(20);
      expect(await send(base, '/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
      expect(await post(base, '{ __typename }')).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
      expect((await send(base, '/ready')).status).toBe(200);
      expect(answered).toBe(false); // the eligibility answer is still held by the worker's gate

      writeFileSync(gate, '');
      const { status, body } = await pending;
      expect(status).toBe(200);
      expect(body).toEqual(expected);
    },
  );
});
