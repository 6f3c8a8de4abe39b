/**
 * Issue 18, "Slide-ready view exports": the PNG and SVG of an eligibility answer take the bounds of what is
 * drawn (not of the window), cut no node and no label, and leave out the faded context unless asked for.
 *
 * Measured from the files, not from the app: the SVG is put in the page and the browser's own layout gives
 * the box of every shape and text it draws (each must lie inside the picture's frame, with room to spare but
 * not a window's worth); every label Cytoscape draws on screen for the answer must be a text of the SVG; the
 * faded context (drawn at opacity 0.18 on screen) must have no element in the SVG, and must have some when
 * "Include the faded context" is ticked (so the check can fail). The PNG is decoded in the page and the extent
 * of its non-white pixels inside the picture's band (between the slide's two rules) must keep a margin on every
 * side.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasState, chromiumAvailable } from '../helpers/browser.js';
import { probe } from '../helpers/cy-probe.js';
import { SCREENSHOTS, useExplorerSession } from '../helpers/explorer-session.js';

const WAIT = { timeout: 20_000 };
const SCALE = 2;

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download', WAIT), click()]);
  return readFileSync(await file.path());
}

const menu = (page: Page) => page.locator('details.export');

async function openMenu(page: Page): Promise<void> {
  if ((await menu(page).getAttribute('open')) === null) await menu(page).locator('summary').click();
  await menu(page).getByRole('group', { name: 'Export' }).waitFor();
}

interface SvgMeasure {
  frame: { width: number; height: number };
  /** Shapes and texts of the picture whose box leaves the frame. */
  outside: string[];
  /** Smallest gap between any drawn box and the frame's edges: left, top, right, bottom. */
  margins: [number, number, number, number];
  texts: string[];
  /** Elements drawn at an opacity under 0.3 (the faded context). */
  faint: number;
  shapes: number;
}

/** Puts the SVG in the page and measures it with the browser's layout. */
const measureSvg = (page: Page, svg: string): Promise<SvgMeasure> =>
  page.evaluate((text) => {
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:0;top:0;z-index:-1';
    host.innerHTML = text.replace(/^\s*<\?xml[^>]*>\s*/, '');
    document.body.append(host);
    const root = host.querySelector('svg')!;
    // The picture: the nested <svg> the slide puts between its header and its legend.
    const inner = root.querySelector(':scope > svg') as SVGSVGElement;
    const frame = inner.getBoundingClientRect();
    const outside: string[] = [];
    let [l, t, r, b] = [Infinity, Infinity, Infinity, Infinity];
    let faint = 0;
    let shapes = 0;
    const drawn = [...inner.querySelectorAll('path, text, rect, ellipse, circle, polygon, line, image')].slice(1);
    for (const el of drawn) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      shapes += 1;
      const opacity = ['fill-opacity', 'stroke-opacity', 'opacity']
        .map((a) => el.getAttribute(a))
        .filter((v): v is string => v !== null)
        .map(Number);
      if (opacity.some((o) => o > 0 && o < 0.3)) faint += 1;
      l = Math.min(l, box.left - frame.left);
      t = Math.min(t, box.top - frame.top);
      r = Math.min(r, frame.right - box.right);
      b = Math.min(b, frame.bottom - box.bottom);
      if (
        box.left < frame.left - 0.5 ||
        box.right > frame.right + 0.5 ||
        box.top < frame.top - 0.5 ||
        box.bottom > frame.bottom + 0.5
      )
        outside.push(
          `${el.nodeName} ${el.textContent ?? ''} at ${Math.round(box.left - frame.left)},${Math.round(box.top - frame.top)}`,
        );
    }
    const texts = [...inner.querySelectorAll('text')].map((x) => x.textContent ?? '');
    host.remove();
    return {
      frame: { width: frame.width, height: frame.height },
      outside,
      margins: [l, t, r, b],
      texts,
      faint,
      shapes,
    };
  }, svg);

/** The box of the PNG's non-white pixels between the slide's two grey rules, and the picture's band. */
const measurePng = (page: Page, png: Buffer) =>
  page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const at = (x: number, y: number) => data.slice((y * width + x) * 4, (y * width + x) * 4 + 3);
    // The rules: full-width rows of #d0d5da.
    const rules: number[] = [];
    for (let y = 0; y < height; y++) {
      let all = true;
      for (let x = 0; x < width && all; x += 7) {
        const [r, g, b] = at(x, y);
        all = Math.abs(r! - 0xd0) < 6 && Math.abs(g! - 0xd5) < 6 && Math.abs(b! - 0xda) < 6;
      }
      if (all) rules.push(y);
    }
    const top = rules[0]! + 3;
    const bottom = rules[rules.length - 1]! - 3;
    let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let y = top; y <= bottom; y++)
      for (let x = 0; x < width; x++) {
        const [r, g, b] = at(x, y);
        if (r! < 245 || g! < 245 || b! < 245) {
          x1 = Math.min(x1, x);
          x2 = Math.max(x2, x);
          y1 = Math.min(y1, y);
          y2 = Math.max(y2, y);
        }
      }
    return { width, height, band: { top, bottom }, ink: { x1, y1, x2, y2 } };
  }, png.toString('base64'));

describe.runIf(chromiumAvailable())('view exports: bounds of what is drawn, without the faded context', () => {
  const session = useExplorerSession();

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    it(`should export an eligibility answer at ${viewport.width}×${viewport.height} with no node or label cut and no faded context`, async () => {
      const page = await session.newPage('/', { viewport, acceptDownloads: true });
      // Below 1280 px the side panels start as a collapsed rail: open them as an analyst would.
      const panels = page.getByRole('button', { name: 'Panels' });
      if ((await panels.getAttribute('aria-expanded')) === 'false') await panels.click();
      await page.getByRole('tab', { name: /Eligibility explorer/ }).click();
      await page.getByLabel('Strategic objective').selectOption('SO4_4');
      await page.getByRole('radio', { name: 'Outreach' }).check();
      await page.getByRole('button', { name: 'Show eligible partners' }).click();
      await expect.poll(async () => (await canvasState(page)).highlighted.length, WAIT).toBeGreaterThan(2);
      // What Cytoscape draws on screen: the answer's labels, and how much faded context surrounds it.
      const seen = await probe(page);
      const faded = await page.evaluate(() => {
        const el = document.querySelector('[data-testid="graph-canvas"]') as unknown as { _cyreg: { cy: unknown } };
        type Node = { id(): string; effectiveOpacity(): number };
        const cy = el._cyreg.cy as { nodes(s: string): { filter(f: (n: Node) => boolean): Node[] } };
        return cy
          .nodes(':visible')
          .filter((n) => n.effectiveOpacity() < 0.3)
          .map((n) => n.id());
      });
      expect(faded.length).toBeGreaterThan(10);
      const labelled = seen.nodes.filter((n) => n.label && !faded.includes(n.id)).map((n) => n.name);
      expect(labelled.length).toBeGreaterThan(2);

      await openMenu(page);
      const svg = (
        await download(page, () => menu(page).getByRole('button', { name: 'SVG (vector)' }).click())
      ).toString('utf8');
      writeFileSync(join(SCREENSHOTS, `18-export-answer-${viewport.width}.svg`), svg);
      const omitted = await measureSvg(page, svg);
      console.log(
        `[export ${viewport.width}] SVG picture ${Math.round(omitted.frame.width)}×${Math.round(omitted.frame.height)}, margins ${omitted.margins.map(Math.round).join('/')}, ${omitted.shapes} shapes, ${omitted.faint} faint`,
      );
      expect(omitted.outside).toEqual([]);
      // Room on every side, and not a window's worth of it: the picture takes the bounds of what is drawn.
      for (const m of omitted.margins) expect(m).toBeGreaterThanOrEqual(2);
      expect(Math.min(...omitted.margins)).toBeLessThanOrEqual(40);
      expect(omitted.faint).toBe(0);
      expect(omitted.texts).toEqual(expect.arrayContaining(labelled));

      // With the context asked for, it is there, light: the faint count can fail.
      await openMenu(page);
      await menu(page).getByLabel('Include the faded context').check();
      const withContext = await measureSvg(
        page,
        (await download(page, () => menu(page).getByRole('button', { name: 'SVG (vector)' }).click())).toString('utf8'),
      );
      expect(withContext.faint).toBeGreaterThan(10);
      expect(withContext.outside).toEqual([]);
      await openMenu(page);
      await menu(page).getByLabel('Include the faded context').uncheck();

      await menu(page).getByLabel('PNG resolution').selectOption(String(SCALE));
      const png = await download(page, () => menu(page).getByRole('button', { name: 'PNG', exact: true }).click());
      writeFileSync(join(SCREENSHOTS, `18-export-answer-${viewport.width}.png`), png);
      const { width, band, ink } = await measurePng(page, png);
      console.log(
        `[export ${viewport.width}] PNG ${width} wide, picture rows ${band.top}–${band.bottom}, ink ${ink.x1},${ink.y1}–${ink.x2},${ink.y2}`,
      );
      // Nothing touches the picture's edges (a cut node or label would), and the ink fills the band.
      expect(ink.x1).toBeGreaterThanOrEqual(2 * SCALE);
      expect(ink.x2).toBeLessThanOrEqual(width - 1 - 2 * SCALE);
      expect(ink.y1 - band.top).toBeGreaterThanOrEqual(2 * SCALE);
      expect(band.bottom - ink.y2).toBeGreaterThanOrEqual(2 * SCALE);
      expect(Math.min(ink.y1 - band.top, band.bottom - ink.y2)).toBeLessThanOrEqual(40 * SCALE);
      await page.close();
    });
  }
});
