/**
 * Which facts are evaluated in the worker (issue 20): not only those with many actors. At 100k nodes an
 * objective's facts held fewer than 5,000 actors but thousands of agreement parties and memberships, and
 * evaluating them in the API's thread held its event loop for up to a second.
 */
import { describe, expect, it } from 'vitest';
import type { Decision, EligibilityFacts } from '../../../../api/src/domain/eligibility/index.js';
import {
  evaluateOffThread,
  factsSize,
  type EligibilityWorker,
} from '../../../../api/src/eligibility-worker/evaluator.js';

const actor = (id: string) => [id, { id, name: id, kind: 'third-country' }] as const;

function factsWith(actors: number, agreements: number, members: number): EligibilityFacts {
  const ids = Array.from({ length: actors }, (_, i) => `a${i}`);
  return {
    objectives: ['SO4.4'],
    rules: [],
    targets: new Map([
      [
        'group',
        {
          id: 'group',
          label: 'Actor',
          name: 'Group',
          kind: 'country-group',
          memberKinds: [],
          filledBy: [],
          admitsKinds: [],
          members: Array.from({ length: members }, (_, i) => ({
            id: ids[i % actors]!,
            role: null,
            note: null,
            since: null,
            suspended: null,
            left: null,
            citations: [],
          })),
        },
      ],
    ]),
    actors: new Map(ids.map(actor)),
    agreements: Array.from({ length: agreements }, (_, i) => ({
      actorId: ids[i % actors]!,
      agreementId: `g${i}`,
      agreementName: `G${i}`,
      kinds: ['SPECIFIC_EU_AGREEMENT' as const],
      citations: [],
    })),
    documents: new Map(),
  };
}

/** A worker that records what it is asked, answering nothing real. */
function recordingWorker() {
  const asked: EligibilityFacts[] = [];
  const worker = {
    evaluate: (facts: EligibilityFacts) => {
      asked.push(facts);
      return Promise.resolve({} as Decision);
    },
  } as unknown as EligibilityWorker;
  return { worker, asked };
}

describe('the eligibility worker threshold', () => {
  it('should count actors, agreement parties and memberships', () => {
    expect(factsSize(factsWith(10, 20, 30))).toBe(60);
  });

  it('should send facts with few actors but many agreement parties and memberships to the worker', async () => {
    const { worker, asked } = recordingWorker();
    const facts = factsWith(100, 3_000, 2_000);
    await evaluateOffThread(facts, { objective: 'SO4.4', approach: 'LIMITED', assume: [] }, worker, 5_000);
    expect(asked).toEqual([facts]);
  });

  it('should keep small facts in this thread', async () => {
    const { worker, asked } = recordingWorker();
    const facts = factsWith(10, 20, 30);
    const decision = await evaluateOffThread(
      facts,
      { objective: 'SO4.4', approach: 'LIMITED', assume: [] },
      worker,
      5_000,
    );
    expect(asked).toEqual([]);
    expect(decision.partners).toBeDefined();
  });
});
