/**
 * Issue 19, "Analysis the mapping tools have": network measures, rule-based styling and named views, in a real
 * Chromium. Every value checked is read from the Cytoscape instance (sizes, colours, positions, zoom) or
 * computed by the test with Cytoscape's own algorithms on that instance, never from a flag the app sets.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MUTED, slideFont } from '../../ui/src/lib/graph/slide.js';
import { findTexts } from '../helpers/find-text.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../helpers/browser.js';
import { probe } from '../helpers/cy-probe.js';
import { SCREENSHOTS, serverLayoutsReady, useExplorerSession } from '../helpers/explorer-session.js';
import { gql } from '../helpers/app.js';
import { axeViolations } from '../helpers/axe.js';

interface Drawn {
  id: string;
  name: string;
  /** The node's width as Cytoscape styles it (graph units). */
  width: number;
  background: string;
  /** Normalised betweenness, undirected, computed here by Cytoscape on the canvas' own elements. */
  betweenness: number;
}

async function drawn(page: Page): Promise<Drawn[]> {
  return page.evaluate(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const cy = (document.querySelector('[data-testid="graph-canvas"]') as any)._cyreg.cy;
    const b = cy.elements().betweennessCentrality({ directed: false });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return cy.nodes().map((n: any) => ({
      id: n.id(),
      name: String(n.data('name')),
      width: n.width(),
      background: n.pstyle('background-color').strValue,
      betweenness: b.betweennessNormalized(n),
    }));
  });
}

/** `rgb(0, 158, 115)` → `#009e73`. */
const hex = (css: string): string =>
  `#${(css.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((v) => Number(v).toString(16).padStart(2, '0'))
    .join('')}`;

async function openAnalysis(page: Page): Promise<void> {
  // Narrow windows start with the panels collapsed to a rail: open them as an analyst would.
  const toggle = page.locator('button[aria-controls="side-panels"]');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await page.getByRole('tab', { name: 'Analysis' }).click();
  await page.getByRole('heading', { name: 'Analysis', level: 2 }).waitFor();
}

async function addRule(page: Page, rule: string): Promise<void> {
  await page.getByLabel('Rule', { exact: true }).fill(rule);
  await page.getByRole('button', { name: 'Add rule' }).click();
}

describe.runIf(chromiumAvailable())('analysis: measures, styling rules, named views', () => {
  const session = useExplorerSession();

  it('should size the nodes by betweenness in the order of the values Cytoscape computes, list the bridges, and keep the rule in the link', async () => {
    await serverLayoutsReady(session.app);
    const page = await session.newPage('/', { viewport: { width: 1440, height: 900 } });
    const before = await drawn(page);
    await openAnalysis(page);
    const bridges = page.getByRole('heading', { name: /Top bridges/ });
    await bridges.waitFor({ timeout: 30_000 });
    await addRule(page, 'Size by betweenness');
    await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(/[?&]style=size-by-betweenness/);
    await expect
      .poll(async () => new Set((await drawn(page)).map((n) => n.width.toFixed(2))).size, { timeout: 30_000 })
      .toBeGreaterThan(2);
    const after = await drawn(page);
    // The sizes changed, and follow the computed values: higher betweenness, larger node; equal, equal.
    expect(after.map((n) => n.width)).not.toEqual(before.map((n) => n.width));
    const wrong: string[] = [];
    for (const a of after)
      for (const b of after) {
        if (a.betweenness > b.betweenness + 1e-9 && !(a.width > b.width))
          wrong.push(
            `${a.name} (${a.betweenness.toFixed(4)}, ${a.width.toFixed(1)}) vs ${b.name} (${b.betweenness.toFixed(4)}, ${b.width.toFixed(1)})`,
          );
        if (Math.abs(a.betweenness - b.betweenness) < 1e-9 && Math.abs(a.width - b.width) > 0.01)
          wrong.push(`${a.name} and ${b.name}: same betweenness, widths ${a.width} and ${b.width}`);
      }
    expect(wrong.slice(0, 5)).toEqual([]);
    // The top bridge listed is the node Cytoscape ranks first.
    const top = [...after].sort((a, b) => b.betweenness - a.betweenness)[0]!;
    const listed = page.locator('ol').nth(1).getByRole('listitem').first();
    await expect.poll(() => listed.textContent()).toContain(top.name);
    // The legend follows the rule.
    await expect.poll(() => page.getByRole('list', { name: /Size by betweenness/ }).count()).toBe(1);
    // The selected node's details give its betweenness as computed here.
    await listed.getByRole('button').click();
    await page.getByRole('tab', { name: 'Details' }).click();
    const measures = page.getByRole('region', { name: 'Network measures in this view' });
    await expect.poll(() => measures.textContent(), { timeout: 20_000 }).toContain(top.betweenness.toFixed(3));
    await page.screenshot({ path: join(SCREENSHOTS, '19-size-by-betweenness-1440.png') });
    console.log(
      `[analysis] ${after.length} nodes; widths ${Math.min(...after.map((n) => n.width)).toFixed(1)}–${Math.max(...after.map((n) => n.width)).toFixed(1)}; top bridge ${top.name} ${top.betweenness.toFixed(3)}`,
    );
    await page.close();
  });

  it("should colour by document as the API lists each strategy's actors, with a legend that says so, and refuse a bad rule with a message", async () => {
    const page = await session.newPage('/', { viewport: { width: 1024, height: 768 }, acceptDownloads: true });
    await openAnalysis(page);
    const urlBefore = page.url();
    await addRule(page, 'colour by mood');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toMatch(/Colour can go by kind, document, pillar/);
    expect(page.url()).toBe(urlBefore);

    await addRule(page, 'colour by document');
    // At 1024 the panels lie over the graph and the legend starts collapsed: close one, open the other.
    await page.locator('button[aria-controls="side-panels"]').click();
    await page.locator('.legend button[aria-expanded="false"]').click();
    const legend = page.getByRole('list', { name: /Colour by the strategy that cites it/ });
    await legend.waitFor({ timeout: 20_000 });
    const both = await legend
      .getByRole('listitem')
      .filter({ hasText: 'Both strategies' })
      .locator('.swatch')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    // The API's own answer: which actors each strategy cites.
    const docs = await gql<{ documents: { edges: Array<{ node: { id: string; kind: string } }> } }>(
      session.app,
      '{ documents(first: 100) { edges { node { id kind } } } }',
    );
    const strategies = docs.data!.documents.edges.filter((e) => e.node.kind === 'STRATEGY').map((e) => e.node.id);
    expect(strategies.length).toBe(2);
    const cited: Set<string>[] = [];
    for (const id of strategies) {
      const ids = new Set<string>();
      let after: string | null = null;
      do {
        type ActorPage = {
          actors: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
        };
        const r: { data: ActorPage | null } = await gql<ActorPage>(
          session.app,
          'query($d: ID, $a: String) { actors(document: $d, first: 100, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
          { d: id, a: after },
        );
        for (const e of r.data!.actors.edges) ids.add(e.node.id);
        after = r.data!.actors.pageInfo.hasNextPage ? r.data!.actors.pageInfo.endCursor : null;
      } while (after);
      cited.push(ids);
    }
    const inBoth = (await drawn(page)).filter((n) => cited.every((s) => s.has(n.id)));
    const others = (await drawn(page)).filter((n) => !cited.every((s) => s.has(n.id)));
    expect(inBoth.length).toBeGreaterThan(3);
    const rgb = (css: string) => css.replace(/\s/g, '');
    expect(inBoth.filter((n) => rgb(n.background) !== rgb(both)).map((n) => n.name)).toEqual([]);
    expect(others.filter((n) => rgb(n.background) === rgb(both)).map((n) => n.name)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, '19-colour-by-document-1024.png') });

    // The exported slide's legend follows the rule too: found among the PNG's pixels by drawing the same text.
    const menu = page.locator('details.export');
    await menu.locator('summary').click();
    await menu.getByLabel('PNG resolution').selectOption('2');
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }),
      menu.getByRole('button', { name: 'PNG', exact: true }).click(),
    ]);
    const png = readFileSync(await file.path());
    writeFileSync(join(SCREENSHOTS, '19-export-colour-by-document-1024.png'), png);
    const [legendEntry] = await findTexts(page, png, [
      { text: 'Both strategies', font: slideFont('text', 2), color: MUTED, swatch: hex(both) },
    ]);
    expect(legendEntry!.at).not.toBeNull();
    expect(legendEntry!.swatchFound).toBe(true);
    await page.close();
  });

  it('should restore the positions and zoom a named view saved, after the view was changed', async () => {
    await serverLayoutsReady(session.app);
    const viewport = { width: 1440, height: 900 };
    // bypassCSP: only so that axe can be injected at the end.
    const context = await session.browser.newContext({ viewport, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${session.base}/`);
    await page.waitForSelector('[data-testid="graph-canvas"][data-laid-out="true"]', { timeout: 30_000 });
    // A view of its own: Japan dragged aside, one zoom step in.
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    const move = async (id: string, dx: number, dy: number) => {
      const at = (await probe(page)).nodes.find((n) => n.id === id)!;
      await page.mouse.move(box.x + at.x, box.y + at.y);
      await page.mouse.down();
      await page.mouse.move(box.x + at.x + dx, box.y + at.y + dy, { steps: 6 });
      await page.mouse.up();
    };
    await move('japan', -60, 45);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(/[?&]cam=/);
    await page.waitForTimeout(600);
    const saved = await probe(page);
    await openAnalysis(page);
    await page.getByLabel('Name', { exact: true }).fill('Japan aside');
    await page.getByRole('button', { name: 'Save view' }).click();
    const views = page.getByRole('list', { name: 'Saved views' });
    await expect.poll(() => views.textContent()).toContain('Japan aside');

    // Changed: zoomed out twice, Japan moved again.
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.waitForTimeout(300);
    await move('japan', 80, -60);
    await page.waitForTimeout(600);
    const changed = await probe(page);
    expect(Math.abs(changed.zoom / saved.zoom - 1)).toBeGreaterThan(0.1);

    await Promise.all([
      page.waitForURL(/[?&]cam=/, { waitUntil: 'load' }),
      page.getByRole('button', { name: 'Restore the view Japan aside' }).click(),
    ]);
    await page.waitForSelector('[data-testid="graph-canvas"][data-laid-out="true"]', { timeout: 30_000 });
    await page.waitForTimeout(600);
    const restored = await probe(page);
    const at = new Map(restored.nodes.map((n) => [n.id, n]));
    const errors = saved.nodes.map((n) => {
      const m = at.get(n.id);
      return { name: n.name, px: m ? Math.hypot(m.x - n.x, m.y - n.y) : Infinity };
    });
    const worst = errors.reduce((a, b) => (b.px > a.px ? b : a));
    console.log(
      `[named view] ${restored.nodes.length} nodes; largest position error ${worst.px.toFixed(2)} px (${worst.name}); zoom ${saved.zoom.toFixed(4)} → ${restored.zoom.toFixed(4)} (changed to ${changed.zoom.toFixed(4)})`,
    );
    expect(restored.nodes.length).toBe(saved.nodes.length);
    expect(errors.filter((e) => e.px > 5)).toEqual([]);
    expect(Math.abs(restored.zoom / saved.zoom - 1)).toBeLessThan(0.001);
    // Kept in the browser: the list still holds it after the reload.
    await openAnalysis(page);
    await expect.poll(() => page.getByRole('list', { name: 'Saved views' }).textContent()).toContain('Japan aside');
    await addRule(page, 'colour by pillar');
    await page.getByRole('list', { name: /Colour by pillar/ }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(SCREENSHOTS, '19-named-view-restored-1440.png') });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
