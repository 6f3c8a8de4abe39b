/**
 * The Cytoscape stylesheet, built from the shared palette (core/palette.ts): colour and shape by actor kind /
 * node label, line colour and dash by relationship family, and the classes set by to-elements (labelled, hl,
 * faded, assumed, focus, path). Pure data.
 */
import type { StylesheetJson } from 'cytoscape';
import { FONT_STACK } from '../../../../core/font.js';
import { ruleNodeSize } from '../analysis/rule-styles';
import { ASSUMED, EDGE_FAMILIES, FALLBACK, FOCUS, HIGHLIGHT, KIND_STYLES } from '../../../../core/palette.js';

/** Font size (at zoom 1 and below, on screen) of the labels of the nodes that are not among the hubs. */
const PLAIN_FONT_SIZE = 10;
/** The smallest a node is drawn on screen (px), whatever the zoom: big enough to see and to hit. */
export const MIN_NODE_PX = 18;
/** Under a size rule, the size of a node whose value is 0 (graph units): an actor's usual smallest. */
const RULE_BASE_SIZE = 16;

export interface StylesheetOptions {
  webgl?: boolean;
  /**
   * Whether the nodes that are not always labelled carry their label. GraphCanvas turns them off below
   * PLAIN_LABEL_MIN_ZOOM, where they would not be drawn anyway, so Cytoscape does not measure and wrap
   * 280 labels nobody sees (the costliest part of the first frame).
   */
  plainLabels?: boolean;
  /** The zoom the sheet is for: nodes get at least MIN_NODE_PX on screen at it (none without a zoom). */
  zoom?: number;
}

/**
 * `labelScale` enlarges the labels that must stay readable (labelled, highlighted, focus, hovered, selected)
 * when the graph is fitted at a small zoom: GraphCanvas passes 1 / zoom after a layout.
 */
export function buildStylesheet(labelScale = 1, options: StylesheetOptions = {}): StylesheetJson {
  const k = Math.min(6, Math.max(1, labelScale));
  const font = (size: number) => Math.round(size * k);
  const minSize = options.zoom ? MIN_NODE_PX / options.zoom : 0;
  // A size rule (analysis/rule-styles.ts) gives every node the same base and grows it with its value.
  const nodeSize = (n: { data: (key: string) => unknown }) => {
    const scale = n.data('ruleScale');
    if (typeof scale === 'number') return ruleNodeSize(Math.max(RULE_BASE_SIZE, minSize), scale);
    return Math.max(Number(n.data('size')), minSize);
  };
  const kinds = Object.entries(KIND_STYLES).map(([kind, style]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': style.color, shape: style.shape },
  }));
  const families = Object.entries(EDGE_FAMILIES).map(([family, f]) => ({
    selector: `edge[family = "${family}"]`,
    style: { 'line-color': f.color, 'target-arrow-color': f.color, 'line-style': f.line },
  }));
  return [
    {
      selector: 'node',
      style: {
        'background-color': FALLBACK.color,
        // The WebGL preview ignores min-zoomed-font-size: there only the important labels are drawn.
        label: options.webgl || options.plainLabels === false ? '' : 'data(label)',
        width: nodeSize as unknown as number,
        height: nodeSize as unknown as number,
        'font-family': FONT_STACK,
        'font-size': font(PLAIN_FONT_SIZE),
        'min-zoomed-font-size': 1,
        'text-valign': 'bottom',
        'text-margin-y': 2,
        'text-wrap': 'wrap',
        'text-max-width': `${Math.round(110 * k)}px`,
        color: '#1d2733',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...kinds,
    // A colour rule (analysis/rule-styles.ts): the node's category colour; the shape still tells its kind.
    { selector: 'node[ruleColor]', style: { 'background-color': 'data(ruleColor)' } },
    {
      selector: 'node.labelled, node.hl, node.focus, node.hover, node:selected',
      style: {
        label: 'data(label)',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'text-outline-width': 0,
      },
    },
    {
      selector: 'node.labelled',
      // Better-connected nodes draw their label over their neighbours' (z 1 to 9; answers sit above).
      style: {
        'font-size': font(11),
        'min-zoomed-font-size': 5,
        'font-weight': 600,
        'z-index': 'data(z)' as unknown as number,
      },
    },
    // Label placement (graph/label-placement.ts): the side a label takes, or none when there is no room.
    { selector: 'node.label-off', style: { 'text-opacity': 0 } },
    { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -2 } },
    {
      selector: 'node.label-right',
      style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': 2 },
    },
    {
      selector: 'node.label-left',
      style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -2 },
    },
    ...(['bottom', 'top'] as const).flatMap((valign) =>
      (['right', 'left'] as const).map((halign) => ({
        selector: `node.label-${valign}-${halign}`,
        style: {
          'text-valign': valign,
          'text-halign': halign,
          'text-margin-y': valign === 'top' ? -2 : 2,
          'text-margin-x': halign === 'left' ? -2 : 2,
        },
      })),
    ),
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': EDGE_FAMILIES.other!.color,
        'target-arrow-color': EDGE_FAMILIES.other!.color,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.6,
        // A single edge between two nodes is drawn straight either way; 'straight' spares Cytoscape the
        // search for parallel edges that 'bezier' does for every edge. Parallel edges fan out as beziers.
        'curve-style': 'straight',
        opacity: 0.75,
      },
    },
    { selector: 'edge.parallel', style: { 'curve-style': 'bezier' } },
    {
      selector: 'edge.hover, edge:selected',
      style: {
        label: 'data(typeLabel)',
        'font-family': FONT_STACK,
        'font-size': font(11),
        color: '#1d2733',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-rotation': 'autorotate',
        width: 3,
        opacity: 1,
        'z-index': 40,
      },
    },
    ...families,
    { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0 } },
    {
      selector: 'node.hl',
      style: {
        'border-width': 4,
        'border-color': HIGHLIGHT,
        'underlay-color': HIGHLIGHT,
        'underlay-padding': 7,
        'underlay-opacity': 0.35,
        'underlay-shape': 'ellipse',
        'font-size': font(12),
        'min-zoomed-font-size': 1,
        'font-weight': 700,
        'z-index': 10,
      },
    },
    { selector: 'edge.hl', style: { width: 4, 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, opacity: 1 } },
    {
      selector: 'node.assumed',
      style: {
        label: 'data(assumedLabel)',
        'underlay-color': ASSUMED,
        'border-width': 4,
        'border-style': 'dashed',
        'border-color': ASSUMED,
        'min-zoomed-font-size': 1,
      },
    },
    // A what-if's (or a second question's) changes: a label that says so, and a double or dotted outline.
    {
      selector: 'node.added',
      style: { label: 'data(addedLabel)', 'border-width': 6, 'border-style': 'double', 'min-zoomed-font-size': 1 },
    },
    {
      selector: 'node.removed',
      style: {
        label: 'data(removedLabel)',
        'font-size': font(12),
        'font-weight': 700,
        'border-width': 3,
        'border-style': 'dotted',
        'border-color': '#5b6673',
        'min-zoomed-font-size': 1,
        'text-opacity': 1,
        opacity: 0.9,
      },
    },
    {
      selector: 'node.focus',
      style: {
        'border-width': 4,
        'border-color': FOCUS,
        'font-size': font(13),
        'min-zoomed-font-size': 1,
        'z-index': 11,
      },
    },
    {
      selector: 'node.hover',
      style: { 'font-size': font(12), 'min-zoomed-font-size': 1, 'text-opacity': 1, opacity: 1, 'z-index': 20 },
    },
    {
      selector: 'node:selected',
      style: {
        'border-width': 5,
        'border-color': '#0b5394',
        'font-size': font(13),
        'min-zoomed-font-size': 1,
        'text-opacity': 1,
        opacity: 1,
        'z-index': 30,
      },
    },
  ];
}
