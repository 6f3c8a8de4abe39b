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
import { attrs, EXCLUDED, FONT, nodeStyle, ROLE_BORDER, wrapWidth, type Attributes, type Role } from './dot-style.js';
import { DotWriter, type Diagram } from './dot-writer.js';
import { ENISA_ID, type BriefingActor, type BriefingModel, type BriefingReason } from './model.js';

export type { Diagram };

export interface DotOptions {
  /** Title, objective, assumptions and data version above the diagram, for an SVG that travels alone. */
  caption?: boolean;
}

/** Font sizes in points: node labels, edge labels. */
export const NODE_SIZE = 12;
export const EDGE_SIZE = 12;

const BASIS: Record<string, string> = {
  NAMED: 'named',
  GROUP_MEMBER: 'members',
  CLASS_MEMBER: 'members',
  BY_KIND: 'members by kind',
  AGREEMENT: 'by agreement',
  ASSUMPTION: 'assumed (what-if)',
};

const nodeId = (id: string) => dotString(`actor:${id}`);

/** A what-if's marks against the baseline: "+" before a partner it adds, "−" before one it removes. */
export type Marks = ReadonlyMap<string, '+' | '−'>;

export function diffMarks(model: BriefingModel): Marks {
  return new Map([
    ...(model.diff?.added ?? []).map((a) => [a.id, '+'] as const),
    ...(model.diff?.removed ?? []).map((a) => [a.id, '−'] as const),
  ]);
}

/** A partner's name as the diagram prints it: its what-if mark, the name, and "(assumed)" or "(excluded)". */
export function markedName(actor: BriefingActor, role: Role, marks: Marks = new Map()): string {
  const suffix = role === 'assumed' ? ' (assumed)' : role === 'excluded' ? ' (excluded)' : '';
  const mark = marks.get(actor.id);
  return `${mark ? `${mark} ` : ''}${actor.name}${suffix}`;
}

/** The label the UI shows: the name, and "(assumed)" for a what-if partner (wrapped to keep nodes compact). */
export function nodeLabel(actor: BriefingActor, role: Role, marks?: Marks): string {
  return wrap(markedName(actor, role, marks), wrapWidth(actor.kind));
}

/** Names on lines of about `width` characters, a comma after each but the last; a name is never split. */
export function packNames(names: string[], width = 28): string {
  const lines: string[] = [];
  names.forEach((name, i) => {
    const item = i < names.length - 1 ? `${name},` : name;
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + item.length <= width) lines[last] = `${lines[last]} ${item}`;
    else lines.push(item);
  });
  return lines.join('\n');
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

  constructor(readonly marks: Marks) {
    super();
  }

  actor(actor: BriefingActor, role: Role, label = nodeLabel(actor, role, this.marks)): void {
    if (this.drawn.has(actor.id)) return;
    this.drawn.add(actor.id);
    const style = nodeStyle(actor.kind, role);
    // Partners in bold, as the UI draws what an answer highlights.
    const bold = role === 'partner' || role === 'assumed';
    const text = labelText(label, NODE_SIZE, { color: String(style.fontcolor), bold });
    this.node(nodeId(actor.id), text, { ...style, id: `node-${actor.id}`, class: role });
  }
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/**
 * The members that qualify through one group or class on one basis, in one box that lists their names (not a
 * node each: a bloc of 16 drawn as 16 nodes prints too small on A4), headed by the basis ("members:", "by
 * agreement:", "assumed (what-if):"). A member that qualifies through two groups is listed in both boxes.
 */
function drawMembers(out: BriefingWriter, memberships: Membership[]): void {
  const boxes = new Map<string, Map<string, Membership>>();
  for (const m of memberships) {
    const key = `${m.via.id}\u0000${m.basis}`;
    const box = boxes.get(key) ?? new Map<string, Membership>();
    if (!box.has(m.member.id)) box.set(m.member.id, m);
    boxes.set(key, box);
  }
  for (const box of boxes.values()) {
    const list = [...box.values()];
    const first = list[0]!;
    const role: Role = list.every((m) => m.assumed) ? 'assumed' : 'partner';
    const names = list.map((m) => markedName(m.member, m.assumed ? 'assumed' : 'partner', out.marks));
    const id = `members:${first.via.id}:${first.basis}`;
    const label: LabelText = {
      color: '#1d2733',
      lines: [
        { text: `${BASIS[first.basis] ?? first.basis}:`, size: EDGE_SIZE },
        ...packNames(names)
          .split('\n')
          .map((text) => ({ text, size: NODE_SIZE, bold: true })),
      ],
    };
    out.node(dotString(id), label, {
      shape: 'box',
      style: role === 'assumed' ? 'rounded,filled,dashed' : 'rounded,filled',
      fillcolor: '#f7f9fb',
      color: ROLE_BORDER[role],
      penwidth: 3,
      id: `node-members-${slug(first.via.id)}-${slug(first.basis)}`,
      class: `${role} members`,
    });
    const [attributes] = basisEdge(first);
    out.edge(nodeId(first.via.id), dotString(id), attributes);
  }
}

/** The briefing's diagram: its DOT, and the same graph with measured label boxes that renderSvg draws. */
export function toDot(model: BriefingModel, options: DotOptions = {}): Diagram {
  const out = new BriefingWriter(diffMarks(model));
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
    // A partner named itself gets a node; one that qualifies through a group or class is listed in its box.
    if (p.reasons.length === 0 || p.reasons.some((r) => !r.via)) out.actor(p, p.assumed ? 'assumed' : 'partner');
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
  drawRemoved(out, model, question);

  const graph: Attributes = { id: 'diagram', rankdir: 'LR', newrank: 'true', fontname: FONT };
  return out.diagram([
    'digraph briefing {',
    `  graph [${attrs({ ...graph, nodesep: 0.15, ranksep: 0.25, pad: 0.1, bgcolor: 'white' })}];`,
    `  node [${attrs({ fontname: FONT, fontsize: NODE_SIZE, margin: '0.1,0.05' })}];`,
    `  edge [${attrs({ fontname: FONT, fontsize: EDGE_SIZE, color: '#7d8fa3', fontcolor: '#34495e', arrowsize: 0.7, penwidth: 1.4 })}];`,
  ]);
}

/** Partners of the baseline the what-if removes and the diagram shows nowhere else (excluded ones carry "−"). */
function drawRemoved(out: BriefingWriter, model: BriefingModel, question: string): void {
  const shown = new Set(model.excluded.map((x) => x.id));
  const removed = (model.diff?.removed ?? []).filter((a) => !shown.has(a.id));
  if (removed.length === 0) return;
  const label = `Removed by the what-if:\n${packNames(removed.map((a) => markedName(a, 'context', out.marks)))}`;
  out.node(dotString('removed'), labelText(label, NODE_SIZE, { color: '#1d2733' }), {
    shape: 'box',
    style: 'rounded,dashed',
    color: EXCLUDED,
    penwidth: 2,
    id: 'node-removed',
    class: 'removed',
  });
  out.edge(question, dotString('removed'), { style: 'dashed', color: EXCLUDED });
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
