import { describe, expect, it } from 'vitest';
import { legendEntries, toLegendDot } from '../../../../api/src/briefing/legend-dot.js';
import { renderSvg } from '../../../../api/src/briefing/render-svg.js';
import { toDot } from '../../../../api/src/briefing/to-dot.js';
import { ASSUMED, HIGHLIGHT, kindStyle } from '../../../../core/palette.js';
import { fixtureModel, HOSTILE } from './fixture.js';
import { parseXml } from './xml.js';

const parse = (svg: string) => parseXml(svg);
const nodeText = (doc: Document, id: string) =>
  [...(doc.getElementById(id)?.querySelectorAll('text') ?? [])].map((t) => t.textContent).join('\n');

describe('briefing - model to DOT', () => {
  it('should draw every partner, with the UI colour of its kind and the highlight border', async () => {
    const model = fixtureModel();
    const doc = parse(await renderSvg(toDot(model, { caption: true })));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    for (const p of model.partners) {
      const node = doc.getElementById(`node-${p.id}`);
      expect(node, p.id).not.toBeNull();
      expect(node!.querySelector('path, polygon, ellipse')!.getAttribute('fill')).toBe(kindStyle(p.kind).color);
    }
    expect(nodeText(doc, 'node-iceland')).toBe('Iceland');
    expect(doc.getElementById('node-eea')!.querySelector('path, polygon')!.getAttribute('stroke')).toBe(HIGHLIGHT);
    expect(nodeText(doc, 'node-enisa')).toBe('ENISA');
  });

  it('should mark an assumed partner "(assumed)" with a dashed border in the UI assumption colour', async () => {
    const doc = parse(await renderSvg(toDot(fixtureModel())));
    const japan = doc.getElementById('node-japan')!;
    expect(nodeText(doc, 'node-japan').replace('\n', ' ')).toBe('Japan (assumed)');
    const outline = japan.querySelector('path, polygon')!;
    expect(outline.getAttribute('stroke')).toBe(ASSUMED);
    expect(outline.getAttribute('stroke-dasharray')).toBeTruthy();
  });

  it('should draw a hostile name literally and keep the DOT valid', async () => {
    const doc = parse(await renderSvg(toDot(fixtureModel(), { caption: true })));
    expect(nodeText(doc, 'node-hostile').replace(/\n/g, ' ')).toBe(HOSTILE.replace(/\n/g, ' '));
    expect(doc.querySelector('script')).toBeNull();
  });

  it('should label edges with the provision and its citation number, and the basis of membership', () => {
    const { dot } = toDot(fixtureModel());
    expect(dot).toMatch(/"question" -> "actor:eea" \[label="principle 3 \[1\]"/);
    expect(dot).toMatch(/"actor:eea" -> "actor:iceland" \[label="members"/);
    expect(dot).toMatch(/"actor:agreements" -> "actor:japan" \[label="assumed \(what-if\)" style="dashed"/);
  });

  it('should put the title, the assumptions and the data version in the caption of a standalone diagram', () => {
    const { dot } = toDot(fixtureModel(), { caption: true });
    expect(dot).toContain('Outreach under SO4.4');
    expect(dot).toContain('seed-0123456789abcdef');
    expect(dot).toContain('Assumed (what-if): There is a specific EU agreement with Japan');
    expect(toDot(fixtureModel()).dot).not.toContain('seed-0123456789abcdef');
  });

  it('should give a legend entry per kind drawn, in the UI legend names, and per role', async () => {
    const entries = legendEntries(fixtureModel());
    expect(entries.map((e) => e.text)).toEqual([
      'EU agency',
      'Strategic objective',
      'Country group',
      'Third country',
      'Class of actors',
      'International organisation',
      'Eligible partner',
      'Partner by assumption (what-if)',
    ]);
    const doc = parse(await renderSvg(toLegendDot(entries)));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(nodeText(doc, 'legend-third-country')).toBe('Third country');
  });
});
