/**
 * The shareable state of the explorer in the query string, as a pure module: decode() never throws; it
 * keeps what is valid and says what it ignored. encode() writes only what differs from the defaults, in a
 * fixed order, so the same view always gives the same URL. The state holds the API's enum values (`SO4_4`,
 * `CRIME`); the URL writes an objective as the strategy does (`SO4.4`), and reads either.
 */
import { isLayoutName, LAYOUT_LABELS, LAYOUTS, type LayoutName } from '../../../../core/graph/layouts.js';
import { isScope, SCOPES, type Scope } from '../../../../core/graph/scope.js';
import {
  APPROACHES,
  ASSUMPTION_KINDS,
  enumName,
  INCIDENT_TYPES,
  OBJECTIVES,
  PILLARS,
  termOf,
  type ApproachCode,
  type AssumptionKind as AnyAssumptionKind,
  type Pillar,
} from '../../../../core/vocabulary.js';
import type { IncidentTypeCode, Objective } from '../api/generated/graphql';
import { decodeRules, encodeRules, NO_RULES, RULE_SUGGESTIONS, type StyleRules } from '../analysis/rules';

export const TABS = ['details', 'eligibility', 'paths', 'incidents', 'filters', 'profile', 'analysis'] as const;
export type Tab = (typeof TABS)[number];
export type { ApproachCode, Pillar };
/** The what-ifs the explorer takes with an actor alone: the three kinds of agreement, principle 4 (not IN_CLASS). */
export type AssumptionKind = Exclude<AnyAssumptionKind, 'IN_CLASS'>;
export const ACTOR_ASSUMPTION_KINDS: readonly AssumptionKind[] = ASSUMPTION_KINDS.values.filter(
  (k): k is AssumptionKind => k !== 'IN_CLASS',
);

export const LENSES = ['eligibility', 'paths', 'incidents'] as const;
/** Which answer the graph highlights. */
export type Lens = (typeof LENSES)[number] | null;

export interface AssumptionState {
  kind: AssumptionKind;
  actor: string;
}

/** A node's position in the graph's coordinates, rounded to whole units. */
export interface PlacedNode {
  id: string;
  x: number;
  y: number;
}

/** The view: its zoom and the graph point at the centre of the canvas (so another window size keeps it). */
export interface Camera {
  zoom: number;
  x: number;
  y: number;
}

export interface UrlState {
  focus: string | null;
  depth: number;
  expanded: string[];
  hidden: string[];
  /** What the whole-network view draws: the actor network (the default) or the whole model. */
  scope: Scope;
  kinds: string[] | null;
  pillar: Pillar | null;
  document: string | null;
  relationTypes: string[] | null;
  layout: LayoutName;
  tab: Tab;
  lens: Lens;
  /** The Objective enum value (`SO4_4`, `ALL`). */
  objective: Objective | null;
  approach: ApproachCode | null;
  assume: AssumptionState[];
  pathFrom: string | null;
  pathTo: string | null;
  incident: IncidentTypeCode | null;
  selected: string | null;
  view: 'graph' | 'table';
  /** null: decided by the graph's size. */
  webgl: boolean | null;
  /** Whether selecting a node from outside the canvas (search, table, lists) centres it. */
  follow: boolean;
  /** The nodes not where the first layout puts them (dragged, added to the scene, laid out in the browser). */
  positions: PlacedNode[];
  /** null: fitted to the graph. */
  camera: Camera | null;
  /** The styling rules (analysis/rules.ts): `style=colour-by-document,size-by-betweenness`. */
  style: StyleRules;
}

export const defaultState = (): UrlState => ({
  focus: null,
  depth: 1,
  expanded: [],
  hidden: [],
  scope: 'actors',
  kinds: null,
  pillar: null,
  document: null,
  relationTypes: null,
  layout: 'fcose',
  tab: 'details',
  lens: null,
  objective: null,
  approach: null,
  assume: [],
  pathFrom: null,
  pathTo: null,
  incident: null,
  selected: null,
  view: 'graph',
  webgl: null,
  follow: true,
  positions: [],
  camera: null,
  style: NO_RULES,
});

const ID = /^[a-z0-9][a-z0-9._-]{0,119}$/;
/** A node kind: an ActorKind or NodeLabel enum name, or its term (`third-country`), normalised to the enum name. */
const KIND = /^[A-Za-z][A-Za-z_-]{0,59}$/;
const TYPE = /^[A-Z][A-Z_]{0,59}$/;
const MAX_LIST = 200;
/** Positions in a link: more nodes than a list of ids, fewer than the whole model. */
const MAX_POSITIONS = 1000;
const POSITION = /^([a-z0-9][a-z0-9._-]{0,119}):(-?\d{1,7}):(-?\d{1,7})$/;
const CAMERA = /^(\d{1,2}(?:\.\d{1,6})?):(-?\d{1,7}):(-?\d{1,7})$/;

/** "SO4.4", "so4.4", "4.4" or "SO4_4" → the Objective enum value SO4_4; "all" → ALL; anything else null. */
export function normaliseObjective(value: string): Objective | null {
  const v = value.trim().toUpperCase().replace(/_/g, '.');
  const code = /^\d/.test(v) ? `SO${v}` : v;
  return OBJECTIVES.has(code) ? (enumName(code) as Objective) : null;
}

/** An objective as the strategy writes it: SO4_4 → "SO4.4". */
export const objectiveTerm = (objective: Objective): string => termOf(OBJECTIVES, objective) ?? objective;

/** An incident type code, or its words ("crime", "personal data"): the IncidentTypeCode enum value, else null. */
export function normaliseIncident(value: string): IncidentTypeCode | null {
  const code = enumName(value.trim().replace(/\s+/g, '_'));
  return termOf(INCIDENT_TYPES, code) ? (code as IncidentTypeCode) : null;
}

export interface Decoded {
  state: UrlState;
  /** What was ignored, in words, for the analyst. */
  problems: string[];
}

export function decodeState(search: string): Decoded {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const state = defaultState();
  const problems: string[] = [];
  const bad = (key: string, value: string, why: string) =>
    problems.push(`Ignored ${key}=${value.length > 40 ? `${value.slice(0, 40)}…` : value}: ${why}.`);
  const one = (key: string, check: (v: string) => boolean, why: string): string | null => {
    const v = params.get(key);
    if (v === null || v === '') return null;
    if (check(v)) return v;
    bad(key, v, why);
    return null;
  };
  const list = (key: string, pattern: RegExp, why: string): string[] | null => {
    const v = params.get(key);
    if (v === null) return null;
    const items = v.split(',').filter(Boolean);
    const good = items.filter((item) => pattern.test(item)).slice(0, MAX_LIST);
    const wrong = items.filter((item) => !pattern.test(item));
    if (wrong.length > 0) bad(key, wrong.join(','), why);
    return [...new Set(good)];
  };
  const notId = 'not a node id';
  state.focus = one('focus', (v) => ID.test(v), notId);
  const depth = one('depth', (v) => /^[1-3]$/.test(v), 'depth is 1, 2 or 3');
  if (depth) state.depth = Number(depth);
  state.expanded = list('expand', ID, notId) ?? [];
  state.hidden = list('hide', ID, notId) ?? [];
  const scope = one('scope', isScope, `scopes are ${SCOPES.join(', ')}`);
  if (scope && isScope(scope)) state.scope = scope;
  const kinds = list('kinds', KIND, 'not a node kind');
  state.kinds = kinds && [...new Set(kinds.map(enumName))];
  state.pillar = one('pillar', (v) => PILLARS.has(v), `pillars are ${PILLARS.values.join(', ')}`) as Pillar | null;
  state.document = one('doc', (v) => ID.test(v), 'not a document id');
  state.relationTypes = list('rel', TYPE, 'not a relationship type');
  // As the Layout menu names them, with the value the link takes.
  const layouts = LAYOUTS.map((name) => `${LAYOUT_LABELS[name]} (${name})`).join(', ');
  const layout = one('layout', isLayoutName, `layouts are ${layouts}`);
  if (layout && isLayoutName(layout)) state.layout = layout;
  const tab = one('tab', (v) => (TABS as readonly string[]).includes(v), `tabs are ${TABS.join(', ')}`);
  if (tab) state.tab = tab as Tab;
  const lens = one('lens', (v) => (LENSES as readonly string[]).includes(v), `highlights are ${LENSES.join(', ')}`);
  if (lens) state.lens = lens as Lens;
  const objective = one('objective', (v) => normaliseObjective(v) !== null, 'objectives are SO4.1 to SO4.7 or ALL');
  state.objective = objective ? normaliseObjective(objective) : null;
  state.approach =
    (one(
      'approach',
      (v) => APPROACHES.has(v.toUpperCase()),
      'approaches are LIMITED, ASSISTING, OUTREACH',
    )?.toUpperCase() as ApproachCode | null) ?? null;
  for (const item of (params.get('assume') ?? '').split(',').filter(Boolean)) {
    const [kind, actor] = item.split(':');
    if (kind && actor && (ACTOR_ASSUMPTION_KINDS as readonly string[]).includes(kind) && ID.test(actor)) {
      if (!state.assume.some((a) => a.kind === kind && a.actor === actor))
        state.assume.push({ kind: kind as AssumptionKind, actor });
    } else bad('assume', item, `write KIND:actor, KIND one of ${ACTOR_ASSUMPTION_KINDS.join(', ')}`);
  }
  state.pathFrom = one('from', (v) => ID.test(v), notId);
  state.pathTo = one('to', (v) => ID.test(v), notId);
  const incident = one('incident', (v) => normaliseIncident(v) !== null, 'not an incident type');
  state.incident = incident ? normaliseIncident(incident) : null;
  state.selected = one('sel', (v) => ID.test(v), notId);
  const view = one('view', (v) => v === 'graph' || v === 'table', 'views are graph, table');
  if (view) state.view = view as 'graph' | 'table';
  const webgl = one('webgl', (v) => v === '1' || v === '0', 'webgl is 1 or 0');
  state.webgl = webgl === null ? null : webgl === '1';
  state.follow = one('follow', (v) => v === '1' || v === '0', 'follow is 1 or 0') !== '0';
  const seen = new Set<string>();
  const wrongPositions: string[] = [];
  for (const item of (params.get('pos') ?? '').split(',').filter(Boolean)) {
    const m = POSITION.exec(item);
    if (!m || seen.has(m[1]!) || seen.size >= MAX_POSITIONS) wrongPositions.push(item);
    else {
      seen.add(m[1]!);
      state.positions.push({ id: m[1]!, x: Number(m[2]), y: Number(m[3]) });
    }
  }
  if (wrongPositions.length > 0)
    bad('pos', wrongPositions.slice(0, 3).join(','), `write id:x:y with whole numbers, at most ${MAX_POSITIONS}`);
  const camera = one('cam', (v) => CAMERA.test(v) && Number(v.split(':')[0]) > 0, 'write zoom:x:y, the zoom above 0');
  if (camera) {
    const [zoom, x, y] = camera.split(':').map(Number);
    state.camera = { zoom: zoom!, x: x!, y: y! };
  }
  const style = params.get('style');
  if (style) {
    const { rules, ignored } = decodeRules(style);
    state.style = rules;
    if (ignored.length > 0)
      bad('style', ignored.join(','), `rules are ${RULE_SUGGESTIONS.map((r) => r.replace(/ /g, '-')).join(', ')}`);
  }
  return { state, problems };
}

export function encodeState(state: UrlState): string {
  const d = defaultState();
  const params = new URLSearchParams();
  const set = (key: string, value: string | null | undefined) => {
    if (value) params.set(key, value);
  };
  set('focus', state.focus);
  if (state.focus && state.depth !== d.depth) set('depth', String(state.depth));
  set('expand', state.expanded.join(','));
  set('hide', state.hidden.join(','));
  if (state.scope !== d.scope) set('scope', state.scope);
  if (state.kinds) params.set('kinds', state.kinds.join(','));
  set('pillar', state.pillar);
  set('doc', state.document);
  if (state.relationTypes) params.set('rel', state.relationTypes.join(','));
  if (state.layout !== d.layout) set('layout', state.layout);
  if (state.tab !== d.tab) set('tab', state.tab);
  set('lens', state.lens);
  set('objective', state.objective && objectiveTerm(state.objective));
  set('approach', state.approach);
  set('assume', state.assume.map((a) => `${a.kind}:${a.actor}`).join(','));
  set('from', state.pathFrom);
  set('to', state.pathTo);
  set('incident', state.incident);
  set('sel', state.selected);
  if (state.view !== d.view) set('view', state.view);
  if (state.webgl !== null) set('webgl', state.webgl ? '1' : '0');
  if (!state.follow) set('follow', '0');
  set('pos', state.positions.map((p) => `${p.id}:${Math.round(p.x)}:${Math.round(p.y)}`).join(','));
  if (state.camera)
    set('cam', `${Number(state.camera.zoom.toFixed(4))}:${Math.round(state.camera.x)}:${Math.round(state.camera.y)}`);
  set('style', encodeRules(state.style));
  const text = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}
