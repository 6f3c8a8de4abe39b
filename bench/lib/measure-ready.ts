/**
 * How long the explorer's first view takes to be ready (the seed graph drawn and laid out), phase by phase,
 * in headless Chromium (the flags of test/helpers/browser.ts) against the real API and Neo4j.
 *
 *   npm run bench:ready -- [--runs 9] [--warmup 2] [--keep-dist] [--url http://…]
 *     [--profile file.cpuprofile]   (a V8 CPU profile of the last run, for Chrome DevTools' Performance panel)
 *     [--save-network file.json]    (the network query's answer, for layout experiments in Node)
 *     [--screenshot file.png]       (the page of the last run, once ready)
 *     [--resources]                 (the last run's requests: start, request, first byte, end)
 *     [--query '?scope=model']      (the page's query string: another first view)
 *     [--compare other-dist]        (also serve another build of the UI, e.g. one kept with --keep-dist
 *                                    before a change, from the same API and Neo4j; the runs alternate)
 *     [--synthetic 10000]           (the network query answered with the bench's synthetic network of that many
 *                                    elements, with the server's layout as in `npm run bench`; implies
 *                                    --query '?webgl=0&scope=model' unless --query is given)
 *     [--browser-layout]            (with --synthetic: no server layout, the browser lays it out)
 *     [--peers]                     (with --synthetic: each run also draws the same data with bare Cytoscape,
 *                                    default options and large-view options, and sigma.js, as the bench's peer
 *                                    pages do, and the ratios are printed)
 *
 * --url takes a comma-separated list of pages to compare (their runs alternate, as with --compare).
 * Without --url it builds the UI into a private directory (never ui/dist, which others' test runs use),
 * starts a throwaway embedded Neo4j (temp directory, free port, seeded) unless NEO4J_URI is set, and serves
 * the app on a free port. Every run opens the page in a fresh browser context (cold cache) and reads the
 * page's performance entries; the medians of each phase are printed, with the machine's load average.
 * Timings are the page's own clock: milliseconds since navigation start.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import { buildApp } from '../../api/src/app.js';
import { loadConfig } from '../../api/src/config.js';
import { openDatabase } from '../../api/src/db/open.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../test/helpers/browser.js';
import { median } from './stats.js';
import { bundleSize, syntheticNetwork } from './ui.js';
import { drawPeerOnce, PEERS, type Peer } from './ui-peers.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const UI_DIR = join(ROOT, 'ui');

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const RUNS = Number(option('runs') ?? 9);
const SYNTHETIC = option('synthetic') ? syntheticNetwork(Number(option('synthetic')), !flag('browser-layout')) : null;
const QUERY = option('query') ?? (SYNTHETIC ? '?webgl=0&scope=model' : '');
const WARMUP = Number(option('warmup') ?? 2);

/** The phases, in page order: each is the time of a point since navigation start. */
const POINTS = [
  ['html', 'HTML received'],
  ['js', 'JS bundle received'],
  ['fetchStart', 'network query sent'],
  ['serverStart', 'network response starts'],
  ['dataEnd', 'network response received'],
  ['app', 'app booted (JS parsed, asks for the network)'],
  ['network', 'network data in the store'],
  ['elements', 'elements added to Cytoscape'],
  ['layoutStart', 'layout started'],
  ['layoutStop', 'layout stopped'],
  ['ready', 'first frame drawn (data-ready-ms)'],
] as const;
type Point = (typeof POINTS)[number][0];
type Sample = Record<Point, number> & { serverMs: number; layoutMs: number };

/**
 * Read in the page. A string, not a function: tsx's transform would add helpers the page does not have.
 */
const READ_TIMINGS = `(() => {
  const mark = (name) => performance.getEntriesByName('explorer:' + name)[0]?.startTime ?? NaN;
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const booted = Number.isNaN(mark('app-start')) ? mark('fetch-start') : mark('app-start');
  const js = resources.filter((r) => /\\/assets\\/.*\\.js$/.test(r.name) && r.startTime < booted);
  const network = resources.find((r) => r.name.endsWith('/graphql'));
  const layoutStart = mark('layout-start');
  const layoutStop = mark('layout-stop');
  return {
    html: nav.responseEnd,
    js: Math.max(...js.map((r) => r.responseEnd)),
    fetchStart: mark('fetch-start'),
    app: Number.isNaN(mark('app-start')) ? mark('fetch-start') : mark('app-start'),
    serverStart: network ? network.responseStart : NaN,
    dataEnd: network ? network.responseEnd : NaN,
    network: mark('network'),
    elements: mark('elements'),
    layoutStart,
    layoutStop,
    ready: mark('ready'),
    serverMs: network ? network.responseStart - network.requestStart : NaN,
    layoutMs: layoutStop - layoutStart,
  };
})()`;

const READ_RESOURCES = `performance.getEntriesByType('resource').map((r) =>
  [r.name.split('/').pop(), r.startTime, r.requestStart, r.responseStart, r.responseEnd].map((v) =>
    typeof v === 'number' ? Math.round(v) : v).join(' ')).join('\\n')`;

/** The JavaScript of a build, as bench/lib/ui.ts measures it: initial (scripts and module preloads) or lazy. */
function bundleReport(dist: string): string {
  return (bundleSize(dist)?.files ?? [])
    .map((f) => `  ${f.initial ? 'initial' : 'lazy   '} ${f.file}: ${f.rawKb} kB, ${f.gzipKb} kB gzip`)
    .join('\n');
}

interface Served {
  /** The page under test; with --compare, the same API and Neo4j serving the other build too. */
  targets: Array<{ name: string; url: string }>;
  stop: () => Promise<void>;
}

async function serve(): Promise<Served> {
  const external = option('url');
  if (external)
    return {
      targets: external.split(',').map((url) => ({ name: url, url: url.replace(/\/$/, '') })),
      stop: async () => {},
    };
  const dist = mkdtempSync(join(tmpdir(), 'explorer-measure-dist-'));
  console.log(`Building the UI into ${dist}…`);
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  const built = spawnSync(
    vite,
    ['build', '--config', join(UI_DIR, 'vite.config.ts'), '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
  if (built.status !== 0) throw new Error('The UI build failed.');
  console.log(bundleReport(dist));

  // A throwaway Neo4j (temp directory, free port), seeded, unless NEO4J_URI names one.
  const home = process.env.NEO4J_URI ? undefined : mkdtempSync(join(tmpdir(), 'explorer-measure-neo4j-'));
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    ...(home ? { NEO4J_DATA_DIR: home, NEO4J_EMBEDDED_PORT: '0', NEO4J_HEAP_MB: '512', NEO4J_PAGECACHE_MB: '64' } : {}),
  });
  if (home) console.log(`Starting a throwaway Neo4j in ${home}…`);
  const database = await openDatabase(config, { embedded: 'start', prepare: 'seed' });
  const neo4j = { ...config.neo4j, uri: database.uri };
  const apps: FastifyInstance[] = [];
  const targets: Served['targets'] = [];
  const builds = [{ name: 'this build', dist }];
  const compare = option('compare');
  if (compare) builds.unshift({ name: `compare (${compare})`, dist: resolve(compare) });
  for (const build of builds) {
    const app = await buildApp(
      { ...config, neo4j, paths: { ...config.paths, uiDist: build.dist } },
      { logger: false, database: database.db },
    );
    apps.push(app);
    targets.push({ name: build.name, url: await app.listen({ host: '127.0.0.1', port: 0 }) });
  }
  return {
    targets,
    stop: async () => {
      for (const app of apps) await app.close();
      await database.close();
      if (home) rmSync(home, { recursive: true, force: true });
      if (!flag('keep-dist')) rmSync(dist, { recursive: true, force: true });
    },
  };
}

async function openOnce(
  browser: Browser,
  url: string,
  extras: { profile?: string; screenshot?: string; saveNetwork?: string; resources?: boolean },
): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = extras.profile ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    if (SYNTHETIC) {
      const body = JSON.stringify({ data: { network: SYNTHETIC, dataVersion: 'bench-synthetic' } });
      await page.route('**/graphql', async (route) => {
        const query = String((route.request().postDataJSON() as { query?: string } | null)?.query ?? '');
        if (/query\s+Network\b/.test(query))
          await route.fulfill({ status: 200, contentType: 'application/json', body });
        else await route.continue();
      });
    }
    const saveTo = extras.saveNetwork;
    if (saveTo)
      page.on('response', async (response) => {
        const sent = response.request().postData() ?? '';
        if (response.url().endsWith('/graphql') && sent.includes('query Network'))
          writeFileSync(saveTo, await response.text());
      });
    await page.goto(`${url}/${QUERY}`, { waitUntil: 'commit' });
    await page.waitForSelector('[data-testid="graph-canvas"][data-ready-ms]:not([data-ready-ms=""])', {
      timeout: 60_000,
    });
    const sample = (await page.evaluate(READ_TIMINGS)) as Sample;
    if (extras.resources) console.log(await page.evaluate(READ_RESOURCES));
    if (extras.screenshot) await page.screenshot({ path: extras.screenshot });
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(extras.profile!, JSON.stringify(profile));
      console.log(`CPU profile written to ${extras.profile}`);
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    return sample;
  } finally {
    await context.close();
  }
}

function report(name: string, samples: Sample[], loads: number[]): void {
  const m = (key: keyof Sample) => median(samples.map((s) => s[key]));
  console.log(`\n${name}: medians of ${samples.length} runs (ms since navigation start, in time order; + = step):`);
  let previous = 0;
  const ordered = [...POINTS].sort((a, b) => m(a[0]) - m(b[0]));
  for (const [key, label] of ordered) {
    const at = m(key);
    console.log(`  ${label.padEnd(46)} ${at.toFixed(0).padStart(6)}   +${(at - previous).toFixed(0)}`);
    previous = at;
  }
  console.log(`  server time of the network query (request → first byte): ${m('serverMs').toFixed(0)} ms`);
  console.log(`  layout alone: ${m('layoutMs').toFixed(0)} ms`);
  console.log(`  ready, every run: ${samples.map((s) => s.ready.toFixed(0)).join(', ')}`);
  console.log(`  1-minute load average during the runs: ${loads.map((l) => l.toFixed(2)).join(', ')}`);
}

async function main(): Promise<void> {
  const server = await serve();
  // The flags of `npm run bench` (ui.ts): WebGL on SwiftShader, for sigma.js and ?webgl=1.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS, '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
  });
  const results = server.targets.map(() => ({ samples: [] as Sample[], loads: [] as number[] }));
  const peerRuns = new Map<Peer, number[]>(PEERS.map((p) => [p, []]));
  try {
    // The builds take turns, run after run, so they share the machine's load.
    for (let i = 0; i < WARMUP + RUNS; i++) {
      for (const [t, target] of server.targets.entries()) {
        const last = i === WARMUP + RUNS - 1 && t === server.targets.length - 1;
        const sample = await openOnce(browser, target.url, {
          profile: last ? option('profile') : undefined,
          screenshot: last ? option('screenshot') : undefined,
          resources: last && flag('resources'),
          saveNetwork: i === 0 ? option('save-network') : undefined,
        });
        const tag = i < WARMUP ? 'warm-up' : `run ${i - WARMUP + 1}`;
        console.log(
          `${target.name}, ${tag}: ready ${sample.ready.toFixed(0)} ms (data ${sample.dataEnd.toFixed(0)}, layout ${sample.layoutMs.toFixed(0)} ms)`,
        );
        if (i >= WARMUP) {
          results[t]!.samples.push(sample);
          results[t]!.loads.push(loadavg()[0]!);
        }
      }
      if (SYNTHETIC && flag('peers') && i >= WARMUP) {
        for (const peer of PEERS) {
          const ms = await drawPeerOnce(browser, peer, SYNTHETIC, 60_000);
          peerRuns.get(peer)!.push(ms);
          console.log(`${peer}, run ${i - WARMUP + 1}: ready ${ms.toFixed(0)} ms`);
        }
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  for (const [t, target] of server.targets.entries()) report(target.name, results[t]!.samples, results[t]!.loads);
  for (const [peer, runs] of peerRuns) {
    if (runs.length === 0) continue;
    const ms = median(runs);
    const ratios = server.targets
      .map((target, t) => `${target.name} ${(median(results[t]!.samples.map((s) => s.ready)) / ms).toFixed(2)}×`)
      .join(', ');
    console.log(`\n${peer}: median ${ms.toFixed(0)} ms (${runs.map((r) => r.toFixed(0)).join(', ')}); ${ratios}`);
  }
  if (results.length === 2) {
    const ready = results.map((r) => median(r.samples.map((s) => s.ready)));
    console.log(`\nready, this build ÷ compared build: ${(ready[1]! / ready[0]!).toFixed(2)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
