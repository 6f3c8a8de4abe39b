/**
 * The whole path in a real Chromium: page served by the API, data from Neo4j through GraphQL, drawn by
 * Cytoscape. Screenshots go to test/e2e/screenshots/ (git-ignored) for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, gql } from '../helpers/app.js';
import { chromiumAvailable, launchChromium } from '../helpers/browser.js';

const SCREENSHOTS = join(import.meta.dirname, 'screenshots');

describe.runIf(chromiumAvailable())('explorer page in Chromium', () => {
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await buildTestApp();
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('should draw the network that GraphQL reads from Neo4j, with no failed request', async () => {
    const { data } = await gql<{ network: { nodes: unknown[] } }>(app, '{ network(limit: 1000) { nodes { id } } }');
    const expected = data!.network.nodes.length;
    expect(expected).toBeGreaterThan(0);

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const failures: string[] = [];
    page.on('requestfailed', (request) => failures.push(request.url()));
    page.on('pageerror', (error) => failures.push(error.message));
    await page.goto(`${base}/`);
    const canvas = page.getByTestId('graph-canvas');
    await expect.poll(() => canvas.getAttribute('data-laid-out'), { timeout: 20_000 }).toBe('true');
    expect(Number(await canvas.getAttribute('data-node-count'))).toBe(expected);
    expect(await page.locator('canvas').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, '01-network.png') });
    expect(failures).toEqual([]);
    await page.close();
  });

  it('should show an error state, not a blank page, when the API fails', async () => {
    const page = await browser.newPage();
    await page.route('**/graphql', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [
            {
              message: 'The graph database is unavailable; try again shortly.',
              extensions: { code: 'DATABASE_UNAVAILABLE' },
            },
          ],
        }),
      }),
    );
    await page.goto(`${base}/`);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/unavailable/);
    await page.screenshot({ path: join(SCREENSHOTS, '02-error-state.png') });
    await page.close();
  });
});
