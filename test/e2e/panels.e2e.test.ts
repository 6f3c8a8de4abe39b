/**
 * Issue 18, responsive: the side panels can be resized (drag their edge, or the arrow keys on it) as well as
 * collapsed. The panels' box is read from the page, the canvas' width from the Cytoscape instance.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../helpers/browser.js';
import { probe } from '../helpers/cy-probe.js';
import { useExplorerSession } from '../helpers/explorer-session.js';

describe.runIf(chromiumAvailable())('resizing the side panels', () => {
  const session = useExplorerSession();

  it('should widen the panels by dragging their edge and narrow them with the arrow keys, the graph taking the rest, at 1440×900', async () => {
    const page = await session.newPage('/', { viewport: { width: 1440, height: 900 } });
    const panels = page.getByRole('complementary', { name: 'Panels' });
    const handle = page.getByRole('separator', { name: 'Resize the side panels' });
    const before = (await panels.boundingBox())!;
    const canvasBefore = (await probe(page)).width;
    const grip = (await handle.boundingBox())!;
    const y = grip.y + grip.height / 2;
    await page.mouse.move(grip.x + grip.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2 - 120, y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await panels.boundingBox())!.width).toBeGreaterThan(before.width + 110);
    const wider = (await panels.boundingBox())!.width;
    expect(wider).toBeLessThan(before.width + 130);
    // The handle says the width (the panels' own, inside the 1 px border).
    expect(Math.abs(Number(await handle.getAttribute('aria-valuenow')) - wider)).toBeLessThanOrEqual(1.5);
    // The graph gives up the same width (Cytoscape follows its container).
    await expect.poll(async () => (await probe(page)).width).toBeLessThan(canvasBefore - 100);

    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => Math.abs((await panels.boundingBox())!.width - (wider - 32)))
      .toBeLessThanOrEqual(1.5);
    await page.keyboard.press('Home');
    await expect.poll(async () => Math.abs((await panels.boundingBox())!.width - 301)).toBeLessThanOrEqual(1);
    // Collapsing still works, and opening again keeps the chosen width.
    await page.getByRole('button', { name: 'Panels ▸' }).click();
    await expect.poll(async () => (await panels.boundingBox())!.width).toBeLessThan(80);
    await page.getByRole('button', { name: '◂ Panels' }).click();
    await expect.poll(async () => Math.abs((await panels.boundingBox())!.width - 301)).toBeLessThanOrEqual(1);
    await page.close();
  });
});
