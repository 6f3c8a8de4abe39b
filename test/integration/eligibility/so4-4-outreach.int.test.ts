/**
 * The headline question, "which partners qualify for outreach under SO4.4", and its what-if.
 * Expectations come from the text: principle 3 (EEA countries), SO4.4 bullet 5 (third countries with
 * specific EU agreements, with the endorsement of the Management Board), bullet 4 (challenges). Since issue 21
 * the section-4 class holds the third countries of the Union's recorded agreements (Japan, Canada); the what-if
 * examples use the United States, which no recorded specific EU agreement brings in.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, gql } from '../../helpers/app.js';
import { ask, partner, partnerIds, type Answer } from '../../helpers/eligibility.js';
import { SOURCES } from '../../helpers/sources.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

function quotesOf(answer: Answer): Array<{ document: { id: string }; quote: string }> {
  return [
    ...answer.partners.flatMap((p) => [
      ...p.reasons.map((r) => r.citation),
      ...p.conditions.flatMap((c) => (c.citation ? [c.citation] : [])),
    ]),
    ...answer.classes.flatMap((c) => c.reasons.map((r) => r.citation)),
    ...answer.activities.map((a) => a.citation),
  ];
}

describe('eligibility: outreach under SO4.4', () => {
  it('should name Iceland, Liechtenstein and Norway under principle 3, through the EEA', async () => {
    const answer = await ask(app, 'SO4_4', 'OUTREACH');
    expect(answer.question).toBe('Outreach under SO4.4');
    expect(partnerIds(answer)).toEqual(expect.arrayContaining(['iceland', 'liechtenstein', 'norway']));
    for (const id of ['iceland', 'liechtenstein', 'norway']) {
      const reason = partner(answer, id)!.reasons.find((r) => r.rule.principle === 3)!;
      expect(reason).toMatchObject({
        basis: 'GROUP_MEMBER',
        viaGroup: { id: 'eea' },
        citation: { locator: 'principle 3' },
      });
      expect(partner(answer, id)!.conditions.map((c) => c.kind)).toContain('WHEN_RELEVANT');
    }
    expect(partnerIds(answer)).not.toContain('united-states');
  });

  it('should fill the class of third countries with specific EU agreements from the recorded agreements, with Management Board endorsement', async () => {
    const answer = await ask(app, 'SO4_4', 'OUTREACH');
    const agreements = answer.classes.find((c) => c.class.id === 'third-countries-with-specific-eu-agreements')!;
    expect(agreements).toBeDefined();
    expect([...agreements.members].sort((a, b) => a.actor.id.localeCompare(b.actor.id))).toEqual([
      { actor: { id: 'canada' }, basis: 'AGREEMENT' },
      { actor: { id: 'japan' }, basis: 'AGREEMENT' },
    ]);
    expect(agreements.conditions.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['MB_ENDORSEMENT', 'WITHIN_AGREEMENT_LIMITS']),
    );
  });

  it('should list the organisation of international cybersecurity challenges as an activity', async () => {
    const answer = await ask(app, 'SO4_4', 'OUTREACH');
    const challenge = answer.activities.find((a) => /international cybersecurity challenges/.test(a.activity));
    expect(challenge).toBeDefined();
    expect(challenge!.citation.quote).toMatch(/international cybersecurity challenges/);
  });

  it('should add the United States with the assumption in its reasons and the agreement conditions, when assumed', async () => {
    const answer = await ask(app, 'SO4_4', 'OUTREACH', [{ kind: 'SPECIFIC_EU_AGREEMENT', actor: 'united-states' }]);
    const us = partner(answer, 'united-states')!;
    expect(us).toBeDefined();
    expect(us.assumed).toBe(true);
    expect(
      us.reasons.every(
        (r) => r.assumption?.kind === 'SPECIFIC_EU_AGREEMENT' && r.assumption.actor.id === 'united-states',
      ),
    ).toBe(true);
    expect(us.conditions.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['MB_ENDORSEMENT', 'WITHIN_AGREEMENT_LIMITS']),
    );
    expect(answer.assumptions).toEqual([
      expect.objectContaining({ kind: 'SPECIFIC_EU_AGREEMENT', actor: { id: 'united-states' } }),
    ]);
    const agreements = answer.classes.find((c) => c.class.id === 'third-countries-with-specific-eu-agreements')!;
    expect([...agreements.members].sort((a, b) => a.actor.id.localeCompare(b.actor.id))).toEqual([
      { actor: { id: 'canada' }, basis: 'AGREEMENT' },
      { actor: { id: 'japan' }, basis: 'AGREEMENT' },
      { actor: { id: 'united-states' }, basis: 'ASSUMPTION' },
    ]);
  });

  it('should store nothing for a what-if: the next answer is as before', async () => {
    await ask(app, 'SO4_4', 'OUTREACH', [{ kind: 'SPECIFIC_EU_AGREEMENT', actor: 'united-states' }]);
    const after = await ask(app, 'SO4_4', 'OUTREACH');
    expect(partnerIds(after)).not.toContain('united-states');
  });

  it('should explain with whyNot why the United States is absent without the assumption', async () => {
    const { data } = await gql<{
      whyNot: {
        eligible: boolean;
        summary: string;
        checks: Array<{ rule: { id: string }; applies: boolean; explanation: string; citation: { quote: string } }>;
      };
    }>(
      app,
      `{ whyNot(partner: "united-states", objective: SO4_4, approach: OUTREACH) { eligible summary checks { rule { id } applies explanation citation { quote } } } }`,
    );
    const result = data!.whyNot;
    expect(result.eligible).toBe(false);
    expect(result.summary).toMatch(/United States does not qualify/);
    const bullet = result.checks.find((c) => c.rule.id === 'rule-so4-4-outreach-third-countries-with-agreements')!;
    expect(bullet.applies).toBe(false);
    expect(bullet.explanation).toMatch(/would qualify with a specific EU agreement/);
    expect(result.checks.every((c) => c.citation.quote.length > 0)).toBe(true);
  });

  it('should carry on every item a quote found in the source', async () => {
    const answer = await ask(app, 'SO4_4', 'OUTREACH', [{ kind: 'SPECIFIC_EU_AGREEMENT', actor: 'united-states' }]);
    const quotes = quotesOf(answer);
    expect(quotes.length).toBeGreaterThan(10);
    for (const { document, quote } of quotes) expect(SOURCES[document.id]!.contains(quote), quote).toBe(true);
  });
});
