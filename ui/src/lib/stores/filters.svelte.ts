/** Filters by node kind, pillar, document and relationship type; pillar and document are asked of the API. */
import { fetchActorIds, fetchDocuments, type DocumentInfo } from '../api/actors';
import type { Pillar } from '../state/url-state';
import { intersectAll, toggleIn } from '../util/collections';
import { errorMessage, Latest, type LoadState } from './async';

export class FiltersStore {
  /** null: every kind. */
  kinds = $state<string[] | null>(null);
  pillar = $state<Pillar | null>(null);
  document = $state<string | null>(null);
  relationTypes = $state<string[] | null>(null);
  documents = $state<DocumentInfo[]>([]);
  /** Actor ids allowed by the pillar and document filters (null: no such filter). */
  allowed = $state.raw<Set<string> | null>(null);
  state = $state<LoadState>('idle');
  error = $state<string | null>(null);
  #latest = new Latest();

  get active(): number {
    return [this.kinds, this.pillar, this.document, this.relationTypes].filter((f) => f !== null).length;
  }

  async loadDocuments(): Promise<void> {
    try {
      this.documents = await fetchDocuments();
    } catch {
      this.documents = [];
    }
  }

  toggleKind(kind: string, all: string[]): void {
    this.kinds = toggleIn(this.kinds, kind, all);
  }

  toggleType(type: string, all: string[]): void {
    this.relationTypes = toggleIn(this.relationTypes, type, all);
  }

  clear(): Promise<void> {
    this.kinds = null;
    this.relationTypes = null;
    this.pillar = null;
    this.document = null;
    return this.refreshAllowed();
  }

  async refreshAllowed(): Promise<void> {
    const token = this.#latest.start();
    if (!this.pillar && !this.document) {
      this.allowed = null;
      this.state = 'idle';
      return;
    }
    this.state = 'loading';
    this.error = null;
    try {
      const [byPillar, byDocument] = await Promise.all([
        this.pillar ? fetchActorIds({ pillar: this.pillar }) : null,
        this.document ? fetchActorIds({ document: this.document }) : null,
      ]);
      if (!this.#latest.isLatest(token)) return;
      const sets = [byPillar, byDocument].filter((s): s is Set<string> => s !== null);
      this.allowed = intersectAll(sets);
      this.state = this.allowed.size === 0 ? 'empty' : 'ready';
    } catch (error) {
      if (!this.#latest.isLatest(token)) return;
      this.allowed = null;
      this.state = 'error';
      this.error = `${errorMessage(error, 'The filter could not be applied.')} The filter is off.`;
    }
  }
}
