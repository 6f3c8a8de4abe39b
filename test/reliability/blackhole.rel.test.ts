/**
 * A black-holed Bolt connection (reliability notes, T17): a proxy between the app and Neo4j keeps every
 * socket open but stops forwarding, and accepts new connections without ever answering. The driver has
 * no socket read timeout, so without a deadline in the app a request on a pooled connection hangs for
 * minutes; here every request, read or write, must be answered within about 3 s, /ready must turn red,
 * and once the network heals the app must recover by itself.
 */
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testDriver, uniqueId } from '../helpers/neo4j.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';
import { ALICE, UPSERT_ACTOR, actorInput, as, cleanUp, footprint } from '../integration/api/curation-helpers.js';
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
  type Sample,
} from './helpers.js';

const READ = '{ dataVersion dataset { nodes } actor(id: "enisa") { id name kind } }';
const WORKERS = 8;
const BOUND_MS = 3_500;

let proxy: TcpProxy;
let app: FastifyInstance;
let driver: Driver;
const created: string[] = [];

beforeAll(async () => {
  proxy = TcpProxy.forBolt(inject('neo4jUri'));
  await proxy.start();
  app = await buildFaultApp({ NEO4J_URI: proxy.uri, CURATOR_TOKENS: `alice:${ALICE}` });
  driver = testDriver();
  // Several pooled connections, so the black hole catches requests on connections the driver trusts.
  for (let i = 0; i < 3; i += 1) await Promise.all(Array.from({ length: WORKERS }, () => postGraphql(app, READ)));
});

afterAll(async () => {
  proxy.heal();
  await app?.close();
  await proxy?.stop();
  await cleanUp(driver, created);
  await driver?.close();
});

describe('black-holed Bolt connection', () => {
  it('should answer every request within about 3 s while Bolt is black-holed, and recover after', async () => {
    const load = loadLoop(WORKERS, () => postGraphql(app, READ));
    const ready = readinessProbe(app);
    await sleep(2_000);

    const holeAt = Date.now();
    proxy.blackhole();
    await sleep(1_000);
    const id = uniqueId('blackhole');
    created.push(id);
    const payload = { query: UPSERT_ACTOR, variables: { input: actorInput(id, { mutationId: id }) } };
    const writeStart = Date.now();
    const write = await app.inject({ method: 'POST', url: '/graphql', headers: { authorization: as(ALICE) }, payload });
    const writeMs = Date.now() - writeStart;
    await sleep(6_000);
    const healAt = Date.now();
    proxy.heal();
    await expect
      .poll(() => load.samples.some((s) => s.start >= healAt && s.status === 200), { timeout: 15_000, interval: 100 })
      .toBe(true);
    await sleep(3_000);
    load.stop();
    ready.stop();
    const samples = await load.done;
    const probes = await ready.done;

    const before = samples.filter((s) => s.end < holeAt);
    const inHole = samples.filter((s) => s.end >= holeAt && s.start < healAt);
    const recoveredAt = Math.min(...samples.filter((s) => s.start >= healAt && s.status === 200).map((s) => s.end));
    const after = samples.filter((s) => s.start >= recoveredAt);
    const firstRed = probes.find((p) => p.end >= holeAt && p.status === 503);
    const unavailable = (s: Sample) => s.status === 503 && s.code === 'DATABASE_UNAVAILABLE';
    report('blackhole', {
      requestsInHole: inHole.length,
      maxLatencyInHoleMs: maxOf(inHole.map(latency)),
      medianLatencyInHoleMs: median(inHole.map(latency)),
      mutationInHoleMs: writeMs,
      timeToRedMs: firstRed ? firstRed.end - holeAt : 'never',
      recoveryAfterHealMs: recoveredAt - healAt,
      requestsAfterRecovery: after.length,
      errorsAfterRecovery: after.filter((s) => s.status !== 200).length,
    });

    expect(before.length).toBeGreaterThan(0);
    expect(before.filter((s) => s.status !== 200)).toEqual([]);
    expect(inHole.length).toBeGreaterThan(WORKERS);
    expect(inHole.filter((s) => latency(s) >= BOUND_MS)).toEqual([]);
    expect(inHole.filter((s) => s.start >= holeAt && s.end < healAt && !unavailable(s))).toEqual([]);
    expect(write.statusCode).toBe(503);
    expect(writeMs).toBeLessThan(BOUND_MS);
    expect(firstRed).toBeDefined();
    expect(firstRed!.end - holeAt).toBeLessThan(1_500);
    expect(recoveredAt - healAt).toBeLessThan(5_000);
    expect(after.filter((s) => s.status !== 200)).toEqual([]);
    expect((await app.inject({ url: '/ready' })).statusCode).toBe(200);
    // The write that never reached Neo4j either happened whole (with its audit record) or not at all.
    const { nodes, audits } = await footprint(driver, [id]);
    expect(nodes).toBe(audits);
  });
});
