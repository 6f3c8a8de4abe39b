/**
 * The embedded Neo4j is SIGKILLed under a running app with a read load, then started again on the same
 * data directory and port: while it is down every request is answered quickly with DATABASE_UNAVAILABLE,
 * /ready turns 503 within a second while /health stays 200, and after the restart the error rate returns
 * to 0 by itself, in the same app (the process never restarts). Uses its own Neo4j, never the shared one.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFaultApp,
  latency,
  loadLoop,
  maxOf,
  median,
  postGraphql,
  readinessProbe,
  report,
  sleep,
  startPrivateNeo4j,
  type PrivateNeo4j,
  type Sample,
} from './helpers.js';

const READ = '{ dataVersion dataset { nodes } actor(id: "enisa") { id name kind } }';
const WORKERS = 8;

let neo: PrivateNeo4j;
let app: FastifyInstance;

beforeAll(async () => {
  neo = await startPrivateNeo4j('kill', { seed: true });
  app = await buildFaultApp({ NEO4J_URI: neo.uri });
  // Warm up until answers are steady: a cold first query on a loaded machine can hit the handler timeout.
  let steady = 0;
  for (let i = 0; i < 100 && steady < 10; i += 1)
    steady = (await postGraphql(app, READ)).status === 200 ? steady + 1 : 0;
  expect(steady).toBe(10);
});

afterAll(async () => {
  await app?.close();
  await neo?.dispose();
});

describe('embedded Neo4j killed under load', () => {
  it('should answer DATABASE_UNAVAILABLE fast while Neo4j is dead and recover by itself after its restart', async () => {
    const pid = process.pid;
    const lag = monitorEventLoopDelay({ resolution: 20 });
    lag.enable();
    const load = loadLoop(WORKERS, () => postGraphql(app, READ));
    const ready = readinessProbe(app);
    await sleep(2_000);

    const killedAt = Date.now();
    await neo.kill();
    const deadAt = Date.now();
    await sleep(5_000);
    const health = await app.inject({ url: '/health' });
    const restartAt = Date.now();
    await neo.restart();
    const readyAt = Date.now();
    await expect
      .poll(() => load.samples.some((s) => s.start >= readyAt && s.status === 200), { timeout: 30_000, interval: 100 })
      .toBe(true);
    await sleep(5_000);
    load.stop();
    ready.stop();
    const samples = await load.done;
    const probes = await ready.done;

    const before = samples.filter((s) => s.end < killedAt);
    const atKill = samples.filter((s) => s.start < killedAt && s.end >= killedAt);
    const down = samples.filter((s) => s.start >= deadAt && s.end <= restartAt);
    const starting = samples.filter((s) => s.start > restartAt && s.end <= readyAt);
    const recoveredAt = Math.min(...samples.filter((s) => s.start >= readyAt && s.status === 200).map((s) => s.end));
    const after = samples.filter((s) => s.start >= recoveredAt);
    const firstRed = probes.find((p) => p.end >= killedAt && p.status === 503);
    const notUnavailable = (s: Sample) => s.status !== 503 || s.code !== 'DATABASE_UNAVAILABLE';

    report('db-kill', {
      requestsWhileDown: down.length,
      maxLatencyWhileDownMs: maxOf(down.map(latency)),
      maxLatencyAtKillOrRestartMs: maxOf([...atKill, ...starting].map(latency)),
      medianLatencyWhileDownMs: median(down.map(latency)),
      timeToRedMs: firstRed ? firstRed.end - killedAt : 'never',
      jvmRestartMs: readyAt - restartAt,
      recoveryAfterReadyMs: recoveredAt - readyAt,
      requestsAfterRecovery: after.length,
      errorsAfterRecovery: after.filter((s) => s.status !== 200).length,
      eventLoopLagMaxMs: Math.round(lag.max / 1e6),
    });

    // Before: all fine. While dead: every answer is DATABASE_UNAVAILABLE within about two seconds.
    expect(before.length).toBeGreaterThan(0);
    expect(before.filter((s) => s.status !== 200)).toEqual([]);
    expect(down.length).toBeGreaterThan(20);
    expect(down.filter(notUnavailable)).toEqual([]);
    expect(maxOf(down.map(latency))).toBeLessThan(2_500);
    // Requests caught by the kill and those sent while the JVM starts again are answered too, never hang.
    expect(maxOf([...atKill, ...starting].map(latency))).toBeLessThan(3_500);
    expect(starting.filter((s) => s.status !== 200).filter(notUnavailable)).toEqual([]);
    // Readiness turns red in about a second (its own check gives Neo4j 1 s); liveness stays green.
    expect(firstRed).toBeDefined();
    expect(firstRed!.end - killedAt).toBeLessThan(1_500);
    expect(health.statusCode).toBe(200);
    // After the restart: back to 0 errors by itself, in the same process and app.
    expect(recoveredAt - readyAt).toBeLessThan(5_000);
    expect(after.length).toBeGreaterThan(100);
    expect(after.filter((s) => s.status !== 200)).toEqual([]);
    expect((await app.inject({ url: '/ready' })).statusCode).toBe(200);
    expect(process.pid).toBe(pid);
  });
});
