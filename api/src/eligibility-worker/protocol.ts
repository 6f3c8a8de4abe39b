/** What the eligibility worker (worker.ts) and its owner (evaluator.ts) send each other; pure. */
import {
  buildQuestion,
  evaluate,
  InvalidQuestion,
  type ApproachCode,
  type AssumptionInput,
  type Decision,
  type EligibilityFacts,
  type Objective,
} from '../domain/eligibility/index.js';

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
  question: QuestionInput;
}

export interface EvaluateReply {
  id: number;
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
    return { id, decision: run() };
  } catch (error) {
    if (error instanceof InvalidQuestion)
      return { id, error: { field: error.field, message: error.message, missingId: error.missingId } };
    return { id, error: { field: null, message: (error as Error).message ?? String(error), missingId: null } };
  }
}

/** The error a reply carries, as the caller would have seen it evaluating in its own thread. */
export function errorOf(reply: EvaluateReply): Error {
  const e = reply.error!;
  return e.field === null ? new Error(e.message) : new InvalidQuestion(e.field, e.message, e.missingId);
}
