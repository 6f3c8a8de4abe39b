/**
 * Issue 18: axe-core (a reference suite nobody on the team wrote) on the explorer in Chromium, WCAG A/AA and
 * the best-practice rules included, in five states: the first view, the table, an eligibility answer, a
 * whyNot and the open Export menu. Every violation is listed with its nodes.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasState, chromiumAvailable } from '../helpers/browser.js';
import { useExplorerSession } from '../helpers/explorer-session.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const WAIT = { timeout: 15_000 };

/** The violations axe finds on the page as it is, one line per rule and node. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(async (tags) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const axe = (window as any).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map(
      (v: { id: string; nodes: Array<{ target: string[] }> }) =>
        `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }, TAGS);
  return results as string[];
}

describe.runIf(chromiumAvailable())('accessibility (axe-core, best practices included)', () => {
  const session = useExplorerSession();

  it('should find no violation on the first view, the table, an eligibility answer, a whyNot and the open menu', async () => {
    // bypassCSP: only so that axe itself can be injected (the app's CSP allows scripts from 'self' only).
    const page = await session.newPage('/', { viewport: { width: 1440, height: 900 }, bypassCSP: true });
    const found: Record<string, string[]> = {};
    found['first view'] = await violations(page);

    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.getByRole('table', { name: 'Relationships on screen' }).waitFor();
    found['table'] = await violations(page);
    await page.getByRole('button', { name: 'Graph', exact: true }).click();

    await page.getByRole('tab', { name: /Eligibility explorer/ }).click();
    await page.getByLabel('Strategic objective').selectOption('SO4_4');
    await page.getByRole('radio', { name: 'Outreach' }).check();
    await page.getByRole('button', { name: 'Show eligible partners' }).click();
    await expect.poll(async () => (await canvasState(page)).highlighted.length, WAIT).toBeGreaterThan(2);
    await page.getByRole('list', { name: 'Eligible partners' }).waitFor();
    found['eligibility answer'] = await violations(page);

    // Issue 19: whyNot has its own view in the eligibility panel.
    await page.getByRole('button', { name: 'Why (not)?', exact: true }).click();
    await page.getByLabel('Actor', { exact: true }).last().selectOption('united-states');
    await page.getByRole('button', { name: 'Explain' }).click();
    await page.getByRole('list', { name: 'Rules checked' }).waitFor();
    found['whyNot'] = await violations(page);

    await page.locator('details.export > summary').click();
    await page.locator('details.export').getByRole('group', { name: 'Export' }).waitFor();
    found['open menu'] = await violations(page);
    await page.close();

    console.log(`[axe] ${JSON.stringify(found, null, 1)}`);
    expect(found).toEqual({
      'first view': [],
      table: [],
      'eligibility answer': [],
      whyNot: [],
      'open menu': [],
    });
  });
});
