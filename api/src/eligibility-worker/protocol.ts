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
import type { DatabaseConnection } from '../db/database.js';
import { AppError, type ErrorCode } from '../errors.js';
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
  | { kind: 'page'; question: QuestionInput; request: PageRequest }
  /**
   * Reads and maps what every objective's facts share (the Union's agreements and the documents, FactsSource
   * sharedId) before any question needs them: the server's warm-up on a large graph (db/eligibility.ts).
   */
  | { kind: 'shared' };

/** What the `shared` operation read: how many agreement facts (one per party). */
export interface SharedRead {
  agreements: number;
}

/** An operation's result: a decision, a whyNot, a profile, an answer's head or a page of it. */
export type Result = Decision | WhyNotResult | ActorProfile | DecisionHead | PageSlice | SharedRead;

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
  /**
   * Instead of `facts`: the worker reads them itself (facts-reader.ts), and keeps them under `factsId`; large graphs
   * only (issue 20: at a million nodes reading, decoding, mapping and copying them held the API's thread for
   * seconds).
   */
  source?: FactsSource;
  operation: Operation;
}

/** Where and which facts the worker reads itself (EvaluateMessage.source). */
export interface FactsSource {
  /** How to reach the API's database (db/database.ts); the worker opens its own driver on it. */
  connection: DatabaseConnection;
  objective: string;
  /** Actors added to the objective's facts when they exist (an assumed actor); `factsId` names the result. */
  alsoActors: readonly string[];
  /** The id of the objective's facts alone, under the data version the API's thread last read. */
  baseId: number;
  /** The id of the Union's agreements and the documents under that data version (the same for every objective). */
  sharedId: number;
  /** db/eligibility-facts.ts: up to this many actors held by kind are listed. */
  byKindListMax: number;
  /** The API's driver's bookmarks, so the worker's read sees every write the API has acknowledged. */
  bookmarks: string[];
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
  error?: { field: string | null; message: string; missingId: string | null; code?: ErrorCode; details?: object };
  /** The worker no longer keeps these facts: send them again. */
  missingFacts?: true;
}

/** The field named when a profile's actor is absent (db/eligibility.ts answers null for it). */
export const PROFILE_ACTOR_FIELD = 'actor';

/** No actor has the id (for whyNot, as NOT_FOUND; for a profile, null: db/eligibility.ts). */
const absent = (field: string, id: string) => new InvalidQuestion(field, `${field}: no actor with id "${id}"`, id);

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
    case 'shared':
      // Not an operation on facts: the worker reads them itself (worker.ts, facts-reader.ts readShared).
      throw new Error('the shared operation is read by the worker, not run on facts');
    case 'whyNot': {
      const q = operation.question;
      if (!facts.actors.has(operation.partner)) throw absent('partner', operation.partner);
      return whyNot(facts, buildQuestion(facts, q.objective, q.approach, [...q.assume]), operation.partner);
    }
    case 'profile': {
      if (!facts.actors.has(operation.actorId)) throw absent(PROFILE_ACTOR_FIELD, operation.actorId);
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
    return { id, error: errorReplyOf(error) };
  }
}

/** An error as it crosses the thread: an invalid question's fields, an AppError's code (a database error). */
export function errorReplyOf(error: unknown): NonNullable<EvaluateReply['error']> {
  if (error instanceof InvalidQuestion)
    return { field: error.field, message: error.message, missingId: error.missingId };
  if (error instanceof AppError)
    return { field: null, message: error.message, missingId: null, code: error.code, details: error.details };
  return { field: null, message: (error as Error).message ?? String(error), missingId: null };
}

/** The result a reply carries (packed or as it is); undefined when it carries an error. */
export const resultOf = <T extends Result = Decision>(reply: EvaluateReply): T | undefined =>
  (reply.packed ? unpack<T>(reply.packed) : reply.result) as T | undefined;

/** The error a reply carries, as the caller would have seen it evaluating in its own thread. */
export function errorOf(reply: EvaluateReply): Error {
  const e = reply.error!;
  if (e.code) return new AppError(e.code, e.message, e.details as Record<string, unknown>);
  return e.field === null ? new Error(e.message) : new InvalidQuestion(e.field, e.message, e.missingId);
}
