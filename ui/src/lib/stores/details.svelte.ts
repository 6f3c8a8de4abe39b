/** The selected node's details (actor attributes, relationships with citations, provisions) and the source view. */
import { fetchActor, fetchProvisions, type ActorDetails, type Provision } from '../api/actors';
import { sectionOf } from '../util/quote';
import { errorMessage, Latest, type LoadState } from './async';

export interface SourceRequest {
  document: { id: string; name: string };
  locator: string;
  quote: string | null;
}

export class DetailsStore {
  actor = $state.raw<ActorDetails | null>(null);
  state = $state<LoadState>('idle');
  error = $state<string | null>(null);
  source = $state.raw<SourceRequest | null>(null);
  provisions = $state.raw<Provision[]>([]);
  sourceState = $state<LoadState>('idle');
  sourceError = $state<string | null>(null);
  #latest = new Latest();
  #latestSource = new Latest();

  async load(id: string | null, isActor: boolean): Promise<void> {
    const token = this.#latest.start();
    this.source = null;
    if (!id || !isActor) {
      this.actor = null;
      this.state = 'idle';
      return;
    }
    if (this.actor?.id === id) return;
    this.state = 'loading';
    this.error = null;
    try {
      const actor = await fetchActor(id);
      if (!this.#latest.isLatest(token)) return;
      this.actor = actor;
      this.state = actor ? 'ready' : 'empty';
    } catch (error) {
      if (!this.#latest.isLatest(token)) return;
      this.actor = null;
      this.state = 'error';
      this.error = errorMessage(error, 'The details could not be loaded.');
    }
  }

  /** Opens a provision in its document context: the whole section around it. */
  async openSource(request: SourceRequest): Promise<void> {
    const token = this.#latestSource.start();
    this.source = request;
    this.sourceState = 'loading';
    this.sourceError = null;
    try {
      const provisions = await fetchProvisions(request.document.id, sectionOf(request.locator));
      if (!this.#latestSource.isLatest(token)) return;
      this.provisions = provisions;
      this.sourceState = provisions.length === 0 ? 'empty' : 'ready';
    } catch (error) {
      if (!this.#latestSource.isLatest(token)) return;
      this.provisions = [];
      this.sourceState = 'error';
      this.sourceError = errorMessage(error, 'The source could not be loaded.');
    }
  }

  closeSource(): void {
    this.#latestSource.start();
    this.source = null;
  }
}
