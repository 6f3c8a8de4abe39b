/**
 * Issue 20: the UI benchmark's peer pages (bench/lib/ui-peers.ts) draw the benchmark's synthetic network with
 * bare Cytoscape and with sigma.js + graphology. Checked here that each page loads its library, draws every node
 * (the count is read from the library's own graph: Cytoscape's cy.nodes(), graphology's order) and reports a
 * time; nothing is asserted about the time (benchmarks measure, tests do not).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticNetwork } from '../../bench/lib/ui.js';
import { drawPeerOnce, PEERS } from '../../bench/lib/ui-peers.js';
import { chromiumAvailable, launchChromium } from '../helpers/browser.js';

describe.runIf(chromiumAvailable())('the UI benchmark peer pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const peer of PEERS)
    it(`should draw every node of the synthetic network with ${peer}`, async () => {
      const network = syntheticNetwork(500);
      const ms = await drawPeerOnce(browser, peer, network, 30_000);
      expect(ms).toBeGreaterThan(0);
      // A network whose edge points at a missing node fails the page: the check can fail.
      const broken = { ...network, edges: [...network.edges, { id: 'x', source: 'ui-node-0', target: 'nowhere' }] };
      await expect(drawPeerOnce(browser, peer, broken, 10_000)).rejects.toThrow();
    });
});
