/**
 * Headless Chromium for browser tests: Debian's /usr/bin/chromium driven by playwright-core.
 * Outside CI a missing Chromium skips the browser tests loudly; in CI (CI=true) it is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `No Chromium at ${CHROMIUM_PATH}: browser tests cannot run. Install it with 'apt-get install chromium' (.ci/run does).`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n${'!'.repeat(100)}\n!! SKIPPING BROWSER TESTS. ${message}\n${'!'.repeat(100)}\n`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

/** The graph canvas of the explorer page and what it exposes for tests (no canvas reading needed). */
export interface CanvasState {
  nodeCount: number;
  laidOut: boolean;
  layout: string;
  focus: string;
  selected: string;
  highlighted: string[];
  assumed: string[];
  renderer: string;
  readyMs: number | null;
}

export async function canvasState(page: Page): Promise<CanvasState> {
  const canvas = page.getByTestId('graph-canvas');
  const attr = async (name: string) => (await canvas.getAttribute(`data-${name}`)) ?? '';
  const list = async (name: string) => (await attr(name)).split(' ').filter(Boolean);
  const ready = await attr('ready-ms');
  return {
    nodeCount: Number(await attr('node-count')),
    laidOut: (await attr('laid-out')) === 'true',
    layout: await attr('layout'),
    focus: await attr('focus'),
    selected: await attr('selected'),
    highlighted: await list('highlighted'),
    assumed: await list('assumed'),
    renderer: await attr('renderer'),
    readyMs: ready ? Number(ready) : null,
  };
}

/** Opens the explorer at `path` and waits until the graph is drawn and laid out. */
export async function openExplorer(page: Page, url: string, timeout = 30_000): Promise<void> {
  await page.goto(url);
  try {
    await page.waitForSelector('[data-testid="graph-canvas"][data-laid-out="true"]', { timeout });
  } catch (error) {
    // Say what the page shows instead: a status, an alert, or a canvas that never finished its layout.
    const shown = await page
      .locator('[role="status"], [role="alert"], [data-testid="graph-canvas"]')
      .evaluateAll((els) => els.map((el) => el.outerHTML.slice(0, 300)))
      .catch(() => []);
    throw new Error(
      `The explorer at ${url} was not laid out within ${timeout} ms; the page shows: ${shown.join(' | ')}`,
      {
        cause: error,
      },
    );
  }
}

/** Presses Tab until the focused element matches `selector` (at most `max` presses); true when it did. */
export async function tabTo(page: Page, selector: string, max = 80): Promise<boolean> {
  for (let i = 0; i < max; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
    await page.keyboard.press('Tab');
  }
  return false;
}
