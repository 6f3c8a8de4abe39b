/**
 * UI timings in headless Chromium (playwright-core, /usr/bin/chromium, the flags of test/helpers/browser.ts):
 * the time from navigation to a drawn, laid-out graph, read in the page: the canvas's data-ready-ms
 * (milliseconds since navigation start, marked when Cytoscape has drawn the first frame of the laid-out graph
 * with all nodes). The seed comes from the API; 1k/5k/10k elements are a synthetic `network` answer served by
 * intercepting the Network query (page.route); other requests reach the real API. Each size is drawn with the
 * canvas renderer and with WebGL (?webgl=0 / ?webgl=1), in a fresh browser context each time (cold cache). The
 * seed is drawn as the first view (the actor network) and as the whole model (?scope=model, as the sizes are).
 * Also: the JavaScript the page loads first (index.html's scripts and module preloads), gzipped.
 * Beside the app, each synthetic size is drawn by the bare libraries (ui-peers.ts: Cytoscape on canvas with default
 * options and with a large view's first-frame options, sigma.js 3 with graphology on WebGL), same data, same
 * browser, same count of cold loads, as rows "<size> — bare Cytoscape…" and "<size> — sigma.js…", and the log line
 * gives the app's ratio to each.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../test/helpers/browser.js';
import { median } from './stats.js';
import { peerTimings, positions } from './ui-peers.js';

export interface UiTiming {
  scenario: string;
  /** Nodes + edges drawn. */
  elements: number;
  nodes: number;
  renderer: 'canvas' | 'webgl';
  medianMs: number;
  runsMs: number[];
  /** Medians: DOMContentLoaded, and the end of the last /graphql response before the graph was drawn. */
  domContentLoadedMs: number;
  dataMs: number;
  error?: string;
}

export interface BundleSize {
  initialJsGzipKb: number;
  initialJsRawKb: number;
  allJsGzipKb: number;
  files: Array<{ file: string; initial: boolean; rawKb: number; gzipKb: number }>;
}

export interface UiResult {
  skipped?: string;
  webglBackend?: string;
  timings: UiTiming[];
  bundle: BundleSize | null;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export function bundleSize(uiDist: string): BundleSize | null {
  let html: string;
  try {
    html = readFileSync(join(uiDist, 'index.html'), 'utf8');
  } catch {
    return null;
  }
  const initial = new Set(
    [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map(
      (m) => m[1]!,
    ),
  );
  const assets = readdirSync(join(uiDist, 'assets')).filter((f) => f.endsWith('.js'));
  const files = assets.map((name) => {
    const file = `assets/${name}`;
    const raw = readFileSync(join(uiDist, file));
    return { file, initial: initial.has(file), rawKb: kb(raw.length), gzipKb: kb(gzipSync(raw).length) };
  });
  const sum = (key: 'rawKb' | 'gzipKb', onlyInitial: boolean) =>
    Math.round(files.filter((f) => !onlyInitial || f.initial).reduce((s, f) => s + f[key], 0) * 10) / 10;
  return {
    initialJsGzipKb: sum('gzipKb', true),
    initialJsRawKb: sum('rawKb', true),
    allJsGzipKb: sum('gzipKb', false),
    files,
  };
}

/** Actor kinds and node labels as the API answers them (enum values). */
const KINDS = [
  'THIRD_COUNTRY',
  'INTERNATIONAL_ORGANISATION',
  'EU_AGENCY',
  'PRIVATE_SECTOR',
  'NETWORK',
  'COUNTRY_GROUP',
];
const TYPES = ['MEMBER_OF', 'COOPERATES_WITH', 'PARTY_TO', 'SUPPORTS'];

/**
 * A synthetic `network` answer of about `elements` nodes + edges (1.5 edges per node, a few hubs), with the
 * server's layout as the seed's answer has one (issue 20: "with the layout computed on the server as the first
 * view's is"): the positions the peers draw at (ui-peers.ts). serverLayout false leaves it out, so the browser
 * lays the graph out (fcose), as the bench did before 2026-12-05's second run.
 */
export function syntheticNetwork(elements: number, serverLayout = true) {
  const n = Math.max(2, Math.round(elements / 2.5));
  const e = elements - n;
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `ui-node-${i}`,
    label: i % 7 === 0 ? 'LEGAL_INSTRUMENT' : 'ACTOR',
    name: `Node ${i}`,
    kind: i % 7 === 0 ? null : KINDS[i % KINDS.length],
  }));
  const edges = new Map<string, { id: string; source: string; target: string; type: string }>();
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 1; edges.size < e && i < e * 4; i++) {
    const a = i < n ? i : Math.floor(rnd() * n);
    const b = Math.floor(n * rnd() ** 2);
    if (a === b) continue;
    const type = TYPES[i % TYPES.length]!;
    const id = `ui-node-${a}|${type}|ui-node-${b}`;
    edges.set(id, { id, source: `ui-node-${a}`, target: `ui-node-${b}`, type });
  }
  const at = positions(n);
  const layout = serverLayout ? nodes.map((node, i) => ({ id: node.id, x: at[i]!.x, y: at[i]!.y })) : null;
  return { total: n, truncated: false, nodes, edges: [...edges.values()], layout, actorLayout: null };
}

async function drawOnce(
  browser: Browser,
  url: string,
  network: ReturnType<typeof syntheticNetwork> | null,
  expectedNodes: number,
  timeoutMs: number,
): Promise<{ drawn: number; dcl: number; data: number }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    if (network) {
      const body = JSON.stringify({ data: { network, dataVersion: 'bench-synthetic' } });
      await page.route('**/graphql', async (route) => {
        const query = String((route.request().postDataJSON() as { query?: string } | null)?.query ?? '');
        if (/query\s+Network\b/.test(query))
          await route.fulfill({ status: 200, contentType: 'application/json', body });
        else await route.continue();
      });
    }
    await page.goto(url);
    try {
      // data-ready-ms: the canvas's own mark, taken when Cytoscape has drawn the first frame of the laid-out
      // graph (its `render` event), in milliseconds since navigation start.
      await page.waitForFunction(
        (expected: number) => {
          const canvas = document.querySelector<HTMLElement>('[data-testid="graph-canvas"]');
          return Boolean(canvas?.dataset.readyMs) && Number(canvas!.dataset.nodeCount) >= expected;
        },
        expectedNodes,
        { timeout: timeoutMs, polling: 50 },
      );
    } catch {
      const canvas = page.getByTestId('graph-canvas');
      const state = (await canvas.count())
        ? `data-laid-out=${await canvas.getAttribute('data-laid-out')} data-node-count=${await canvas.getAttribute('data-node-count')}`
        : 'no [data-testid=graph-canvas]';
      throw new Error(
        `not drawn within ${timeoutMs} ms (${state})${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`,
      );
    }
    return await page.evaluate(() => {
      const drawn = Number(document.querySelector<HTMLElement>('[data-testid="graph-canvas"]')!.dataset.readyMs);
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const data = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/graphql') && (e as PerformanceResourceTiming).responseEnd <= drawn)
        .reduce((max, e) => Math.max(max, (e as PerformanceResourceTiming).responseEnd), 0);
      return { drawn, dcl: nav?.domContentLoadedEventEnd ?? Number.NaN, data };
    });
  } finally {
    await context.close();
  }
}

async function webglBackend(browser: Browser): Promise<string | null> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl =
        document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
      if (!gl) return null;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}

export async function measureUi(
  baseUrl: string,
  options: {
    uiDist: string;
    /** The seed's whole model, and its actor network (the first view). */
    seed: { nodes: number; elements: number };
    seedActors: { nodes: number; elements: number };
    sizes: number[];
    renderers: Array<'canvas' | 'webgl'>;
    repeats: number;
    timeoutMs: number;
    log: (line: string) => void;
  },
): Promise<UiResult> {
  const bundle = bundleSize(options.uiDist);
  if (!(await import('node:fs')).existsSync(CHROMIUM_PATH)) {
    const skipped = `No Chromium at ${CHROMIUM_PATH}: UI timings skipped. Install it with 'apt-get install chromium'.`;
    options.log(`\n${'!'.repeat(100)}\n!! SKIPPING THE UI BENCHMARK. ${skipped}\n${'!'.repeat(100)}\n`);
    return { skipped, timings: [], bundle };
  }
  // --disable-gpu (test/helpers/browser.ts) leaves WebGL to SwiftShader, Chromium's CPU implementation, if allowed.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS, '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
  });
  try {
    const backend = (await webglBackend(browser)) ?? 'none (WebGL unavailable)';
    options.log(`  WebGL backend: ${backend}`);
    const timings: UiTiming[] = [];
    const scenarios = [
      { scenario: 'seed first view (actor network)', network: null, query: '', ...options.seedActors },
      { scenario: 'seed whole model', network: null, query: '&scope=model', ...options.seed },
      ...options.sizes.map((size) => {
        const network = syntheticNetwork(size);
        return {
          scenario: `${size >= 1000 ? `${size / 1000}k` : size} elements`,
          network,
          query: '&scope=model',
          nodes: network.nodes.length,
          elements: network.nodes.length + network.edges.length,
        };
      }),
    ];
    for (const s of scenarios) {
      for (const renderer of options.renderers) {
        const runs: Array<{ drawn: number; dcl: number; data: number }> = [];
        let error: string | undefined;
        // One draw first, not counted: the API's start-up work (the layouts it prepares in worker threads when it
        // starts listening) and the first compilation of the page are not what an analyst waits for.
        if (timings.length === 0)
          await drawOnce(browser, `${baseUrl}/?webgl=0${s.query}`, s.network, s.nodes, options.timeoutMs).catch(
            () => undefined,
          );
        for (let i = 0; i < options.repeats && !error; i++) {
          try {
            runs.push(
              await drawOnce(
                browser,
                `${baseUrl}/?webgl=${renderer === 'webgl' ? 1 : 0}${s.query}`,
                s.network,
                s.nodes,
                options.timeoutMs,
              ),
            );
          } catch (e) {
            error = (e as Error).message;
          }
        }
        const timing: UiTiming = {
          scenario: s.scenario,
          elements: s.elements,
          nodes: s.nodes,
          renderer,
          medianMs: median(runs.map((r) => r.drawn)),
          runsMs: runs.map((r) => Math.round(r.drawn)),
          domContentLoadedMs: median(runs.map((r) => r.dcl)),
          dataMs: median(runs.map((r) => r.data)),
          ...(error ? { error } : {}),
        };
        options.log(
          `  UI ${s.scenario} ${renderer}: ${error ?? `${Math.round(timing.medianMs)} ms (${timing.runsMs.join(', ')}; DOMContentLoaded ${Math.round(timing.domContentLoadedMs)} ms, data ${Math.round(timing.dataMs)} ms)`}`,
        );
        timings.push(timing);
      }
      if (s.network) timings.push(...(await peerTimings(browser, s, timings, options)));
    }
    return { webglBackend: backend, timings, bundle };
  } finally {
    await browser.close();
  }
}
