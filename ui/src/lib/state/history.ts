/**
 * An undo/redo history of states, as a pure module: `past` holds the states before the current one (the last
 * is the one undo goes back to), `future` the states undone (the first is the one redo brings back). A new
 * action clears the future. The current state is never stored here: the caller passes it in.
 */
export interface History<T> {
  past: readonly T[];
  future: readonly T[];
}

/** How many steps back a session keeps. */
export const HISTORY_LIMIT = 200;

export const emptyHistory = <T>(): History<T> => ({ past: [], future: [] });

/** Before an action: the state it leaves becomes the last undo step, and what was undone is forgotten. */
export function record<T>(history: History<T>, current: T, limit = HISTORY_LIMIT): History<T> {
  return { past: [...history.past, current].slice(-limit), future: [] };
}

/** The state before `current`, and the history with `current` ready to be redone; null when there is none. */
export function undo<T>(history: History<T>, current: T): { history: History<T>; state: T } | null {
  const state = history.past.at(-1);
  if (state === undefined) return null;
  return { history: { past: history.past.slice(0, -1), future: [current, ...history.future] }, state };
}

/** The state undone last, and the history with `current` as its undo step; null when nothing was undone. */
export function redo<T>(history: History<T>, current: T): { history: History<T>; state: T } | null {
  const state = history.future[0];
  if (state === undefined) return null;
  return { history: { past: [...history.past, current], future: history.future.slice(1) }, state };
}
