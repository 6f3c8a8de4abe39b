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
import { PROFILE_ACTOR_FIELD, type FactsSource } from '../eligibility-worker/protocol.js';
import {
  answerOffThread,
  answerReadInWorker,
  factsWithActors,
  newFactsId,
  readsInWorker,
  runReadInWorker,
  profileOffThread,
  readSharedInWorker,
  startEligibilityWorker,
  whyNotOffThread,
} from '../eligibility-worker/evaluator.js';
import { badInput, notFound } from '../errors.js';
import { bookmarksOf, type Database } from './database.js';
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
 * The answer (its head, its lists paged where the decision is kept: eligibility-worker/answer-view.ts); shared
 * by later callers, so read-only.
 */
export interface EligibilityAnswer {
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
    const alsoActors = assumedActors(assume);
    const readHere = () => getEligibilityFacts(db, objective, alsoActors);
    try {
      const { head, ask } = (await readInWorker(db))
        ? await answerReadInWorker(...(await factsSourceOf(db, objective, alsoActors)), question, readHere)
        : await answerOffThread(await readHere(), question);
      return { answer: answerView(head, ask, (list, after, limit) => readByKindPage(db, list, after, limit)) };
    } catch (error) {
      throw asAppError(error);
    }
  });
}

/**
 * Whether the eligibility worker reads this graph's facts itself: when the graph holds many actors
 * (count-actors.cypher, from the count store, once per data version) and another driver can reach it.
 */
async function readInWorker(db: Database): Promise<boolean> {
  if (!db.connection) return false;
  const actors = await db.memo('eligibility-actor-count', {}, async () => {
    const [row] = await db.read('eligibility/count-actors');
    return Number(row?.actors ?? 0);
  });
  return readsInWorker(actors);
}

/**
 * Starts the eligibility worker when this graph's answers are read and evaluated there (readInWorker), so that the
 * first question does not wait for the thread to load its code, and has it read the Union's agreements and the
 * documents of this data version, which every objective's facts share: at a million nodes the first question read
 * them too (0.6–1 s beside its objective's facts, on the same two cores) and was answered past the 3 s deadline,
 * and the one after it queued behind (issue 20). Returns how many agreement facts the worker read, or null when
 * the worker is not used. Asked once by the server's warm-up (plugins/warm-up.ts); not when the server is closing
 * meanwhile (`closing`).
 */
export async function prepareEligibility(db: Database, closing: () => boolean = () => false): Promise<number | null> {
  if (!(await readInWorker(db)) || closing()) return null;
  startEligibilityWorker();
  const [source] = await factsSourceOf(db, 'ALL', []);
  return closing() ? 0 : readSharedInWorker(source);
}

/**
 * The facts the worker is to read (FactsSource) and their id: a new id per data version (db.memo: the same id
 * while the version holds, a new one after a change, and one per question with the read cache off), so the worker
 * keeps no facts of an older version under an id the API's thread still uses.
 */
async function factsSourceOf(
  db: Database,
  objective: string,
  alsoActors: readonly string[],
): Promise<[FactsSource, number]> {
  const max = byKindListMaxNow();
  const ids = [...new Set(alsoActors)].sort();
  const idOf = (params: Record<string, unknown>) => db.memo('eligibility-facts-id', params, async () => newFactsId());
  const baseId = await idOf({ objective, byKindListMax: max });
  const factsId = ids.length === 0 ? baseId : await idOf({ objective, byKindListMax: max, alsoActors: ids });
  const sharedId = await idOf({ unionAgreements: true });
  const bookmarks = [...(await bookmarksOf(db.driver).getBookmarks())];
  const connection = db.connection!;
  const source = { connection, objective, alsoActors: ids, baseId, sharedId, byKindListMax: max, bookmarks };
  return [source, factsId];
}

/** Every rule checked for one partner; NOT_FOUND (with the id) when no actor has it. */
export async function answerWhyNot(
  db: Database,
  question: EligibilityQuestion,
  partner: string,
): Promise<WhyNotResult> {
  const alsoActors = [partner, ...assumedActors(question.assume)];
  const readHere = () => getEligibilityFacts(db, question.objective, alsoActors);
  const operation = { kind: 'whyNot', question, partner } as const;
  try {
    if (await readInWorker(db))
      return await runReadInWorker(...(await factsSourceOf(db, question.objective, alsoActors)), operation, readHere);
    const facts = await readHere();
    if (!facts.actors.has(partner))
      throw notFound(`partner: no actor with id "${partner}"`, partner, { field: 'partner' });
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
    const alsoActors = [actorId, ...assumedActors(assume)];
    const readHere = () => getEligibilityFacts(db, 'ALL', alsoActors);
    try {
      if (await readInWorker(db)) {
        const operation = { kind: 'profile', actorId, assume } as const;
        return await runReadInWorker<ActorProfile>(
          ...(await factsSourceOf(db, 'ALL', alsoActors)),
          operation,
          readHere,
        );
      }
      const facts = await readHere();
      if (!facts.actors.has(actorId)) return null;
      return await profileOffThread(facts, actorId, assume);
    } catch (error) {
      // The worker's facts lack the actor (protocol.ts runHere): no such actor.
      if (error instanceof InvalidQuestion && error.field === PROFILE_ACTOR_FIELD && error.missingId === actorId)
        return null;
      throw asAppError(error);
    }
  });
}
