import { describe, expect, it } from 'vitest';
import { emptyHistory, record, redo, undo, type History } from '../../../../ui/src/lib/state/history.js';

describe('history', () => {
  it('should undo three actions back to the first state and redo them to the last, and forget the future on a new action', () => {
    let h: History<string> = emptyHistory();
    let current = 'a';
    for (const next of ['b', 'c', 'd']) {
      h = record(h, current);
      current = next;
    }
    for (const expected of ['c', 'b', 'a']) {
      const step = undo(h, current)!;
      h = step.history;
      current = step.state;
      expect(current).toBe(expected);
    }
    expect(undo(h, current)).toBeNull();
    for (const expected of ['b', 'c', 'd']) {
      const step = redo(h, current)!;
      h = step.history;
      current = step.state;
      expect(current).toBe(expected);
    }
    expect(redo(h, current)).toBeNull();
    h = undo(h, current)!.history;
    h = record(h, 'c');
    expect(h.future).toEqual([]);
    expect(h.past).toEqual(['a', 'b', 'c']);
  });

  it('should keep at most the limit of steps, the most recent', () => {
    let h: History<number> = emptyHistory();
    for (let i = 0; i < 10; i++) h = record(h, i, 4);
    expect(h.past).toEqual([6, 7, 8, 9]);
  });
});
