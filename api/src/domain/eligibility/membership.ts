/**
 * Who a rule's target stands for: a named actor; the member countries of a named group; the members of a
 * named class: explicit (named examples, cross-references, curated), by kind, through a curated agreement of
 * a kind that fills the class, or a what-if. A membership whose participation is suspended or ended is
 * returned flagged (`inactive`): shown, never granted.
 */
import { assumptionPhrase } from './question.js';
import type {
  AgreementFact,
  AgreementKind,
  Assumption,
  Basis,
  EligibilityFacts,
  MemberFact,
  MembershipUsed,
  TargetFact,
} from './types.js';

export interface Membership {
  actorId: string;
  basis: Basis;
  viaGroup: string | null;
  viaClass: string | null;
  assumption: Assumption | null;
  agreement: AgreementFact | null;
  /** The agreement kind that filled the class (basis AGREEMENT). */
  agreementKind: AgreementKind | null;
  membership: MembershipUsed | null;
  /** The membership edge is suspended or ended: the route is shown, not granted. */
  inactive: boolean;
}

/** Prefer facts over assumptions, specific membership over membership by kind, and active over inactive. */
const STRENGTH: Record<Basis, number> = {
  NAMED: 0,
  GROUP_MEMBER: 1,
  CLASS_MEMBER: 1,
  AGREEMENT: 2,
  BY_KIND: 3,
  ASSUMPTION: 4,
};
export const strength = (m: Membership) => STRENGTH[m.basis] + (m.inactive ? 10 : 0);

/** A membership, its unset details null (each named rather than spread: a class at scale has tens of thousands). */
export const member = (actorId: string, basis: Basis, rest: Partial<Membership> = {}): Membership => ({
  actorId,
  basis,
  viaGroup: rest.viaGroup ?? null,
  viaClass: rest.viaClass ?? null,
  assumption: rest.assumption ?? null,
  agreement: rest.agreement ?? null,
  agreementKind: rest.agreementKind ?? null,
  membership: rest.membership ?? null,
  inactive: rest.inactive ?? false,
});

export const used = (edge: MemberFact, targetId: string): MembershipUsed => ({ ...edge, targetId });
export const isInactive = (edge: MemberFact) => edge.suspended !== null || edge.left !== null;

function groupMembers(group: TargetFact | undefined, viaClass: string | null): Membership[] {
  if (!group || group.kind !== 'country-group') return [];
  return group.members.map((m) =>
    member(m.id, 'GROUP_MEMBER', {
      viaGroup: group.id,
      viaClass,
      membership: used(m, group.id),
      inactive: isInactive(m),
    }),
  );
}

export const admits = (target: TargetFact, kind: string | undefined) =>
  kind !== undefined && (target.admitsKinds.length === 0 || target.admitsKinds.includes(kind));

function classMembers(target: TargetFact, facts: EligibilityFacts, assumptions: Assumption[]): Membership[] {
  const kindOf = (actorId: string) => facts.actors.get(actorId)?.kind;
  const viaClass = target.id;
  const found: Membership[] = [];
  for (const m of target.members) {
    found.push(member(m.id, 'CLASS_MEMBER', { viaClass, membership: used(m, target.id), inactive: isInactive(m) }));
    found.push(...groupMembers(facts.targets.get(m.id), viaClass));
  }
  if (target.memberKinds.length > 0) {
    for (const actor of facts.actors.values())
      if (target.memberKinds.includes(actor.kind)) found.push(member(actor.id, 'BY_KIND', { viaClass }));
  }
  // Only a class some agreement kind fills looks through the agreements (tens of thousands at scale).
  for (const agreement of target.filledBy.length > 0 ? facts.agreements : []) {
    const kind = agreement.kinds.find((k) => target.filledBy.includes(k));
    if (kind && admits(target, kindOf(agreement.actorId)))
      found.push(member(agreement.actorId, 'AGREEMENT', { viaClass, agreement, agreementKind: kind }));
  }
  for (const assumption of assumptions) {
    const fills =
      assumption.kind === 'IN_CLASS'
        ? assumption.classId === target.id && target.filledBy.length === 0
        : target.filledBy.includes(assumption.kind);
    if (fills && admits(target, kindOf(assumption.actorId)))
      found.push(member(assumption.actorId, 'ASSUMPTION', { viaClass, assumption }));
  }
  return found;
}

/**
 * The actors a target stands for, one (the strongest) membership each. `membersOnly`: the rule names the
 * group's member countries, not the group as a body (principle 3's "European Economic Area countries").
 * One actor's membership is found without listing the others: one-actor.ts.
 */
export function membersOf(
  targetId: string,
  facts: EligibilityFacts,
  assumptions: Assumption[],
  membersOnly = false,
): Membership[] {
  const target = facts.targets.get(targetId);
  if (!target) return [];
  const found =
    target.label === 'ActorClass'
      ? classMembers(target, facts, assumptions)
      : [...(membersOnly ? [] : [member(target.id, 'NAMED')]), ...groupMembers(target, null)];
  const strongest = new Map<string, Membership>();
  for (const membership of found) {
    const current = strongest.get(membership.actorId);
    if (!current || strength(membership) < strength(current)) strongest.set(membership.actorId, membership);
  }
  return [...strongest.values()];
}

export const nameOf = (facts: EligibilityFacts, id: string | null): string =>
  id ? (facts.actors.get(id)?.name ?? facts.targets.get(id)?.name ?? id) : '';

/**
 * For reference data (issue 21): the official page that states the cooperation (quote, title, URL, dates), the
 * article (or why none is known), and the kinds whose reading is open, which fill nothing.
 */
export function agreementSource(agreement: AgreementFact | null): string {
  const details = agreement?.details;
  if (!details?.referenceData) return '';
  const evidence = details.evidence.find((e) => e.note.startsWith('cooperation')) ?? details.evidence[0];
  const page = evidence
    ? `; the official page states: "${evidence.quote}" (${evidence.title}, ${evidence.url ?? 'no URL'}, page of ${evidence.pageDate ?? 'no date'}, read ${evidence.dateRead ?? '?'})`
    : '';
  const article = details.article
    ? `; article: ${details.article}`
    : `; article: not known (${details.articleNote ?? 'no reason given'})`;
  const open = details.ambiguousKinds.length
    ? `; its reading as ${details.ambiguousKinds.map((k) => AGREEMENT_PHRASE[k]).join(' and as ')} is ambiguous (READINGS.md G21, G22), so it fills no class as such`
    : '';
  return ` (reference data${page}${article}${open})`;
}

export const AGREEMENT_PHRASE: Record<AgreementKind, string> = {
  SPECIFIC_EU_AGREEMENT: 'a specific EU agreement (section 4)',
  EXPLICIT_CYBER_AGREEMENT: 'an agreement that explicitly states cooperation in cybersecurity (principle 2)',
  CYBER_AGREEMENT_OR_FRAMEWORK: 'an agreement or framework that promotes cooperation in cybersecurity (2.2)',
};

/** "(since 2009)", "(participation suspended as of 28 June 2021)", with the date as the source gives it. */
export function datesOf(edge: MemberFact | null): string {
  if (!edge) return '';
  if (edge.left) return ` (left as of ${formatDate(edge.left)})`;
  if (edge.suspended) return ` (participation suspended as of ${formatDate(edge.suspended)})`;
  if (edge.since) return ` (since ${formatDate(edge.since)})`;
  return '';
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2021-06-28" → "28 June 2021"; "2021-06" → "June 2021"; a year stays a year. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!month) return iso;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** A short sentence on why an actor stands for the target. */
export function describeMembership(m: Membership, facts: EligibilityFacts): string {
  const name = (id: string | null) => nameOf(facts, id);
  const who = name(m.actorId);
  const inClass = m.viaClass ? `"${name(m.viaClass)}"` : '';
  switch (m.basis) {
    case 'NAMED':
      return `${who} is named in the provision`;
    case 'GROUP_MEMBER': {
      const role = m.membership?.role ? `, as ${m.membership.role}${datesOf(m.membership)}` : datesOf(m.membership);
      const group = `${who} belongs to ${name(m.viaGroup)}${role}`;
      return m.viaClass ? `${group}; ${name(m.viaGroup)} is one of ${inClass}` : `${group}, which the provision names`;
    }
    case 'CLASS_MEMBER': {
      const edge = m.membership;
      if (edge?.role === 'named example') return `${who} is named in the text as an example of ${inClass}`;
      const why = edge?.note ? `: ${edge.note}` : '';
      return `${who} is one of ${inClass}${edge?.role ? ` (${edge.role})` : ''}${datesOf(edge)}${why}`;
    }
    case 'BY_KIND':
      return `${who} is a ${facts.actors.get(m.actorId)?.kind.replace(/-/g, ' ')}, so one of ${inClass}`;
    case 'AGREEMENT':
      return `${who} is party to ${m.agreement?.agreementName}, recorded as ${AGREEMENT_PHRASE[m.agreementKind!]}, so one of ${inClass}${agreementSource(m.agreement)}`;
    case 'ASSUMPTION': {
      const a = m.assumption!;
      const phrase = `assumed (what-if): ${assumptionPhrase(a.kind, who, name(a.classId))}`;
      return a.kind === 'IN_CLASS' ? phrase : `${phrase}, so one of ${inClass}`;
    }
  }
}
