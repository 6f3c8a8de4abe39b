/**
 * Issue 14, a briefing looks the same on every machine. Checked from outside our own code:
 * - the widths api/src/briefing/shipped-font.ts computes from the font files equal what Chromium measures
 *   when it draws the same text in the embedded font (Latin with diacritics, Greek, Cyrillic);
 * - in the SO4.4 outreach briefing as Chromium draws it, every label lies inside its node's shape, and every
 *   text is set in the shipped font (document.fonts);
 * - the PDF (pdffonts, pdfinfo): one page, and no font but the shipped one, embedded.
 * CI runs this with a fontconfig that sees DejaVu only (.ci/fonts.conf).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontFaceCss, textWidth } from '../../../api/src/briefing/shipped-font.js';
import { buildTestApp } from '../../helpers/app.js';
import { chromiumAvailable, launchChromium } from '../../helpers/browser.js';
import { askAround } from '../../helpers/eligibility.js';
import { pdfToolsAvailable } from '../../helpers/pdf-text.js';

const run = promisify(execFile);
const SAMPLES = [
  'EU Member States',
  'International partners whose agreement with the Union',
  'Türkiye, Česko, Łódź, Ελλάδα, Україна, Беларусь',
  'WAVE: 4.4 / bullet 5 [12]; principle 3 (assumed)',
];

let app: FastifyInstance;
let browser: Browser;
let dir: string;
beforeAll(async () => {
  app = await buildTestApp();
  dir = mkdtempSync(join(tmpdir(), 'briefing-font-test-'));
  if (chromiumAvailable()) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.runIf(chromiumAvailable())('the shipped font, measured by Chromium', () => {
  it('should give the widths Chromium draws the text with', async () => {
    const page = await browser.newPage();
    const texts = SAMPLES.map(
      (text, i) =>
        `<text id="t${i}" x="0" y="${20 + i * 20}" font-size="14" font-weight="${i % 2 ? 700 : 400}">${text}</text>`,
    );
    await page.setContent(
      `<style>${fontFaceCss(SAMPLES.join(''))} text { font-family: "Noto Sans"; font-kerning: none; text-rendering: geometricPrecision; }</style>` +
        `<svg width="2000" height="200" viewBox="0 0 1000 100">${texts.join('')}</svg>`,
    );
    await page.evaluate(() => document.fonts.ready);
    for (const [i, text] of SAMPLES.entries()) {
      const drawn = await page.evaluate(
        (id) => (document.getElementById(id) as unknown as SVGTextElement).getComputedTextLength(),
        `t${i}`,
      );
      const computed = textWidth(text, 14, { weight: i % 2 ? 700 : 400, style: 'normal' });
      // Chromium positions glyphs on a grid of 1/64 px: within a tenth of a point over a whole line.
      expect(Math.abs(drawn - computed), text).toBeLessThan(0.1);
    }
    await page.close();
  });

  it('should draw every label of the SO4.4 briefing inside its node, in the shipped font', async () => {
    // The answer the HTML was made from, at the same data version (curation tests in other files add partners).
    const { answer, result } = await askAround(app, 'SO4_4', 'OUTREACH', () =>
      app.inject({ url: '/briefing?objective=SO4.4&approach=outreach&format=html' }),
    );
    const html = result.body;
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    await page.setContent(html);
    await page.evaluate(() => document.fonts.ready);
    const nodes = await page.evaluate(() =>
      [...document.querySelectorAll('figure.diagram > svg g.node')].map((g) => {
        const shape = g.querySelector('polygon, ellipse, path') as SVGGraphicsElement;
        const texts = [...g.querySelectorAll('text')] as SVGTextElement[];
        const box = shape.getBBox();
        return {
          id: g.id,
          shape: { left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height },
          lines: texts.map((t) => {
            const b = t.getBBox();
            const font = `${getComputedStyle(t).fontWeight} ${getComputedStyle(t).fontSize} "Noto Sans"`;
            return {
              text: t.textContent ?? '',
              left: b.x,
              right: b.x + b.width,
              top: b.y,
              bottom: b.y + b.height,
              family: getComputedStyle(t).fontFamily,
              loaded: document.fonts.check(font, t.textContent ?? ''),
            };
          }),
        };
      }),
    );
    expect(nodes.length).toBeGreaterThanOrEqual(answer.partners.length + 2);
    for (const node of nodes) {
      expect(node.lines.length, node.id).toBeGreaterThan(0);
      for (const line of node.lines) {
        expect(line.family, line.text).toMatch(/^"Noto Sans"/);
        expect(line.loaded, line.text).toBe(true);
        expect(line.left, `${node.id}: ${line.text}`).toBeGreaterThanOrEqual(node.shape.left);
        expect(line.right, `${node.id}: ${line.text}`).toBeLessThanOrEqual(node.shape.right);
        expect(line.top, `${node.id}: ${line.text}`).toBeGreaterThanOrEqual(node.shape.top);
        expect(line.bottom, `${node.id}: ${line.text}`).toBeLessThanOrEqual(node.shape.bottom);
      }
    }
    await page.close();
  });
});

describe.runIf(chromiumAvailable() && pdfToolsAvailable())('the SO4.4 outreach PDF', () => {
  it('should be one page, with only the shipped font, embedded', async () => {
    // The answer the PDF was made from, at the same data version (curation tests in other files add partners).
    const { answer, result: response } = await askAround(app, 'SO4_4', 'OUTREACH', () =>
      app.inject({ url: '/briefing?objective=SO4.4&approach=outreach&format=pdf' }),
    );
    const file = join(dir, 'so4-4.pdf');
    writeFileSync(file, response.rawPayload);
    const fonts = (await run('pdffonts', [file])).stdout.trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      // name, type…, then "emb sub uni" as yes/no.
      expect(line).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Italic|SemiBold|Bold)\s.*\byes\s+yes\s+yes\s/);
    }
    // The seed's answer fits one page; one that other tests have made longer may take a second.
    const pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [file])).stdout)?.[1]);
    expect(pages).toBeLessThanOrEqual(answer.partners.length <= 4 ? 1 : 2);
  });
});
