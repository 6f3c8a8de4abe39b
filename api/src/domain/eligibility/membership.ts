/**
 * Who a rule's target stands for: a named actor; the member countries of a named group; the members of
 * a named class, by explicit membership, by kind, through a curated agreement or a what-if assumption.
 */
import type { AgreementFact, Assumption, Basis, EligibilityFacts, TargetFact } from './types.js';

export interface Membership {
  actorId: string;
  basis: Basis;
  viaGroup: string | null;
  viaClass: string | null;
  assumption: Assumption | null;
  agreement: AgreementFact | null;
}

/** Prefer facts over assumptions, and specific membership over membership by kind. */
const STRENGTH: Record<Basis, number> = {
  NAMED: 0,
  GROUP_MEMBER: 1,
  CLASS_MEMBER: 1,
  AGREEMENT: 2,
  BY_KIND: 3,
  ASSUMPTION: 4,
};

const member = (actorId: string, basis: Basis, rest: Partial<Membership> = {}): Membership => ({
  actorId,
  basis,
  viaGroup: null,
  viaClass: null,
  assumption: null,
  agreement: null,
  ...rest,
});

function groupMembers(group: TargetFact | undefined, viaClass: string | null): Membership[] {
  if (!group || group.kind !== 'country-group') return [];
  return group.members.map((m) => member(m.id, 'GROUP_MEMBER', { viaGroup: group.id, viaClass }));
}

function classMembers(target: TargetFact, facts: EligibilityFacts, assumptions: Assumption[]): Membership[] {
  const admits = (actorId: string) => {
    const actor = facts.actors.get(actorId);
    return !!actor && (target.admitsKinds.length === 0 || target.admitsKinds.includes(actor.kind));
  };
  const viaClass = target.id;
  const found: Membership[] = [];
  for (const m of target.members) {
    found.push(member(m.id, 'CLASS_MEMBER', { viaClass }));
    found.push(...groupMembers(facts.targets.get(m.id), viaClass));
  }
  if (target.memberKinds.length > 0) {
    for (const actor of facts.actors.values()) {
      if (target.memberKinds.includes(actor.kind)) found.push(member(actor.id, 'BY_KIND', { viaClass }));
    }
  }
  if (target.filledBy === 'HAS_CYBER_AGREEMENT') {
    for (const agreement of facts.agreements) {
      if (admits(agreement.actorId)) found.push(member(agreement.actorId, 'AGREEMENT', { viaClass, agreement }));
    }
  }
  if (target.filledBy) {
    for (const assumption of assumptions) {
      if (assumption.kind === target.filledBy && admits(assumption.actorId)) {
        found.push(member(assumption.actorId, 'ASSUMPTION', { viaClass, assumption }));
      }
    }
  }
  return found;
}

export function membersOf(targetId: string, facts: EligibilityFacts, assumptions: Assumption[]): Membership[] {
  const target = facts.targets.get(targetId);
  if (!target) return [];
  const found =
    target.label === 'ActorClass'
      ? classMembers(target, facts, assumptions)
      : [member(target.id, 'NAMED'), ...groupMembers(target, null)];
  const strongest = new Map<string, Membership>();
  for (const membership of found) {
    const current = strongest.get(membership.actorId);
    if (!current || STRENGTH[membership.basis] < STRENGTH[current.basis]) strongest.set(membership.actorId, membership);
  }
  return [...strongest.values()];
}

/** A short sentence on why an actor stands for the target. */
export function describeMembership(m: Membership, facts: EligibilityFacts): string {
  const name = (id: string | null) => (id ? (facts.actors.get(id)?.name ?? facts.targets.get(id)?.name ?? id) : '');
  const who = name(m.actorId);
  switch (m.basis) {
    case 'NAMED':
      return `${who} is named in the provision`;
    case 'GROUP_MEMBER':
      return `${who} belongs to ${name(m.viaGroup)}${m.viaClass ? `, a member of "${name(m.viaClass)}"` : ''}, which the provision names`;
    case 'CLASS_MEMBER':
      return `${who} is a member of "${name(m.viaClass)}"`;
    case 'BY_KIND':
      return `${who} is a ${facts.actors.get(m.actorId)?.kind.replace(/-/g, ' ')}, so one of "${name(m.viaClass)}"`;
    case 'AGREEMENT':
      return `${who} is party to ${m.agreement?.agreementName}, an agreement with the Union covering cybersecurity, so one of "${name(m.viaClass)}"`;
    case 'ASSUMPTION':
      return `assumed (what-if): ${who} ${m.assumption?.kind === 'INCOMPATIBLE' ? "is incompatible with the Union's interests" : 'has a specific EU agreement covering cybersecurity'}, so one of "${name(m.viaClass)}"`;
  }
}
