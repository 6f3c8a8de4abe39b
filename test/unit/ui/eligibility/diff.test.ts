import { describe, expect, it } from 'vitest';
import { diffPartners, diffSummary } from '../../../../ui/src/lib/eligibility/diff.js';

const p = (id: string, name = id[0]!.toUpperCase() + id.slice(1)) => ({ actor: { id, name } });

describe('diffPartners', () => {
  it('should mark each partner added, removed or unchanged against the baseline, by name', () => {
    const diff = diffPartners(
      [p('norway'), p('japan'), p('iceland')],
      [p('norway'), p('united-states', 'United States'), p('iceland')],
    );
    expect(diff.added).toEqual(['united-states']);
    expect(diff.removed).toEqual(['japan']);
    expect(diff.unchanged).toEqual(['iceland', 'norway']);
    expect(diff.entries.map((e) => `${e.change}:${e.id}`)).toEqual([
      'unchanged:iceland',
      'removed:japan',
      'unchanged:norway',
      'added:united-states',
    ]);
    expect(diff.changes.get('japan')).toBe('removed');
    expect(diffSummary(diff)).toBe('1 added, 1 removed, 2 unchanged');
  });

  it('should keep the removed partner as the baseline has it', () => {
    const japan = { actor: { id: 'japan', name: 'Japan' }, note: 'baseline' };
    expect(diffPartners([japan], []).entries[0]!.partner).toBe(japan);
  });

  it('should mark nothing changed for the same answer, and everything added against an empty one', () => {
    expect(diffPartners([p('a')], [p('a')]).added).toEqual([]);
    expect(diffPartners([], [p('a'), p('b')]).added).toEqual(['a', 'b']);
  });
});
