/**
 * Issue 6, "From the UI": the Export menu in a real Chromium against the real API and Neo4j. The view as
 * PNG (at the chosen scale) and SVG, the elements as JSON, the table and the partners as CSV, and the links
 * to the server's one-page briefing for the eligibility question on screen. Downloads are read back and
 * checked; the open menu and an exported PNG are left in test/e2e/screenshots/ for people to look at.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../helpers/app.js';
import { canvasState, chromiumAvailable, tabTo } from '../helpers/browser.js';
import { parseCsv } from '../helpers/csv.js';
import { SCREENSHOTS, useExplorerSession } from '../helpers/explorer-session.js';

const WAIT = { timeout: 15_000 };
const BOM = '\uFEFF';

interface Downloaded {
  name: string;
  body: Buffer;
}

/** Runs `click` and returns the file the page downloads because of it. */
async function download(page: Page, click: () => Promise<void>): Promise<Downloaded> {
  const [file] = await Promise.all([page.waitForEvent('download', WAIT), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), body: readFileSync(path) };
}

const menu = (page: Page) => page.locator('details.export');

async function openMenu(page: Page): Promise<void> {
  if (
    !(await menu(page)
      .getAttribute('open')
      .then((v) => v !== null))
  )
    await menu(page).locator('summary').click();
  await menu(page).getByRole('group', { name: 'Export' }).waitFor();
}

/** Width and height from a PNG's IHDR chunk. */
function pngDimensions(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.runIf(chromiumAvailable())('exports from the explorer', () => {
  const session = useExplorerSession(
    '{ network(limit: 2000) { nodes { id } } actor(id: "enisa") { relationships { edges { node { id } } } } }',
  );
  let dataVersion: string;

  beforeAll(async () => {
    const { data } = await gql<{ dataVersion: string }>(session.app, '{ dataVersion }');
    dataVersion = data!.dataVersion;
  });

  const newPage = (path = '/'): Promise<Page> => session.newPage(path, { acceptDownloads: true });

  it('should open and close the Export menu by keyboard', async () => {
    const page = await newPage('/?focus=enisa');
    expect(await tabTo(page, 'details.export > summary')).toBe(true);
    await page.keyboard.press('Enter');
    await menu(page).getByRole('group', { name: 'Export' }).waitFor();
    expect(await tabTo(page, 'select', 5)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent)).toMatch(/PNG resolution/);
    await page.keyboard.press('Escape');
    expect(await menu(page).getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.matches('details.export > summary'))).toBe(true);
    await page.close();
  });

  it('should download the view: PNG at twice the CSS size of what is drawn, and SVG with the node labels', async () => {
    const page = await newPage('/?focus=enisa');
    await expect.poll(async () => (await canvasState(page)).focus, WAIT).toBe('enisa');
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    await openMenu(page);
    const resolution = menu(page).getByLabel('PNG resolution');
    await resolution.selectOption('2');
    // The size offered is the picture's: the bounds of what is drawn (export-bounds.e2e.test.ts checks them).
    const offered = /picture (\d+) × (\d+) px/.exec((await resolution.locator('option:checked').textContent()) ?? '');
    expect(offered).not.toBeNull();
    const [offeredWidth, offeredHeight] = [Number(offered![1]), Number(offered![2])];
    const png = await download(page, () => menu(page).getByRole('button', { name: 'PNG', exact: true }).click());
    expect(png.name).toMatch(/^explorer-view-\d{4}-\d{2}-\d{2}\.png$/);
    const { width, height } = pngDimensions(png.body);
    // As wide as the picture (or the slide's least width, 480 CSS px), and taller: the title above the
    // picture and the legend below it (export-slide.e2e.test.ts).
    expect(Math.abs(width - Math.max(offeredWidth, 2 * 480))).toBeLessThanOrEqual(1);
    expect(height).toBeGreaterThan(offeredHeight + 100);
    // Not larger than needed: the view's own window is not the frame.
    expect(offeredWidth).toBeLessThanOrEqual(Math.ceil(2 * box.width * 2));
    expect(png.body.toString('utf8')).toContain(`Data version: ${dataVersion}`);
    // The export next to the canvas as the browser shows it, for people to compare.
    writeFileSync(join(SCREENSHOTS, 'export-view-2x.png'), png.body);
    await page.getByTestId('graph-canvas').screenshot({ path: join(SCREENSHOTS, 'export-view-screen.png') });
    expect(await menu(page).getAttribute('open')).toBeNull();

    await openMenu(page);
    const svg = await download(page, () => menu(page).getByRole('button', { name: 'SVG (vector)' }).click());
    expect(svg.name).toMatch(/^explorer-view-\d{4}-\d{2}-\d{2}\.svg$/);
    writeFileSync(join(SCREENSHOTS, 'export-view.svg'), svg.body);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        desc: doc.querySelector('desc')?.textContent ?? '',
        fills: [...doc.querySelectorAll('path[fill]')].map((p) => p.getAttribute('fill')),
      };
    }, svg.body.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.texts).toContain('ENISA');
    // Round polygons survive canvas2svg (EU Member States is a round pentagon in ENISA's neighbourhood; its
    // label may be left off by the label placement, so its colour is what is looked for).
    expect(parsed.fills).toContain('rgb(19,141,117)');
    // The slide's title and legend are text in the SVG too.
    expect(parsed.texts).toEqual(expect.arrayContaining(['ENISA and its neighbourhood', 'Legend', 'EU agency']));
    expect(parsed.desc).toContain(`Data version: ${dataVersion}`);
    await page.close();
  });

  it('should download the elements on screen as JSON and the table rows as CSV', async () => {
    const page = await newPage('/?focus=enisa');
    await expect.poll(async () => (await canvasState(page)).focus, WAIT).toBe('enisa');
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const nodeTable = page.getByRole('table', { name: 'Nodes on screen' });
    const edgeTable = page.getByRole('table', { name: 'Relationships on screen' });
    const idsOf = (table: typeof nodeTable) =>
      table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''));
    const onScreen = await idsOf(nodeTable);
    expect(onScreen.length).toBe((await canvasState(page)).nodeCount);

    await openMenu(page);
    const json = await download(page, () => menu(page).getByRole('button', { name: 'Elements (JSON)' }).click());
    expect(json.name).toMatch(/^explorer-elements-.*\.json$/);
    const wrapped = JSON.parse(json.body.toString('utf8')) as {
      exportedAt: string;
      dataVersion: string;
      link: string;
      elements: { nodes: Array<{ data: { id: string } }>; edges: Array<{ data: { id: string } }> };
    };
    expect(wrapped.dataVersion).toBe(dataVersion);
    expect(Date.parse(wrapped.exportedAt)).not.toBeNaN();
    expect(wrapped.link).toContain('focus=enisa');
    expect(wrapped.elements.nodes.map((n) => n.data.id).sort()).toEqual([...onScreen].sort());
    expect(wrapped.elements.edges.map((e) => e.data.id).sort()).toEqual([...(await idsOf(edgeTable))].sort());

    // The CSV holds the table's rows as filtered, in the order the table is sorted (Links, fewest first).
    await page.getByLabel('Filter rows').fill('agency');
    await expect.poll(() => nodeTable.locator('tbody tr').count(), WAIT).toBeLessThan(onScreen.length);
    const unsorted = await idsOf(nodeTable);
    const links = nodeTable.getByRole('columnheader', { name: /Links/ });
    await links.getByRole('button').click();
    await links.getByRole('button').click();
    expect(await links.getAttribute('aria-sort')).toBe('ascending');
    const filtered = await idsOf(nodeTable);
    // Sorting changed the order here, so a CSV in the rows' own order fails the check below.
    expect(filtered).not.toEqual(unsorted);
    await openMenu(page);
    const nodes = await download(page, () => menu(page).getByRole('button', { name: 'Nodes table (CSV)' }).click());
    const text = nodes.body.toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/);
    const records = parseCsv(text.slice(1));
    expect(records[0]).toEqual(['Name', 'Kind', 'Links', 'Citations', 'Highlighted', 'Id']);
    expect(records.slice(1).map((r) => r.at(-1))).toEqual(filtered);
    expect(records.find((r) => r.at(-1) === 'enisa')?.[3]).toMatch(/^\d+$/);

    await page.getByLabel('Filter rows').fill('');
    await openMenu(page);
    const edges = await download(page, () =>
      menu(page).getByRole('button', { name: 'Relationships table (CSV)' }).click(),
    );
    const edgeRecords = parseCsv(edges.body.toString('utf8').slice(1));
    expect(edgeRecords[0]!.slice(0, 4)).toEqual(['From', 'Type', 'To', 'Citations']);
    expect(edgeRecords.length - 1).toBe(await edgeTable.locator('tbody tr').count());
    await page.close();
  });

  it('should offer the partners CSV and the briefing of the eligibility question on screen', async () => {
    const page = await newPage();
    await openMenu(page);
    expect(
      await menu(page)
        .getByRole('link', { name: /Briefing/ })
        .count(),
    ).toBe(0);
    await menu(page).locator('summary').click();

    await page.getByRole('tab', { name: /Eligibility explorer/ }).click();
    await page.getByLabel('Strategic objective').selectOption('SO4_4');
    await page.getByRole('radio', { name: 'Outreach' }).check();
    await page.getByRole('button', { name: 'Show eligible partners' }).click();
    // Since issue 21 Japan qualifies through its recorded agreement: the what-if is about the United States.
    await page.getByLabel('Actor', { exact: true }).first().selectOption('united-states');
    await page.getByLabel('Assume it').selectOption('SPECIFIC_EU_AGREEMENT');
    await page.getByRole('button', { name: 'Add assumption' }).click();
    await expect.poll(async () => (await canvasState(page)).highlighted, WAIT).toContain('united-states');
    const partners = page.getByRole('list', { name: 'Eligible partners' }).locator('li.partner');
    const partnerCount = await partners.count();

    await openMenu(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'export-menu.png') });
    const hrefs: Record<string, string> = {};
    for (const [label, format] of [
      ['Briefing (HTML)', 'html'],
      ['Briefing (PDF)', 'pdf'],
      ['Briefing diagram (SVG)', 'svg'],
    ] as const) {
      const href = (await menu(page).getByRole('link', { name: label }).getAttribute('href'))!;
      const url = new URL(href, session.base);
      expect(url.pathname).toBe('/briefing');
      expect(url.searchParams.get('objective')).toBe('SO4.4');
      expect(url.searchParams.get('approach')).toBe('outreach');
      expect(url.searchParams.getAll('assume')).toEqual(['specific-eu-agreement:united-states']);
      expect(url.searchParams.get('format')).toBe(format);
      hrefs[format] = href;
    }

    const csv = await download(page, () => menu(page).getByRole('button', { name: 'Partners (CSV)' }).click());
    expect(csv.name).toMatch(/^explorer-partners-so4.4-outreach-.*\.csv$/);
    const records = parseCsv(csv.body.toString('utf8').slice(1));
    expect(records[0]).toEqual(['Partner', 'Kind', 'Assumed', 'Reasons', 'Conditions', 'Quotes', 'Id']);
    expect(records.length - 1).toBe(partnerCount);
    const us = records.find((r) => r.at(-1) === 'united-states')!;
    expect(us[2]).toBe('yes');
    expect(us[5]).toMatch(/“.+”/);

    // The endpoint is the server's: check the links fetch what they name, once it answers.
    const probe = await page.request.get(`${session.base}${hrefs.html}`);
    if (probe.status() === 404) {
      console.warn(
        `\n!! GET /briefing answers 404: the briefing endpoint is not there yet; only its links were checked.\n`,
      );
    } else {
      const types = { html: 'text/html', pdf: 'application/pdf', svg: 'image/svg+xml' };
      for (const [format, href] of Object.entries(hrefs)) {
        const response = await page.request.get(`${session.base}${href}`);
        expect(response.status(), `${href}`).toBe(200);
        expect(response.headers()['content-type']).toContain(types[format as keyof typeof types]);
      }
      await openMenu(page);
      const html = await download(page, () => menu(page).getByRole('link', { name: 'Briefing (HTML)' }).click());
      expect(html.name).toMatch(/\.html$/);
      expect(html.body.toString('utf8')).toMatch(/United States/);
    }
    await page.close();
  });
});
