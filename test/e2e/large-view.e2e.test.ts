/**
 * Issue 20: a large view (the benchmark's synthetic network, 2,000 nodes and 3,000 edges, with the server's
 * layout) is drawn with the large-view rendering (ui/src/lib/graph/large-view.ts), read from the live Cytoscape
 * instance, never from a flag the app sets about itself: the renderer's options, haystack edges without arrows,
 * no plain label drawn at the fit, and plain labels drawn once zoomed in to a readable zoom. The seed's views are
 * under the threshold (picture.e2e.test.ts checks them). Screenshots at 1440×900 and 1024×768 are left in
 * test/e2e/screenshots/ for people to look at. Nothing is timed (npm run bench:ready measures).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { syntheticNetwork } from '../../bench/lib/ui.js';
import { openExplorer } from '../helpers/browser.js';
import { chromiumAvailable } from '../helpers/browser.js';
import { probe } from '../helpers/cy-probe.js';
import { SCREENSHOTS, useExplorerSession } from '../helpers/explorer-session.js';

const NETWORK = syntheticNetwork(5000);
const BODY = JSON.stringify({ data: { network: NETWORK, dataVersion: 'e2e-synthetic' } });

/** What the large-view rules and options make of the canvas, read from Cytoscape. */
interface Rendering {
  textureOnViewport: boolean;
  hideEdgesOnViewport: boolean;
  pixelRatio: number;
  edgeCurves: string[];
  edgeArrows: string[];
  nodeBorders: number[];
}

const readRendering = (page: Page): Promise<Rendering> =>
  page.evaluate(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const cy = (document.querySelector('[data-testid="graph-canvas"]') as any)._cyreg.cy;
    const renderer = cy.renderer();
    const edges = cy.edges(':visible').not('.hl, .hover, :selected');
    const values = (eles: { map(f: (e: unknown) => unknown): unknown[] }, property: string, key: string) => [
      ...new Set(eles.map((e) => (e as { pstyle(p: string): Record<string, unknown> }).pstyle(property)[key])),
    ];
    return {
      textureOnViewport: renderer.textureOnViewport === true,
      hideEdgesOnViewport: renderer.hideEdgesOnViewport === true,
      pixelRatio: renderer.getPixelRatio(),
      edgeCurves: values(edges, 'curve-style', 'strValue') as string[],
      edgeArrows: values(edges, 'target-arrow-shape', 'strValue') as string[],
      nodeBorders: values(cy.nodes(), 'border-width', 'pfValue') as number[],
    };
  });

describe.runIf(chromiumAvailable())('a large view, read from Cytoscape', () => {
  const session = useExplorerSession();

  /** The explorer on the whole model, its network query answered with the synthetic network. */
  async function openLarge(viewport: { width: number; height: number }): Promise<Page> {
    const page = await session.browser.newPage({ viewport });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/graphql', async (route) => {
      const query = String((route.request().postDataJSON() as { query?: string } | null)?.query ?? '');
      if (/query\s+Network\b/.test(query)) await route.fulfill({ contentType: 'application/json', body: BODY });
      else await route.continue();
    });
    await openExplorer(page, `${session.base}/?webgl=0&scope=model`, 60_000);
    await page.waitForSelector('[data-testid="graph-canvas"]:not([data-ready-ms=""])', { timeout: 60_000 });
    expect(errors).toEqual([]);
    return page;
  }

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
  ])
    it(`should draw ${NETWORK.nodes.length} nodes with the large-view rendering at ${viewport.width}×${viewport.height}, plain labels only once zoomed in`, async () => {
      const page = await openLarge(viewport);
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SCREENSHOTS, `20-large-view-${viewport.width}.png`) });
      const atFit = await probe(page);
      expect(atFit.nodes.length).toBe(NETWORK.nodes.length);
      const rendering = await readRendering(page);
      expect(rendering).toMatchObject({ textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1 });
      expect(rendering.edgeCurves).toEqual(['haystack']);
      expect(rendering.edgeArrows).toEqual(['none']);
      expect(rendering.nodeBorders).toEqual([0]);

      // At the fit only the hubs name themselves: no more labels than toElements' labelled nodes (14).
      const named = (p: typeof atFit) => p.nodes.filter((n) => n.label);
      const hubs = await page.evaluate(
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        () => (document.querySelector('[data-testid="graph-canvas"]') as any)._cyreg.cy.nodes('.labelled').length,
      );
      console.log(
        `[large view ${viewport.width}] zoom ${atFit.zoom.toFixed(3)}, ${named(atFit).length} labels drawn of ${atFit.nodes.length} nodes (${hubs} hubs)`,
      );
      expect(named(atFit).length).toBeLessThanOrEqual(hubs);
      expect(atFit.zoom).toBeLessThan(0.75);

      // Zoomed in to a readable zoom, the plain labels come back (drawn by Cytoscape: a label in its style, at a
      // font size it draws, not transparent) where the placement finds room: at the rim of the synthetic disc
      // (inside it the nodes stand closer than a label is wide), around its outermost node.
      await page.evaluate(() => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const cy = (document.querySelector('[data-testid="graph-canvas"]') as any)._cyreg.cy;
        const rim = cy
          .nodes()
          .max((n: { position(): { x: number; y: number } }) => Math.hypot(n.position().x, n.position().y)).ele;
        cy.zoom(1.2);
        cy.center(rim);
      });
      const plainDrawn = async () => {
        const drawn = named(await probe(page)).map((n) => n.id);
        return page.evaluate((ids) => {
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          const cy = (document.querySelector('[data-testid="graph-canvas"]') as any)._cyreg.cy;
          return ids.filter((id) => !cy.getElementById(id).hasClass('labelled'));
        }, drawn);
      };
      await expect.poll(async () => (await plainDrawn()).length, { timeout: 10_000, interval: 250 }).toBeGreaterThan(0);
      const plain = await plainDrawn();
      console.log(`[large view ${viewport.width}] at zoom 1.2: ${plain.length} plain labels drawn`);
      expect(plain.length).toBeGreaterThan(0);
      await page.screenshot({ path: join(SCREENSHOTS, `20-large-view-${viewport.width}-zoomed.png`) });
      await page.close();
    }, 120_000);
});
