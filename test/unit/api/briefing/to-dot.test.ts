import { describe, expect, it } from 'vitest';
import { legendEntries, toLegendDot } from '../../../../api/src/briefing/legend-dot.js';
import { withDiff } from '../../../../api/src/briefing/model.js';
import { renderSvg } from '../../../../api/src/briefing/render-svg.js';
import { packNames, toDot } from '../../../../api/src/briefing/to-dot.js';
import { ASSUMED, HIGHLIGHT, kindStyle } from '../../../../core/palette.js';
import { fixtureModel } from './fixture.js';
import { parseXml } from './xml.js';

const parse = (svg: string) => parseXml(svg);
const nodeText = (doc: Document, id: string) =>
  [...(doc.getElementById(id)?.querySelectorAll('text') ?? [])].map((t) => t.textContent).join('\n');

describe('briefing - model to DOT', () => {
  it('should draw a partner named itself as a node, with the UI colour of its kind and the highlight border', async () => {
    const doc = parse(await renderSvg(toDot(fixtureModel(), { caption: true })));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const eea = doc.getElementById('node-eea')!;
    expect(eea.querySelector('path, polygon')!.getAttribute('fill')).toBe(kindStyle('country-group').color);
    expect(eea.querySelector('path, polygon')!.getAttribute('stroke')).toBe(HIGHLIGHT);
    expect(nodeText(doc, 'node-enisa')).toBe('ENISA');
  });

  it("should list a group's members in one box headed by the basis, not a node each (issue 19)", async () => {
    const doc = parse(await renderSvg(toDot(fixtureModel())));
    expect(doc.getElementById('node-iceland')).toBeNull();
    const box = doc.getElementById('node-members-eea-group-member')!;
    expect(box.getAttribute('class')).toContain('partner');
    expect(nodeText(doc, 'node-members-eea-group-member')).toBe('members:\nIceland, Norway');
    expect(box.querySelector('path, polygon')!.getAttribute('stroke')).toBe(HIGHLIGHT);
  });

  it('should mark an assumed partner "(assumed)" in a dashed box in the UI assumption colour', async () => {
    const doc = parse(await renderSvg(toDot(fixtureModel())));
    const box = doc.getElementById('node-members-agreements-assumption')!;
    expect(nodeText(doc, 'node-members-agreements-assumption')).toBe('assumed (what-if):\nJapan (assumed)');
    const outline = box.querySelector('path, polygon')!;
    expect(outline.getAttribute('stroke')).toBe(ASSUMED);
    expect(outline.getAttribute('stroke-dasharray')).toBeTruthy();
  });

  it('should mark what a what-if adds with "+" and what it removes with "−", in words as well as colour', async () => {
    const model = fixtureModel();
    const baseline = { ...fixtureModel(), partners: model.partners.filter((p) => p.id !== 'japan') };
    baseline.partners.push({
      id: 'gone',
      name: 'Gone',
      kind: 'third-country',
      assumed: false,
      reasons: [],
      conditions: [],
    });
    const diffed = withDiff(model, baseline);
    expect(diffed.diff!.added.map((a) => a.id)).toEqual(['japan']);
    expect(diffed.diff!.removed.map((a) => a.id)).toEqual(['gone']);
    const doc = parse(await renderSvg(toDot(diffed)));
    expect(nodeText(doc, 'node-members-agreements-assumption')).toContain('+ Japan (assumed)');
    expect(nodeText(doc, 'node-removed')).toBe('Removed by the what-if:\n− Gone');
  });

  it('should draw a hostile name literally and keep the DOT valid', async () => {
    const doc = parse(await renderSvg(toDot(fixtureModel(), { caption: true })));
    const text = nodeText(doc, 'node-members-agreements-agreement').replace(/\n/g, ' ');
    expect(text).toContain('new line <script>alert(1)</script> & AT&amp;T');
    expect(doc.querySelector('script')).toBeNull();
  });

  it('should pack names on lines without splitting one', () => {
    expect(packNames(['Albania', 'Bosnia and Herzegovina', 'Kosovo*', 'Montenegro'], 28)).toBe(
      'Albania,\nBosnia and Herzegovina,\nKosovo*, Montenegro',
    );
  });

  it('should label edges with the provision and its citation number', () => {
    const { dot } = toDot(fixtureModel());
    expect(dot).toMatch(/"question" -> "actor:eea" \[label="principle 3 \[1\]"/);
    expect(dot).toMatch(/"actor:eea" -> "members:eea:GROUP_MEMBER"/);
    expect(dot).toMatch(/"actor:agreements" -> "members:agreements:ASSUMPTION" \[style="dashed"/);
  });

  it('should put the title, the assumptions and the data version in the caption of a standalone diagram', () => {
    const { dot } = toDot(fixtureModel(), { caption: true });
    expect(dot).toContain('Outreach under SO4.4');
    expect(dot).toContain('seed-0123456789abcdef');
    expect(dot).toContain('Assumed (what-if): There is a specific EU agreement with Japan');
    expect(toDot(fixtureModel()).dot).not.toContain('seed-0123456789abcdef');
  });

  it('should give a legend entry per kind drawn as a node, in the UI legend names, and per role', async () => {
    const entries = legendEntries(fixtureModel());
    expect(entries.map((e) => e.text)).toEqual([
      'EU agency',
      'Strategic objective',
      'Country group',
      'Class of actors',
      'Eligible partner',
      'Assumed partner (what-if)',
    ]);
    const doc = parse(await renderSvg(toLegendDot(entries)));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(nodeText(doc, 'legend-country-group')).toBe('Country group');
  });
});
