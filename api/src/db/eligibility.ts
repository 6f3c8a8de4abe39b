/**
 * The eligibility question service, shared by the GraphQL resolvers and the briefings: gathers the facts
 * (db/eligibility-facts.ts) and evaluates the question with the pure domain, keeping the answer under the data
 * version (db.memo). Small graphs are read and evaluated in the API's thread; for large ones the eligibility worker
 * reads the facts itself and keeps the decision, and only the answer's head and the pages asked cross
 * (eligibility-worker/). A question the domain refuses becomes BAD_USER_INPUT, an assumed actor that does not
 * exist NOT_FOUND with its id.
 */
import {
  InvalidQuestion,
  type ActorProfile,
  type ApproachCode,
  type AssumptionInput,
  type EligibilityFacts,
  type Objective,
  type WhyNotResult,
} from '../domain/eligibility/index.js';
import { answerView, type AnswerView } from '../eligibility-worker/answer-view.js';
import {
  answerOffThread,
  factsWithActors,
  profileOffThread,
  whyNotOffThread,
} from '../eligibility-worker/evaluator.js';
import { badInput, notFound } from '../errors.js';
import type { Database } from './database.js';
import { byKindListMaxNow, readByKindPage, readEligibilityFacts } from './eligibility-facts.js';

export {
  BY_KIND_LIST_MAX,
  factsRow,
  readByKindPage,
  toFacts,
  UNION_ID,
  unionAgreements,
  useByKindListMax,
} from './eligibility-facts.js';

/** The facts for one objective (or ALL), with `alsoActors` added when they exist (db/eligibility-facts.ts). */
export const getEligibilityFacts = (
  db: Database,
  objective: string,
  alsoActors: readonly string[] = [],
): Promise<EligibilityFacts> => readEligibilityFacts(db, objective, alsoActors, factsWithActors);

/** A question as asked: the objective as the strategy writes it (or ALL), an approach, what-if assumptions. */
export interface EligibilityQuestion {
  objective: Objective;
  approach: ApproachCode;
  assume: readonly AssumptionInput[];
}

/**
 * The facts the answer rests on and the answer (its head, its lists paged where the decision is kept:
 * eligibility-worker/answer-view.ts); shared by later callers, so read-only.
 */
export interface EligibilityAnswer {
  facts: EligibilityFacts;
  answer: AnswerView;
}

const assumedActors = (assume: readonly AssumptionInput[]) => assume.map((a) => a.actorId);

function asAppError(error: unknown): unknown {
  if (!(error instanceof InvalidQuestion)) return error;
  return error.missingId !== null
    ? notFound(error.message, error.missingId, { field: error.field })
    : badInput(error.message, { field: error.field });
}

/**
 * The answer to a question, evaluated once per data version (every later asker shares it); at scale its decision
 * stays in the worker, which the answer's pages ask.
 */
export function answerEligibility(db: Database, question: EligibilityQuestion): Promise<EligibilityAnswer> {
  const { objective, approach, assume } = question;
  const key = {
    objective,
    approach,
    assume: assume.map((a) => [a.kind, a.actorId, a.classId ?? null]),
    byKindListMax: byKindListMaxNow(),
  };
  return db.memo('eligibility', key, async () => {
    const facts = await getEligibilityFacts(db, objective, assumedActors(assume));
    try {
      const { head, ask } = await answerOffThread(facts, question);
      return { facts, answer: answerView(head, ask, (list, after, limit) => readByKindPage(db, list, after, limit)) };
    } catch (error) {
      throw asAppError(error);
    }
  });
}

/** Every rule checked for one partner; NOT_FOUND (with the id) when no actor has it. */
export async function answerWhyNot(
  db: Database,
  question: EligibilityQuestion,
  partner: string,
): Promise<WhyNotResult> {
  const facts = await getEligibilityFacts(db, question.objective, [partner, ...assumedActors(question.assume)]);
  if (!facts.actors.has(partner))
    throw notFound(`partner: no actor with id "${partner}"`, partner, { field: 'partner' });
  try {
    return await whyNotOffThread(facts, question, partner);
  } catch (error) {
    throw asAppError(error);
  }
}

/**
 * One actor across the whole strategy (every objective × approach), on the facts of all objectives; null when no
 * actor has the id. Kept under the data version like the answers, so a profile page asks Neo4j once per change.
 */
export function answerActorProfile(
  db: Database,
  actorId: string,
  assume: readonly AssumptionInput[],
): Promise<ActorProfile | null> {
  const key = { actorId, assume: assume.map((a) => [a.kind, a.actorId, a.classId ?? null]) };
  return db.memo('actor-profile', key, async () => {
    const facts = await getEligibilityFacts(db, 'ALL', [actorId, ...assumedActors(assume)]);
    if (!facts.actors.has(actorId)) return null;
    try {
      return await profileOffThread(facts, actorId, assume);
    } catch (error) {
      throw asAppError(error);
    }
  });
}
