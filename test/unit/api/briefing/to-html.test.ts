import { describe, expect, it } from 'vitest';
import { legendEntries, toLegendDot } from '../../../../api/src/briefing/legend-dot.js';
import { inlineSvg, renderSvg, stackSvg } from '../../../../api/src/briefing/render-svg.js';
import { toDot } from '../../../../api/src/briefing/to-dot.js';
import { escapeHtml, toBriefingHtml, toSlideHtml } from '../../../../api/src/briefing/to-html.js';
import { fixtureModel, HOSTILE } from './fixture.js';
import { parseHtml, parseXml } from './xml.js';

async function page() {
  const model = fixtureModel();
  const svg = {
    diagram: inlineSvg(await renderSvg(toDot(model))),
    legend: inlineSvg(await renderSvg(toLegendDot(legendEntries(model)))),
    legendWidth: 0.8,
  };
  return { model, html: toBriefingHtml(model, svg), slide: toSlideHtml(model, svg, 1600, 1000) };
}

describe('briefing - HTML', () => {
  it('should name no URL: no http://, https:// or // in any src or href, no script, no xmlns', async () => {
    const { html, slide } = await page();
    for (const doc of [html, slide]) {
      expect(doc).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
      expect(doc).not.toMatch(/https?:\/\//);
      expect(doc).not.toMatch(/<script|<link|<img|@import|url\(/i);
      const refs = [...parseHtml(doc).querySelectorAll('[src], [href]')];
      expect(refs).toEqual([]);
    }
  });

  it('should contain every quote, escaped, and the data version and date', async () => {
    const { model, html } = await page();
    for (const c of model.citations) expect(html).toContain(escapeHtml(c.quote));
    expect(html).toContain('&#39;outreach&#39; &amp; &quot;more&quot; &lt;here&gt;');
    expect(html).toContain('seed-0123456789abcdef');
    expect(html).toContain('2025-01-31');
    const text = parseHtml(html).body.textContent ?? '';
    for (const c of model.citations) expect(text).toContain(c.quote);
  });

  it('should escape a hostile name everywhere, in the table and in the diagram', async () => {
    const { html } = await page();
    const doc = parseHtml(html);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('table')!.textContent).toContain(HOSTILE);
  });

  it('should mark assumptions as such, and group partners with the same reasons in one row', async () => {
    const { html } = await page();
    const doc = parseHtml(html);
    expect(doc.querySelector('.assumptions')!.textContent).toContain('Assumptions (what-if, not in the data)');
    expect(doc.querySelector('.assumed-row')!.textContent).toContain('Japan (assumed)');
    const rows = [...doc.querySelectorAll('table.partners tbody tr')].map((r) => r.textContent ?? '');
    expect(rows.filter((r) => r.includes('Iceland'))).toHaveLength(1);
    expect(rows.find((r) => r.includes('Iceland'))).toMatch(/European Economic Area\s*and its members Iceland, Norway/);
  });

  it('should stack the diagram and its legend into one standalone SVG document', async () => {
    const model = fixtureModel();
    const [diagram, legend] = [await renderSvg(toDot(model)), await renderSvg(toLegendDot(legendEntries(model)))];
    const svg = stackSvg(diagram, legend);
    const doc = parseXml(svg);
    expect(doc.getElementById('node-japan')).not.toBeNull();
    expect(doc.getElementById('legend-third-country')).not.toBeNull();
  });
});
