/**
 * The eligibility question (objective, approach, what-if assumptions), its answer and the why-not of one
 * actor. Assumptions hold for the query only: the API never stores them.
 */
import {
  fetchEligibility,
  fetchQuestions,
  fetchWhyNot,
  type ApproachInfo,
  type Eligibility,
  type Objective,
  type WhyNot,
} from '../api/eligibility';
import type { Objective as ObjectiveCode } from '../api/generated/graphql';
import type { ApproachCode, AssumptionKind, AssumptionState } from '../state/url-state';
import { unique } from '../util/collections';
import { errorMessage, Latest, type LoadState } from './async';

export class EligibilityStore {
  objectives = $state<Objective[]>([]);
  approaches = $state<ApproachInfo[]>([]);
  /** The Objective enum value (SO4_4, ALL). */
  objective = $state<ObjectiveCode | null>(null);
  approach = $state<ApproachCode | null>(null);
  assume = $state<AssumptionState[]>([]);
  result = $state.raw<Eligibility | null>(null);
  state = $state<LoadState>('idle');
  error = $state<string | null>(null);
  whyNot = $state.raw<WhyNot | null>(null);
  whyNotState = $state<LoadState>('idle');
  whyNotError = $state<string | null>(null);
  #latest = new Latest();
  #latestWhy = new Latest();

  get ready(): boolean {
    return this.objective !== null && this.approach !== null;
  }

  /** Ids of the partners, for the graph. */
  get partnerIds(): string[] {
    return this.result?.partners.map((p) => p.actor.id) ?? [];
  }

  /** Ids drawn as assumptions: partners that rest on them and actors named by them. */
  get assumedIds(): string[] {
    const partners = (this.result?.partners ?? []).filter((p) => p.assumed).map((p) => p.actor.id);
    return unique([...this.assume.map((a) => a.actor), ...partners]);
  }

  async loadQuestions(): Promise<void> {
    try {
      const { objectives, approaches } = await fetchQuestions();
      this.objectives = objectives;
      this.approaches = approaches;
    } catch (error) {
      this.error = errorMessage(error, 'The objectives could not be loaded.');
    }
  }

  addAssumption(kind: AssumptionKind, actor: string): boolean {
    if (this.assume.some((a) => a.kind === kind && a.actor === actor)) return false;
    this.assume = [...this.assume, { kind, actor }];
    return true;
  }

  removeAssumption(kind: AssumptionKind, actor: string): void {
    this.assume = this.assume.filter((a) => !(a.kind === kind && a.actor === actor));
  }

  clear(): void {
    this.#latest.start();
    this.objective = null;
    this.approach = null;
    this.result = null;
    this.state = 'idle';
    this.whyNot = null;
  }

  async run(): Promise<void> {
    if (!this.objective || !this.approach) return;
    const token = this.#latest.start();
    this.state = 'loading';
    this.error = null;
    try {
      const result = await fetchEligibility(this.objective, this.approach, this.assume);
      if (!this.#latest.isLatest(token)) return;
      this.result = result;
      this.state =
        result.partners.length === 0 && result.classes.length === 0 && result.activities.length === 0
          ? 'empty'
          : 'ready';
    } catch (error) {
      if (!this.#latest.isLatest(token)) return;
      this.result = null;
      this.state = 'error';
      this.error = errorMessage(error, 'The eligibility question could not be answered.');
    }
  }

  async explain(partner: string): Promise<void> {
    if (!this.objective || !this.approach) return;
    const token = this.#latestWhy.start();
    this.whyNotState = 'loading';
    this.whyNotError = null;
    try {
      const answer = await fetchWhyNot(partner, this.objective, this.approach, this.assume);
      if (!this.#latestWhy.isLatest(token)) return;
      this.whyNot = answer;
      this.whyNotState = 'ready';
    } catch (error) {
      if (!this.#latestWhy.isLatest(token)) return;
      this.whyNot = null;
      this.whyNotState = 'error';
      this.whyNotError = errorMessage(error, 'The explanation could not be loaded.');
    }
  }
}
