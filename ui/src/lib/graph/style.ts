/** The Cytoscape stylesheet: colour and shape by actor kind / node label, edge style by type. Pure data. */
import type { Css, StylesheetJson } from 'cytoscape';

export interface KindStyle {
  color: string;
  shape: Css.NodeShape;
  legend: string;
}

export const KIND_STYLES: Record<string, KindStyle> = {
  'eu-institution': { color: '#1f4e9c', shape: 'round-rectangle', legend: 'EU institution' },
  'eu-agency': { color: '#2f7ed8', shape: 'ellipse', legend: 'EU agency' },
  'eu-body': { color: '#5fa2e8', shape: 'ellipse', legend: 'EU body' },
  'governance-body': { color: '#7b61c9', shape: 'hexagon', legend: 'Governance body' },
  'member-state-role': { color: '#3a9a8c', shape: 'round-rectangle', legend: 'Member-State role' },
  'international-organisation': { color: '#d9822b', shape: 'diamond', legend: 'International organisation' },
  'third-country': { color: '#c0392b', shape: 'triangle', legend: 'Third country' },
  'country-group': { color: '#e67e73', shape: 'round-triangle', legend: 'Country group' },
  'private-sector': { color: '#6b8e23', shape: 'rectangle', legend: 'Private sector' },
  partnership: { color: '#8fbc3f', shape: 'rectangle', legend: 'Partnership' },
  network: { color: '#16a085', shape: 'octagon', legend: 'Network' },
  'standardisation-body': { color: '#8e6c3e', shape: 'pentagon', legend: 'Standardisation body' },
  other: { color: '#7f8c8d', shape: 'ellipse', legend: 'Other actor' },
  legalinstrument: { color: '#95a5a6', shape: 'tag', legend: 'Legal instrument' },
  eligibilityrule: { color: '#f1c40f', shape: 'star', legend: 'Eligibility rule' },
  actorclass: { color: '#f5b7b1', shape: 'round-octagon', legend: 'Class of actors' },
  strategicobjective: { color: '#9b59b6', shape: 'round-diamond', legend: 'Strategic objective' },
  approach: { color: '#34495e', shape: 'vee', legend: 'Approach' },
  principle: { color: '#bdc3c7', shape: 'round-tag', legend: 'Principle' },
  strategicpriority: { color: '#a569bd', shape: 'round-diamond', legend: 'Strategic priority' },
  pillar: { color: '#2c3e50', shape: 'barrel', legend: 'Pillar' },
  action: { color: '#48c9b0', shape: 'round-rectangle', legend: 'Action' },
  event: { color: '#f39c12', shape: 'concave-hexagon', legend: 'Event' },
  incidenttype: { color: '#e74c3c', shape: 'rhomboid', legend: 'Incident type' },
};

const FALLBACK: KindStyle = { color: '#b0b7bf', shape: 'ellipse', legend: 'Other' };

export const kindStyle = (kind: string): KindStyle => KIND_STYLES[kind] ?? FALLBACK;

export function buildStylesheet(): StylesheetJson {
  const kinds = Object.entries(KIND_STYLES).map(([kind, style]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': style.color, shape: style.shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        'background-color': FALLBACK.color,
        label: 'data(label)',
        'font-size': 9,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '110px',
        'min-zoomed-font-size': 7,
        color: '#1d2733',
        width: 18,
        height: 18,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...kinds,
    {
      selector: 'edge',
      style: {
        width: 1,
        'line-color': '#c3cad3',
        'target-arrow-color': '#c3cad3',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.6,
        'curve-style': 'bezier',
      },
    },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111' } },
  ];
}
