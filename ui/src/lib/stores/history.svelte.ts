/** The undo/redo history (state/history.ts) as a rune class: what the Undo and Redo buttons read. */
import { emptyHistory, record, redo, undo, type History } from '../state/history';

export class HistoryStore<T> {
  #history = $state.raw<History<T>>(emptyHistory());

  get canUndo(): boolean {
    return this.#history.past.length > 0;
  }

  get canRedo(): boolean {
    return this.#history.future.length > 0;
  }

  /** Steps that can be undone. */
  get depth(): number {
    return this.#history.past.length;
  }

  record(current: T): void {
    this.#history = record(this.#history, current);
  }

  /** The state to go back to (null: none); `current` becomes the next redo. */
  undo(current: T): T | null {
    const step = undo(this.#history, current);
    if (!step) return null;
    this.#history = step.history;
    return step.state;
  }

  redo(current: T): T | null {
    const step = redo(this.#history, current);
    if (!step) return null;
    this.#history = step.history;
    return step.state;
  }

  clear(): void {
    this.#history = emptyHistory();
  }
}
