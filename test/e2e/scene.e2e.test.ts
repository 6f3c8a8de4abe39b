/**
 * Issue 18: a scene that grows and stays put. Positions, zoom and node sets are read from the Cytoscape
 * instance behind the canvas (test/helpers/cy-probe.ts), never from what the app says about itself.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canvasState, chromiumAvailable, openExplorer } from '../helpers/browser.js';
import type { Page } from 'playwright-core';
import { clickNode, probe, type Probe } from '../helpers/cy-probe.js';
import { SCREENSHOTS, serverLayoutsReady, useExplorerSession } from '../helpers/explorer-session.js';

const VIEWPORT = { width: 1440, height: 900 };

/** Rendered distance each node of `before` moved by in `after` (nodes drawn in both), largest first. */
function displacements(before: Probe, after: Probe, onScreenOnly = true): Array<{ name: string; px: number }> {
  const now = new Map(after.nodes.map((n) => [n.id, n]));
  return before.nodes
    .filter((n) => !onScreenOnly || (n.x >= 0 && n.y >= 0 && n.x <= before.width && n.y <= before.height))
    .flatMap((n) => {
      const m = now.get(n.id);
      return m ? [{ name: n.name, px: Math.hypot(m.x - n.x, m.y - n.y) }] : [];
    })
    .sort((a, b) => b.px - a.px);
}

/** The scene as Cytoscape holds it: the ids drawn, and where each is (rendered px). */
async function scene(page: Page): Promise<{ ids: string; at: Map<string, { x: number; y: number }> }> {
  const p = await probe(page);
  return {
    ids: p.nodes
      .map((n) => n.id)
      .sort()
      .join(' '),
    at: new Map(p.nodes.map((n) => [n.id, { x: n.x, y: n.y }])),
  };
}

/** Waits until the scene's node set differs from `from`, and Cytoscape has drawn it. */
async function changed(page: Page, from: string): Promise<void> {
  await expect.poll(async () => (await scene(page)).ids, { timeout: 30_000 }).not.toBe(from);
  await page.waitForTimeout(250);
}

/** Same nodes, each within 1 px of where it was. */
function expectSameScene(actual: Awaited<ReturnType<typeof scene>>, expected: Awaited<ReturnType<typeof scene>>) {
  expect(actual.ids).toBe(expected.ids);
  const off = [...expected.at].filter(([id, p]) => {
    const q = actual.at.get(id)!;
    return Math.hypot(q.x - p.x, q.y - p.y) > 1;
  });
  expect(off.map(([id]) => id)).toEqual([]);
}

/** Selects a node by clicking it on the canvas, then asks for its neighbours from the Details panel. */
async function expandNode(page: Page, id: string): Promise<void> {
  await clickNode(page, id);
  await expect.poll(async () => (await canvasState(page)).selected, { timeout: 15_000 }).toBe(id);
  await page.getByRole('button', { name: 'Expand neighbours' }).click();
}

describe.runIf(chromiumAvailable())('a scene that grows and stays put', () => {
  const session = useExplorerSession();

  it('should add a node’s neighbours to the whole network when it is expanded, moving no node already on screen by more than 10 px', async () => {
    await serverLayoutsReady(session.app);
    const page = await session.newPage('/', { viewport: VIEWPORT });
    const before = await probe(page);
    await expandNode(page, 'nato');
    await expect
      .poll(async () => (await probe(page)).nodes.length, { timeout: 15_000 })
      .toBeGreaterThan(before.nodes.length);
    await page.waitForTimeout(300);
    const after = await probe(page);
    await page.screenshot({ path: join(SCREENSHOTS, '18-expand-1440.png') });
    const moved = displacements(before, after);
    const added = after.nodes.length - before.nodes.length;
    console.log(
      `[expand nato] ${added} nodes added to ${before.nodes.length}; largest move of a node on screen ${moved[0]!.px.toFixed(2)} px (${moved[0]!.name}); zoom ${before.zoom.toFixed(3)} → ${after.zoom.toFixed(3)}`,
    );
    // Every node that was drawn is still drawn: the scene grew, it was not replaced.
    const ids = new Set(after.nodes.map((n) => n.id));
    expect(before.nodes.filter((n) => !ids.has(n.id)).map((n) => n.name)).toEqual([]);
    expect(added).toBeGreaterThan(0);
    expect(moved.filter((m) => m.px > 10)).toEqual([]);
    // The new nodes are next to the node expanded, not stacked on one spot.
    const nato = after.nodes.find((n) => n.id === 'nato')!;
    const fresh = after.nodes.filter((n) => !before.nodes.some((b) => b.id === n.id));
    for (const n of fresh) expect(Math.hypot(n.x - nato.x, n.y - nato.y), n.name).toBeLessThan(400);
    const spots = new Set(fresh.map((n) => `${Math.round(n.x)}:${Math.round(n.y)}`));
    expect(spots.size).toBe(fresh.length);
    await page.close();
  });

  it('should undo three actions back to the first scene with Ctrl+Z, and redo them to the last with Ctrl+Shift+Z, Ctrl+Y and the Redo button', async () => {
    await serverLayoutsReady(session.app);
    const page = await session.newPage('/', { viewport: VIEWPORT });
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    const redo = page.getByRole('button', { name: 'Redo', exact: true });
    expect(await undo.isDisabled()).toBe(true);
    expect(await redo.isDisabled()).toBe(true);
    const first = await scene(page);
    // 1. expand NATO, 2. hide Japan, 3. expand ENISA.
    await expandNode(page, 'nato');
    await changed(page, first.ids);
    const second = await scene(page);
    await clickNode(page, 'japan');
    await expect.poll(async () => (await canvasState(page)).selected, { timeout: 15_000 }).toBe('japan');
    await page.getByRole('button', { name: 'Hide' }).click();
    await changed(page, second.ids);
    const third = await scene(page);
    await expandNode(page, 'enisa');
    await changed(page, third.ids);
    const last = await scene(page);
    console.log(`[history] scenes of ${[first, second, third, last].map((s) => s.at.size).join(', ')} nodes`);
    expect(await redo.isDisabled()).toBe(true);

    for (const expected of [third, second, first]) {
      const from = (await scene(page)).ids;
      await page.keyboard.press('Control+z');
      await changed(page, from);
      expectSameScene(await scene(page), expected);
    }
    expect(await undo.isDisabled()).toBe(true);
    expect(await redo.isDisabled()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, '18-undo-first-1440.png') });

    for (const press of [
      () => page.keyboard.press('Control+Shift+z'),
      () => page.keyboard.press('Control+y'),
      () => redo.click(),
    ]) {
      const from = (await scene(page)).ids;
      await press();
      await changed(page, from);
    }
    expectSameScene(await scene(page), last);
    expect(await redo.isDisabled()).toBe(true);
    expect(await undo.isDisabled()).toBe(false);
    await page.close();
  });

  it('should put every node within 5 px of where it was, at the same zoom, when its permalink is opened in a fresh browser', async () => {
    await serverLayoutsReady(session.app);
    const page = await session.newPage('/', { viewport: VIEWPORT });
    // A scene of its own: NATO expanded, Japan dragged aside, one zoom step in.
    const start = (await scene(page)).ids;
    await expandNode(page, 'nato');
    await changed(page, start);
    const japan = (await scene(page)).at.get('japan')!;
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    await page.mouse.move(box.x + japan.x, box.y + japan.y);
    await page.mouse.down();
    await page.mouse.move(box.x + japan.x - 60, box.y + japan.y + 45, { steps: 6 });
    await page.mouse.up();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(/[?&]cam=/);
    await page.waitForTimeout(600);
    const link = page.url();
    const there = await probe(page);
    // The link carries the dragged node and the nodes the expansion added (placed, not laid out by the server).
    expect(decodeURIComponent(link)).toMatch(/[?&]pos=[^&]*japan:/);
    await page.screenshot({ path: join(SCREENSHOTS, '18-permalink-source-1440.png') });

    const fresh = await session.browser.newContext({ viewport: VIEWPORT });
    const again = await fresh.newPage();
    await openExplorer(again, link);
    await again.waitForTimeout(600);
    const here = await probe(again);
    await again.screenshot({ path: join(SCREENSHOTS, '18-permalink-opened-1440.png') });
    const at = new Map(here.nodes.map((n) => [n.id, n]));
    const errors = there.nodes.map((n) => {
      const m = at.get(n.id);
      return { name: n.name, px: m ? Math.hypot(m.x - n.x, m.y - n.y) : Infinity };
    });
    const worst = errors.reduce((a, b) => (b.px > a.px ? b : a));
    console.log(
      `[permalink] ${link.length} characters; ${here.nodes.length} nodes; largest position error ${worst.px.toFixed(2)} px (${worst.name}); zoom ${there.zoom.toFixed(4)} → ${here.zoom.toFixed(4)}`,
    );
    expect(here.nodes.length).toBe(there.nodes.length);
    expect(errors.filter((e) => e.px > 5)).toEqual([]);
    expect(Math.abs(here.zoom / there.zoom - 1)).toBeLessThan(0.001);
    await fresh.close();
    await page.close();
  });

  it('should name a search hit and its kind in words, and add a hit not drawn to the scene without replacing it', async () => {
    const page = await session.newPage('/', { viewport: VIEWPORT });
    const before = await scene(page);
    await page.getByRole('combobox', { name: 'Search' }).fill('coordinated and collaborative approach');
    const list = page.getByRole('listbox', { name: 'Suggestions' });
    await list.getByRole('option').first().waitFor({ timeout: 15_000 });
    const hits = await list.getByRole('option').evaluateAll((els) =>
      els.map((el) => ({
        name: el.querySelector('.name')?.textContent ?? '',
        kind: el.querySelector('.kind')?.textContent ?? '',
      })),
    );
    console.log(`[search] ${hits.map((h) => `${h.name} (${h.kind})`).join('; ')}`);
    // A working group's kind was "Other" (the palette has no style for it): now its own words.
    expect(hits.map((h) => h.kind)).toContain('Working group');
    expect(hits.filter((h) => h.kind === 'Other' || /^[a-z0-9]+(-[a-z0-9.]+)+$/.test(h.name))).toEqual([]);
    const hit = list.getByRole('option').filter({ hasText: 'Outreach approach' }).first();
    await hit.click();
    await changed(page, before.ids);
    const after = await scene(page);
    expect([...before.at.keys()].filter((id) => !after.at.has(id))).toEqual([]);
    await page.close();
  });
});
