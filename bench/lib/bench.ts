/**
 * The benchmark: W1–W5 against our API, the raw driver and the peer, on the seed (a throwaway embedded Neo4j,
 * or the Neo4j at `neo4jUri`), then optionally on synthetic graphs of given sizes, each in its own throwaway
 * Neo4j; plus the UI timings. Everything is measured side by side in one run; see report.ts for the tables.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../../api/src/config.js';
import { cypher, type CypherCatalog } from '../../api/src/db/cypher.js';
import { measureCannonAbba } from './cannon.js';
import { graphqlClient, type GraphQLClient } from './http.js';
import { measureAbba } from './abba.js';
import { openBenchDatabase, prepareSeed, startThrowawayNeo4j } from './neo4j.js';
import { rssMb } from './procs.js';
import { profileCypher, summariseCpuProfile, type CypherProfile } from './profile.js';
import { coldPass, type ColdResult } from './cold.js';
import { warmNeo4j, warmupLine, type Neo4jWarmup } from './neo4j-warmup.js';
import type { ImportResult } from './scale.js';
import { IMPORT_METHODS, loadSynthetic } from './load-synthetic.js';
import { importLine } from './report.js';
import { actorNetwork } from '../../core/graph/scope.js';
import { measureUi, type UiResult } from './ui.js';
import {
  cleanUpW5,
  eligibilityQuestions,
  FIXTURE_SAMPLE,
  loadFixture,
  WORKLOADS,
  type Context,
  type TargetName,
} from './workloads.js';
import { startServers } from './servers.js';
import { settle, SETTLE_MAX_MS, STARTUP_SETTLE_MAX_MS, type Busy } from './settle.js';
import type { BenchOptions, BenchReport, Measurement, MemoryReading, SuiteResult } from './types.js';

export type { BenchOptions, BenchReport, Measurement, MemoryReading, SuiteResult } from './types.js';

/** Heap and page cache of the throwaway Neo4j by graph size (the machine has 24 GiB). */
const HEAP_BY_SIZE = (nodes: number) =>
  nodes >= 500_000
    ? { heapMb: 8192, pageCacheMb: 4096 }
    : nodes >= 50_000
      ? { heapMb: 4096, pageCacheMb: 2048 }
      : { heapMb: 2048, pageCacheMb: 1024 };

async function countGraph(driver: Driver, catalog: CypherCatalog) {
  const { records } = await driver.executeQuery(
    cypher(catalog, 'meta/get-data-version'),
    {},
    { routing: neo4j.routing.READ },
  );
  return { nodes: Number(records[0]?.get('nodes') ?? 0), relationships: Number(records[0]?.get('relationships') ?? 0) };
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

async function runSuite(
  name: string,
  uri: string,
  neo4jPid: number | null,
  options: BenchOptions,
  scale: boolean,
): Promise<Omit<SuiteResult, 'import' | 'neo4j' | 'seconds'>> {
  const log = options.log;
  const config = loadConfig({});
  const opened = await openBenchDatabase(uri);
  const { db } = opened;
  const { driver, catalog } = db;
  // "W2" selects both of its depths ("W2 d1", "W2 d2").
  const selected = (id: string) => options.workloads.some((w) => id === w || id.startsWith(`${w} `));
  const workloads = WORKLOADS.filter(
    (w) => (!scale || w.atScale) && (options.workloads.length === 0 || selected(w.id)),
  );
  const withPeer = workloads.some((w) => w.targets.includes('peer'));
  const servers = await startServers(uri, withPeer, options);
  const memory: MemoryReading = { apiMb: 0, peerMb: Number.NaN, neo4jMb: Number.NaN, benchMb: 0 };
  const peak = (key: 'apiMb' | 'peerMb' | 'neo4jMb' | 'benchMb', value: number) => {
    if (Number.isFinite(value)) memory[key] = Number.isFinite(memory[key]) ? Math.max(memory[key], value) : value;
  };
  const measurements: Measurement[] = [];
  const eventLoop: SuiteResult['eventLoop'] = {};
  const cypherProfiles: CypherProfile[] = [];
  const cold: ColdResult[] = [];
  let neo4jWarmup: Neo4jWarmup | undefined;
  const busy: Busy[] = [];
  const w5Prefix = `bench-w5-${randomBytes(4).toString('hex')}-`;
  try {
    const { nodes, relationships } = await countGraph(driver, catalog);
    const fixture = await loadFixture(driver, catalog);
    log(
      `[${name}] ${nodes} nodes, ${relationships} relationships; api pid ${servers.api.pid}${servers.peer ? `, peer pid ${servers.peer.pid}` : ''}`,
    );
    // Every process of the suite, read for CPU before each cell and each target's half (settle.ts).
    const processes = new Map<string, number>(
      [
        ['api', servers.api.pid],
        ['peer', servers.peer?.pid],
        ['api-uncached', servers.uncached?.pid],
        ['neo4j', neo4jPid ?? undefined],
      ].filter((entry): entry is [string, number] => entry[1] !== undefined),
    );
    const quiet = async (at: string, share: number, longest = SETTLE_MAX_MS) => {
      const { windowMs, maxWaitMs } = options.settle ?? { windowMs: 1000, maxWaitMs: longest };
      const found = await settle(at, processes, { windowMs: windowMs * share, maxWaitMs }, log);
      if (found) busy.push(found);
    };
    // Each API lays out the network twice once it listens (graph-layout/): at 10k nodes over a minute of CPU each,
    // which the Neo4j warm-up and W1's cold pass ran beside until session 14. Waited for here, a few minutes at most.
    await quiet('after start-up (the APIs lay out the network)', 1, STARTUP_SETTLE_MAX_MS);
    if ((options.neo4jWarmupMs ?? 0) > 0) {
      neo4jWarmup = await warmNeo4j(WORKLOADS, { fixture, driver, db, catalog }, options.neo4jWarmupMs!);
      log(`[${name}] ${warmupLine(neo4jWarmup)}`);
    }
    for (const workload of workloads) {
      await servers.api.probe(); // resets the event-loop histogram
      for (const concurrency of options.concurrency) {
        const clients: GraphQLClient[] = [];
        const client = (url: string) => {
          const c = graphqlClient(`${url}/graphql`, concurrency);
          clients.push(c);
          return c;
        };
        const ctx: Context = {
          fixture,
          driver,
          db,
          catalog,
          api: client(servers.api.url),
          ...(servers.peer ? { peer: client(servers.peer.url) } : {}),
          ...(servers.uncached ? { uncached: client(servers.uncached.url) } : {}),
          curatorToken: servers.token,
          seedDir: config.paths.seed,
          w5Prefix,
        };
        try {
          await quiet(`before ${workload.id} c=${concurrency}`, 1);
          const targets = workload.targets.filter((t) => t !== 'uncached' || servers.uncached);
          const operations = new Map(targets.map((t) => [t, workload.operation(t, ctx)]));
          // Every target's warm pass before any is measured, so that none is measured on a colder Neo4j (query
          // plans, the JVM's JIT, the page cache) than the others: the first target measured used to pay it.
          for (const target of targets) {
            const operation = operations.get(target)!;
            // Fails fast, with the reason, before any measuring; the first time, one sequential pass over every
            // input warms each target alike (query planning in Neo4j, translation in the peer, JIT in mercurius,
            // and at scale every W1 question once: the steady state, where the API answers from its cache).
            const scaleWarm = workload.id === 'W1' ? eligibilityQuestions(fixture).length : 3;
            const warmPass =
              concurrency === options.concurrency[0] ? (options.warmPass ?? (scale ? scaleWarm : FIXTURE_SAMPLE)) : 1;
            try {
              // At scale W1's warm pass is its cold pass: each question's first answer, timed (cold.ts).
              const coldTarget = target === 'api' ? servers.api : target === 'uncached' ? servers.uncached : null;
              if (scale && workload.id === 'W1' && coldTarget && concurrency === options.concurrency[0]) {
                const r = await coldPass(workload.id, target, operation, warmPass, coldTarget.url);
                cold.push(r);
                log(
                  `  ${workload.id.padEnd(6)} cold   ${target.padEnd(6)} ${r.answers} first answers: p50 ${fmt(r.p50, 0)} ms, max ${fmt(r.max, 0)} ms; meanwhile ${r.probes} probes, ${r.probesShed} shed (503), slowest ${fmt(r.probeMax, 0)} ms${r.errors ? `; ${r.errors} answers failed (asked #${r.failed?.map((i) => i + 1).join(', #')}), the first: ${r.firstError}` : ''}${r.probesFailed ? `; ${r.probesFailed} probes failed, the first: ${r.firstProbeError}` : ''}`,
                );
              } else for (let seq = 0; seq < warmPass; seq++) await operation(0, seq);
            } catch (error) {
              log(`  ${workload.id} ${target}: the warm-up failed (${(error as Error).message}); measuring anyway`);
            }
          }
          // ABBA (abba.ts): each target in two halves, in order then reversed; both halves pooled, and kept.
          const serverPid = (target: TargetName) =>
            (target === 'api'
              ? servers.api.pid
              : target === 'peer'
                ? servers.peer?.pid
                : target === 'uncached'
                  ? servers.uncached?.pid
                  : undefined) ?? process.pid;
          measurements.push(
            ...(await measureAbba({
              workload: workload.id,
              concurrency,
              targets,
              operations,
              serverPid,
              neo4jPid,
              durationMs: options.durationMs,
              warmupMs: options.warmupMs,
              log,
              beforeHalf: (target) => quiet(`${workload.id} c=${concurrency}, before ${target}'s half`, 0.5),
            })),
          );
          if (options.autocannon && workload.http) {
            const http = workload.http;
            const targets = (['api', 'peer'] as const)
              .filter((t) => workload.targets.includes(t))
              .map((t) => ({ name: t, url: (t === 'api' ? servers.api : servers.peer!).url, requests: http(t, ctx) }));
            measurements.push(
              ...(await measureCannonAbba(workload.id, concurrency, targets, {
                durationMs: options.durationMs,
                ...(options.autocannonAmount ? { amount: options.autocannonAmount * 2 } : {}),
                log,
              })),
            );
          }
        } finally {
          for (const c of clients) c.close();
        }
      }
      const [apiProbe, peerProbe] = await Promise.all([servers.api.probe(), servers.peer?.probe()]);
      if (apiProbe) eventLoop[workload.id] = apiProbe.eventLoop;
      peak('apiMb', apiProbe?.rssMb ?? rssMb(servers.api.pid));
      if (apiProbe) (memory.apiAfter ??= {})[workload.id] = { rssMb: apiProbe.rssMb, heapUsedMb: apiProbe.heapUsedMb };
      if (servers.peer) peak('peerMb', peerProbe?.rssMb ?? rssMb(servers.peer.pid));
      if (neo4jPid) peak('neo4jMb', rssMb(neo4jPid));
      peak('benchMb', rssMb());
      if (workload.profile) {
        const { name: statement, params, text } = workload.profile({ fixture, catalog } as Context);
        try {
          cypherProfiles.push(await profileCypher(driver, catalog, statement, params, text));
        } catch (error) {
          const message = (error as Error).message.split('\n')[0]!;
          log(`  PROFILE ${statement} failed: ${message}`);
          cypherProfiles.push({ statement, dbHits: Number.NaN, rows: 0, ms: Number.NaN, top: [`failed: ${message}`] });
        }
      }
    }
    if (workloads.some((w) => w.id === 'W5')) {
      const deleted = await cleanUpW5({ driver, catalog, w5Prefix });
      log(`  W5: removed ${deleted} bench nodes and audit records`);
    }
    return {
      name,
      nodes,
      relationships,
      fixture,
      measurements,
      memory,
      eventLoop,
      cypherProfiles,
      cold,
      neo4jWarmup,
      busy,
    };
  } finally {
    const before =
      options.cpuProfile && existsSync(options.profileDir)
        ? new Set(readdirSync(options.profileDir))
        : new Set<string>();
    await Promise.all([servers.api.stop(), servers.peer?.stop(), servers.uncached?.stop()]);
    await opened.close();
    if (options.cpuProfile) {
      const fresh = readdirSync(options.profileDir).filter((f) => f.endsWith('.cpuprofile') && !before.has(f));
      if (fresh.length) {
        // tsx's module hooks run in a second thread with its own profile: the main thread's is the largest.
        const path = join(
          options.profileDir,
          fresh.sort((a, b) => sizeOf(join(options.profileDir, b)) - sizeOf(join(options.profileDir, a)))[0]!,
        );
        log(`  CPU profile of the API: ${path}`);
        cpuProfileByPath.set(name, summariseCpuProfile(path));
      }
    }
  }
}

const sizeOf = (file: string) => statSync(file).size;

/** CPU profile summaries, by suite name (written after the API child exits). */
const cpuProfileByPath = new Map<string, { functions: string[]; packages: string[] }>();

async function seedSuite(options: BenchOptions): Promise<{ suite: SuiteResult; ui: UiResult | null }> {
  const t0 = performance.now();
  if (options.neo4jUri) {
    const result = await runSuite('seed', options.neo4jUri, null, options, false);
    const suite = { ...result, neo4j: null, seconds: (performance.now() - t0) / 1000 };
    return { suite, ui: await uiSuite(options, options.neo4jUri) };
  }
  const sizes = { heapMb: 1024, pageCacheMb: 256 };
  options.log(
    `[seed] starting a throwaway Neo4j (heap ${sizes.heapMb} MiB, page cache ${sizes.pageCacheMb} MiB) and loading the seed…`,
  );
  const neo = await startThrowawayNeo4j(sizes);
  try {
    await prepareSeed(neo.db, options.log);
    const result = await runSuite('seed', neo.uri, neo.pid, options, false);
    const suite = { ...result, neo4j: sizes, seconds: (performance.now() - t0) / 1000 };
    return { suite, ui: await uiSuite(options, neo.uri) };
  } finally {
    await neo.stop();
  }
}

async function scaleSuite(total: number, options: BenchOptions): Promise<SuiteResult> {
  const t0 = performance.now();
  const sizes = HEAP_BY_SIZE(total);
  const name = `scale ${total >= 1_000_000 ? `${total / 1_000_000}M` : total >= 1000 ? `${total / 1000}k` : total}`;
  options.log(`[${name}] starting a throwaway Neo4j (heap ${sizes.heapMb} MiB, page cache ${sizes.pageCacheMb} MiB)…`);
  const method = options.importMethod ?? 'bulk';
  // Side by side in one run: the other way of loading is timed first, in its own Neo4j, and stopped.
  const compared: ImportResult[] = [];
  for (const other of options.importCompare ? IMPORT_METHODS.filter((m) => m !== method) : []) {
    options.log(`[${name}] for comparison, loading by ${other}…`);
    const { neo: spare, imported: spareImport } = await loadSynthetic(total, other, { ...sizes, log: options.log });
    await spare.stop();
    options.log(`[${name}] ${importLine(spareImport)}`);
    compared.push(spareImport);
  }
  options.log(`[${name}] loading by ${method}…`);
  const { neo, imported } = await loadSynthetic(total, method, { ...sizes, log: options.log });
  try {
    const { driver, catalog } = neo.db;
    await driver.executeQuery(cypher(catalog, 'meta/set-data-version'), {
      version: `synthetic-${total}`,
      seededAt: new Date().toISOString(),
    });
    options.log(`[${name}] ${importLine(imported)}`);
    const result = await runSuite(name, neo.uri, neo.pid, options, true);
    return {
      ...result,
      import: imported,
      ...(compared.length ? { importCompared: compared } : {}),
      neo4j: sizes,
      seconds: (performance.now() - t0) / 1000,
    };
  } finally {
    await neo.stop();
  }
}

/** The UI timings, against the API over the seed database of the seed suite (W5's data already removed). */
async function uiSuite(options: BenchOptions, uri: string): Promise<UiResult | null> {
  if (!options.ui) return null;
  const config = loadConfig({});
  options.log('[ui] the explorer page in headless Chromium…');
  const { api } = await startServers(uri, false, { ...options, cpuProfile: false, uncached: false });
  try {
    const network = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ network(limit: 2000) { nodes { id label } edges { source target } } }' }),
    }).then((r) => r.json() as Promise<{ data: { network: Parameters<typeof actorNetwork>[0] } }>);
    const seed = network.data.network;
    const actors = actorNetwork(seed);
    return await measureUi(api.url, {
      uiDist: config.paths.uiDist,
      seed: { nodes: seed.nodes.length, elements: seed.nodes.length + seed.edges.length },
      seedActors: { nodes: actors.nodes.length, elements: actors.nodes.length + actors.edges.length },
      ...options.ui,
      log: options.log,
    });
  } finally {
    await api.stop();
  }
}

export async function runBenchmark(options: BenchOptions): Promise<BenchReport> {
  const t0 = performance.now();
  const suites: SuiteResult[] = [];
  let ui: UiResult | null = null;
  const failures: string[] = [];
  const { log: _log, onProgress, ...rest } = options;
  const now = new Date();
  const report = (pending: number): BenchReport => ({
    date: `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`,
    machine: { cpus: cpus().length, node: process.version, platform: process.platform },
    options: rest,
    suites,
    ui,
    failures,
    seconds: (performance.now() - t0) / 1000,
    ...(pending > 0 ? { pending } : {}),
  });
  if (options.seed) {
    const seed = await seedSuite(options);
    const profile = cpuProfileByPath.get('seed');
    suites.push({ ...seed.suite, ...(profile ? { cpuProfile: profile } : {}) });
    ui = seed.ui;
    onProgress?.(report(options.scales.length));
  }
  for (const [index, total] of options.scales.entries()) {
    try {
      const suite = await scaleSuite(total, options);
      const profile = cpuProfileByPath.get(suite.name);
      suites.push({ ...suite, ...(profile ? { cpuProfile: profile } : {}) });
    } catch (error) {
      // One size failing (say, out of memory) must not lose the others' results.
      const message = `scale ${total}: ${(error as Error).message.split('\n')[0]}`;
      options.log(`[scale] FAILED ${message}`);
      failures.push(message);
    }
    onProgress?.(report(options.scales.length - index - 1));
  }
  return report(0);
}
