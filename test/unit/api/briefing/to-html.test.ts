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
    diagramPrint: { scale: 0.6, width: 400, height: 200 },
    legendPrint: { scale: 0.65, width: 300, height: 40 },
  };
  return { model, html: toBriefingHtml(model, svg), slide: toSlideHtml(model, svg, 1600, 1000) };
}

describe('briefing - HTML', () => {
  it('should name no URL: no http://, https:// or // in any src or href, no script, no xmlns', async () => {
    const { html, slide } = await page();
    for (const doc of [html, slide]) {
      expect(doc).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
      expect(doc).not.toMatch(/https?:\/\//);
      expect(doc).not.toMatch(/<script|<link|<img|@import/i);
      // The one kind of url() allowed: the shipped font, embedded.
      expect(doc).not.toMatch(/url\((?!data:font\/woff2;base64,)/i);
      const refs = [...parseHtml(doc).querySelectorAll('[src], [href]')];
      expect(refs).toEqual([]);
    }
  });

  it('should embed the shipped font, and only the subsets its text needs', async () => {
    const { model, html } = await page();
    const faces = (doc: string) => [...doc.matchAll(/@font-face \{ font-family: 'Noto Sans'; ([^}]*)\}/g)];
    const latinOnly = faces(html);
    // Regular, italic, semibold and bold, of Latin alone: the fixture's text is ASCII.
    expect(latinOnly.map((m) => /font-weight: (\d+)/.exec(m[1]!)![1])).toEqual(['400', '400', '600', '700']);
    expect(latinOnly.every((m) => m[1]!.includes('unicode-range: U+0-FF,'))).toBe(true);
    model.partners[0]!.name = 'Ελλάδα – Україна – Łódź';
    const size = { scale: 1, width: 10, height: 10 };
    const svg = {
      diagram: '<svg></svg>',
      legend: '<svg></svg>',
      legendWidth: 1,
      diagramPrint: size,
      legendPrint: size,
    };
    const ranges = faces(toBriefingHtml(model, svg)).map((m) => /unicode-range: ([^;]*)/.exec(m[1]!)![1]);
    // Latin, Latin extended (Ł), Greek and Cyrillic, four faces each.
    expect(new Set(ranges).size).toBe(4);
    expect(ranges).toHaveLength(16);
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

  it('should mark a quote with its modality, and only the quotes that have one (issue 17)', async () => {
    const { html } = await page();
    const items = [...parseHtml(html).querySelectorAll('section.citations li')];
    const marks = items.map((li) => li.querySelector('.modality')?.textContent ?? null);
    expect(marks).toEqual(['[permission]', null]);
  });

  it('should show an agreement-based partner with its agreement, a reference-data badge and the as-of date (issue 21)', async () => {
    const { html } = await page();
    const text = (parseHtml(html).body.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain(`party to ${HOSTILE.replace(/\s+/g, ' ')} reference data, page of 2018-11-23`);
    expect(html).toContain('<span class="badge">reference data, page of 2018-11-23</span>');
    expect(text).toContain('Reference data as of 2018-11-23');
    expect(html).not.toContain('<script>alert');
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
    expect(doc.getElementById('node-members-agreements-assumption')!.textContent).toContain('Japan (assumed)');
    expect(doc.getElementById('legend-country-group')).not.toBeNull();
  });
});
