/**
 * Issue 18: selecting a node centres it, unless the analyst asked otherwise. A node picked outside the canvas
 * (search here) is brought to the middle of the part of the canvas that is visible; one clicked on the canvas
 * stays where it is; with Follow off nothing moves. Positions and the camera are read from the Cytoscape
 * instance (test/helpers/cy-probe.ts); the side panels' box from the page.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../helpers/browser.js';
import { clickNode, probe, type Probe } from '../helpers/cy-probe.js';
import { SCREENSHOTS, serverLayoutsReady, useExplorerSession } from '../helpers/explorer-session.js';

/** The actor drawn farthest from the point (x, y) of the canvas, among those on screen. */
function farthestActor(p: Probe, x: number, y: number) {
  const margin = 30;
  return p.nodes
    .filter((n) => n.actor && n.x > margin && n.y > margin && n.x < p.width - margin && n.y < p.height - margin)
    .reduce((a, b) => (Math.hypot(b.x - x, b.y - y) > Math.hypot(a.x - x, a.y - y) ? b : a));
}

/** Picks the search suggestion with exactly this name. */
async function pickFromSearch(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Search' }).fill(name);
  const list = page.getByRole('listbox', { name: 'Suggestions' });
  await list.getByRole('option').first().waitFor({ timeout: 15_000 });
  const options = list.getByRole('option');
  const names = await options.evaluateAll((els) => els.map((el) => el.querySelector('.name')?.textContent ?? ''));
  const index = names.indexOf(name);
  expect(index, `"${name}" among the suggestions ${names.join('; ')}`).toBeGreaterThanOrEqual(0);
  await options.nth(index).click();
}

/** Where a node is drawn (rendered px in the canvas), polled until it stops moving. */
async function settledAt(page: Page, id: string): Promise<{ x: number; y: number; probe: Probe }> {
  let last = { x: NaN, y: NaN };
  for (let i = 0; i < 40; i += 1) {
    await page.waitForTimeout(100);
    const p = await probe(page);
    const node = p.nodes.find((n) => n.id === id);
    if (node && Math.hypot(node.x - last.x, node.y - last.y) < 0.01) return { x: node.x, y: node.y, probe: p };
    if (node) last = { x: node.x, y: node.y };
  }
  throw new Error(`${id} did not settle`);
}

/**
 * The selected node's label box as Cytoscape bounds it (what it clips the label's texture to), against the text
 * measured on its own by the page's canvas in the label's font: narrower means the name is cut short.
 */
async function labelRoom(page: Page, id: string): Promise<{ box: number; text: number }> {
  return page.evaluate((nodeId) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const cy = (document.querySelector('[data-testid="graph-canvas"]') as any)._cyreg.cy;
    const n = cy.getElementById(nodeId);
    const zoom = cy.zoom();
    const context = document.createElement('canvas').getContext('2d')!;
    const style = (name: string) => n.pstyle(name).strValue;
    context.font = `${style('font-style')} ${style('font-weight')} ${n.pstyle('font-size').pfValue * zoom}px ${style('font-family')}`;
    const text = Math.min(context.measureText(style('label')).width, n.pstyle('text-max-width').pfValue * zoom);
    const box = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }).w;
    return { box, text };
  }, id);
}

describe.runIf(chromiumAvailable())('selecting a node centres it', () => {
  const session = useExplorerSession();

  it('should centre an actor picked in search at 1440×900, leave the view alone for one clicked on the graph, and not move with Follow off', async () => {
    await serverLayoutsReady(session.app);
    const page = await session.newPage('/', { viewport: { width: 1440, height: 900 } });
    const before = await probe(page);
    const target = farthestActor(before, before.width / 2, before.height / 2);
    // Far enough from the middle that a view left alone fails the check below.
    expect(Math.hypot(target.x - before.width / 2, target.y - before.height / 2)).toBeGreaterThan(150);

    await pickFromSearch(page, target.name);
    const centred = await settledAt(page, target.id);
    console.log(
      `[centre 1440] ${target.name}: (${target.x.toFixed(0)}, ${target.y.toFixed(0)}) → (${centred.x.toFixed(1)}, ${centred.y.toFixed(1)}) of ${before.width}×${before.height}`,
    );
    expect(Math.abs(centred.x - before.width / 2)).toBeLessThan(2);
    expect(Math.abs(centred.y - before.height / 2)).toBeLessThan(2);
    expect(centred.probe.zoom).toBeCloseTo(before.zoom, 6);
    // Its name in full: the selected label (a larger font) once kept the bounds of its old size, clipped to them
    // ("EU military st").
    const room = await labelRoom(page, target.id);
    expect(room.box, `label box ${room.box.toFixed(1)} px for text ${room.text.toFixed(1)} px`).toBeGreaterThanOrEqual(
      room.text,
    );
    await page.screenshot({ path: join(SCREENSHOTS, '18-centre-1440.png') });

    // Clicked on the graph: the analyst is pointing at it, the view stays.
    const other = farthestActor(centred.probe, centred.x, centred.y);
    await clickNode(page, other.id);
    await expect.poll(async () => page.getByTestId('graph-canvas').getAttribute('data-selected')).toBe(other.id);
    const clicked = await settledAt(page, other.id);
    expect(
      Math.hypot(clicked.probe.pan.x - centred.probe.pan.x, clicked.probe.pan.y - centred.probe.pan.y),
    ).toBeLessThan(0.5);

    // Follow off (kept in the link): a node picked in search is selected where it is.
    const follow = page.getByRole('button', { name: 'Follow' });
    expect(await follow.getAttribute('aria-pressed')).toBe('true');
    await follow.click();
    expect(await follow.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(/[?&]follow=0/);
    const third = farthestActor(clicked.probe, clicked.x, clicked.y);
    await pickFromSearch(page, third.name);
    await expect.poll(async () => page.getByTestId('graph-canvas').getAttribute('data-selected')).toBe(third.id);
    const still = await settledAt(page, third.id);
    expect(Math.hypot(still.probe.pan.x - clicked.probe.pan.x, still.probe.pan.y - clicked.probe.pan.y)).toBeLessThan(
      0.5,
    );
    await page.close();
  });

  it('should centre an actor picked in search at 1024×768 in the part of the graph the opened side panels leave visible', async () => {
    await serverLayoutsReady(session.app);
    const page = await session.newPage('/', { viewport: { width: 1024, height: 768 } });
    const before = await probe(page);
    const target = farthestActor(before, before.width / 4, before.height / 2);
    await pickFromSearch(page, target.name);
    const panels = page.locator('#side-panels');
    await panels.waitFor({ state: 'visible', timeout: 10_000 });
    const centred = await settledAt(page, target.id);
    const canvasBox = (await page.getByTestId('graph-canvas').boundingBox())!;
    const panelsBox = (await panels.boundingBox())!;
    const visibleWidth = panelsBox.x - canvasBox.x;
    console.log(
      `[centre 1024] ${target.name}: (${target.x.toFixed(0)}, ${target.y.toFixed(0)}) → (${centred.x.toFixed(1)}, ${centred.y.toFixed(1)}); the panels leave ${visibleWidth.toFixed(0)} of ${canvasBox.width.toFixed(0)} px`,
    );
    // The panels lie over the graph here, so the visible part is narrower than the canvas.
    expect(visibleWidth).toBeLessThan(canvasBox.width - 100);
    expect(Math.abs(centred.x - visibleWidth / 2)).toBeLessThan(2);
    expect(Math.abs(centred.y - canvasBox.height / 2)).toBeLessThan(2);
    await page.screenshot({ path: join(SCREENSHOTS, '18-centre-1024.png') });
    await page.close();
  });
});
