/**
 * The diagram's legend as its own small DOT graph: one entry per kind drawn (the UI's legend name next to
 * a small node of that kind's shape and colour) and per role (eligible, assumed, excluded), in a grid of
 * rows. A separate graph so that it can sit under the diagram whatever the diagram's layout. Pure.
 */
import { kindStyle } from '../../../core/palette.js';
import { labelBox, labelText } from './diagram-labels.js';
import { dotString } from './dot-text.js';
import { attrs, FONT, nodeStyle, ROLE_BORDER, type Attributes, type Role } from './dot-style.js';
import { DotWriter, type Diagram } from './dot-writer.js';
import type { BriefingModel } from './model.js';

/** The legend's font size in points. */
export const LEGEND_SIZE = 11;
const SIZE = LEGEND_SIZE;

export interface LegendEntry {
  kind: string;
  role: Role;
  text: string;
}

const ROLE_TEXT: Partial<Record<Role, string>> = {
  partner: 'Eligible partner',
  assumed: 'Assumed partner (what-if)',
  excluded: 'Excluded (principle 4)',
};

/** Kinds in order of appearance in the diagram, then the roles it uses. */
export function legendEntries(model: BriefingModel): LegendEntry[] {
  const kinds = ['eu-agency', 'StrategicObjective'];
  const add = (kind: string) => {
    if (!kinds.includes(kind)) kinds.push(kind);
  };
  for (const p of model.partners) {
    // A partner through a group or class is a name in its box (drawn as an eligible partner), not a node.
    if (p.reasons.length === 0 || p.reasons.some((r) => !r.via)) add(p.kind);
    p.reasons.forEach((r) => r.via && add(r.via.kind));
  }
  if (model.classes.length > 0) add('ActorClass');
  model.excluded.forEach((x) => add(x.kind));
  const roles = new Set<Role>([
    ...model.partners.map((p): Role => (p.assumed ? 'assumed' : 'partner')),
    ...model.excluded.map((): Role => 'excluded'),
  ]);
  return [
    ...kinds.map((kind): LegendEntry => ({ kind, role: 'context', text: kindStyle(kind).legend })),
    ...(['partner', 'assumed', 'excluded'] as const)
      .filter((role) => roles.has(role))
      .map((role): LegendEntry => ({ kind: role, role, text: ROLE_TEXT[role]! })),
  ];
}

function icon(entry: LegendEntry): Attributes {
  if (entry.role === 'context') return { ...nodeStyle(entry.kind, 'context'), width: 0.42, height: 0.28 };
  return {
    shape: 'box',
    style: entry.role === 'partner' ? 'rounded,filled' : 'rounded,filled,dashed',
    fillcolor: 'white',
    color: ROLE_BORDER[entry.role],
    penwidth: 2.5,
    width: 0.42,
    height: 0.26,
  };
}

/** Rows of `perRow` entries: icon, then its text, left to right. */
export function toLegendDot(entries: LegendEntry[], perRow = 4): Diagram {
  const texts = entries.map((e) => labelText(e.text, SIZE, { align: 'left' }));
  // Every text cell as wide as the longest text, measured in the shipped font, so the columns line up.
  const textWidth = (Math.max(0, ...texts.map((t) => labelBox(t).width)) + 7) / 72;
  const out = new DotWriter();
  const rows: string[][] = [];
  entries.forEach((entry, i) => {
    const iconId = dotString(`legend-icon-${i}`);
    const textId = dotString(`legend-text-${i}`);
    out.line(`  ${iconId} [${attrs({ ...icon(entry), id: `legend-icon-${entry.kind}` })}];`);
    out.node(textId, texts[i]!, { shape: 'plaintext', width: textWidth, height: 0.28, id: `legend-${entry.kind}` });
    const row = Math.floor(i / perRow);
    (rows[row] ??= []).push(iconId, textId);
  });
  for (const row of rows) out.line(`  ${row.join(' -> ')};`);
  // Rows top to bottom: a flat edge in LR puts its head below its tail.
  for (let r = 1; r < rows.length; r += 1) out.line(`  { rank=same; ${rows[r - 1]![0]} -> ${rows[r]![0]}; }`);
  return out.diagram([
    'digraph legend {',
    `  graph [${attrs({ id: 'legend', rankdir: 'LR', ranksep: 0.06, nodesep: 0.1, pad: 0.1, fontname: FONT, fontsize: SIZE })}];`,
    `  node [${attrs({ fontname: FONT, fontsize: SIZE, fixedsize: 'true', label: '' })}];`,
    '  edge [style=invis];',
  ]);
}

export const modelLegendDot = (model: BriefingModel, perRow = 4) => toLegendDot(legendEntries(model), perRow);
