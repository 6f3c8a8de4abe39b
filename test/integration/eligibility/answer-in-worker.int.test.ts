/**
 * Issue 20: at scale the answer's decision stays in the worker (eligibility-worker/answer-head.ts, answer-view.ts);
 * the API's thread receives its head and the pages a resolver asks for. Here, on the at-scale fixture (with and
 * without actors held by kind), every list's pages, walked to the end, are byte for byte the pages the decision
 * held in this thread gave (sliceConnection, or the keyset merge of eligibility-pages.ts before the change); what
 * crosses from the worker for an answer and its first page is a small part of the whole decision; a page asked
 * after the worker dropped the decision, or after the worker died mid-page, is still the same page.
 */
import { serialize } from 'node:v8';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  buildQuestion,
  evaluate,
  listedInPageOrder,
  mergePage,
  type ByKindList,
  type Decision,
  type EligibilityFacts,
  type KindRow,
  type PageKey,
} from '../../../api/src/domain/eligibility/index.js';
import { byKindHead, type ByKindHead, type ListItem } from '../../../api/src/eligibility-worker/answer-head.js';
import { answerView, type AnswerList, type AnswerView } from '../../../api/src/eligibility-worker/answer-view.js';
import { KEEP_DECISIONS } from '../../../api/src/eligibility-worker/decisions.js';
import {
  answerOffThread,
  EligibilityWorker,
  useEligibilityWorker,
} from '../../../api/src/eligibility-worker/evaluator.js';
import { useByKindListMax } from '../../../api/src/db/eligibility.js';
import { ELIGIBILITY_QUERY } from '../../../bench/lib/workloads.js';
import { APPROACHES, OBJECTIVES } from '../../../core/vocabulary.js';
import { buildTestApp, gql } from '../../helpers/app.js';
import type { EvaluateReply, QuestionInput } from '../../../api/src/eligibility-worker/protocol.js';
import { keysetAfter } from '../../../api/src/graphql/arguments.js';
import {
  keysetConnection,
  sliceConnection,
  type ConnectionDTO,
  type PageArgs,
} from '../../../api/src/graphql/connections.js';
import { factsAtScale, heldByKind } from '../../unit/api/domain/eligibility/at-scale-fixture.js';

const plain = factsAtScale(1500);
const byKind = heldByKind(plain);

/** The actors the database would list for the kinds held by kind (heldByKind's counts), in page order. */
const kindRows: KindRow[] = [...byKind.kindCounts!].flatMap(([kind, n]) =>
  Array.from({ length: n }, (_, i) => {
    const name = `${['Zulu', 'alpha', 'Éire', 'Omega'][i % 4]} ${kind} ${i}`;
    return { id: `held-${kind}-${i}`, name, kind, key: name };
  }),
);
kindRows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const after = (row: PageKey, at: PageKey | null) =>
  at === null || row.key > at.key || (row.key === at.key && row.id > at.id);
const readRows = (list: ByKindHead, at: PageKey | null, limit: number) =>
  Promise.resolve(
    kindRows.filter((r) => list.kinds.includes(r.kind) && !list.skipIds.includes(r.id) && after(r, at)).slice(0, limit),
  );

/** A list's page as the API made it before the change, from the decision held in its thread. */
async function pageBefore(items: readonly ListItem[], list: ByKindList<ListItem> | undefined, args: PageArgs) {
  if (!list || list.templates.size === 0) return sliceConnection(items, args);
  const { key, id } = keysetAfter(args.after);
  const at = key === null || id === null ? null : { key, id };
  const rows = await readRows(byKindHead(list)!, at, args.first + 1);
  const page = mergePage(listedInPageOrder(items, list.names), rows, list, at, args.first + 1);
  return keysetConnection(page, args, items.length + list.count);
}

/** Each approach on two objectives and on ALL, and a what-if on one objective. */
const questions: QuestionInput[] = [
  ...['SO4.1', 'SO4.2', 'ALL'].flatMap((objective) =>
    (['LIMITED', 'ASSISTING', 'OUTREACH'] as const).map((approach): QuestionInput => ({
      objective: objective as QuestionInput['objective'],
      approach,
      assume: [],
    })),
  ),
  ...(['LIMITED', 'OUTREACH'] as const).map((approach): QuestionInput => ({
    objective: 'SO4.1',
    approach,
    assume: [{ kind: 'SPECIFIC_EU_AGREEMENT', actorId: 'a-5' }],
  })),
];

const evaluated = (facts: EligibilityFacts, q: QuestionInput): Decision =>
  evaluate(facts, buildQuestion(facts, q.objective, q.approach, [...q.assume]));

/** Every list of the decision with its list in the answer. */
function listsOf(decision: Decision, answer: AnswerView) {
  return [
    [decision.partners, decision.byKind?.partners, answer.partners],
    [decision.excluded, decision.byKind?.excluded, answer.excluded],
    ...decision.classes.map((c, i) => [c.members, c.byKind, answer.classes[i]!.members]),
  ] as Array<[readonly ListItem[], ByKindList<ListItem> | undefined, AnswerList<ListItem>]>;
}

/** Walks every page of both, `first` at a time, comparing them as JSON; gives the number of pages compared. */
async function compareAllPages(
  items: readonly ListItem[],
  list: ByKindList<ListItem> | undefined,
  view: AnswerList<ListItem>,
  first: number,
): Promise<number> {
  let args: PageArgs = { first, after: null };
  for (let pages = 1; ; pages++) {
    const want: ConnectionDTO<ListItem> = await pageBefore(items, list, args);
    expect(JSON.stringify(await view.page(args))).toBe(JSON.stringify(want));
    if (!want.pageInfo.hasNextPage) return pages;
    args = { first, after: want.pageInfo.endCursor };
  }
}

const worker = new EligibilityWorker();
afterAll(() => worker.close());

/** The bytes of each reply this worker sends to the API's thread (its structured clone). */
function countCrossing(worker: EligibilityWorker, into: EvaluateWorkerSpy) {
  const replies = worker as unknown as { onReply: (w: unknown, r: EvaluateReply) => void };
  const onReply = replies.onReply.bind(worker);
  return vi.spyOn(replies, 'onReply').mockImplementation((w, reply) => {
    into.bytes += serialize(reply).byteLength;
    into.replies++;
    onReply(w, reply);
  });
}
interface EvaluateWorkerSpy {
  bytes: number;
  replies: number;
}

describe('an answer kept in the worker (issue 20)', () => {
  it.each([
    ['listed', plain],
    ['held by kind', byKind],
  ])(
    'should give, for every question on the at-scale fixture (%s), every page the decision gave in this thread',
    async (_name, facts) => {
      let pages = 0;
      for (const q of questions) {
        const decision = evaluated(facts, q);
        const { head, ask } = await answerOffThread(facts, q, worker, 0);
        const answer = answerView(head, ask, readRows);
        const { partners: _p, excluded: _e, classes, byKind: _b, ...rest } = decision;
        const { partners: _vp, excluded: _ve, classes: viewClasses, ...viewRest } = answer;
        expect(JSON.stringify(viewRest)).toBe(JSON.stringify(rest));
        expect(JSON.stringify(viewClasses.map((c) => ({ ...c, members: c.members.total })))).toBe(
          JSON.stringify(
            classes.map(({ members, byKind: k, ...c }) => ({ ...c, members: members.length + (k?.count ?? 0) })),
          ),
        );
        for (const [items, list, view] of listsOf(decision, answer)) {
          pages += await compareAllPages(items, list, view, 100);
          pages += await compareAllPages(items, list, view, 25);
        }
      }
      expect(pages).toBeGreaterThan(questions.length * 10);
    },
    300_000,
  );

  it('should send the API a small part of a large decision for its head and a first page of 5 partners', async () => {
    const fresh = new EligibilityWorker();
    const crossed = { bytes: 0, replies: 0 };
    const q = questions[0]!;
    const whole = evaluated(plain, q);
    expect(whole.partners.length).toBeGreaterThan(500);
    const spy = countCrossing(fresh, crossed);
    try {
      const { head, ask } = await answerOffThread(plain, q, fresh, 0);
      const answer = answerView(head, ask, readRows);
      const page = await answer.partners.page({ first: 5 });
      expect(page.edges.map((e) => e.node.actorId)).toEqual(whole.partners.slice(0, 5).map((p) => p.actorId));
    } finally {
      spy.mockRestore();
      await fresh.close();
    }
    expect(crossed.replies).toBe(2);
    // The whole decision as the worker sent it before the change (packed); the head and the page: under a tenth.
    const before = serialize({
      id: 1,
      packed: (await import('../../../api/src/eligibility-worker/packed.js')).pack(whole),
    });
    expect(crossed.bytes).toBeLessThan(before.byteLength / 10);
  });

  it('should give the same page after the worker dropped the decision (it evaluates it again)', async () => {
    const q = questions[1]!;
    const { head, ask } = await answerOffThread(plain, q, worker, 0);
    const answer = answerView(head, ask, readRows);
    const first = await answer.partners.page({ first: 10 });
    // More questions than the worker keeps decisions, on other facts: the first decision is dropped, and so
    // are its facts (the worker keeps four sets).
    for (const other of questions.slice(2, 2 + KEEP_DECISIONS + 1))
      await answerOffThread(factsAtScale(600 + questions.indexOf(other)), other, worker, 0);
    const next = await answer.partners.page({ first: 10, after: first.pageInfo.endCursor });
    expect(JSON.stringify(next)).toBe(
      JSON.stringify(sliceConnection(evaluated(plain, q).partners, { first: 10, after: first.pageInfo.endCursor })),
    );
  });

  it('should answer a page asked while the worker dies (in this thread), and the next page in a new worker', async () => {
    const fresh = new EligibilityWorker();
    const q = questions[4]!;
    const { head, ask } = await answerOffThread(plain, q, fresh, 0);
    const answer = answerView(head, ask, readRows);
    const decision = evaluated(plain, q);
    const asked = answer.partners.page({ first: 20 });
    await fresh['worker']!.terminate(); // the worker ends with the page unanswered
    expect(JSON.stringify(await asked)).toBe(
      JSON.stringify(await pageBefore(decision.partners, decision.byKind?.partners, { first: 20 })),
    );
    const args = { first: 20, after: (await asked).pageInfo.endCursor };
    expect(JSON.stringify(await answer.partners.page(args))).toBe(
      JSON.stringify(await pageBefore(decision.partners, decision.byKind?.partners, args)),
    );
    await fresh.close();
  });
});

describe('the API with every answer kept in the worker (issue 20)', () => {
  const NODE = `actor { id name } assumed reasons { rule { id } basis explanation viaGroup { id } viaClass { id }
    agreement { id } conditions { kind text } } conditions { kind text } lost { rule { id } basis }`;
  const PARTNERS = `query($objective: Objective!, $approach: Approach!, $assume: [AssumptionInput!], $after: String) {
    eligibility(objective: $objective, approach: $approach, assume: $assume) {
      partners(first: 4, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { ${NODE} } } } } }`;
  const seedQuestions = OBJECTIVES.values.flatMap((objective) =>
    APPROACHES.values.flatMap((approach) => [
      { objective: objective.replace('.', '_'), approach, assume: null },
      { objective: objective.replace('.', '_'), approach, assume: [{ kind: 'SPECIFIC_EU_AGREEMENT', actor: 'japan' }] },
    ]),
  );
  /** The response without the request's id. */
  const asked = async (app: FastifyInstance, query: string, variables: Record<string, unknown>) =>
    JSON.stringify(await gql(app, query, variables), (key, v: unknown) => (key === 'requestId' ? undefined : v));

  /** Every W1 answer, then every page of 4 partners of a few questions, as JSON. */
  async function answers(app: FastifyInstance): Promise<string[]> {
    const out: string[] = [];
    for (const q of seedQuestions) out.push(await asked(app, ELIGIBILITY_QUERY, q));
    for (const q of seedQuestions.filter((_, i) => i % 11 === 0)) {
      let after: string | null = null;
      do {
        const text = await asked(app, PARTNERS, { ...q, after });
        out.push(text);
        const page = (JSON.parse(text) as { data: { eligibility: { partners: ConnectionDTO<unknown> } } }).data
          .eligibility.partners;
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after !== null);
    }
    return out;
  }

  it.each([
    ['listed', Infinity],
    ['held by kind', 0],
  ])(
    'should give the seed answers of this thread, first pages and later pages (%s)',
    async (_name, max) => {
      const restoreMax = useByKindListMax(max);
      const here = await buildTestApp();
      const expected = await answers(here).finally(() => here.close());
      const kept = new EligibilityWorker();
      // At scale the worker reads the facts itself (facts-reader.ts): every operation goes through runRead.
      const ran = vi.spyOn(kept, 'runRead');
      const restore = useEligibilityWorker(kept, 0);
      const there = await buildTestApp();
      try {
        const got = await answers(there);
        expect(got.length).toBeGreaterThan(seedQuestions.length + 10);
        got.forEach((answer, i) => expect(answer).toBe(expected[i]));
        expect(ran.mock.calls.some(([, , op]) => op.kind === 'page')).toBe(true);
        expect(ran.mock.calls.some(([, , op]) => op.kind === 'evaluate')).toBe(false);
        expect(kept.factsSent).toBe(0);
      } finally {
        restore();
        restoreMax();
        ran.mockRestore();
        await there.close();
        await kept.close();
      }
    },
    300_000,
  );
});
