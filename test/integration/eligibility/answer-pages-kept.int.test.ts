/**
 * Issue 20: the pages an answer kept in the worker has made are kept with the answer in the API's thread
 * (eligibility-worker/answer-view.ts, kept-pages.ts). On the at-scale fixture (with and without actors held by
 * kind): a page asked again sends the worker no message; every page, kept or not, is the page made without
 * keeping any; and the pages kept stay within their bounds, the least recently asked asked again.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { KindRow, PageKey } from '../../../api/src/domain/eligibility/index.js';
import type { ByKindHead, ListItem } from '../../../api/src/eligibility-worker/answer-head.js';
import {
  answerView,
  pagesKept,
  type AnswerList,
  type AnswerView,
  type AskPage,
} from '../../../api/src/eligibility-worker/answer-view.js';
import { answerOffThread, EligibilityWorker } from '../../../api/src/eligibility-worker/evaluator.js';
import type { EvaluateReply, QuestionInput } from '../../../api/src/eligibility-worker/protocol.js';
import type { PageBounds } from '../../../api/src/eligibility-worker/kept-pages.js';
import type { PageArgs } from '../../../api/src/graphql/connections.js';
import { factsAtScale, heldByKind } from '../../unit/api/domain/eligibility/at-scale-fixture.js';

const plain = factsAtScale(1500);
const byKind = heldByKind(plain);

/** The actors the database would list for the kinds held by kind, in page order (as answer-in-worker's test). */
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

const questions: QuestionInput[] = [
  { objective: 'SO4.1', approach: 'LIMITED', assume: [] },
  { objective: 'ALL', approach: 'OUTREACH', assume: [] },
  { objective: 'SO4.1', approach: 'OUTREACH', assume: [{ kind: 'SPECIFIC_EU_AGREEMENT', actorId: 'a-5' }] },
];

const worker = new EligibilityWorker();
afterAll(() => worker.close());

/** Counts the replies the worker sends the API's thread (one per message it answers). */
function countReplies(w: EligibilityWorker) {
  const counted = { replies: 0 };
  const target = w as unknown as { onReply: (worker: unknown, reply: EvaluateReply) => void };
  const onReply = target.onReply.bind(w);
  const spy = vi.spyOn(target, 'onReply').mockImplementation((worker, reply) => {
    counted.replies++;
    onReply(worker, reply);
  });
  return { counted, restore: () => spy.mockRestore() };
}

/** An answer in the worker, its `ask` counted. */
async function answerIn(facts: typeof plain, q: QuestionInput, bounds?: PageBounds) {
  const { head, ask } = await answerOffThread(facts, q, worker, 0);
  const asked = { pages: 0 };
  const counted: AskPage = (request) => {
    asked.pages++;
    return ask(request);
  };
  return { answer: answerView(head, counted, readRows, bounds), asked };
}

const listsOf = (answer: AnswerView): Array<AnswerList<ListItem>> => [
  answer.partners,
  answer.excluded,
  ...answer.classes.map((c) => c.members),
];

/** W1's first pages: 100 partners, 100 excluded, 100 members of each class. */
const firstPages = (answer: AnswerView) =>
  Promise.all(listsOf(answer).map(async (list) => JSON.stringify(await list.page({ first: 100 }))));

/** Every page of the list, `first` at a time, as JSON. */
async function walk(list: AnswerList<ListItem>, first: number): Promise<string[]> {
  const pages: string[] = [];
  let args: PageArgs = { first, after: null };
  for (;;) {
    const page = await list.page(args);
    pages.push(JSON.stringify(page));
    if (!page.pageInfo.hasNextPage) return pages;
    args = { first, after: page.pageInfo.endCursor };
  }
}

describe('the pages an answer keeps in the API thread (issue 20)', () => {
  it.each([
    ['listed', plain],
    ['held by kind', byKind],
  ])('should answer a page asked again without a message to the worker (%s)', async (_name, facts) => {
    for (const q of questions) {
      const { answer, asked } = await answerIn(facts, q);
      const first = await firstPages(answer);
      expect(asked.pages).toBe(listsOf(answer).length);
      const { counted, restore } = countReplies(worker);
      try {
        const again = await firstPages(answer);
        expect(again).toEqual(first);
      } finally {
        restore();
      }
      expect(counted.replies).toBe(0);
      expect(asked.pages).toBe(listsOf(answer).length);
    }
  });

  it.each([
    ['listed', plain],
    ['held by kind', byKind],
  ])(
    'should give every page as it is made when none is kept, asked once or twice (%s)',
    async (_name, facts) => {
      let compared = 0;
      for (const q of questions) {
        const kept = await answerIn(facts, q);
        const none = await answerIn(facts, q, { pages: 0, items: 0 });
        for (const [i, list] of listsOf(kept.answer).entries()) {
          const unkept = listsOf(none.answer)[i]!;
          for (const first of [100, 7]) {
            const want = await walk(unkept, first);
            expect(await walk(list, first)).toEqual(want);
            expect(await walk(list, first)).toEqual(want); // the second walk from the kept pages
            compared += want.length;
          }
        }
        // Nothing kept: each page asked again was asked again.
        const askedBefore = none.asked.pages;
        await firstPages(none.answer);
        expect(none.asked.pages).toBe(askedBefore + listsOf(none.answer).length);
      }
      expect(compared).toBeGreaterThan(questions.length * 20);
    },
    300_000,
  );

  it('should keep no more pages and items than its bounds, asking again what it dropped', async () => {
    const bounds = { pages: 6, items: 450 };
    const { answer, asked } = await answerIn(plain, questions[1]!, bounds);
    expect(answer.partners.total).toBeGreaterThan(1000);
    let args: PageArgs = { first: 100, after: null };
    const cursors: PageArgs[] = [];
    for (let i = 0; i < 12; i++) {
      cursors.push(args);
      const page = await answer.partners.page(args);
      const kept = pagesKept(answer);
      expect(kept.pages).toBeLessThanOrEqual(bounds.pages);
      expect(kept.items).toBeLessThanOrEqual(bounds.items);
      args = { first: 100, after: page.pageInfo.endCursor };
    }
    expect(pagesKept(answer)).toEqual({ pages: 4, items: 400 });
    expect(asked.pages).toBe(12);
    await answer.partners.page(cursors[11]!); // kept
    expect(asked.pages).toBe(12);
    await answer.partners.page(cursors[0]!); // dropped long ago: asked again
    expect(asked.pages).toBe(13);
    for (let i = 0; i < 20; i++) await answer.excluded.page({ first: 5 + i });
    expect(pagesKept(answer).pages).toBeLessThanOrEqual(bounds.pages);
    expect(pagesKept(answer).items).toBeLessThanOrEqual(bounds.items);
  });
});
