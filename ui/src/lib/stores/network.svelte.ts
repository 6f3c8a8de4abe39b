/** The network on screen, its loading state and its error: one rune class, one instance per page. */
import { ApiError } from '../api/client';
import { fetchNetwork } from '../api/network';
import type { GraphData } from '../graph/types';

export type LoadState = 'loading' | 'ready' | 'empty' | 'error';

export class NetworkStore {
  graph = $state<GraphData | null>(null);
  version = $state<string | null>(null);
  state = $state<LoadState>('loading');
  error = $state<string | null>(null);

  async load(): Promise<void> {
    this.state = 'loading';
    this.error = null;
    try {
      const { graph, version } = await fetchNetwork();
      this.graph = graph;
      this.version = version;
      this.state = graph.nodes.length === 0 ? 'empty' : 'ready';
    } catch (error) {
      this.state = 'error';
      this.error = error instanceof ApiError ? error.message : 'Something went wrong while loading the network.';
    }
  }
}
