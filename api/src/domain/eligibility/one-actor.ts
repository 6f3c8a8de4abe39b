/**
 * One actor's membership of a target, found through indexes of the facts instead of by listing the target's
 * members (issue 20). whyNot and the profile ask about one actor; listing every member of every class a rule
 * names (every agreement's party, every member of a hub group) for each rule and cell held the API's thread for
 * about 11.5 s per profile at a million nodes. The indexes are built once per facts (a WeakMap on the facts' own
 * lists, which facts derived by adding actors share), so a question about one actor costs in proportion to that
 * actor's own agreements and memberships. The answer is the one membersOf gives for the actor, the same object
 * field by field: its memberships are found in the same order, and the strongest is kept as there. Pure.
 */
import { admits, isInactive, member, strength, used, type Membership } from './membership.js';
import type { AgreementFact, Assumption, EligibilityFacts, MemberFact, TargetFact } from './types.js';

/** An edge of a target's member list that reaches the actor: its own (group null), or its edge in a member group. */
interface Entry {
  edge: MemberFact;
  group: TargetFact | null;
}

type Targets = EligibilityFacts['targets'];
const entriesByTargets = new WeakMap<Targets, Map<string, Map<string, Entry[]>>>();
const agreementsByList = new WeakMap<readonly AgreementFact[], Map<string, AgreementFact[]>>();

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/**
 * The target's member edges by actor, in the order membersOf meets them: a class's members, each followed by its
 * members when it is a country group; a country group's members.
 */
function entriesOf(target: TargetFact, targets: Targets): Map<string, Entry[]> {
  let byTarget = entriesByTargets.get(targets);
  if (!byTarget) entriesByTargets.set(targets, (byTarget = new Map()));
  let entries = byTarget.get(target.id);
  if (entries) return entries;
  entries = new Map();
  const ofGroup = (group: TargetFact | undefined) => {
    if (group?.kind !== 'country-group') return;
    for (const edge of group.members) push(entries!, edge.id, { edge, group });
  };
  if (target.label === 'ActorClass')
    for (const edge of target.members) {
      push(entries, edge.id, { edge, group: null });
      ofGroup(targets.get(edge.id));
    }
  else ofGroup(target);
  byTarget.set(target.id, entries);
  return entries;
}

/** The agreements by party, each party's in the facts' order. */
function agreementsOf(agreements: readonly AgreementFact[], actorId: string): readonly AgreementFact[] {
  let byActor = agreementsByList.get(agreements);
  if (!byActor) {
    byActor = new Map();
    for (const agreement of agreements) push(byActor, agreement.actorId, agreement);
    agreementsByList.set(agreements, byActor);
  }
  return byActor.get(actorId) ?? [];
}

function classMemberships(
  target: TargetFact,
  facts: EligibilityFacts,
  assumptions: readonly Assumption[],
  actorId: string,
): Membership[] {
  const viaClass = target.id;
  const kind = facts.actors.get(actorId)?.kind;
  const found = (entriesOf(target, facts.targets).get(actorId) ?? []).map(({ edge, group }) =>
    group === null
      ? member(actorId, 'CLASS_MEMBER', { viaClass, membership: used(edge, target.id), inactive: isInactive(edge) })
      : member(actorId, 'GROUP_MEMBER', {
          viaGroup: group.id,
          viaClass,
          membership: used(edge, group.id),
          inactive: isInactive(edge),
        }),
  );
  if (kind !== undefined && target.memberKinds.includes(kind)) found.push(member(actorId, 'BY_KIND', { viaClass }));
  if (admits(target, kind)) {
    for (const agreement of agreementsOf(facts.agreements, actorId)) {
      const agreementKind = agreement.kinds.find((k) => target.filledBy.includes(k));
      if (agreementKind) found.push(member(actorId, 'AGREEMENT', { viaClass, agreement, agreementKind }));
    }
    for (const assumption of assumptions) {
      if (assumption.actorId !== actorId) continue;
      const fills =
        assumption.kind === 'IN_CLASS'
          ? assumption.classId === target.id && target.filledBy.length === 0
          : target.filledBy.includes(assumption.kind);
      if (fills) found.push(member(actorId, 'ASSUMPTION', { viaClass, assumption }));
    }
  }
  return found;
}

/**
 * The actor's membership of the target (the strongest, as membersOf keeps it), as a list of none or one.
 * `membersOnly`: the rule names the group's member countries, not the group as a body.
 */
export function actorMembershipOf(
  targetId: string,
  facts: EligibilityFacts,
  assumptions: readonly Assumption[],
  membersOnly: boolean,
  actorId: string,
): Membership[] {
  const target = facts.targets.get(targetId);
  if (!target) return [];
  const found =
    target.label === 'ActorClass'
      ? classMemberships(target, facts, assumptions, actorId)
      : [
          ...(!membersOnly && target.id === actorId ? [member(actorId, 'NAMED')] : []),
          ...(entriesOf(target, facts.targets).get(actorId) ?? []).map(({ edge, group }) =>
            member(actorId, 'GROUP_MEMBER', {
              viaGroup: group!.id,
              membership: used(edge, group!.id),
              inactive: isInactive(edge),
            }),
          ),
        ];
  let strongest: Membership | undefined;
  for (const membership of found) if (!strongest || strength(membership) < strength(strongest)) strongest = membership;
  return strongest ? [strongest] : [];
}
