/**
 * Issue 18, "Slide-ready view exports": the PNG downloaded from the Export menu carries its title and its
 * legend inside the image. The test draws the same words in the page with the same font and size and finds
 * them among the PNG's pixels (test/helpers/find-text.ts); each legend name must have its palette colour
 * beside it. The bare canvas (Cytoscape's own `cy.png()` of the same view) is searched the same way and must
 * not contain them, so the check fails on an export without title and legend. The SVG carries the same words
 * as text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { kindStyle } from '../../core/palette.js';
import { INK, MUTED, slideFont } from '../../ui/src/lib/graph/slide.js';
import { canvasState, chromiumAvailable } from '../helpers/browser.js';
import { SCREENSHOTS, useExplorerSession } from '../helpers/explorer-session.js';
import { findTexts, type TextQuery } from '../helpers/find-text.js';

const WAIT = { timeout: 15_000 };
const SCALE = 2;

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download', WAIT), click()]);
  return readFileSync(await file.path());
}

/** Node kinds Cytoscape draws, read from the instance behind the canvas. */
const drawnKinds = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const el = document.querySelector('[data-testid="graph-canvas"]') as unknown as { _cyreg?: { cy?: unknown } };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const cy = el._cyreg!.cy as any;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return [...new Set<string>(cy.nodes(':visible').map((n: any) => String(n.data('kind'))))];
  });

/** Cytoscape's own PNG of the view, as the export was before it became a slide. */
const barePng = (page: Page): Promise<Buffer> =>
  page
    .evaluate((scale) => {
      const el = document.querySelector('[data-testid="graph-canvas"]') as unknown as { _cyreg?: { cy?: unknown } };
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const cy = el._cyreg!.cy as any;
      const uri: string = cy.png({ full: false, scale: scale / (window.devicePixelRatio || 1), bg: '#ffffff' });
      return uri.slice(uri.indexOf(',') + 1);
    }, SCALE)
    .then((b64) => Buffer.from(b64, 'base64'));

describe.runIf(chromiumAvailable())('slide-ready view exports', () => {
  const session = useExplorerSession();

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    it(`should draw the title and the legend inside the exported PNG at ${viewport.width}×${viewport.height} (found by drawing the same text), and not in the bare canvas`, async () => {
      const page = await session.newPage('/?focus=enisa', { viewport, acceptDownloads: true });
      await expect.poll(async () => (await canvasState(page)).focus, WAIT).toBe('enisa');
      const kinds = await drawnKinds(page);
      expect(kinds.length).toBeGreaterThan(1);

      const menu = page.locator('details.export');
      await menu.locator('summary').click();
      await menu.getByLabel('PNG resolution').selectOption(String(SCALE));
      const png = await download(page, () => menu.getByRole('button', { name: 'PNG', exact: true }).click());
      writeFileSync(join(SCREENSHOTS, `18-export-slide-${viewport.width}.png`), png);

      const queries: TextQuery[] = [
        { text: 'ENISA and its neighbourhood', font: slideFont('title', SCALE), color: INK },
        { text: 'Legend', font: slideFont('text', SCALE), color: MUTED },
        ...kinds.map((k) => ({
          text: kindStyle(k).legend,
          font: slideFont('text', SCALE),
          color: MUTED,
          swatch: kindStyle(k).color,
        })),
      ];
      const found = await findTexts(page, png, queries);
      const missing = found.filter((f) => f.at === null || f.swatchFound === false);
      console.log(
        `[export ${viewport.width}] ` +
          found
            .map(
              (f) =>
                `${f.text}: ${f.at ? `at ${f.at.x},${f.at.y}` : 'not found'} (mismatch ${(f.mismatch * 100).toFixed(1)}%)`,
            )
            .join('; '),
      );
      expect(missing).toEqual([]);
      // The title above the picture, the legend below it.
      const title = found[0]!.at!;
      expect(found.slice(1).every((f) => f.at!.y > title.y + 100)).toBe(true);

      // The same search on the bare canvas finds neither title nor legend: the check can fail.
      const bare = await findTexts(page, await barePng(page), queries.slice(0, 2));
      expect(bare.map((f) => f.at)).toEqual([null, null]);

      const svgMenu = page.locator('details.export');
      await svgMenu.locator('summary').click();
      const svg = await download(page, () => svgMenu.getByRole('button', { name: 'SVG (vector)' }).click());
      const texts = await page.evaluate(
        (text) =>
          [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text')].map(
            (t) => t.textContent,
          ),
        svg.toString('utf8'),
      );
      expect(texts).toEqual(expect.arrayContaining(queries.map((q) => q.text)));
      await page.close();
    });
  }
});
