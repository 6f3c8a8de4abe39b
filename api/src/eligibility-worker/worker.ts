/**
 * Worker-thread entry (started by evaluator.ts): answers operations (a question's answer, whyNot, a profile) on
 * facts it was sent once and keeps (the last few, by id), each with its result or the question's error. An
 * answer's decision is kept here (decisions.ts): its head crosses, then each page asked of it (answer-head.ts).
 */
import { parentPort } from 'node:worker_threads';
import type { EligibilityFacts } from '../domain/eligibility/index.js';
import { DecisionStore } from './decisions.js';
import { evaluateHere, replyOf, runHere, withActors, type EvaluateMessage } from './protocol.js';

/**
 * Facts by id, oldest first; a request for facts no longer kept is answered `missingFacts` (sent again). Few are
 * kept: the questions on one set of facts come together (an objective's approaches, with and without a what-if:
 * two sets), each answer is kept by the API's thread, and each set held here is a copy (issue 20: at 300k nodes
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

/** The answers' decisions, paged here (answer-head.ts); each kept apart from its facts. */
const decisions = new DecisionStore();

parentPort?.on('message', (message: EvaluateMessage) => {
  if (message.facts) keep(kept, message.factsId, message.facts, KEEP);
  else if (message.derived && !keptFacts(message.factsId)) {
    const from = kept.get(message.derived.from);
    if (from) keep(derived, message.factsId, withActors(from, message.derived.actors), KEEP_DERIVED);
  }
  const { factsId, operation } = message;
  const facts = keptFacts(factsId);
  const decided = 'question' in operation && operation.kind !== 'whyNot' && decisions.has(factsId, operation.question);
  if (!facts && !decided) {
    parentPort!.postMessage({ id: message.id, missingFacts: true });
    return;
  }
  const decisionOf = (q: Parameters<typeof evaluateHere>[1]) =>
    decisions.get(factsId, q, () => evaluateHere(facts!, q));
  parentPort!.postMessage(replyOf(message.id, () => runHere(facts!, operation, decisionOf)));
});
