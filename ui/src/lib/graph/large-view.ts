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
const LABELLED_NODES = 'node.labelled, node.hl, node.focus, node.assumed, node.removed, node.hover, node:selected';

/**
 * A large view's stylesheet: style.ts' sheet for the zoom, then the rules below. While the plain labels are off
 * (`plainLabels`), the text properties of the rule for every node apply to the labelled nodes only: Cytoscape
 * applies each property to each element, and thousands of unlabelled nodes need none of them.
 */
export function largeViewSheet(sheet: StylesheetJson, plainLabels: boolean): StylesheetJson {
  const rules = sheet as Array<{ selector: string; style: Record<string, unknown> }>;
  const at = rules.findIndex((rule) => rule.selector === 'node');
  if (plainLabels || at < 0) return [...sheet, ...largeViewStyle()];
  const every: Record<string, unknown> = {};
  const text: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rules[at]!.style))
    (key === 'label' || !/^(font|text|color$|min-zoomed)/.test(key) ? every : text)[key] = value;
  return [
    ...rules.slice(0, at),
    { selector: 'node', style: every },
    { selector: LABELLED_NODES, style: text },
    ...rules.slice(at + 1),
    ...largeViewStyle(),
  ] as StylesheetJson;
}

/** Rules appended to the stylesheet (style.ts) of a large view. */
export function largeViewStyle(): StylesheetJson {
  return [
    { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } },
    {
      selector: 'edge.hl, edge.hover, edge:selected',
      style: { 'curve-style': 'straight', 'target-arrow-shape': 'triangle' },
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
