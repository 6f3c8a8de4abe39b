/**
 * The eligibility question (objective, approach, what-if assumptions), its answer, the answer without the
 * assumptions (the baseline a what-if is marked against), a second question to compare with, and the why-not of
 * one actor. Assumptions hold for the query only: the API never stores them.
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
import { diffPartners, type Change, type PartnerDiff } from '../eligibility/diff';
import type { Partner } from '../api/eligibility';
import { unique } from '../util/collections';
import { errorMessage, Latest, type LoadState } from './async';

/** What the eligibility panel shows: the answer, one actor's why-not, or two questions side by side. */
export type EligibilityView = 'answer' | 'whyNot' | 'compare';

export interface Question {
  objective: ObjectiveCode;
  approach: ApproachCode;
}

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
  /** The answer to the same question without the assumptions (null when there are none). */
  baseline = $state.raw<Eligibility | null>(null);
  view = $state<EligibilityView>('answer');
  /** The actor whose why-not is shown (or asked). */
  whyNotActor = $state('');
  /** The second question of the side-by-side comparison, its answer and its state. */
  other = $state<Question | null>(null);
  otherResult = $state.raw<Eligibility | null>(null);
  otherState = $state<LoadState>('idle');
  otherError = $state<string | null>(null);
  #latest = new Latest();
  #latestWhy = new Latest();
  #latestOther = new Latest();

  get ready(): boolean {
    return this.objective !== null && this.approach !== null;
  }

  /** Ids of the partners, for the graph. */
  get partnerIds(): string[] {
    return this.result?.partners.map((p) => p.actor.id) ?? [];
  }

  /** The what-if's partners against the answer without its assumptions; null without assumptions. */
  get whatIfDiff(): PartnerDiff<Partner> | null {
    if (this.assume.length === 0 || !this.baseline || !this.result) return null;
    return diffPartners(this.baseline.partners, this.result.partners);
  }

  /** The second question's partners against the first's; null until both are answered. */
  get compareDiff(): PartnerDiff<Partner> | null {
    if (!this.result || !this.otherResult) return null;
    return diffPartners(this.result.partners, this.otherResult.partners);
  }

  /** What the graph marks: the comparison while it is shown, else the what-if (null: nothing to mark). */
  get graphDiff(): { partners: string[]; changes: Map<string, Change> } | null {
    const diff = this.view === 'compare' ? this.compareDiff : this.whatIfDiff;
    if (!diff) return null;
    return { partners: [...diff.added, ...diff.unchanged], changes: diff.changes };
  }

  /** What the graph shows, in words: the question, or the two questions compared. */
  get graphTitle(): string {
    if (this.view === 'compare' && this.compareDiff)
      return `${this.otherResult!.question} against ${this.result!.question}`;
    return this.result?.question ?? '';
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
    this.baseline = null;
    this.state = 'idle';
    this.whyNot = null;
    this.view = 'answer';
  }

  async run(): Promise<void> {
    if (!this.objective || !this.approach) return;
    const token = this.#latest.start();
    this.state = 'loading';
    this.error = null;
    try {
      // With assumptions, the answer without them too: the what-if is marked against it.
      const [result, baseline] = await Promise.all([
        fetchEligibility(this.objective, this.approach, this.assume),
        this.assume.length > 0 ? fetchEligibility(this.objective, this.approach, []) : null,
      ]);
      if (!this.#latest.isLatest(token)) return;
      this.result = result;
      this.baseline = baseline;
      if (this.other) void this.#answerOther();
      if (this.view === 'whyNot' && this.whyNotActor) void this.explain(this.whyNotActor);
      this.state =
        result.partners.length === 0 && result.classes.length === 0 && result.activities.length === 0
          ? 'empty'
          : 'ready';
    } catch (error) {
      if (!this.#latest.isLatest(token)) return;
      this.result = null;
      this.baseline = null;
      this.state = 'error';
      this.error = errorMessage(error, 'The eligibility question could not be answered.');
    }
  }

  /** Opens the why-not place for an actor and asks for it (the question must be chosen). */
  async explain(partner: string): Promise<void> {
    if (!this.objective || !this.approach) return;
    this.whyNotActor = partner;
    this.view = 'whyNot';
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

  /** Answers a second question beside the first (the what-if assumptions hold for both). */
  async compareWith(question: Question | null): Promise<void> {
    this.other = question;
    if (question) this.view = 'compare';
    await this.#answerOther();
  }

  async #answerOther(): Promise<void> {
    const question = this.other;
    const token = this.#latestOther.start();
    if (!question) {
      this.otherResult = null;
      this.otherState = 'idle';
      return;
    }
    this.otherState = 'loading';
    this.otherError = null;
    try {
      const result = await fetchEligibility(question.objective, question.approach, this.assume);
      if (!this.#latestOther.isLatest(token)) return;
      this.otherResult = result;
      this.otherState = 'ready';
    } catch (error) {
      if (!this.#latestOther.isLatest(token)) return;
      this.otherResult = null;
      this.otherState = 'error';
      this.otherError = errorMessage(error, 'The second question could not be answered.');
    }
  }
}
