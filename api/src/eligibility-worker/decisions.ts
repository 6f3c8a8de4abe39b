/**
 * The decisions the worker keeps (issue 20): an answer's decision stays where it was evaluated, and the API's
 * thread asks it for a page at a time. Kept by facts and question, the most recently used last; a page asked of a
 * decision no longer kept evaluates it again (the domain is pure: the same decision, the same pages).
 */
import type { Decision } from '../domain/eligibility/index.js';
import type { QuestionInput } from './protocol.js';

/**
 * Decisions kept. Each is an answer's every partner with its reasons (at a million nodes about 31k partners):
 * W1's 42 first answers come one objective at a time, and an objective's questions (three approaches, with and
 * without a what-if) are paged together.
 */
export const KEEP_DECISIONS = 8;

export class DecisionStore {
  private readonly kept = new Map<string, Decision>();
  /** How many decisions were evaluated (a page after eviction evaluates again). */
  evaluated = 0;

  constructor(private readonly max = KEEP_DECISIONS) {}

  /** True when the decision of the question on the facts `factsId` is kept (its facts need not be). */
  has(factsId: number, question: QuestionInput): boolean {
    return this.kept.has(keyOf(factsId, question));
  }

  /** The decision of the question on the facts `factsId`, evaluated by `evaluate` when not kept. */
  get(factsId: number, question: QuestionInput, evaluate: () => Decision): Decision {
    const key = keyOf(factsId, question);
    let decision = this.kept.get(key);
    if (decision) this.kept.delete(key);
    else {
      decision = evaluate();
      this.evaluated++;
    }
    this.kept.set(key, decision);
    if (this.kept.size > this.max) this.kept.delete(this.kept.keys().next().value!);
    return decision;
  }
}

const keyOf = (factsId: number, q: QuestionInput) =>
  `${factsId}|${JSON.stringify([q.objective, q.approach, q.assume.map((a) => [a.kind, a.actorId, a.classId ?? null])])}`;
