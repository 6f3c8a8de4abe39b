/**
 * What the eligibility worker (worker.ts) and its owner (evaluator.ts) send each other: an operation on facts (a
 * question's answer, whyNot for one partner, or one actor's profile) and its result or error; pure.
 */
import {
  type ActorFact,
  type ActorProfile,
  actorProfile,
  buildQuestion,
  evaluate,
  InvalidQuestion,
  whyNot,
  type ApproachCode,
  type AssumptionInput,
  type Decision,
  type EligibilityFacts,
  type Objective,
  type WhyNotResult,
} from '../domain/eligibility/index.js';
import { headOf, pageOf, type DecisionHead, type PageRequest, type PageSlice } from './answer-head.js';
import { pack, unpack, type Packed } from './packed.js';

export interface QuestionInput {
  objective: Objective;
  approach: ApproachCode;
  assume: readonly AssumptionInput[];
}

/** What a message asks of the facts. */
export type Operation =
  | { kind: 'evaluate'; question: QuestionInput }
  | { kind: 'whyNot'; question: QuestionInput; partner: string }
  /** The profile's assumptions are checked as for every cell (buildQuestion on ALL). */
  | { kind: 'profile'; actorId: string; assume: readonly AssumptionInput[] }
  /** The answer's head (answer-head.ts); the worker keeps the decision for the pages asked next. */
  | { kind: 'answer'; question: QuestionInput }
  /** A page of one of the answer's lists (evaluated again if the worker no longer keeps it). */
  | { kind: 'page'; question: QuestionInput; request: PageRequest };

/** An operation's result: a decision, a whyNot, a profile, an answer's head or a page of it. */
export type Result = Decision | WhyNotResult | ActorProfile | DecisionHead | PageSlice;

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
  operation: Operation;
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
  /** The result packed (packed.ts), which the receiving thread unpacks far faster than a structured clone. */
  packed?: Packed;
  /** The result as it is, when it could not be packed. */
  result?: Result;
  /** The question is invalid (InvalidQuestion's fields), or evaluating failed (`field` null). */
  error?: { field: string | null; message: string; missingId: string | null };
  /** The worker no longer keeps these facts: send them again. */
  missingFacts?: true;
}

/** The answer, evaluated in the calling thread (the worker, or the API's own for small graphs). */
export const evaluateHere = (facts: EligibilityFacts, q: QuestionInput): Decision =>
  evaluate(facts, buildQuestion(facts, q.objective, q.approach, [...q.assume]));

/**
 * The operation's result, computed in the calling thread; `decisionOf` gives the answer's decision (the worker
 * keeps them: decisions.ts), evaluated at each call by default (the API's thread when the worker is gone).
 */
export function runHere(
  facts: EligibilityFacts,
  operation: Operation,
  decisionOf: (question: QuestionInput) => Decision = (q) => evaluateHere(facts, q),
): Result {
  switch (operation.kind) {
    case 'answer':
      return headOf(decisionOf(operation.question));
    case 'page':
      return pageOf(decisionOf(operation.question), operation.request);
    case 'evaluate':
      return evaluateHere(facts, operation.question);
    case 'whyNot': {
      const q = operation.question;
      return whyNot(facts, buildQuestion(facts, q.objective, q.approach, [...q.assume]), operation.partner);
    }
    case 'profile': {
      const { assumptions } = buildQuestion(facts, 'ALL', 'LIMITED', [...operation.assume]);
      return actorProfile(facts, operation.actorId, assumptions);
    }
  }
}

export function replyOf(id: number, run: () => Result): EvaluateReply {
  try {
    const result = run();
    const packed = pack(result);
    return packed ? { id, packed } : { id, result };
  } catch (error) {
    if (error instanceof InvalidQuestion)
      return { id, error: { field: error.field, message: error.message, missingId: error.missingId } };
    return { id, error: { field: null, message: (error as Error).message ?? String(error), missingId: null } };
  }
}

/** The result a reply carries (packed or as it is); undefined when it carries an error. */
export const resultOf = <T extends Result = Decision>(reply: EvaluateReply): T | undefined =>
  (reply.packed ? unpack<T>(reply.packed) : reply.result) as T | undefined;

/** The error a reply carries, as the caller would have seen it evaluating in its own thread. */
export function errorOf(reply: EvaluateReply): Error {
  const e = reply.error!;
  return e.field === null ? new Error(e.message) : new InvalidQuestion(e.field, e.message, e.missingId);
}
