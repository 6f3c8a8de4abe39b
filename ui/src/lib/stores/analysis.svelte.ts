/**
 * The analysis tools as a rune class: the network measures of the view on screen (computed only when
 * something reads them), the styling rules and the memberships their colours need, and the named views.
 */
import { fetchActorIds, fetchDocuments } from '../api/actors';
import { measureKey, type ViewMeasures } from '../analysis/measures';
import { measureView } from '../analysis/measure-client';
import {
  deleteView,
  NamedViewError,
  readViews,
  saveView,
  type NamedView,
  type ViewStorage,
} from '../analysis/named-views';
import { membershipsOf, type Memberships } from '../analysis/rule-styles';
import { NO_RULES, withRule, type StyleRule, type StyleRules } from '../analysis/rules';
import { PILLARS, type Pillar } from '../../../../core/vocabulary.js';
import type { GraphData } from '../../../../core/graph/types.js';
import { errorMessage, Latest, type LoadState } from './async';

function browserStorage(): ViewStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export class AnalysisStore {
  rules = $state<StyleRules>(NO_RULES);
  memberships = $state.raw<Memberships | null>(null);
  membershipState = $state<LoadState>('idle');
  membershipError = $state<string | null>(null);
  views = $state.raw<NamedView[]>([]);
  viewMessage = $state<{ text: string; error: boolean } | null>(null);
  readonly #view: () => GraphData | null;
  readonly #storage: () => ViewStorage | null;

  constructor(view: () => GraphData | null, storage: () => ViewStorage | null = browserStorage) {
    this.#view = view;
    this.#storage = storage;
  }

  /** The measures of the view last measured (null before, or when it could not be). */
  measures = $state.raw<ViewMeasures | null>(null);
  measureState = $state<LoadState>('idle');
  measureError = $state<string | null>(null);
  #measuredKey = '';
  #latestMeasure = new Latest();

  /**
   * Measures the view on screen unless it was measured already (in a worker: seconds for hundreds of nodes).
   * Called from the effects of what shows the measures, so a view nobody measures costs nothing.
   */
  measureView(): void {
    const view = this.#view();
    if (!view) return;
    const key = measureKey(view);
    if (key === this.#measuredKey) return;
    this.#measuredKey = key;
    const token = this.#latestMeasure.start();
    this.measureState = 'loading';
    measureView(view).then(
      (measures) => {
        if (!this.#latestMeasure.isLatest(token)) return;
        this.measures = measures;
        this.measureState = 'ready';
        this.measureError = null;
      },
      (error: unknown) => {
        if (!this.#latestMeasure.isLatest(token)) return;
        this.measures = null;
        this.measureState = 'error';
        this.measureError = error instanceof Error ? error.message : 'The measures could not be computed.';
      },
    );
  }

  setRules(rules: StyleRules): void {
    this.rules = rules;
    void this.loadMemberships();
  }

  addRule(rule: StyleRule): void {
    this.setRules(withRule(this.rules, rule));
  }

  removeRule(aspect: StyleRule['aspect']): void {
    this.rules = { ...this.rules, [aspect]: null };
  }

  /** The actors of each document and pillar, once, when a colour rule needs them. */
  async loadMemberships(): Promise<void> {
    const colour = this.rules.colour;
    if (!colour || colour === 'kind' || this.memberships || this.membershipState === 'loading') return;
    this.membershipState = 'loading';
    this.membershipError = null;
    try {
      // The two strategies only: an actor neither cites comes from reference data (official pages).
      const documents = (await fetchDocuments()).filter((d) => d.kind === 'STRATEGY');
      // One request at a time: a burst would meet the API's per-client limits.
      const byDocument: Set<string>[] = [];
      for (const d of documents) byDocument.push(await fetchActorIds({ document: d.id }));
      const byPillar: Set<string>[] = [];
      for (const p of PILLARS.values) byPillar.push(await fetchActorIds({ pillar: p as Pillar }));
      this.memberships = membershipsOf(documents, byDocument, byPillar);
      this.membershipState = 'ready';
    } catch (error) {
      this.membershipState = 'error';
      this.membershipError = `${errorMessage(error, 'The documents and pillars could not be loaded.')} The colours stay by kind.`;
    }
  }

  loadViews(): void {
    this.views = readViews(this.#storage());
  }

  /** Saves the view's link under a name; false (with the reason shown) when it cannot be kept. */
  saveView(name: string, search: string): boolean {
    try {
      const before = this.views.some((v) => v.name === name.trim());
      this.views = saveView(this.#storage(), name, search);
      this.viewMessage = { text: `${before ? 'Replaced' : 'Saved'} the view "${name.trim()}".`, error: false };
      return true;
    } catch (error) {
      if (!(error instanceof NamedViewError)) throw error;
      this.viewMessage = { text: error.message, error: true };
      return false;
    }
  }

  deleteView(name: string): void {
    try {
      this.views = deleteView(this.#storage(), name);
      this.viewMessage = { text: `Deleted the view "${name}".`, error: false };
    } catch (error) {
      if (!(error instanceof NamedViewError)) throw error;
      this.viewMessage = { text: error.message, error: true };
    }
  }
}
