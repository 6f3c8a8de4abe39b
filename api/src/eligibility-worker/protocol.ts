/** What the eligibility worker (worker.ts) and its owner (evaluator.ts) send each other; pure. */
import {
  type ActorFact,
  buildQuestion,
  evaluate,
  InvalidQuestion,
  type ApproachCode,
  type AssumptionInput,
  type Decision,
  type EligibilityFacts,
  type Objective,
} from '../domain/eligibility/index.js';
import { pack, unpack, type Packed } from './packed.js';

export interface QuestionInput {
  objective: Objective;
  approach: ApproachCode;
  assume: readonly AssumptionInput[];
}

export interface EvaluateMessage {
  id: number;
  factsId: number;
  /** Sent with the first question on these facts to this worker only. */
  facts?: EligibilityFacts;
  /**
   * Instead of `facts`: these facts are those of `factsId` (already sent) with a few actors added (withActors), as
   * for a what-if's assumed actor; the worker makes them from its copy instead of receiving a second one.
   */
  derived?: { from: number; actors: ActorFact[] };
  question: QuestionInput;
}

/**
 * The facts with some actors added (an assumed actor, a whyNot partner, a profile's actor that the rules do not
 * reach): a new actors map, everything else shared; each added actor leaves the count of its kind (kindCounts).
 */
export function withActors(facts: EligibilityFacts, added: readonly ActorFact[]): EligibilityFacts {
  const actors = new Map(facts.actors);
  const kindCounts = facts.kindCounts && new Map(facts.kindCounts);
  for (const actor of added) {
    actors.set(actor.id, actor);
    const held = kindCounts?.get(actor.kind);
    if (held !== undefined) kindCounts!.set(actor.kind, Math.max(0, held - 1));
  }
  return { ...facts, actors, kindCounts };
}

export interface EvaluateReply {
  id: number;
  /** The decision packed (packed.ts), which the receiving thread unpacks far faster than a structured clone. */
  packed?: Packed;
  /** The decision as it is, when it could not be packed. */
  decision?: Decision;
  /** The question is invalid (InvalidQuestion's fields), or evaluating failed (`field` null). */
  error?: { field: string | null; message: string; missingId: string | null };
  /** The worker no longer keeps these facts: send them again. */
  missingFacts?: true;
}

/** The answer, evaluated in the calling thread (the worker, or the API's own for small graphs). */
export const evaluateHere = (facts: EligibilityFacts, q: QuestionInput): Decision =>
  evaluate(facts, buildQuestion(facts, q.objective, q.approach, [...q.assume]));

export function replyOf(id: number, run: () => Decision): EvaluateReply {
  try {
    const decision = run();
    const packed = pack(decision);
    return packed ? { id, packed } : { id, decision };
  } catch (error) {
    if (error instanceof InvalidQuestion)
      return { id, error: { field: error.field, message: error.message, missingId: error.missingId } };
    return { id, error: { field: null, message: (error as Error).message ?? String(error), missingId: null } };
  }
}

/** The decision a reply carries (packed or as it is); undefined when it carries an error. */
export const decisionOf = (reply: EvaluateReply): Decision | undefined =>
  reply.packed ? unpack<Decision>(reply.packed) : reply.decision;

/** The error a reply carries, as the caller would have seen it evaluating in its own thread. */
export function errorOf(reply: EvaluateReply): Error {
  const e = reply.error!;
  return e.field === null ? new Error(e.message) : new InvalidQuestion(e.field, e.message, e.missingId);
}
