/**
 * Issue 18, the table view: sortable columns (header buttons with aria-sort), one Tab stop per table (roving
 * focus, arrow keys inside), and a Citations column that names each citation's document and locator and shows
 * the quotes on demand. Everything is read from the page: the rows' order from the cells' text, the Tab stops
 * by pressing Tab and reading document.activeElement.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasState, chromiumAvailable } from '../helpers/browser.js';
import { SCREENSHOTS, useExplorerSession } from '../helpers/explorer-session.js';

const WAIT = { timeout: 20_000 };

const column = (table: Locator, index: number) =>
  table.locator('tbody tr').evaluateAll((rows, i) => rows.map((r) => r.children[i]?.textContent?.trim() ?? ''), index);

/** Presses Tab from the filter box until focus leaves the table view; the controls it stopped on inside. */
async function tabStops(page: Page): Promise<string[]> {
  await page.getByLabel('Filter rows').focus();
  const stops: string[] = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || !el.closest('.table-view')) return null;
      const table = el.closest('table')?.getAttribute('aria-label') ?? '';
      return `${table} ${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30) ?? ''}`;
    });
    if (where === null) break;
    stops.push(where);
  }
  return stops;
}

describe.runIf(chromiumAvailable())('the table view: sorting, one Tab stop per table, citations', () => {
  const session = useExplorerSession();

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    it(`should sort by a column, take one Tab stop per table and show the citations at ${viewport.width}×${viewport.height}`, async () => {
      const page = await session.newPage('/?focus=enisa&view=table', { viewport });
      await expect.poll(async () => (await canvasState(page)).focus, WAIT).toBe('enisa');
      const nodes = page.getByRole('table', { name: 'Nodes on screen' });
      const edges = page.getByRole('table', { name: 'Relationships on screen' });
      await nodes.waitFor();
      const rowCount = await nodes.locator('tbody tr').count();
      expect(rowCount).toBeGreaterThan(5);

      // Sorting: Links, most first; again, fewest first; Name, A to Z. aria-sort says which.
      const links = nodes.getByRole('columnheader', { name: /Links/ });
      await links.getByRole('button').click();
      expect(await links.getAttribute('aria-sort')).toBe('descending');
      const down = (await column(nodes, 2)).map(Number);
      expect(down).toEqual([...down].sort((a, b) => b - a));
      expect(down[0]).toBeGreaterThan(down[down.length - 1]!);
      await links.getByRole('button').click();
      expect(await links.getAttribute('aria-sort')).toBe('ascending');
      const up = (await column(nodes, 2)).map(Number);
      expect(up).toEqual([...up].sort((a, b) => a - b));
      const name = nodes.getByRole('columnheader', { name: /Name/ });
      await name.getByRole('button').click();
      expect(await name.getAttribute('aria-sort')).toBe('ascending');
      expect(await links.getAttribute('aria-sort')).toBe('none');
      const names = (await column(nodes, 0)).map((n) => n.replace(/highlighted$/, ''));
      expect(names).toEqual(
        [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
      );
      // The relationships table sorts by type, from the keyboard too.
      const type = edges.getByRole('columnheader', { name: /Type/ });
      await type.getByRole('button').focus();
      await page.keyboard.press('Enter');
      expect(await type.getAttribute('aria-sort')).toBe('ascending');
      const types = await column(edges, 1);
      expect(types).toEqual(
        [...types].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
      );

      // Tab: one stop per table (plus the skip link), where it was hundreds before.
      const stops = await tabStops(page);
      console.log(
        `[table ${viewport.width}] ${rowCount} node rows; Tab stops inside the table view: ${stops.length}: ${stops.join(' | ')}`,
      );
      expect(stops.filter((s) => s.startsWith('Nodes on screen'))).toHaveLength(1);
      expect(stops.filter((s) => s.startsWith('Relationships on screen'))).toHaveLength(1);
      expect(stops.length).toBeLessThanOrEqual(3);

      // Arrow keys inside a table: down from the header to the first row's name, Enter selects it in the graph.
      await name.getByRole('button').focus();
      await page.keyboard.press('ArrowDown');
      const first = await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-id'));
      expect(first).toBeTruthy();
      await page.keyboard.press('ArrowDown');
      const second = await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-id'));
      expect(second).not.toBe(first);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await canvasState(page)).selected, WAIT).toBe(second);
      // The table's Tab stop is now that row: Shift+Tab out and Tab back in returns to it.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-id'))).toBe(second);

      // Citations: document and locator in the cell, the quote in its title and on demand.
      const enisa = nodes.locator('tbody tr[data-id="enisa"]');
      const cites = enisa.locator('td').last();
      await expect.poll(() => cites.locator('li').count(), WAIT).toBeGreaterThan(0);
      expect(await cites.locator('li').first().textContent()).toMatch(/(strategy \d{4}|[A-Z]).*, \S+/);
      expect((await cites.locator('li').first().getAttribute('title'))?.length).toBeGreaterThan(20);
      const edgeCites = edges.locator('tbody tr').first().locator('td').last();
      await expect.poll(() => edgeCites.locator('li').count(), WAIT).toBeGreaterThan(0);
      await cites.getByRole('button', { name: /^Show/ }).click();
      expect(await cites.getByRole('button', { name: /^Hide/ }).getAttribute('aria-expanded')).toBe('true');
      expect((await cites.locator('q').first().textContent())?.length).toBeGreaterThan(20);
      await page.screenshot({ path: join(SCREENSHOTS, `18-table-sorted-${viewport.width}.png`) });
      await page.close();
    });
  }
});
