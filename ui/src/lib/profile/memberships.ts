/**
 * The actor's memberships (MEMBER_OF, seen from the member) as the profile lists them: the group or class, the
 * role, and the dates as precise as the cited page gives them; a suspended or ended membership says so first.
 * Pure.
 */

export interface MembershipFacts {
  role: string | null;
  since: string | null;
  suspended: string | null;
  left: string | null;
  other: { id: string; name: string | null; label: string } | null;
}

/** "since 2009 · suspended 2021-06-28"; "no date in the source" when it gives none. */
export function membershipDates(m: Pick<MembershipFacts, 'since' | 'suspended' | 'left'>): string {
  const parts = [
    m.since ? `since ${m.since}` : null,
    m.suspended ? `suspended ${m.suspended}` : null,
    m.left ? `left ${m.left}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'no date in the source';
}

/** Whether the membership still holds as its source states it (not suspended, not ended). */
export const membershipCurrent = (m: Pick<MembershipFacts, 'suspended' | 'left'>): boolean => !m.suspended && !m.left;

/** Current memberships first, then by the name of the group or class. */
export function sortMemberships<M extends MembershipFacts>(list: readonly M[]): M[] {
  const name = (m: M) => (m.other?.name ?? m.other?.id ?? '').toLowerCase();
  return [...list].sort(
    (a, b) => Number(membershipCurrent(b)) - Number(membershipCurrent(a)) || name(a).localeCompare(name(b)),
  );
}

/** What the other end is: a group (an actor) or a class the text names without listing its members. */
export const membershipTarget = (m: MembershipFacts): string => (m.other?.label === 'ACTOR_CLASS' ? 'class' : 'group');
