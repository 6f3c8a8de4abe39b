/**
 * What the styling rules do to each node of the view, and the legend that follows them. Pure: the canvas
 * copies `ruleColor` and `ruleScale` onto its nodes by id (style.ts draws them), and the legend lists
 * `legend`. Colours are the Okabe–Ito set, told apart by people with the common colour-vision deficiencies.
 */
import { PILLARS, type Pillar } from '../../../../core/vocabulary.js';
import { formatMeasure, type ViewMeasures } from './measures';
import { RULE_WORDS, type ColourBy, type SizeBy, type StyleRules } from './rules';

/** Which actors each document and each pillar names, as the API's filters answer it. */
export interface Memberships {
  /** The strategies and the actors each cites (`strategy` false for an official page, which is not listed). */
  documents: Array<{ id: string; name: string; strategy: boolean; actors: Set<string> }>;
  pillars: Map<Pillar, Set<string>>;
}

/** The memberships from the API's answers: each document's and each pillar's actor ids, in their order. */
export function membershipsOf(
  documents: Array<{ id: string; name: string; kind: string }>,
  byDocument: Set<string>[],
  byPillar: Set<string>[],
): Memberships {
  return {
    documents: documents.map((d, i) => ({
      id: d.id,
      name: d.name,
      strategy: d.kind === 'STRATEGY',
      actors: byDocument[i] ?? new Set(),
    })),
    pillars: new Map(PILLARS.values.map((p, i) => [p, byPillar[i] ?? new Set<string>()])),
  };
}

export interface RuleNode {
  id: string;
  actor: boolean;
}

export interface NodeRuleData {
  ruleColor?: string;
  /** The colour's category, in words (the exported slide's legend lists it). */
  ruleLabel?: string;
  /** 0–1: the node's value of the size measure over the view's largest. */
  ruleScale?: number;
}

export interface ColourEntry {
  color: string;
  label: string;
  count: number;
}

export interface RuleLegend {
  colour: { by: ColourBy; words: string; entries: ColourEntry[] } | null;
  size: { by: SizeBy; words: string; max: string } | null;
}

export interface RuleStyles {
  data: Map<string, NodeRuleData>;
  legend: RuleLegend;
}

export const RULE_COLOURS = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  purple: '#CC79A7',
  vermillion: '#D55E00',
  sky: '#56B4E9',
  none: '#b0b7bf',
} as const;

const PILLAR_COLOURS: Record<Pillar, string> = {
  NIS: RULE_COLOURS.blue,
  LAW_ENFORCEMENT: RULE_COLOURS.vermillion,
  DEFENCE: RULE_COLOURS.green,
};
const PILLAR_WORDS: Record<Pillar, string> = {
  NIS: 'Network and information security',
  LAW_ENFORCEMENT: 'Law enforcement',
  DEFENCE: 'Defence',
};

/** A node's category under a colour rule: its colour and its legend label (null: the kind colour stays). */
type Categorise = (node: RuleNode) => { color: string; label: string; order: number };

function byDocument(memberships: Memberships): Categorise {
  const strategies = memberships.documents.filter((d) => d.strategy);
  const single = [RULE_COLOURS.blue, RULE_COLOURS.orange, RULE_COLOURS.sky];
  return (node) => {
    if (!node.actor) return { color: RULE_COLOURS.none, label: 'Not an actor', order: 9 };
    const citing = strategies.filter((d) => d.actors.has(node.id));
    if (citing.length > 1)
      return {
        color: RULE_COLOURS.green,
        label: citing.length === strategies.length ? 'Both strategies' : 'Several strategies',
        order: 3,
      };
    if (citing.length === 1) {
      const index = strategies.indexOf(citing[0]!);
      return { color: single[index % single.length]!, label: `${citing[0]!.name} only`, order: index };
    }
    // Every actor is cited: one that neither strategy cites comes from the official pages behind reference data.
    return { color: RULE_COLOURS.purple, label: 'Reference data only (official pages)', order: 4 };
  };
}

function byPillar(memberships: Memberships): Categorise {
  return (node) => {
    if (!node.actor) return { color: RULE_COLOURS.none, label: 'Not an actor', order: 9 };
    const pillars = PILLARS.values.filter((p) => memberships.pillars.get(p)?.has(node.id));
    if (pillars.length > 1) return { color: RULE_COLOURS.purple, label: 'Several pillars', order: 4 };
    if (pillars.length === 1)
      return {
        color: PILLAR_COLOURS[pillars[0]!],
        label: PILLAR_WORDS[pillars[0]!],
        order: PILLARS.values.indexOf(pillars[0]!),
      };
    return { color: RULE_COLOURS.none, label: 'In no pillar', order: 8 };
  };
}

/**
 * The rule data of every node and the legend. A colour rule waits for the memberships (null: not loaded yet,
 * then the kind colours stay); a size rule for the measures (null: not computed, the usual sizes stay).
 */
export function ruleStyles(
  nodes: RuleNode[],
  rules: StyleRules,
  measures: ViewMeasures | null,
  memberships: Memberships | null,
): RuleStyles {
  const legend: RuleLegend = { colour: null, size: null };
  const colourBy = rules.colour && rules.colour !== 'kind' && memberships ? rules.colour : null;
  const sizeBy = rules.size && measures ? rules.size : null;
  // No rule in force: no data at all (the canvas then only clears what an earlier rule left).
  const data = new Map<string, NodeRuleData>(colourBy || sizeBy ? nodes.map((n) => [n.id, {}]) : []);
  if (colourBy && memberships) {
    const categorise = colourBy === 'document' ? byDocument(memberships) : byPillar(memberships);
    const entries = new Map<string, ColourEntry & { order: number }>();
    for (const node of nodes) {
      const { color, label, order } = categorise(node);
      Object.assign(data.get(node.id)!, { ruleColor: color, ruleLabel: label });
      const entry = entries.get(label) ?? { color, label, count: 0, order };
      entry.count += 1;
      entries.set(label, entry);
    }
    legend.colour = {
      by: colourBy,
      words: RULE_WORDS[colourBy],
      entries: [...entries.values()]
        .sort((a, b) => a.order - b.order || a.label.localeCompare(b.label))
        .map(({ color, label, count }) => ({ color, label, count })),
    };
  }
  if (sizeBy && measures) {
    const max = measures.max[sizeBy];
    for (const node of nodes) {
      const value = measures.byId.get(node.id)?.[sizeBy] ?? 0;
      data.get(node.id)!.ruleScale = max > 0 ? value / max : 0;
    }
    legend.size = { by: sizeBy, words: RULE_WORDS[sizeBy], max: formatMeasure(sizeBy, max) };
  }
  return { data, legend };
}

/**
 * A node's size under a size rule, in graph units: the same base for every node, growing with the square
 * root of its share, so that a node's area follows its value (up to three times the base's width).
 */
export const ruleNodeSize = (base: number, scale: number): number => base * (1 + 2 * Math.sqrt(Math.max(0, scale)));
