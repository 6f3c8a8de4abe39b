/**
 * Briefing model → DOT. Left to right: ENISA above the question (objective and approach), then what the
 * provisions name (partners, groups, classes), then the members of groups and classes, boxed together.
 * Nodes look as in the UI (dot-style.ts); edges say why: the provision with its citation number, then the
 * basis of membership. Labels are sized with the shipped font (diagram-labels.ts). The legend is a graph of
 * its own (legend-dot.ts). Pure, apart from the font files the measuring reads.
 */
import { ASSUMED, HIGHLIGHT } from '../../../core/palette.js';
import { labelText, type LabelText } from './diagram-labels.js';
import { dotString, wrap } from './dot-text.js';
import { attrs, EXCLUDED, FONT, nodeStyle, wrapWidth, type Attributes, type Role } from './dot-style.js';
import { DotWriter, type Diagram } from './dot-writer.js';
import { ENISA_ID, type BriefingActor, type BriefingModel, type BriefingReason } from './model.js';

export type { Diagram };

export interface DotOptions {
  /** Title, objective, assumptions and data version above the diagram, for an SVG that travels alone. */
  caption?: boolean;
}

/** Members per column inside a group's box; more make more columns. */
const COLUMN = 8;
/** Font sizes in points: node labels, edge labels. */
const NODE_SIZE = 14;
const EDGE_SIZE = 12;

const BASIS: Record<string, string> = {
  NAMED: 'named',
  GROUP_MEMBER: 'members',
  CLASS_MEMBER: 'members',
  BY_KIND: 'members by kind',
  AGREEMENT: 'by agreement',
  ASSUMPTION: 'assumed (what-if)',
};

const nodeId = (id: string) => dotString(`actor:${id}`);

/** The label the UI shows: the name, and "(assumed)" for a what-if partner (wrapped to keep nodes compact). */
export function nodeLabel(actor: BriefingActor, role: Role): string {
  const suffix = role === 'assumed' ? ' (assumed)' : role === 'excluded' ? ' (excluded)' : '';
  return wrap(`${actor.name}${suffix}`, wrapWidth(actor.kind));
}

/** "principle 3 [1]; 4.4 / bullet 5 [2]": the provisions behind one edge, once each. */
function provisions(reasons: BriefingReason[]): string {
  return [...new Map(reasons.map((r) => [r.cite, `${r.locator} [${r.cite}]`])).values()].join('; ');
}

interface Membership {
  via: BriefingActor;
  basis: string;
  member: BriefingActor;
  assumed: boolean;
}

const edgeLabel = (text: string, color = '#34495e'): LabelText => labelText(text, EDGE_SIZE, { color });

/** A membership edge: its attributes and its label. */
const basisEdge = (m: Membership): [Attributes, LabelText] =>
  m.assumed
    ? [{ style: 'dashed', color: ASSUMED, fontcolor: ASSUMED }, edgeLabel(BASIS[m.basis] ?? m.basis, ASSUMED)]
    : [{ color: HIGHLIGHT }, edgeLabel(BASIS[m.basis] ?? m.basis)];

class BriefingWriter extends DotWriter {
  private readonly drawn = new Set<string>();

  actor(actor: BriefingActor, role: Role, label = nodeLabel(actor, role)): void {
    if (this.drawn.has(actor.id)) return;
    this.drawn.add(actor.id);
    const style = nodeStyle(actor.kind, role);
    // Partners in bold, as the UI draws what an answer highlights.
    const bold = role === 'partner' || role === 'assumed';
    const text = labelText(label, NODE_SIZE, { color: String(style.fontcolor), bold });
    this.node(nodeId(actor.id), text, { ...style, id: `node-${actor.id}`, class: role });
  }
}

/** Members boxed by (group or class, basis); a member already in a box gets a plain edge from its other vias. */
function drawMembers(out: BriefingWriter, memberships: Membership[]): void {
  const boxes = new Map<string, Membership[]>();
  const boxed = new Map<string, string>();
  for (const m of memberships) {
    const key = `${m.via.id}\u0000${m.basis}`;
    const home = boxed.get(m.member.id);
    if (home === key) continue;
    if (home !== undefined) {
      out.edge(nodeId(m.via.id), nodeId(m.member.id), ...basisEdge(m));
      continue;
    }
    boxed.set(m.member.id, key);
    boxes.set(key, [...(boxes.get(key) ?? []), m]);
  }
  let n = 0;
  for (const box of boxes.values()) {
    const first = box[0]!;
    if (box.length === 1) {
      out.edge(nodeId(first.via.id), nodeId(first.member.id), ...basisEdge(first));
      continue;
    }
    const cluster = `cluster_members_${(n += 1)}`;
    out.line(`  subgraph ${cluster} {`);
    out.line(`    ${attrs({ label: '', style: 'rounded,filled', fillcolor: '#f7f9fb', color: '#c3cad3' })};`);
    box.forEach((m) => out.line(`    ${nodeId(m.member.id)};`));
    out.line('  }');
    const [attributes, label] = basisEdge(first);
    out.edge(nodeId(first.via.id), nodeId(first.member.id), { ...attributes, lhead: cluster }, label);
    // Invisible edges keep the members right of their group, in columns of COLUMN: the first column from the
    // group, each next one from the member COLUMN places before it.
    box.forEach((m, i) => {
      const from = i < COLUMN ? nodeId(m.via.id) : nodeId(box[i - COLUMN]!.member.id);
      out.edge(from, nodeId(m.member.id), { style: 'invis' });
    });
  }
}

/** The briefing's diagram: its DOT, and the same graph with measured label boxes that renderSvg draws. */
export function toDot(model: BriefingModel, options: DotOptions = {}): Diagram {
  const out = new BriefingWriter();
  if (options.caption) out.graphLabel(caption(model), { labelloc: 't', labeljust: 'l' });
  const question = dotString('question');
  out.actor({ id: ENISA_ID, name: 'ENISA', kind: 'eu-agency' }, 'context');
  const questionStyle = nodeStyle('StrategicObjective', 'context');
  const questionLabel = labelText(wrap(model.title, 14), NODE_SIZE, { color: String(questionStyle.fontcolor) });
  out.node(question, questionLabel, { ...questionStyle, id: 'node-question' });
  out.line(`  { rank=min; ${nodeId(ENISA_ID)}; ${question} }`);
  out.edge(nodeId(ENISA_ID), question, {});

  // What the provisions name: partners named directly, and the groups and classes members qualify through.
  const named = new Map<string, { target: BriefingActor; reasons: BriefingReason[] }>();
  const name = (target: BriefingActor, reason: BriefingReason) =>
    named.set(target.id, { target, reasons: [...(named.get(target.id)?.reasons ?? []), reason] });
  const memberships: Membership[] = [];
  for (const p of model.partners) {
    out.actor(p, p.assumed ? 'assumed' : 'partner');
    for (const r of p.reasons) {
      name(r.via ?? p, r);
      if (r.via) memberships.push({ via: r.via, basis: r.basis, member: p, assumed: r.assumed });
    }
  }
  for (const c of model.classes) {
    const label = wrap(c.members.length === 0 ? `${c.name} (no members yet)` : c.name, wrapWidth(c.kind));
    out.actor(c, 'context', label);
    c.reasons.forEach((r) => name(c, r));
  }
  for (const { target, reasons } of named.values()) {
    out.actor(target, 'context');
    out.edge(question, nodeId(target.id), {}, edgeLabel(wrap(provisions(reasons), 24)));
  }
  drawMembers(out, memberships);

  for (const x of model.excluded) {
    out.actor(x, 'excluded');
    const label = wrap(`excluded: ${x.reasons.length > 0 ? provisions(x.reasons) : 'principle 4'}`, 24);
    out.edge(
      question,
      nodeId(x.id),
      { style: 'dashed', color: EXCLUDED, fontcolor: EXCLUDED },
      edgeLabel(label, EXCLUDED),
    );
  }

  const graph: Attributes = { id: 'diagram', rankdir: 'LR', compound: 'true', newrank: 'true', fontname: FONT };
  return out.diagram([
    'digraph briefing {',
    `  graph [${attrs({ ...graph, nodesep: 0.2, ranksep: 0.35, pad: 0.15, bgcolor: 'white' })}];`,
    `  node [${attrs({ fontname: FONT, fontsize: NODE_SIZE, margin: '0.1,0.05' })}];`,
    `  edge [${attrs({ fontname: FONT, fontsize: EDGE_SIZE, color: '#7d8fa3', fontcolor: '#34495e', arrowsize: 0.7, penwidth: 1.4 })}];`,
  ]);
}

/** Title (bold), objective, assumptions, data version and date, left-aligned. */
function caption(model: BriefingModel): LabelText {
  const lines = [
    model.objective.name ? `${model.objective.code}: ${model.objective.name}` : null,
    ...model.assumptions.map((a) => `Assumed (what-if): ${a.text}`),
    `Data version ${model.dataVersion ?? 'unknown'} · generated ${model.generatedOn} (UTC)`,
  ].filter((s): s is string => Boolean(s));
  return {
    align: 'left',
    lines: [{ text: model.title, size: 18, bold: true }, ...lines.map((text) => ({ text, size: 11 }))],
  };
}
