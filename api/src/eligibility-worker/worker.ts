/**
 * Worker-thread entry (started by evaluator.ts): evaluates eligibility questions on facts it was sent once and
 * keeps (the last few, by id), and answers each request with its decision or the question's error.
 */
import { parentPort } from 'node:worker_threads';
import type { EligibilityFacts } from '../domain/eligibility/index.js';
import { evaluateHere, replyOf, withActors, type EvaluateMessage } from './protocol.js';

/**
 * Facts by id, oldest first; a request for facts no longer kept is answered `missingFacts` (sent again). Few are
 * kept: the questions on one set of facts come together (an objective's approaches, with and without a what-if:
 * two sets), each answer is kept by the API's thread, and each set held here is a copy (issue 20: at 300k nodes
 * 9.4 MiB of heap for one objective; 16 of them were about a fifth of the API's RSS).
 */
const kept = new Map<number, EligibilityFacts>();
const KEEP = 4;

function keep(id: number, facts: EligibilityFacts): void {
  kept.delete(id);
  kept.set(id, facts);
  if (kept.size > KEEP) kept.delete(kept.keys().next().value!);
}

parentPort?.on('message', (message: EvaluateMessage) => {
  if (message.facts) keep(message.factsId, message.facts);
  else if (message.derived && !kept.has(message.factsId)) {
    const from = kept.get(message.derived.from);
    if (from) keep(message.factsId, withActors(from, message.derived.actors));
  }
  const facts = kept.get(message.factsId);
  if (!facts) {
    parentPort!.postMessage({ id: message.id, missingFacts: true });
    return;
  }
  parentPort!.postMessage(replyOf(message.id, () => evaluateHere(facts, message.question)));
});
