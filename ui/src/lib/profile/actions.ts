/**
 * The actions of the 2013 strategy that name the actor, as the profile lists them (issue 19): the part it plays
 * (asked, invited, committed, or asking others), the deadline in the text's words, dated ones first by the end
 * of their date window, then the undated. Pure.
 */

export interface ActionFacts {
  id: string;
  name: string;
  deadline: string | null;
  undated: boolean;
  modality: string | null;
  dating: { date: string; windowStart: string | null; windowEnd: string | null } | null;
  requestedBy: ReadonlyArray<{ id: string }>;
  assignedTo: ReadonlyArray<{ id: string }>;
}

export type ActorPart = 'ASKED' | 'INVITED' | 'COMMITS' | 'TO_TAKE' | 'ASKS';

export const PART_WORDS: Record<ActorPart, string> = {
  ASKED: 'Asked to',
  INVITED: 'Invited to',
  COMMITS: 'Commits to',
  TO_TAKE: 'To carry out',
  ASKS: 'Asks others to',
};

/**
 * How the actor stands to the action. Carrying it out, the modality of the sentence tells asked (REQUEST),
 * invited (INVITATION) or committed (COMMITMENT; also when it both asks and carries it out). Only asking: it
 * asks others. Neither: Query.actions lists an actor's actions with those it commits itself to (COMMITS_TO,
 * "The Commission will"), so it commits to it.
 */
export function actorPart(action: ActionFacts, actorId: string): ActorPart {
  const carries = action.assignedTo.some((a) => a.id === actorId);
  const asks = action.requestedBy.some((a) => a.id === actorId);
  if (!carries) return asks ? 'ASKS' : 'COMMITS';
  if (action.modality === 'REQUEST') return 'ASKED';
  if (action.modality === 'INVITATION') return 'INVITED';
  if (action.modality === 'COMMITMENT' || asks) return 'COMMITS';
  return 'TO_TAKE';
}

/** The deadline in the text's words, else its date; "no deadline stated" for an undated action. */
export function deadlineText(action: Pick<ActionFacts, 'deadline' | 'undated' | 'dating'>): string {
  if (action.deadline) return action.deadline;
  if (action.dating) return action.dating.date;
  return 'no deadline stated';
}

/** Dated actions by the end of their window (an open end last among them), then undated ones; then by name. */
export function sortActions<A extends ActionFacts>(list: readonly A[]): A[] {
  const end = (a: A) => a.dating?.windowEnd ?? '9999-12-31';
  return [...list].sort(
    (a, b) =>
      Number(!a.dating) - Number(!b.dating) ||
      (end(a) < end(b) ? -1 : end(a) > end(b) ? 1 : 0) ||
      a.name.localeCompare(b.name),
  );
}
