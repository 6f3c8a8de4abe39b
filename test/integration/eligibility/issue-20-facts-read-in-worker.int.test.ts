/**
 * Issue 20, stage 2: for a large graph the eligibility worker reads the facts itself, with its own driver and the
 * API's bookmarks (eligibility-worker/facts-reader.ts), so the API's thread neither decodes, maps nor copies them.
 * Here the seed is made "large" (useEligibilityWorker(worker, 0)) and, through the API:
 * - every objective × approach, and a what-if, gives the answer the API gives reading and evaluating in its own
 *   thread, the whole JSON compared, every page walked;
 * - no facts were sent to the worker, and the worker answered (nothing fell back to this thread);
 * - an answer after a write sees it (a curated agreement puts a test country among the partners): the worker
 *   reads again under the new data version, with the API's bookmarks.
 */
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EligibilityWorker, useEligibilityWorker } from '../../../api/src/eligibility-worker/evaluator.js';
import { APPROACHES, OBJECTIVES } from '../../../core/vocabulary.js';
import { buildTestApp, gql } from '../../helpers/app.js';
import { ask, partner } from '../../helpers/eligibility.js';
import { testDriver, uniqueId } from '../../helpers/neo4j.js';
import {
  ALICE,
  as,
  buildCurationApp,
  call,
  cleanUp,
  REFERENCE_CITATION,
  UPSERT_ACTOR,
  UPSERT_AGREEMENT,
} from '../api/curation-helpers.js';

let inThread: FastifyInstance;
let curation: FastifyInstance;
let driver: Driver;
const worker = new EligibilityWorker();
const country = uniqueId('country');
const agreement = uniqueId('agreement');

beforeAll(async () => {
  [inThread, curation] = await Promise.all([buildTestApp(), buildCurationApp()]);
  driver = testDriver();
});
afterAll(async () => {
  await cleanUp(driver, [country, agreement]);
  await driver.close();
  await worker.close();
  await Promise.all([inThread.close(), curation.close()]);
});

const QUERY = `query Q($objective: Objective!, $approach: Approach!, $assume: [AssumptionInput!], $after: String) {
  eligibility(objective: $objective, approach: $approach, assume: $assume) {
    question generalConditions { kind text citation { locator quote } }
    activities { activity conditions { kind text } citation { locator quote } }
    partners(first: 10, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { actor { id name kind } assumed
        reasons { rule { id } basis viaGroup { name } assumption { description } citation { document { name } locator quote } }
        conditions { kind text citation { locator quote } } } }
    }
    excluded(first: 100) { totalCount edges { node { actor { id } reasons { rule { id } basis } } } }
    classes { class { name filledBy } members(first: 100) { totalCount edges { node { actor { id } basis } } } conditions { kind text } }
  }
}`;

/** Every page of the answer's partners (with its excluded and classes), as the API gives them. */
async function answerOf(app: FastifyInstance, variables: Record<string, unknown>) {
  const pages: unknown[] = [];
  let after: string | null = null;
  type Page = { eligibility: { partners: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };
  for (let n = 0; n < 50; n++) {
    const response: { data: Page | null; errors?: unknown } = await gql<Page>(app, QUERY, { ...variables, after });
    expect(response.errors).toBeUndefined();
    pages.push(response.data);
    const info: { hasNextPage: boolean; endCursor: string | null } = response.data!.eligibility.partners.pageInfo;
    if (!info.hasNextPage) break;
    after = info.endCursor;
  }
  return pages;
}

describe('eligibility facts read by the worker itself', () => {
  it('gives every answer the API gives reading the facts in its own thread, and no facts cross', async () => {
    const questions = OBJECTIVES.values.flatMap((objective) =>
      APPROACHES.values.map((approach) => ({ objective: objective.replace('.', '_'), approach, assume: [] })),
    );
    questions.push({
      objective: 'SO4_4',
      approach: 'OUTREACH',
      assume: [{ kind: 'SPECIFIC_EU_AGREEMENT', actor: 'canada' }] as never[],
    });
    const restore = useEligibilityWorker(worker, 0);
    const viaWorker: unknown[] = [];
    try {
      for (const q of questions) viaWorker.push(await answerOf(curation, q));
    } finally {
      restore();
    }
    expect(worker.answeredHere).toBe(0);
    expect(worker.factsSent).toBe(0);
    expect(worker.answered).toBeGreaterThanOrEqual(questions.length);
    for (const [i, q] of questions.entries())
      expect(viaWorker[i], JSON.stringify(q)).toEqual(await answerOf(inThread, q));
  });

  it('sees a write the API acknowledged', async () => {
    const restore = useEligibilityWorker(worker, 0);
    try {
      const actor = { id: country, name: 'Testland', kind: 'THIRD_COUNTRY', citation: REFERENCE_CITATION };
      expect((await call(curation, UPSERT_ACTOR, { input: actor }, as(ALICE))).errors).toBeUndefined();
      expect((await ask(curation, 'SO4_4', 'OUTREACH')).partners.map((p) => p.actor.id)).not.toContain(country);
      const input = {
        id: agreement,
        name: 'EU–Testland agreement',
        coversCybersecurity: true,
        kinds: ['SPECIFIC_EU_AGREEMENT'],
        parties: ['european-union', country],
        citation: REFERENCE_CITATION,
      };
      expect((await call(curation, UPSERT_AGREEMENT, { input }, as(ALICE))).errors).toBeUndefined();
      expect(partner(await ask(curation, 'SO4_4', 'OUTREACH'), country)).toBeDefined();
    } finally {
      restore();
    }
    expect(worker.answeredHere).toBe(0);
    expect(worker.factsSent).toBe(0);
  });
});
