/**
 * Rules are data and curation feeds them: a curated agreement between the Union and a country, recorded as
 * the kind of agreement it is (issue 16: a section-4 "specific EU agreement" here), puts the country in the
 * class that kind fills and no other, and the eligibility answer names it with the agreement as the reason
 * (a test country, so concurrent tests see no change to seed answers).
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
import { gql } from '../../helpers/app.js';
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
  it('should name a country party to a specific EU agreement, with the agreement as the reason', async () => {
    const actor = { id: country, name: 'Testland', kind: 'THIRD_COUNTRY', citation: REFERENCE_CITATION };
    expect((await call(app, UPSERT_ACTOR, { input: actor }, as(ALICE))).errors).toBeUndefined();
    expect((await ask(app, 'SO4_4', 'OUTREACH')).partners.map((p) => p.actor.id)).not.toContain(country);

    const input = {
      id: agreement,
      name: 'EU–Testland agreement',
      coversCybersecurity: true,
      kinds: ['SPECIFIC_EU_AGREEMENT'],
      parties: ['european-union', country],
      citation: REFERENCE_CITATION,
    };
    const upserted = await call<{
      upsertAgreement: { audit: { mutation: string; targetId: string; curator: string } };
    }>(app, UPSERT_AGREEMENT, { input }, as(ALICE));
    expect(upserted.errors).toBeUndefined();
    // issue 21: a curator still adds an agreement with its official source, and the audit records it
    expect(upserted.data!.upsertAgreement.audit).toMatchObject({ mutation: 'UPSERT_AGREEMENT', targetId: agreement });

    const answer = await ask(app, 'SO4_4', 'OUTREACH');
    const testland = partner(answer, country)!;
    expect(testland).toBeDefined();
    expect(testland.assumed).toBe(false);
    // One reason: the section-4 class. Before issue 16 the same agreement also filled principle 2's class,
    // where no Management Board endorsement is stated.
    expect(testland.reasons.map((r) => [r.rule.id, r.basis])).toEqual([
      ['rule-so4-4-outreach-third-countries-with-agreements', 'AGREEMENT'],
    ]);
    expect(testland.conditions.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['MB_ENDORSEMENT', 'WITHIN_AGREEMENT_LIMITS']),
    );
    const agreements = answer.classes.find((c) => c.class.id === 'third-countries-with-specific-eu-agreements')!;
    expect(agreements.members).toContainEqual({ actor: { id: country }, basis: 'AGREEMENT' });

    // issue 21: the curated agreement shows beside the reference agreements, without their reference-data badge,
    // with the curator's source as its evidence
    const { data } = await gql<{
      whyNot: {
        reasons: Array<{
          agreement: {
            id: string;
            referenceData: boolean;
            evidence: Array<{ note: string; url: string | null }>;
          } | null;
        }>;
      };
    }>(
      app,
      `query($p: ID!) { whyNot(partner: $p, objective: SO4_4, approach: OUTREACH) {
        reasons { agreement { id referenceData evidence { note url } } } } }`,
      { p: country },
    );
    const used = data!.whyNot.reasons[0]!.agreement!;
    expect(used).toMatchObject({ id: agreement, referenceData: false });
    expect(used.evidence[0]).toMatchObject({ note: REFERENCE_CITATION.note, url: 'http://old.efta.int/eea' });
  });
});
