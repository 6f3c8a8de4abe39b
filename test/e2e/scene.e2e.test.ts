/**
 * Issue 18: a scene that grows and stays put. Positions, zoom and node sets are read from the Cytoscape
 * instance behind the canvas (test/helpers/cy-probe.ts), never from what the app says about itself.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../helpers/browser.js';
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
  await expect.poll(async () => (await scene(page)).ids, { timeout: 15_000 }).not.toBe(from);
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

describe.runIf(chromiumAvailable())('a scene that grows and stays put', () => {
  const session = useExplorerSession();

  it('should add a node’s neighbours to the whole network when it is expanded, moving no node already on screen by more than 10 px', async () => {
    await serverLayoutsReady(session.app);
    const page = await session.newPage('/', { viewport: VIEWPORT });
    const before = await probe(page);
    await clickNode(page, 'nato');
    await page.getByRole('button', { name: 'Expand neighbours' }).click();
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
    await clickNode(page, 'nato');
    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    await changed(page, first.ids);
    const second = await scene(page);
    await clickNode(page, 'japan');
    await page.getByRole('button', { name: 'Hide' }).click();
    await changed(page, second.ids);
    const third = await scene(page);
    await clickNode(page, 'enisa');
    await page.getByRole('button', { name: 'Expand neighbours' }).click();
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
});
