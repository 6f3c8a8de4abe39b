/**
 * Issue 16, point 4: three kinds of agreement, each its own assumption kind, class and conditions:
 * - section 4, "third countries with which there are specific EU agreements", "with the endorsement of the
 *   Management Board", "in line with the respective specific provisions of such agreements" (4.4 / bullet 5);
 * - principle 2, cooperation in cybersecurity "explicitly stated in an agreement", "respecting the limits of
 *   the agreement provisions";
 * - 2.2, "agreements or frameworks that promote specific or general cooperation in cybersecurity".
 * Before: one HAS_CYBER_AGREEMENT filled all three, so the principle-2 reason read as if endorsement were
 * optional for the section-4 class, and vice versa.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../helpers/app.js';
import { ask, partner, partnerIds } from '../../helpers/eligibility.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

// Since issue 21 Japan is in these classes through its recorded Strategic Partnership Agreement, and the United
// States through the EU-US Cyber Dialogue (2.2). Belarus is the third country that neither a recorded agreement
// nor a granted group route (its Eastern Partnership participation is suspended, READINGS.md G11) brings into
// SO4.4, so each what-if kind shows alone.
const belarusWith = (kind: string) => [{ kind, actor: 'belarus' }];

describe('issue 16.4: principle 2 agreements and section 4 agreements are separate assumption kinds', () => {
  it('should admit Belarus to SO4.4 outreach through the section-4 class only, with Management Board endorsement', async () => {
    const answer = await ask(app, 'SO4.4', 'OUTREACH', belarusWith('SPECIFIC_EU_AGREEMENT'));
    const belarus = partner(answer, 'belarus')!;
    expect(belarus.reasons.map((r) => r.rule.id)).toEqual(['rule-so4-4-outreach-third-countries-with-agreements']);
    expect(belarus.conditions.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['MB_ENDORSEMENT', 'WITHIN_AGREEMENT_LIMITS']),
    );
    expect(belarus.conditions.find((c) => c.kind === 'MB_ENDORSEMENT')!.text).toBe(
      'with the endorsement of the Management Board',
    );
    expect(partnerIds(await ask(app, 'SO4.4', 'ASSISTING', belarusWith('SPECIFIC_EU_AGREEMENT')))).not.toContain(
      'belarus',
    );
  });

  it('should admit Belarus to outreach through principle 2 only, within the agreement and with no endorsement stated', async () => {
    const answer = await ask(app, 'SO4.4', 'OUTREACH', belarusWith('EXPLICIT_CYBER_AGREEMENT'));
    const belarus = partner(answer, 'belarus')!;
    expect(belarus.reasons.map((r) => r.rule.id)).toEqual(['rule-all-outreach-partners-with-cybersecurity-agreements']);
    const limits = belarus.conditions.find((c) => c.kind === 'WITHIN_AGREEMENT_LIMITS')!;
    expect(limits.text).toBe('respecting the limits of the agreement provisions');
    expect(belarus.conditions.map((c) => c.kind)).not.toContain('MB_ENDORSEMENT');
    const assisting = await ask(app, 'SO4.4', 'ASSISTING', belarusWith('EXPLICIT_CYBER_AGREEMENT'));
    expect(partner(assisting, 'belarus')!.reasons.map((r) => r.rule.id)).toEqual([
      'rule-all-assisting-partners-with-agreements-or-frameworks',
    ]);
  });

  it('should admit Belarus only to the 2.2 assisting class with an agreement or framework that promotes cybersecurity cooperation', async () => {
    expect(partnerIds(await ask(app, 'SO4.4', 'OUTREACH', belarusWith('CYBER_AGREEMENT_OR_FRAMEWORK')))).not.toContain(
      'belarus',
    );
    const assisting = await ask(app, 'SO4.4', 'ASSISTING', belarusWith('CYBER_AGREEMENT_OR_FRAMEWORK'));
    expect(partner(assisting, 'belarus')!.reasons[0]).toMatchObject({
      basis: 'ASSUMPTION',
      viaClass: { id: 'partners-with-eu-cybersecurity-agreements-or-frameworks' },
      assumption: { kind: 'CYBER_AGREEMENT_OR_FRAMEWORK' },
    });
  });

  it('should describe each what-if in words of its own, naming the actor', async () => {
    const answer = await ask(app, 'SO4.4', 'OUTREACH', [
      { kind: 'SPECIFIC_EU_AGREEMENT', actor: 'japan' },
      { kind: 'EXPLICIT_CYBER_AGREEMENT', actor: 'united-states' },
    ]);
    const texts = (answer as unknown as { assumptions: Array<{ description: string }> }).assumptions.map(
      (a) => a.description,
    );
    expect(texts).toEqual([
      'What-if: there is a specific EU agreement with Japan (section 4).',
      'What-if: an agreement between the Union and United States explicitly states cooperation in cybersecurity (principle 2).',
    ]);
  });
});
