/**
 * The explorer's palette, shared by the UI's Cytoscape stylesheet and the server's briefings: colour, shape
 * and legend name by actor kind and node label, colour and dash by relationship family, and the colours of the
 * highlights. Keyed by the vocabulary's enum names (core/vocabulary.ts); either spelling of a term finds its
 * style. Pure data.
 */
import type { Css } from 'cytoscape';
import { enumName } from './vocabulary.js';

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

/** By actor kind (an ActorKind) and, for the model's other nodes, by node label (a NodeLabel), as enum names. */
export const KIND_STYLES: Record<string, KindStyle> = {
  EU_INSTITUTION: actor('#1f4e9c', 'round-rectangle', 'EU institution'),
  EU_AGENCY: actor('#2f7ed8', 'ellipse', 'EU agency'),
  EU_BODY: actor('#6fb1f0', 'pentagon', 'EU body'),
  GOVERNANCE_BODY: actor('#7b61c9', 'hexagon', 'Governance body'),
  MEMBER_STATE_ROLE: actor('#138d75', 'round-pentagon', 'Member-State role'),
  INTERNATIONAL_ORGANISATION: actor('#e67e22', 'diamond', 'International organisation'),
  THIRD_COUNTRY: actor('#c0392b', 'triangle', 'Third country'),
  COUNTRY_GROUP: actor('#f1948a', 'round-triangle', 'Country group'),
  PRIVATE_SECTOR: actor('#6b8e23', 'rectangle', 'Private sector'),
  PARTNERSHIP: actor('#a9c23f', 'cut-rectangle', 'Partnership'),
  NETWORK: actor('#1abc9c', 'octagon', 'Network'),
  STANDARDISATION_BODY: actor('#8e6c3e', 'heptagon', 'Standardisation body'),
  OTHER: actor('#5d6d7e', 'ellipse', 'Other actor'),
  LEGAL_INSTRUMENT: other('#aab4be', 'tag', 'Legal instrument'),
  ELIGIBILITY_RULE: other('#f4d03f', 'star', 'Eligibility rule'),
  ACTOR_CLASS: other('#f5b7b1', 'round-octagon', 'Class of actors'),
  STRATEGIC_OBJECTIVE: other('#af7ac5', 'round-diamond', 'Strategic objective'),
  APPROACH: other('#566573', 'vee', 'Approach'),
  PRINCIPLE: other('#d5d8dc', 'round-tag', 'Principle'),
  STRATEGIC_PRIORITY: other('#d2b4de', 'round-diamond', 'Strategic priority'),
  PILLAR: other('#2c3e50', 'barrel', 'Pillar'),
  ACTION: other('#a3e4d7', 'round-rectangle', 'Action'),
  EVENT: other('#f8c471', 'concave-hexagon', 'Event'),
  INCIDENT_TYPE: other('#ec7063', 'rhomboid', 'Incident type'),
};

/** The style of a kind the palette does not know. */
export const FALLBACK: KindStyle = other('#b0b7bf', 'ellipse', 'Other');

/** The style of a node kind: an actor kind or a node label, in either spelling (`third-country` or `THIRD_COUNTRY`). */
export const kindStyle = (kind: string): KindStyle => KIND_STYLES[enumName(kind)] ?? FALLBACK;

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
      'COMPLEMENTS',
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

export const HIGHLIGHT = '#f39c12';
export const ASSUMED = '#d35400';
export const FOCUS = '#111111';
