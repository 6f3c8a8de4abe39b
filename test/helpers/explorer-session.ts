/**
 * The setup the browser tests share: one API listening on a free port (real Neo4j) and one Chromium for a
 * describe block, and pages that open the explorer and fail the test on any uncaught page error.
 * Call it inside `describe.runIf(chromiumAvailable())(…)`; hooks run in the order they are registered, so a
 * block's own beforeAll after this one sees the app and browser ready.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { buildTestApp, gql } from './app.js';
import { launchChromium, openExplorer } from './browser.js';

export const SCREENSHOTS = join(import.meta.dirname, '..', 'e2e', 'screenshots');
export const VIEWPORT = { width: 1400, height: 900 };

export interface ExplorerSession {
  readonly app: FastifyInstance;
  readonly browser: Browser;
  /** http://127.0.0.1:<port> */
  readonly base: string;
  /** A page with the explorer open at `path`, drawn and laid out. */
  newPage(path?: string, options?: BrowserContextOptions): Promise<Page>;
}

/** warmUp: a GraphQL document run once before the tests (a cold database plans each query the first time). */
export function useExplorerSession(warmUp?: string): ExplorerSession {
  let app: FastifyInstance;
  let browser: Browser;
  let base = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await buildTestApp();
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
    if (warmUp) await gql(app, warmUp);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  return {
    get app() {
      return app;
    },
    get browser() {
      return browser;
    },
    get base() {
      return base;
    },
    async newPage(path = '/', options = {}) {
      const page = await browser.newPage({ viewport: VIEWPORT, ...options });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await openExplorer(page, `${base}${path}`);
      return page;
    },
  };
}

/**
 * Resolves once the server has laid out the network in both scopes (the actor network and the whole model) for
 * the current data version, asking again while either layout is still null.
 */
export async function serverLayoutsReady(app: FastifyInstance): Promise<void> {
  const query = '{ network(limit: 2000) { actors: layout(scope: ACTORS) { id } model: layout(scope: MODEL) { id } } }';
  await expect
    .poll(
      async () => {
        const { data } = await gql<{ network: { actors: unknown[] | null; model: unknown[] | null } }>(app, query);
        return data?.network.actors !== null && data?.network.model !== null;
      },
      { timeout: 60_000, interval: 500 },
    )
    .toBe(true);
}
