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
/**
 * And at most this many listed items (itemsOf) in all, the most recent decision always kept (issue 20: at a million
 * nodes a decision of 25-30k partners held about 36 MB of the worker's heap, eight of them about 290 MB of the API's
 * RSS). About three decisions at a million nodes; all eight on smaller graphs.
 */
export const KEEP_DECISION_ITEMS = 90_000;

/** What a decision lists, which its memory grows with: partners, excluded, suspended and class members. */
export function itemsOf(decision: Decision): number {
  let items = decision.partners.length + decision.excluded.length + decision.suspended.length;
  for (const c of decision.classes) items += c.members.length;
  return items;
}

export class DecisionStore {
  private readonly kept = new Map<string, { decision: Decision; items: number }>();
  private items = 0;
  /** How many decisions were evaluated (a page after eviction evaluates again). */
  evaluated = 0;

  constructor(
    private readonly max = KEEP_DECISIONS,
    private readonly maxItems = KEEP_DECISION_ITEMS,
  ) {}

  /** True when the decision of the question on the facts `factsId` is kept (its facts need not be). */
  has(factsId: number, question: QuestionInput): boolean {
    return this.kept.has(keyOf(factsId, question));
  }

  /** The decision of the question on the facts `factsId`, evaluated by `evaluate` when not kept. */
  get(factsId: number, question: QuestionInput, evaluate: () => Decision): Decision {
    const key = keyOf(factsId, question);
    let entry = this.kept.get(key);
    if (entry) this.kept.delete(key);
    else {
      const decision = evaluate();
      this.evaluated++;
      entry = { decision, items: itemsOf(decision) };
      this.items += entry.items;
    }
    this.kept.set(key, entry);
    while (this.kept.size > 1 && (this.kept.size > this.max || this.items > this.maxItems)) {
      const [oldest, dropped] = this.kept.entries().next().value!;
      this.kept.delete(oldest);
      this.items -= dropped.items;
    }
    return entry.decision;
  }
}

const keyOf = (factsId: number, q: QuestionInput) =>
  `${factsId}|${JSON.stringify([q.objective, q.approach, q.assume.map((a) => [a.kind, a.actorId, a.classId ?? null])])}`;
