/**
 * Peer pages for the UI benchmark (issue 20): the same synthetic network the app is timed on, drawn by the bare
 * libraries, so that every `npm run bench -- --ui` run reports the app's time beside theirs, measured the same
 * way in the same browser:
 * - Cytoscape (the app's pinned version), canvas renderer, default options, preset positions;
 * - the same with the first-frame options of a large view (pixel ratio 1, texture on viewport, labels only from a
 *   readable zoom, haystack edges, a static stylesheet), to tell what the options buy from what the app adds;
 * - sigma.js 3 on graphology (pinned devDependencies), WebGL, its default options and the same positions.
 * Each page is served by intercepting its requests (page.route): the HTML, the library's UMD build from
 * node_modules and the data as JSON, fetched by the page as the app fetches its own. The time is the page's own
 * mark, in milliseconds since navigation start, taken on the animation frame after the library's first drawn frame
 * (Cytoscape's `render` event; sigma's synchronous refresh), as the app's data-ready-ms is.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { median } from './stats.js';
import type { UiTiming } from './ui.js';

export type Peer = 'cytoscape' | 'cytoscape-tuned' | 'sigma';
export const PEERS: readonly Peer[] = ['cytoscape', 'cytoscape-tuned', 'sigma'];

export interface PeerNetwork {
  nodes: Array<{ id: string; name: string }>;
  edges: Array<{ id: string; source: string; target: string }>;
}

const require = createRequire(import.meta.url);
/** Each library's UMD build: [package, file in the folder of its main entry (dist/)]. */
const scripts: Record<Peer, Array<[string, string]>> = {
  cytoscape: [['cytoscape', 'cytoscape.min.js']],
  'cytoscape-tuned': [['cytoscape', 'cytoscape.min.js']],
  sigma: [
    ['graphology', 'graphology.umd.min.js'],
    ['sigma', 'sigma.min.js'],
  ],
};

/**
 * Positions every peer draws at (a sunflower spiral, the same for both: no layout is timed); the app gets the same
 * ones as the server's layout of the synthetic network (ui.ts).
 */
export function positions(count: number): Array<{ x: number; y: number }> {
  return Array.from({ length: count }, (_, i) => {
    const r = 20 * Math.sqrt(i);
    return { x: Math.round(r * Math.cos(i * 2.39996)), y: Math.round(r * Math.sin(i * 2.39996)) };
  });
}

const DRAW: Record<Peer, string> = {
  cytoscape: `
    const data = await (await fetch('/data.json')).json();
    const cy = cytoscape({
      container: document.getElementById('graph'),
      elements: [
        ...data.nodes.map((n) => ({ data: { id: n.id, name: n.name }, position: { x: n.x, y: n.y } })),
        ...data.edges.map((e) => ({ data: e })),
      ],
      layout: { name: 'preset' },
    });
    cy.one('render', () => requestAnimationFrame(() => done(cy.nodes().length)));`,
  // The first-frame options a large view can take (ui/src/lib/graph/large-view.ts does the same in the app):
  // pixel ratio 1, a texture and no edges while the viewport moves, labels drawn only from a readable zoom
  // (min-zoomed-font-size), haystack edges without arrows, a static stylesheet (no mapper functions), every
  // element created in one batch with the instance.
  'cytoscape-tuned': `
    const data = await (await fetch('/data.json')).json();
    const cy = cytoscape({
      container: document.getElementById('graph'),
      elements: [
        ...data.nodes.map((n) => ({ data: { id: n.id, name: n.name }, position: { x: n.x, y: n.y } })),
        ...data.edges.map((e) => ({ data: e })),
      ],
      style: [
        { selector: 'node', style: { 'background-color': '#1f77b4', width: 16, height: 16, label: 'data(name)',
          'font-size': 10, 'min-zoomed-font-size': 8 } },
        { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 1, 'line-color': '#bbbbbb' } },
      ],
      layout: { name: 'preset' },
      pixelRatio: 1,
      textureOnViewport: true,
      hideEdgesOnViewport: true,
    });
    cy.one('render', () => requestAnimationFrame(() => done(cy.nodes().length)));`,
  sigma: `
    const data = await (await fetch('/data.json')).json();
    const graph = new graphology.MultiGraph();
    for (const n of data.nodes) graph.addNode(n.id, { x: n.x, y: n.y, size: 4, label: n.name, color: '#1f77b4' });
    for (const e of data.edges) graph.addEdgeWithKey(e.id, e.source, e.target, { size: 1, color: '#bbbbbb' });
    const SigmaClass = Sigma.default ?? Sigma;
    const renderer = new SigmaClass(graph, document.getElementById('graph'));
    renderer.refresh();
    requestAnimationFrame(() => done(graph.order));`,
};

function page(peer: Peer): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${peer}</title></head>
<body style="margin:0"><div id="graph" style="width:100vw;height:100vh"></div>
${scripts[peer].map((_, i) => `<script src="/lib-${i}.js"></script>`).join('\n')}
<script>
  function done(count) {
    document.body.dataset.nodeCount = String(count);
    document.body.dataset.readyMs = String(performance.now());
  }
  (async () => {${DRAW[peer]}
  })().catch((e) => { document.body.dataset.error = String(e && e.stack || e); });
</script></body></html>`;
}

const ORIGIN = 'http://peer.bench.invalid';

/** Draws `network` once with `peer` in a fresh context; milliseconds from navigation to its first frame. */
export async function drawPeerOnce(
  browser: Browser,
  peer: Peer,
  network: PeerNetwork,
  timeoutMs: number,
): Promise<number> {
  const at = positions(network.nodes.length);
  const data = JSON.stringify({
    nodes: network.nodes.map((n, i) => ({ id: n.id, name: n.name, ...at[i] })),
    edges: network.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  });
  const libs = scripts[peer].map(([pkg, file]) => readFileSync(join(dirname(require.resolve(pkg)), file), 'utf8'));
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    await context.route(`${ORIGIN}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      const lib = /^\/lib-(\d+)\.js$/.exec(path);
      if (path === '/data.json') await route.fulfill({ contentType: 'application/json', body: data });
      else if (lib) await route.fulfill({ contentType: 'text/javascript', body: libs[Number(lib[1])] ?? '' });
      else await route.fulfill({ contentType: 'text/html', body: page(peer) });
    });
    const tab = await context.newPage();
    await tab.goto(`${ORIGIN}/`);
    await tab.waitForFunction(() => document.body.dataset.readyMs || document.body.dataset.error, undefined, {
      timeout: timeoutMs,
      polling: 50,
    });
    const result = await tab.evaluate(() => ({ ...document.body.dataset }));
    if (result.error) throw new Error(`${peer}: ${result.error}`);
    if (Number(result.nodeCount) !== network.nodes.length)
      throw new Error(`${peer} drew ${result.nodeCount} of ${network.nodes.length} nodes`);
    return Number(result.readyMs);
  } finally {
    await context.close();
  }
}

const PEER_NAMES: Record<Peer, { name: string; renderer: 'canvas' | 'webgl' }> = {
  cytoscape: { name: 'bare Cytoscape (canvas, default options)', renderer: 'canvas' },
  'cytoscape-tuned': { name: 'bare Cytoscape (canvas, large-view options)', renderer: 'canvas' },
  sigma: { name: 'sigma.js 3 + graphology (WebGL)', renderer: 'webgl' },
};

/** The bare libraries on a synthetic scenario, and the app's canvas time over theirs in the log. */
export async function peerTimings(
  browser: Browser,
  s: { scenario: string; network: PeerNetwork | null; nodes: number; elements: number },
  app: UiTiming[],
  options: { repeats: number; timeoutMs: number; log: (line: string) => void },
): Promise<UiTiming[]> {
  const out: UiTiming[] = [];
  const appCanvas = app.find((t) => t.scenario === s.scenario && t.renderer === 'canvas' && !t.error);
  for (const peer of PEERS) {
    const runs: number[] = [];
    let error: string | undefined;
    for (let i = 0; i < options.repeats && !error; i++) {
      try {
        runs.push(await drawPeerOnce(browser, peer, s.network!, options.timeoutMs));
      } catch (e) {
        error = (e as Error).message;
      }
    }
    const timing: UiTiming = {
      scenario: `${s.scenario} — ${PEER_NAMES[peer].name}`,
      elements: s.elements,
      nodes: s.nodes,
      renderer: PEER_NAMES[peer].renderer,
      medianMs: median(runs),
      runsMs: runs.map(Math.round),
      domContentLoadedMs: Number.NaN,
      dataMs: Number.NaN,
      ...(error ? { error } : {}),
    };
    const ratio =
      appCanvas && !error ? ` (app canvas ÷ this: ${(appCanvas.medianMs / timing.medianMs).toFixed(2)})` : '';
    options.log(
      `  UI ${timing.scenario}: ${error ?? `${Math.round(timing.medianMs)} ms (${timing.runsMs.join(', ')})${ratio}`}`,
    );
    out.push(timing);
  }
  return out;
}
