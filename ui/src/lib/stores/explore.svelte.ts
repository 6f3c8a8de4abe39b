/**
 * Focus, expansions, hidden nodes and their undo history; the focus neighbourhood fetched through
 * Query.neighbourhood. Null focus shows the whole network, with the neighbourhoods of the expanded nodes added
 * to it (`added`).
 */
import { fetchNeighbourhood } from '../api/network';
import type { GraphData } from '../../../../core/graph/types.js';
import { mergeGraphs } from '../graph/view';
import { HistoryStore } from './history.svelte';
import { errorMessage, isNotFound, Latest, type LoadState } from './async';

export interface ExploreSnapshot {
  focus: string | null;
  depth: number;
  expanded: string[];
  hidden: string[];
}

export class ExploreStore {
  focus = $state<string | null>(null);
  depth = $state(1);
  expanded = $state<string[]>([]);
  hidden = $state<string[]>([]);
  /** Undo and redo of the scene, as far back as the session goes. */
  history = new HistoryStore<ExploreSnapshot>();
  local = $state.raw<GraphData | null>(null);
  /** Without a focus: the neighbourhoods of the expanded nodes, drawn on top of the whole network. */
  added = $state.raw<GraphData | null>(null);
  state = $state<LoadState>('idle');
  error = $state<string | null>(null);
  /** Filters passed to the neighbourhood traversal. */
  relationTypes: string[] | null = null;
  #latest = new Latest();

  snapshot(): ExploreSnapshot {
    return { focus: this.focus, depth: this.depth, expanded: [...this.expanded], hidden: [...this.hidden] };
  }

  restore(snapshot: ExploreSnapshot): Promise<void> {
    this.focus = snapshot.focus;
    this.depth = snapshot.depth;
    this.expanded = [...snapshot.expanded];
    this.hidden = [...snapshot.hidden];
    return this.refresh();
  }

  #record(): void {
    this.history.record(this.snapshot());
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /** Back to the scene before the last action. */
  undo(): Promise<void> {
    const previous = this.history.undo(this.snapshot());
    return previous ? this.restore(previous) : Promise.resolve();
  }

  /** The scene of the last action undone. */
  redo(): Promise<void> {
    const next = this.history.redo(this.snapshot());
    return next ? this.restore(next) : Promise.resolve();
  }

  setFocus(id: string | null, depth = this.depth): Promise<void> {
    this.#record();
    this.focus = id;
    this.depth = depth;
    this.expanded = [];
    return this.refresh();
  }

  setDepth(depth: number): Promise<void> {
    this.#record();
    this.depth = depth;
    return this.refresh();
  }

  /** Adds a node (it may not be drawn yet) and its neighbours to the scene, focused or not. */
  expand(id: string): Promise<void> {
    if (this.expanded.includes(id) || id === this.focus) return Promise.resolve();
    this.#record();
    this.expanded = [...this.expanded, id];
    return this.refresh();
  }

  collapse(id: string): Promise<void> {
    if (!this.expanded.includes(id)) return Promise.resolve();
    this.#record();
    this.expanded = this.expanded.filter((e) => e !== id);
    return this.refresh();
  }

  hide(id: string): void {
    if (this.hidden.includes(id)) return;
    this.#record();
    this.hidden = [...this.hidden, id];
  }

  showHidden(): void {
    if (this.hidden.length === 0) return;
    this.#record();
    this.hidden = [];
  }

  async refresh(): Promise<void> {
    const token = this.#latest.start();
    if (!this.focus) return this.#refreshAdded(token);
    this.added = null;
    this.state = 'loading';
    this.error = null;
    const relationTypes = this.relationTypes;
    try {
      const graphs = await Promise.all([
        fetchNeighbourhood({ ids: [this.focus], depth: this.depth, relationTypes }),
        ...(this.expanded.length > 0 ? [fetchNeighbourhood({ ids: this.expanded, depth: 1, relationTypes })] : []),
      ]);
      if (!this.#latest.isLatest(token)) return;
      this.local = mergeGraphs(...graphs);
      this.state = 'ready';
    } catch (error) {
      if (!this.#latest.isLatest(token)) return;
      const missing = this.focus;
      this.focus = null;
      this.expanded = [];
      this.local = null;
      this.state = 'error';
      this.error = isNotFound(error)
        ? `There is no node "${missing}": showing the whole network instead.`
        : `${errorMessage(error, 'The neighbourhood could not be loaded.')} Showing the whole network instead.`;
    }
  }

  async #refreshAdded(token: number): Promise<void> {
    this.local = null;
    this.error = null;
    if (this.expanded.length === 0) {
      this.added = null;
      this.state = 'idle';
      return;
    }
    this.state = 'loading';
    try {
      const graph = await fetchNeighbourhood({ ids: this.expanded, depth: 1, relationTypes: this.relationTypes });
      if (!this.#latest.isLatest(token)) return;
      this.added = graph;
      this.state = 'ready';
    } catch (error) {
      if (!this.#latest.isLatest(token)) return;
      this.expanded = [];
      this.added = null;
      this.state = 'error';
      this.error = `${errorMessage(error, 'The neighbours could not be loaded.')} Showing the network without them.`;
    }
  }
}
