import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../../core/graph/to-elements.js';
import type { GraphData } from '../../../../core/graph/types.js';
import {
  isLargeView,
  LARGE_VIEW_LABEL_ZOOM,
  LARGE_VIEW_NODES,
  largeViewSheet,
  markUnlabelled,
  plainLabelsAt,
} from '../../../../ui/src/lib/graph/large-view.js';
import { buildStylesheet } from '../../../../ui/src/lib/graph/style.js';

/** A hub with many spokes (the hub is labelled by to-elements), and one more edge between two spokes. */
const spokes = 30;
const graph: GraphData = {
  nodes: [
    { id: 'hub', label: 'ACTOR', name: 'Hub', kind: 'THIRD_COUNTRY' },
    ...Array.from({ length: spokes }, (_, i) => ({ id: `s${i}`, label: 'ACTOR', name: `Spoke ${i}`, kind: 'NETWORK' })),
  ],
  edges: [
    ...Array.from({ length: spokes }, (_, i) => ({ id: `e${i}`, source: `s${i}`, target: 'hub', type: 'MEMBER_OF' })),
    { id: 'x', source: 's0', target: 's1', type: 'COOPERATES_WITH' },
  ],
  total: spokes + 1,
  truncated: false,
};

/** Cytoscape, headless with styles, on the stylesheet GraphCanvas gives a large view at `zoom`. */
function largeCanvas(zoom: number, decorations = {}) {
  const sheet = buildStylesheet(1 / zoom, { zoom, plainLabels: plainLabelsAt(true, zoom) });
  const elements = toElements(graph, decorations);
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: largeViewSheet(sheet, plainLabelsAt(true, zoom)),
    elements: plainLabelsAt(true, zoom) ? elements : markUnlabelled(elements),
  });
}

describe('large views', () => {
  it('should start above LARGE_VIEW_NODES nodes only, so the seed (118 and 346 nodes) keeps its picture', () => {
    expect(isLargeView(346)).toBe(false);
    expect(isLargeView(LARGE_VIEW_NODES)).toBe(false);
    expect(isLargeView(LARGE_VIEW_NODES + 1)).toBe(true);
    expect(plainLabelsAt(false, 0.05)).toBe(true);
  });

  it('should draw only the hubs, answers and selected nodes labelled below the label zoom, and all from it', () => {
    const far = largeCanvas(0.3);
    expect(far.getElementById('hub').style('label')).toBe('Hub');
    expect(far.getElementById('s3').style('label')).toBe('');
    expect(far.getElementById('s3').hasClass('label-off')).toBe(true);
    expect(far.getElementById('hub').hasClass('label-off')).toBe(false);
    far.getElementById('s3').select();
    expect(far.getElementById('s3').style('label')).toBe('Spoke 3');
    expect(Number(far.getElementById('s3').style('text-opacity'))).toBe(1);
    far.destroy();

    const near = largeCanvas(LARGE_VIEW_LABEL_ZOOM);
    expect(near.getElementById('s3').style('label')).toBe('Spoke 3');
    expect(near.getElementById('s3').hasClass('label-off')).toBe(false);
    near.destroy();
  });

  it('should give the labelled nodes the same text style as style.ts does, and the others none', () => {
    const decorations = { highlighted: new Set(['s4', 'hub']), focus: 's4' };
    const large = largeCanvas(0.3, decorations);
    const sheet = buildStylesheet(1 / 0.3, { zoom: 0.3 });
    const full = cytoscape({
      headless: true,
      styleEnabled: true,
      style: sheet,
      elements: toElements(graph, decorations),
    });
    const keys = ['label', 'font-size', 'font-family', 'font-weight', 'text-valign', 'text-margin-y', 'text-wrap'];
    const more = ['text-max-width', 'color', 'text-outline-width', 'text-background-opacity', 'min-zoomed-font-size'];
    for (const id of ['hub', 's4'])
      for (const key of [...keys, ...more])
        expect([id, key, large.getElementById(id).style(key)]).toEqual([id, key, full.getElementById(id).style(key)]);
    expect(large.getElementById('s7').style('text-wrap')).toBe('none');
    expect(full.getElementById('s7').style('text-wrap')).toBe('wrap');
    large.getElementById('s7').addClass('hover');
    full.getElementById('s7').addClass('hover');
    for (const key of [...keys, ...more])
      expect([key, large.getElementById('s7').style(key)]).toEqual([key, full.getElementById('s7').style(key)]);
    large.destroy();
    full.destroy();
  });

  it('should keep the answer labelled and its edges straight with arrows, the others haystack', () => {
    const cy = largeCanvas(0.3, { highlighted: new Set(['s4', 'hub']), edges: new Set(['e4']) });
    expect(cy.getElementById('s4').style('label')).toBe('Spoke 4');
    expect(cy.getElementById('s4').hasClass('label-off')).toBe(false);
    expect(cy.getElementById('e4').style('curve-style')).toBe('straight');
    expect(cy.getElementById('e4').style('target-arrow-shape')).toBe('triangle');
    expect(cy.getElementById('e5').style('curve-style')).toBe('haystack');
    expect(cy.getElementById('e5').style('target-arrow-shape')).toBe('none');
    cy.getElementById('e5').addClass('hover');
    expect(cy.getElementById('e5').style('target-arrow-shape')).toBe('triangle');
    cy.destroy();
  });

  it('should apply fewer properties: no outline, no arrow, no placement text style on the plain nodes and edges', () => {
    const quiet = largeCanvas(0.3);
    const plain = quiet.getElementById('s3');
    const edge = quiet.getElementById('e5');
    // Cytoscape's own defaults, because no rule sets them any more.
    expect(plain.style('border-width')).toBe('0px');
    expect(plain.style('text-opacity')).toBe('1');
    expect(edge.style('arrow-scale')).toBe('1');
    // What shows is unchanged: the family's colour, the answer's outline, a hovered edge's arrow in its colour.
    const full = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(1),
      elements: toElements(graph),
    });
    const cy = largeCanvas(0.3, { highlighted: new Set(['s4']), edges: new Set(['e4']) });
    for (const id of ['e5', 'x'])
      expect(cy.getElementById(id).style('line-color')).toBe(full.getElementById(id).style('line-color'));
    expect(cy.getElementById('s4').style('border-width')).toBe('4px');
    edge.addClass('hover');
    expect(edge.style('target-arrow-color')).toBe(full.getElementById('e5').style('target-arrow-color'));
    expect(edge.style('arrow-scale')).toBe('0.6');
    // A what-if's added node keeps its white double outline.
    plain.addClass('added');
    expect([plain.style('border-color'), plain.style('border-style')]).toEqual(['rgb(255,255,255)', 'double']);
    // A hub the placement leaves without a label draws none.
    quiet.getElementById('hub').addClass('label-off');
    expect(quiet.getElementById('hub').style('text-opacity')).toBe('0');
    quiet.destroy();
    cy.destroy();
    full.destroy();
  });

  it('should leave the edges of a view under the threshold as style.ts draws them', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(1, { zoom: 1 }),
      elements: toElements(graph),
    });
    expect(cy.getElementById('e5').style('curve-style')).toBe('straight');
    expect(cy.getElementById('e5').style('target-arrow-shape')).toBe('triangle');
    cy.destroy();
  });
});
