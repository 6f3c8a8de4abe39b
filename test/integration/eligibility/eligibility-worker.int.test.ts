/**
 * The eligibility worker (api/src/eligibility-worker/) gives the answers the API's own thread gives: every
 * objective × approach on the seed, with and without a what-if, compared whole (the decision crosses a thread
 * boundary as a structured clone); a question the domain refuses is refused the same way; and facts the worker
 * no longer keeps are sent again. The seed is small enough that the API evaluates it in its own thread, so
 * the worker is driven directly here.
 */
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APPROACHES, OBJECTIVES } from '../../../core/vocabulary.js';
import { InvalidQuestion, type EligibilityFacts } from '../../../api/src/domain/eligibility/index.js';
import {
  EligibilityWorker,
  evaluateOffThread,
  factsWithActors,
} from '../../../api/src/eligibility-worker/evaluator.js';
import {
  evaluateHere,
  type EvaluateMessage,
  type QuestionInput,
} from '../../../api/src/eligibility-worker/protocol.js';
import { seedFacts } from '../../helpers/eligibility-facts.js';

let facts: EligibilityFacts;
const worker = new EligibilityWorker();

beforeAll(async () => {
  facts = await seedFacts();
});
afterAll(() => worker.close());

const questions: QuestionInput[] = OBJECTIVES.values.flatMap((objective) =>
  APPROACHES.values.flatMap((approach) => [
    { objective, approach, assume: [] },
    { objective, approach, assume: [{ kind: 'SPECIFIC_EU_AGREEMENT' as const, actorId: 'japan' }] },
  ]),
);

describe('the eligibility worker', () => {
  it('should give, for every question on the seed, the answer evaluated in this thread', async () => {
    expect(questions.length).toBeGreaterThanOrEqual(42);
    const answers = await Promise.all(questions.map((q) => evaluateOffThread(facts, q, worker, 0)));
    answers.forEach((answer, i) => expect(answer).toEqual(evaluateHere(facts, questions[i]!)));
    expect(answers.some((a) => a.partners.length > 0)).toBe(true);
  });

  it('should refuse an unknown assumed actor as the domain does, with its id', async () => {
    const question: QuestionInput = {
      objective: 'SO4.4',
      approach: 'OUTREACH',
      assume: [{ kind: 'SPECIFIC_EU_AGREEMENT', actorId: 'no-such-actor' }],
    };
    const refused = await evaluateOffThread(facts, question, worker, 0).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidQuestion);
    expect(refused).toMatchObject({ field: 'assume[0].actor', missingId: 'no-such-actor' });
  });

  it('should send facts again to a worker that no longer keeps them (a new worker after close)', async () => {
    const question = questions[0]!;
    const first = await evaluateOffThread(facts, question, worker, 0);
    await worker.close();
    expect(await evaluateOffThread(facts, question, worker, 0)).toEqual(first);
  });

  it('should evaluate small facts in this thread without starting a worker', async () => {
    const idle = new EligibilityWorker(new URL('file:///nonexistent/worker.mjs'));
    const answer = await evaluateOffThread(facts, questions[0]!, idle);
    expect(answer).toEqual(evaluateHere(facts, questions[0]!));
  });

  it('should send facts with an added actor as that actor only to a worker holding their origin, and answer alike', async () => {
    // The seed's facts without one actor, as the facts of an objective that does not reach it; then with it added
    // back, as for a what-if on that actor (db/eligibility.ts getEligibilityFacts).
    const actorId = 'japan';
    const without: EligibilityFacts = {
      ...facts,
      actors: new Map([...facts.actors].filter(([id]) => id !== actorId)),
    };
    const added = factsWithActors(without, [facts.actors.get(actorId)!]);
    const question: QuestionInput = {
      objective: 'SO4.4',
      approach: 'OUTREACH',
      assume: [{ kind: 'SPECIFIC_EU_AGREEMENT', actorId }],
    };
    const sent = vi.spyOn(Worker.prototype, 'postMessage');
    try {
      await evaluateOffThread(without, { ...question, assume: [] }, worker, 0);
      const answer = await evaluateOffThread(added, question, worker, 0);
      expect(answer).toEqual(evaluateHere(added, question));
      const last = sent.mock.calls.at(-1)![0] as EvaluateMessage;
      expect(last.facts).toBeUndefined();
      expect(last.derived?.actors.map((a) => a.id)).toEqual([actorId]);

      // A new worker holds neither: the facts are sent whole.
      await worker.close();
      const again = factsWithActors(without, [facts.actors.get(actorId)!]);
      expect(await evaluateOffThread(again, question, worker, 0)).toEqual(answer);
      const whole = sent.mock.calls.at(-1)![0] as EvaluateMessage;
      expect(whole.facts).toBeDefined();
      expect(whole.derived).toBeUndefined();
    } finally {
      sent.mockRestore();
    }
  });
});
