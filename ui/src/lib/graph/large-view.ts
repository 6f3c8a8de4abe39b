/**
 * Views of more than LARGE_VIEW_NODES nodes (issue 20: 5k and 10k elements drawn in under 0.8 and 1.2 s): what
 * Cytoscape is spared so that the first frame comes fast, while the seed's views (118 and 346 nodes) keep their
 * picture exactly (pure, testable headless).
 * - Plain labels (the nodes that are not hubs, answers, focus, hovered or selected) only from
 *   LARGE_VIEW_LABEL_ZOOM: at the fit of thousands of nodes the placement finds room for a few of them only, and
 *   measuring and wrapping every one was most of the first frame. Zooming in past that zoom brings them back.
 * - Haystack edges without arrows (Cytoscape's default: no control points, no arrow heads), except the edges of
 *   an answer (a path) and a hovered or selected edge, which keep their straight line and arrow.
 * - Renderer options: a texture while panning or zooming, edges hidden meanwhile, pixel ratio 1.
 */
import type { ElementDefinition, StylesheetJson } from 'cytoscape';

export const LARGE_VIEW_NODES = 1000;
/** The zoom from which a large view draws the plain labels too. */
export const LARGE_VIEW_LABEL_ZOOM = 0.75;

export const isLargeView = (nodeCount: number): boolean => nodeCount > LARGE_VIEW_NODES;

/** Cytoscape options of a large view's canvas (fixed for the life of the instance). */
export const LARGE_VIEW_RENDERING = { textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1 } as const;

/** Whether the plain labels are drawn at this zoom. */
export const plainLabelsAt = (large: boolean, zoom: number): boolean => !large || zoom >= LARGE_VIEW_LABEL_ZOOM;

/** The nodes that carry a label while the plain labels are off (style.ts gives them `label: data(label)`). */
const LABELLED_CLASSES = ['.labelled', '.hl', '.focus', '.assumed', '.removed', '.hover', ':selected'];
const LABELLED = LABELLED_CLASSES.map((c) => `node${c}`).join(', ');
/** The same nodes while the placement leaves their label out (`label-off`). */
const LABELLED_OFF = LABELLED_CLASSES.map((c) => `node.label-off${c}`).join(', ');

type Rule = { selector: string; style: Record<string, unknown> };

/** The properties of `style` but `drop`. */
const without = (style: Record<string, unknown>, drop: readonly string[]) =>
  Object.fromEntries(Object.entries(style).filter(([key]) => !drop.includes(key)));

/**
 * A large view's stylesheet: style.ts' sheet for the zoom, with fewer properties applied to each element.
 * Cytoscape applies each property of each matching rule to each element, and for a node also marks the style
 * of every edge it has as dirty, once per property: at 10k elements that was most of the style's time. So:
 * - edges are haystack lines without arrows (Cytoscape's default: no control points, no arrow heads), their
 *   family giving only their colour and dash; the edges of an answer (a path) and a hovered or selected edge
 *   keep their straight line and arrow in their family's colour;
 * - nodes have no white outline (Cytoscape's default border of 0; the answer, the focus, a selected, assumed,
 *   added or removed node keep theirs);
 * - while the plain labels are off (`plainLabels` false), the text properties of the rule for every node apply
 *   to the labelled nodes only, and `label-off` (which every plain node is created with) to them only.
 */
export function largeViewSheet(sheet: StylesheetJson, plainLabels: boolean): StylesheetJson {
  const out: Rule[] = [];
  for (const rule of sheet as Rule[]) {
    if (rule.selector === 'node') {
      const style = without(rule.style, ['border-width', 'border-color']);
      if (plainLabels) out.push({ selector: 'node', style });
      else {
        const every: Record<string, unknown> = {};
        const text: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(style))
          if (key !== 'label') (/^(font|text|color$|min-zoomed)/.test(key) ? text : every)[key] = value;
        out.push({ selector: 'node', style: every }, { selector: LABELLED, style: text });
      }
      // An added node's double outline is white (style.ts' border for every node).
      out.push({ selector: 'node.added', style: { 'border-color': rule.style['border-color'] } });
    } else if (rule.selector === 'node.label-off' && !plainLabels) {
      out.push({ selector: LABELLED_OFF, style: rule.style });
    } else if (rule.selector === 'edge') {
      const style = without(rule.style, ['target-arrow-color', 'target-arrow-shape', 'arrow-scale']);
      out.push({ selector: 'edge', style: { ...style, 'curve-style': 'haystack' } });
    } else if (rule.selector === 'edge.parallel') {
      // Haystack like the others: fanning out parallel edges costs control points for every edge.
    } else if (rule.selector.startsWith('edge[family')) {
      const { 'target-arrow-color': arrow, 'line-style': line, ...colour } = rule.style;
      out.push({ selector: rule.selector, style: line === 'solid' ? colour : { ...colour, 'line-style': line } });
      const arrowed = ['.hl', '.hover', ':selected'].map((c) => `${rule.selector}${c}`).join(', ');
      out.push({ selector: arrowed, style: { 'target-arrow-color': arrow } });
    } else out.push(rule);
  }
  return [...out, ...largeViewStyle()] as StylesheetJson;
}

/** Rules appended to the stylesheet (style.ts) of a large view. */
export function largeViewStyle(): StylesheetJson {
  return [
    {
      selector: 'edge.hl, edge.hover, edge:selected',
      style: { 'curve-style': 'straight', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.6 },
    },
  ];
}

/** Classes that give a node its label at every zoom (style.ts). */
const ALWAYS_LABELLED = ['labelled', 'hl', 'focus', 'assumed'];

/**
 * The nodes without a label at this zoom marked `label-off` up front, as the label placement (label-layer.ts)
 * would mark them: created with the class, thousands of nodes are not restyled once more after the first pass.
 */
export function markUnlabelled(elements: ElementDefinition[]): ElementDefinition[] {
  return elements.map((element) => {
    if (element.group !== 'nodes') return element;
    const classes = String(element.classes ?? '')
      .split(/\s+/)
      .filter(Boolean);
    if (classes.some((c) => ALWAYS_LABELLED.includes(c))) return element;
    return { ...element, classes: [...classes, 'label-off'].join(' ') };
  });
}
