/** The whole network, its loading state and its error: one rune class, one instance per page. */
import { fetchNetwork } from '../api/network';
import type { GraphData } from '../../../../core/graph/types.js';
import { errorMessage } from './async';

export type NetworkState = 'loading' | 'ready' | 'empty' | 'error';

export class NetworkStore {
  graph = $state.raw<GraphData | null>(null);
  version = $state<string | null>(null);
  state = $state<NetworkState>('loading');
  error = $state<string | null>(null);
  /** Milliseconds from navigation to the network's arrival (for the ready-time measure). */
  loadedAt = $state<number | null>(null);

  async load(): Promise<void> {
    this.state = 'loading';
    this.error = null;
    try {
      if (typeof performance !== 'undefined') performance.mark('explorer:app-start');
      const { graph, version } = await fetchNetwork();
      this.graph = graph;
      this.version = version;
      this.loadedAt = typeof performance === 'undefined' ? null : performance.mark('explorer:network').startTime;
      this.state = graph.nodes.length === 0 ? 'empty' : 'ready';
    } catch (error) {
      this.state = 'error';
      this.error = errorMessage(error, 'Something went wrong while loading the network.');
    }
  }
}
