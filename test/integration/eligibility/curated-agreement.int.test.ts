/**
 * Rules are data and curation feeds them: a curated agreement between the Union and a country, covering
 * cybersecurity, puts the country in the classes the strategy names, and the eligibility answer names it
 * with the agreement as the reason (a test country, so concurrent tests see no change to seed answers).
 */
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { ask, partner } from '../../helpers/eligibility.js';
import { testDriver, uniqueId } from '../../helpers/neo4j.js';

let app: FastifyInstance;
let driver: Driver;
const country = uniqueId('country');
const agreement = uniqueId('agreement');
beforeAll(async () => {
  app = await buildCurationApp();
  driver = testDriver();
});
afterAll(async () => {
  await cleanUp(driver, [country, agreement]);
  await driver.close();
  await app.close();
});

describe('eligibility from a curated agreement', () => {
  it('should name a country party to an EU agreement covering cybersecurity, with the agreement as the reason', async () => {
    const actor = { id: country, name: 'Testland', kind: 'THIRD_COUNTRY', citation: REFERENCE_CITATION };
    expect((await call(app, UPSERT_ACTOR, { input: actor }, as(ALICE))).errors).toBeUndefined();
    expect((await ask(app, 'SO4_4', 'OUTREACH')).partners.map((p) => p.actor.id)).not.toContain(country);

    const input = {
      id: agreement,
      name: 'EU–Testland agreement',
      coversCybersecurity: true,
      parties: ['european-union', country],
      citation: REFERENCE_CITATION,
    };
    expect((await call(app, UPSERT_AGREEMENT, { input }, as(ALICE))).errors).toBeUndefined();

    const answer = await ask(app, 'SO4_4', 'OUTREACH');
    const testland = partner(answer, country)!;
    expect(testland).toBeDefined();
    expect(testland.assumed).toBe(false);
    expect(testland.reasons.map((r) => r.basis)).toEqual(['AGREEMENT', 'AGREEMENT']);
    expect(testland.conditions.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['MB_ENDORSEMENT', 'WITHIN_AGREEMENT_LIMITS']),
    );
    const agreements = answer.classes.find((c) => c.class.id === 'third-countries-with-specific-eu-agreements')!;
    expect(agreements.members).toContainEqual({ actor: { id: country }, basis: 'AGREEMENT' });
  });
});
