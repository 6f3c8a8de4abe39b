/**
 * Load and overload, in-process against a listening server: steady load answers with 0 errors; overload
 * is shed with 503 and Retry-After instead of hanging, and answers return to normal seconds after the load
 * stops. Figures are logged; the bounds are loose on purpose (a shared 2-core machine).
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../helpers/app.js';

const QUERIES = [
  '{ eligibility(objective: SO4_4, approach: OUTREACH) { partners { edges { node { actor { id } conditions { kind } } } } } }',
  '{ actor(id: "enisa") { id name citations { quote } } }',
  '{ search(text: "cybercrime") { edges { node { score entity { id } } } } }',
];

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function serve(env: NodeJS.ProcessEnv): Promise<string> {
  const app = await buildTestApp(env);
  apps.push(app);
  return app.listen({ host: '127.0.0.1', port: 0 });
}

interface Tally {
  statuses: Record<number, number>;
  retryAfter: boolean;
  maxMs: number;
  count: number;
}

async function load(base: string, workers: number, durationMs: number, queries = QUERIES): Promise<Tally> {
  const tally: Tally = { statuses: {}, retryAfter: false, maxMs: 0, count: 0 };
  const until = Date.now() + durationMs;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = worker; Date.now() < until; i += 1) {
        const started = Date.now();
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: queries[i % queries.length] }),
          signal: AbortSignal.timeout(10_000),
        });
        await response.arrayBuffer();
        tally.count += 1;
        tally.maxMs = Math.max(tally.maxMs, Date.now() - started);
        tally.statuses[response.status] = (tally.statuses[response.status] ?? 0) + 1;
        if (response.status === 503 && response.headers.get('retry-after')) tally.retryAfter = true;
      }
    }),
  );
  return tally;
}

describe('load and overload', () => {
  it('should answer steady load with 0 errors', async () => {
    const base = await serve({});
    const tally = await load(base, 8, 3_000);
    console.log(
      `steady: ${tally.count} requests in 3 s at concurrency 8, statuses ${JSON.stringify(tally.statuses)}, max ${tally.maxMs} ms`,
    );
    expect(tally.statuses[200]).toBe(tally.count);
  });

  it('should shed overload with 503 and Retry-After, never hang, and recover when the load stops', async () => {
    const heavy = [
      '{ eligibility(objective: ALL, approach: LIMITED) { partners(first: 100) { edges { node { actor { id name citations { quote } } reasons { explanation } } } } } }',
    ];
    const base = await serve({ MAX_EVENT_LOOP_DELAY_MS: '25' });
    const tally = await load(base, 64, 4_000, heavy);
    console.log(
      `overload: ${tally.count} requests at concurrency 64, statuses ${JSON.stringify(tally.statuses)}, max ${tally.maxMs} ms`,
    );
    expect(tally.statuses[503] ?? 0).toBeGreaterThan(0);
    expect(tally.retryAfter).toBe(true);
    expect(tally.maxMs).toBeLessThan(10_000);
    const stopped = Date.now();
    await expect
      .poll(
        async () =>
          (
            await fetch(`${base}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: QUERIES[1] }),
            })
          ).status,
        { timeout: 10_000, interval: 250 },
      )
      .toBe(200);
    console.log(`overload: back to 200 ${Date.now() - stopped} ms after the load stopped`);
  });
});
