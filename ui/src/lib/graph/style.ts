/**
 * The Cytoscape stylesheet: colour and shape by actor kind / node label, line colour and dash by relationship
 * family, and the classes set by to-elements (labelled, hl, faded, assumed, focus, path). Pure data.
 */
import type { Css, StylesheetJson } from 'cytoscape';

export interface KindStyle {
  color: string;
  shape: Css.NodeShape;
  legend: string;
  /** Actors are drawn strong; the model's other nodes (rules, actions, instruments) muted. */
  actor: boolean;
}

const actor = (color: string, shape: Css.NodeShape, legend: string): KindStyle => ({
  color,
  shape,
  legend,
  actor: true,
});
const other = (color: string, shape: Css.NodeShape, legend: string): KindStyle => ({
  color,
  shape,
  legend,
  actor: false,
});

export const KIND_STYLES: Record<string, KindStyle> = {
  'eu-institution': actor('#1f4e9c', 'round-rectangle', 'EU institution'),
  'eu-agency': actor('#2f7ed8', 'ellipse', 'EU agency'),
  'eu-body': actor('#6fb1f0', 'pentagon', 'EU body'),
  'governance-body': actor('#7b61c9', 'hexagon', 'Governance body'),
  'member-state-role': actor('#138d75', 'round-pentagon', 'Member-State role'),
  'international-organisation': actor('#e67e22', 'diamond', 'International organisation'),
  'third-country': actor('#c0392b', 'triangle', 'Third country'),
  'country-group': actor('#f1948a', 'round-triangle', 'Country group'),
  'private-sector': actor('#6b8e23', 'rectangle', 'Private sector'),
  partnership: actor('#a9c23f', 'cut-rectangle', 'Partnership'),
  network: actor('#1abc9c', 'octagon', 'Network'),
  'standardisation-body': actor('#8e6c3e', 'heptagon', 'Standardisation body'),
  other: actor('#5d6d7e', 'ellipse', 'Other actor'),
  legalinstrument: other('#aab4be', 'tag', 'Legal instrument'),
  eligibilityrule: other('#f4d03f', 'star', 'Eligibility rule'),
  actorclass: other('#f5b7b1', 'round-octagon', 'Class of actors'),
  strategicobjective: other('#af7ac5', 'round-diamond', 'Strategic objective'),
  approach: other('#566573', 'vee', 'Approach'),
  principle: other('#d5d8dc', 'round-tag', 'Principle'),
  strategicpriority: other('#d2b4de', 'round-diamond', 'Strategic priority'),
  pillar: other('#2c3e50', 'barrel', 'Pillar'),
  action: other('#a3e4d7', 'round-rectangle', 'Action'),
  event: other('#f8c471', 'concave-hexagon', 'Event'),
  incidenttype: other('#ec7063', 'rhomboid', 'Incident type'),
};

const FALLBACK: KindStyle = other('#b0b7bf', 'ellipse', 'Other');

export const kindStyle = (kind: string): KindStyle => KIND_STYLES[kind] ?? FALLBACK;

export interface EdgeFamily {
  color: string;
  line: 'solid' | 'dashed' | 'dotted';
  legend: string;
  types: string[];
}

export const EDGE_FAMILIES: Record<string, EdgeFamily> = {
  structure: {
    color: '#7d8fa3',
    line: 'solid',
    legend: 'Membership, part of',
    types: ['MEMBER_OF', 'PART_OF', 'BELONGS_TO_PILLAR', 'REPRESENTED_IN'],
  },
  cooperation: {
    color: '#17a589',
    line: 'solid',
    legend: 'Cooperation, support',
    types: [
      'COOPERATES_WITH',
      'COORDINATES_WITH',
      'ENGAGES_IN_DIALOGUE_WITH',
      'SUPPORTS',
      'PARTICIPATES_IN',
      'ORGANISES',
    ],
  },
  governance: {
    color: '#8e44ad',
    line: 'dashed',
    legend: 'Governance, mandate, funding',
    types: ['GOVERNED_BY', 'MANDATED_BY', 'ESTABLISHED_BY', 'FUNDED_BY'],
  },
  legal: {
    color: '#a0522d',
    line: 'dashed',
    legend: 'Legal: party to, refers to',
    types: ['PARTY_TO', 'REFERS_TO', 'REPLACES'],
  },
  eligibility: {
    color: '#c9a30a',
    line: 'dotted',
    legend: 'Eligibility rules, objectives',
    types: ['APPLIES_TO', 'USES_APPROACH', 'UNDER_OBJECTIVE', 'STATED_IN', 'PURSUES_OBJECTIVE'],
  },
  actions: {
    color: '#aab7b8',
    line: 'dotted',
    legend: 'Actions: asked of, by',
    types: ['ASSIGNED_TO', 'REQUESTED_BY', 'UNDER_PRIORITY', 'PROPOSES'],
  },
  incident: { color: '#e74c3c', line: 'solid', legend: 'Incident response', types: ['RESPONDS_TO'] },
  other: { color: '#c3cad3', line: 'solid', legend: 'Other relationship', types: [] },
};

const FAMILY_OF = new Map(Object.entries(EDGE_FAMILIES).flatMap(([family, f]) => f.types.map((t) => [t, family])));

export const edgeFamily = (type: string): string => FAMILY_OF.get(type) ?? 'other';

/**
 * The font of the explorer's labels and text and of its briefings: shipped with the app (the npm package
 * @fontsource/noto-sans, SIL Open Font License), so that text measures the same on every machine.
 */
export const FONT_FAMILY = 'Noto Sans';
/**
 * As a CSS font-family value, with a generic fallback for characters the font lacks (double quotes: Cytoscape's
 * font-family property refuses single ones).
 */
export const FONT_STACK = `"${FONT_FAMILY}", sans-serif`;

export const HIGHLIGHT = '#f39c12';
export const ASSUMED = '#d35400';
export const FOCUS = '#111111';

/** Font size, and smallest drawn on-screen size, of the labels of the nodes that are not always labelled. */
const PLAIN_FONT_SIZE = 8;
const PLAIN_MIN_ZOOMED_FONT_SIZE = 9;
/** Below this zoom Cytoscape draws no plain label (min-zoomed-font-size): they can be left out of the style. */
export const PLAIN_LABEL_MIN_ZOOM = PLAIN_MIN_ZOOMED_FONT_SIZE / PLAIN_FONT_SIZE;

export interface StylesheetOptions {
  webgl?: boolean;
  /**
   * Whether the nodes that are not always labelled carry their label. GraphCanvas turns them off below
   * PLAIN_LABEL_MIN_ZOOM, where they would not be drawn anyway, so Cytoscape does not measure and wrap
   * 280 labels nobody sees (the costliest part of the first frame).
   */
  plainLabels?: boolean;
}

/**
 * What a layout needs and nothing more (node sizes): GraphCanvas adds the elements and runs the first layout
 * on it, then applies buildStylesheet once, for the zoom the layout was fitted at. Nothing is drawn with it.
 */
export function layoutStylesheet(): StylesheetJson {
  // The same outer size as buildStylesheet's (size and a 1px border), so the layout comes out the same.
  return [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'border-width': 1 } }];
}

/**
 * `labelScale` enlarges the labels that must stay readable (labelled, highlighted, focus, hovered, selected)
 * when the graph is fitted at a small zoom: GraphCanvas passes 1 / zoom after a layout.
 */
export function buildStylesheet(labelScale = 1, options: StylesheetOptions = {}): StylesheetJson {
  const k = Math.min(6, Math.max(1, labelScale));
  const font = (size: number) => Math.round(size * k);
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
        width: 'data(size)',
        height: 'data(size)',
        'font-family': FONT_STACK,
        'font-size': PLAIN_FONT_SIZE,
        'min-zoomed-font-size': PLAIN_MIN_ZOOMED_FONT_SIZE,
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
