/**
 * The eligibility worker (api/src/eligibility-worker/) gives the answers the API's own thread gives: every
 * objective × approach on the seed, with and without a what-if, compared whole (the decision crosses a thread
 * boundary as a structured clone); a question the domain refuses is refused the same way; and facts the worker
 * no longer keeps are sent again. The seed is small enough that the API evaluates it in its own thread, so
 * the worker is driven directly here. whyNot and the profile run there too (the same threshold): the same answers,
 * the same refusals, the same fallback when the worker is gone; and the API sends them there for large facts.
 */
import { Worker } from 'node:worker_threads';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APPROACHES, OBJECTIVES } from '../../../core/vocabulary.js';
import { InvalidQuestion, type EligibilityFacts } from '../../../api/src/domain/eligibility/index.js';
import {
  EligibilityWorker,
  evaluateOffThread,
  factsWithActors,
  profileOffThread,
  useEligibilityWorker,
  whyNotOffThread,
} from '../../../api/src/eligibility-worker/evaluator.js';
import {
  evaluateHere,
  runHere,
  type EvaluateMessage,
  type Operation,
  type QuestionInput,
} from '../../../api/src/eligibility-worker/protocol.js';
import { buildTestApp, gql } from '../../helpers/app.js';
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

const WHAT_IF = [{ kind: 'SPECIFIC_EU_AGREEMENT' as const, actorId: 'united-states' }];
const ACTORS = ['japan', 'united-states', 'serbia', 'nato', 'belarus', 'european-union'];

describe('whyNot and the profile in the eligibility worker', () => {
  it('should run them in this thread while the worker does not hold the facts (sending them costs more)', async () => {
    const fresh = new EligibilityWorker();
    const ran = vi.spyOn(fresh, 'run');
    try {
      const here = await profileOffThread(facts, 'japan', [], fresh, 0);
      expect(ran).not.toHaveBeenCalled();
      await evaluateOffThread(facts, questions[0]!, fresh, 0); // the facts reach the worker
      expect(fresh.holds(facts)).toBe(true);
      expect(await profileOffThread(facts, 'japan', [], fresh, 0)).toEqual(here);
      expect(ran.mock.calls.map(([, op]) => op.kind)).toEqual(['evaluate', 'profile']);
    } finally {
      ran.mockRestore();
      await fresh.close();
    }
  });

  it('should give, for actors of the seed, the whyNots and profiles computed in this thread', async () => {
    await evaluateOffThread(facts, questions[0]!, worker, 0);
    expect(worker.holds(facts)).toBe(true);
    const operations: Operation[] = ACTORS.flatMap((actorId): Operation[] => [
      { kind: 'profile', actorId, assume: [] },
      { kind: 'profile', actorId, assume: WHAT_IF },
      ...questions.slice(0, 12).map((question): Operation => ({ kind: 'whyNot', question, partner: actorId })),
    ]);
    const results = await Promise.all(
      operations.map((op) =>
        op.kind === 'profile'
          ? profileOffThread(facts, op.actorId, op.assume, worker, 0)
          : op.kind === 'whyNot'
            ? whyNotOffThread(facts, op.question, op.partner, worker, 0)
            : null,
      ),
    );
    results.forEach((result, i) => expect(result).toEqual(runHere(facts, operations[i]!)));
    expect(results.some((r) => r && 'cells' in r && r.cells.some((c) => c.eligible))).toBe(true);
  });

  it('should refuse an unknown assumed actor as the domain does, with its id', async () => {
    expect(worker.holds(facts)).toBe(true);
    const assume = [{ kind: 'SPECIFIC_EU_AGREEMENT' as const, actorId: 'no-such-actor' }];
    const profile = await profileOffThread(facts, 'japan', assume, worker, 0).catch((e: unknown) => e);
    const why = await whyNotOffThread(facts, { ...questions[0]!, assume }, 'japan', worker, 0).catch((e) => e);
    for (const refused of [profile, why]) {
      expect(refused).toBeInstanceOf(InvalidQuestion);
      expect(refused).toMatchObject({ field: 'assume[0].actor', missingId: 'no-such-actor' });
    }
  });

  it('should answer them in this thread when the worker cannot start', async () => {
    const broken = new EligibilityWorker(new URL('file:///nonexistent/worker.mjs'));
    vi.spyOn(broken, 'holds').mockReturnValue(true);
    const profile = await profileOffThread(facts, 'japan', [], broken, 0);
    expect(profile).toEqual(runHere(facts, { kind: 'profile', actorId: 'japan', assume: [] }));
    await broken.close();
  });
});

describe('the API with large facts', () => {
  const PROFILE = `query($assume: [AssumptionInput!]) { actorProfile(actor: "japan", assume: $assume) {
    actor { id } cells { objective approach status eligible excluded assumed summary
      reasons { rule { id } basis explanation } decisive { rule { id } status } } } }`;
  const WHY_NOT = `query($assume: [AssumptionInput!]) {
    whyNot(partner: "united-states", objective: SO4_4, approach: OUTREACH, assume: $assume) {
      eligible excluded summary checks { rule { id } status explanation } } }`;
  const QUESTION_ALL = `{ eligibility(objective: ALL, approach: LIMITED) { partners(first: 5) { totalCount } } }`;
  const QUESTION_SO4_4 = `{ eligibility(objective: SO4_4, approach: OUTREACH) { partners(first: 5) { totalCount } } }`;
  const whatIf = [{ kind: 'SPECIFIC_EU_AGREEMENT', actor: 'united-states' }];
  const unknown = [{ kind: 'SPECIFIC_EU_AGREEMENT', actor: 'no-such-actor' }];
  /** The response, without the request's own id. */
  const asked = async (app: FastifyInstance, query: string, variables: Record<string, unknown>) =>
    JSON.parse(JSON.stringify(await gql(app, query, variables), (key, v) => (key === 'requestId' ? undefined : v)));
  let plain: FastifyInstance;
  let large: FastifyInstance;
  afterAll(() => Promise.all([plain?.close(), large?.close()]));

  it('should answer whyNot and actorProfile in the worker, which reads the facts itself, as in its own thread, refusals included', async () => {
    const asks = [
      // The facts of ALL (the profile's) and of SO4.4 reach the worker with a question on each.
      [QUESTION_ALL, {}],
      [QUESTION_SO4_4, {}],
      [PROFILE, {}],
      [PROFILE, { assume: whatIf }],
      [PROFILE, { assume: unknown }],
      [WHY_NOT, { assume: whatIf }],
      [WHY_NOT, { assume: unknown }],
    ] as const;
    plain = await buildTestApp();
    const expected: Array<{ errors?: Array<{ extensions?: { code?: string } }> }> = [];
    for (const [query, variables] of asks) expected.push(await asked(plain, query, variables));
    expect(expected[4]!.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(expected[6]!.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const ran = vi.spyOn(worker, 'runRead'); // the worker reads the facts itself (facts-reader.ts)
    const restore = useEligibilityWorker(worker, 0); // every graph "large": in the worker
    try {
      large = await buildTestApp();
      for (const [i, [query, variables]] of asks.entries())
        expect(await asked(large, query, variables)).toEqual(expected[i]);
      // Each question's head, then its page of partners (the decision stays in the worker: answer-head.ts).
      const kinds = ['answer', 'page', 'answer', 'page', 'profile', 'profile', 'profile', 'whyNot', 'whyNot'];
      expect(ran.mock.calls.map(([, , op]) => op.kind)).toEqual(kinds);
    } finally {
      restore();
      ran.mockRestore();
    }
  });
});
