/**
 * What a change of question does to an answer's partners: each one added, removed or unchanged against a
 * baseline (the answer without the what-if assumptions, or another question). Pure.
 */

export type Change = 'added' | 'removed' | 'unchanged';

export interface DiffEntry<P> {
  id: string;
  name: string;
  change: Change;
  /** The partner as the answer has it; for a removed partner, as the baseline has it. */
  partner: P;
}

export interface PartnerDiff<P> {
  /** Every partner of either answer, by name, each once, with its change. */
  entries: DiffEntry<P>[];
  added: string[];
  removed: string[];
  unchanged: string[];
  /** Change by actor id. */
  changes: Map<string, Change>;
}

type Named = { actor: { id: string; name: string } };

export function diffPartners<P extends Named>(baseline: readonly P[], answer: readonly P[]): PartnerDiff<P> {
  const before = new Map(baseline.map((p) => [p.actor.id, p]));
  const after = new Map(answer.map((p) => [p.actor.id, p]));
  const entries: DiffEntry<P>[] = [];
  for (const [id, p] of after)
    entries.push({ id, name: p.actor.name, change: before.has(id) ? 'unchanged' : 'added', partner: p });
  for (const [id, p] of before)
    if (!after.has(id)) entries.push({ id, name: p.actor.name, change: 'removed', partner: p });
  entries.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const ids = (change: Change) => entries.filter((e) => e.change === change).map((e) => e.id);
  return {
    entries,
    added: ids('added'),
    removed: ids('removed'),
    unchanged: ids('unchanged'),
    changes: new Map(entries.map((e) => [e.id, e.change])),
  };
}

export const CHANGE_MARK: Record<Change, string> = { added: '+', removed: '−', unchanged: '=' };

/** "2 added, 1 removed, 5 unchanged" */
export function diffSummary(diff: Pick<PartnerDiff<unknown>, 'added' | 'removed' | 'unchanged'>): string {
  return `${diff.added.length} added, ${diff.removed.length} removed, ${diff.unchanged.length} unchanged`;
}
