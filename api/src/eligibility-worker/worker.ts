/**
 * Worker-thread entry (started by evaluator.ts): answers operations (a question's answer, whyNot, a profile) on
 * facts it was sent once, or read itself (facts-reader.ts: large graphs), and keeps (the last few, by id), each
 * with its result or the question's error. An answer's decision is kept here (decisions.ts): its head crosses, then
 * each page asked of it (answer-head.ts).
 */
import { parentPort } from 'node:worker_threads';
import type { EligibilityFacts } from '../domain/eligibility/index.js';
import { DecisionStore } from './decisions.js';
import { readShared, sourcedFacts, type FactsStore } from './facts-reader.js';
import { errorReplyOf, evaluateHere, replyOf, runHere, withActors, type EvaluateMessage } from './protocol.js';

/**
 * Facts by id, oldest first; a request for facts sent (not read here) and no longer kept is answered
 * `missingFacts` (sent again). Few are kept: the questions on one set of facts come together (an objective's
 * approaches, with and without a what-if: two sets), and each set held here is a copy (issue 20: at 300k nodes
 * 9.4 MiB of heap for one objective; 16 of them were about a fifth of the API's RSS).
 */
const kept = new Map<number, EligibilityFacts>();
const KEEP = 4;
/**
 * Facts made here from kept facts with a few actors added (a what-if's assumed actor, a whyNot partner, a profile's
 * actor): kept apart, so that a run of profiles of different actors does not push out the facts they come from
 * (which would then be sent whole again); the API's thread asks each of them once.
 */
const derived = new Map<number, EligibilityFacts>();
const KEEP_DERIVED = 2;

function keep(into: Map<number, EligibilityFacts>, id: number, facts: EligibilityFacts, max: number): void {
  into.delete(id);
  into.set(id, facts);
  if (into.size > max) into.delete(into.keys().next().value!);
}

const keptFacts = (id: number) => kept.get(id) ?? derived.get(id);

const store: FactsStore = {
  get: keptFacts,
  keep: (id, facts, isDerived) => (isDerived ? keep(derived, id, facts, KEEP_DERIVED) : keep(kept, id, facts, KEEP)),
};

/** The answers' decisions, paged here (answer-head.ts); each kept apart from its facts. */
const decisions = new DecisionStore();

/** Runs the message's operation on `facts` (those kept when not given) and replies. */
function answer(message: EvaluateMessage, given?: EligibilityFacts): void {
  const { factsId, operation } = message;
  const facts = given ?? keptFacts(factsId);
  const decided = 'question' in operation && operation.kind !== 'whyNot' && decisions.has(factsId, operation.question);
  if (!facts && !decided) {
    if (message.source) readThenAnswer(message);
    else parentPort!.postMessage({ id: message.id, missingFacts: true });
    return;
  }
  const decisionOf = (q: Parameters<typeof evaluateHere>[1]) =>
    decisions.get(factsId, q, () => evaluateHere(facts!, q));
  parentPort!.postMessage(replyOf(message.id, () => runHere(facts!, operation, decisionOf)));
}

/** Reads the message's facts here (facts-reader.ts), then answers; a failed read is the message's error. */
function readThenAnswer(message: EvaluateMessage): void {
  sourcedFacts(message.source!, message.factsId, store).then(
    (facts) => answer(message, facts),
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: errorReplyOf(error) }),
  );
}

/** Reads what every objective's facts share (the warm-up's `shared` operation), and replies how many agreements. */
function readSharedThenReply(message: EvaluateMessage): void {
  readShared(message.source!).then(
    (agreements) => parentPort!.postMessage({ id: message.id, result: { agreements } }),
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: errorReplyOf(error) }),
  );
}

parentPort?.on('message', (message: EvaluateMessage) => {
  if (message.operation.kind === 'shared' && message.source) return readSharedThenReply(message);
  if (message.facts) keep(kept, message.factsId, message.facts, KEEP);
  else if (message.derived && !keptFacts(message.factsId)) {
    const from = kept.get(message.derived.from);
    if (from) keep(derived, message.factsId, withActors(from, message.derived.actors), KEEP_DERIVED);
  }
  answer(message);
});
