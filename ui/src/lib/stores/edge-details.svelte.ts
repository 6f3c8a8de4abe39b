/**
 * The selected relationship (an edge clicked in the graph): its type, its two ends, and its citations with
 * their quotes, read from the actor at one end (the API lists an actor's relationships with their citations).
 */
import { fetchActor, type Relationship } from '../api/actors';
import type { GraphEdge } from '../../../../core/graph/types.js';
import { errorMessage, Latest, type LoadState } from './async';

export class EdgeDetailsStore {
  edge = $state.raw<GraphEdge | null>(null);
  relationship = $state.raw<Relationship | null>(null);
  state = $state<LoadState>('idle');
  error = $state<string | null>(null);
  #latest = new Latest();

  /** isActor: whether a node id is an actor's (only actors list their relationships). */
  async load(edge: GraphEdge | null, isActor: (id: string) => boolean): Promise<void> {
    const token = this.#latest.start();
    this.edge = edge;
    this.relationship = null;
    this.error = null;
    const end = edge ? [edge.source, edge.target].find(isActor) : undefined;
    if (!edge || !end) {
      this.state = edge ? 'empty' : 'idle';
      return;
    }
    this.state = 'loading';
    try {
      const actor = await fetchActor(end);
      if (!this.#latest.isLatest(token)) return;
      this.relationship = actor?.relationships.find((r) => r.id === edge.id) ?? null;
      this.state = this.relationship ? 'ready' : 'empty';
    } catch (error) {
      if (!this.#latest.isLatest(token)) return;
      this.state = 'error';
      this.error = errorMessage(error, 'The relationship could not be loaded.');
    }
  }
}
