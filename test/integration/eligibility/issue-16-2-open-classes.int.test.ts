/**
 * Issue 16, point 2: a category given by example is an open class whose named examples are members:
 * "like-minded countries such as the United States" (4.2 / bullet 3), "partners deemed like-minded (e.g.
 * Japan)" (4.7), "international partners such as the OSCE and NATO" (4.3). Curation and what-ifs can fill
 * it. Before: 4.2 named the United States alone, 4.3 the OSCE and NATO alone, and no class was returned.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildQuestion, evaluate } from '../../../api/src/domain/eligibility/index.js';
import { buildTestApp } from '../../helpers/app.js';
import { ask, partner } from '../../helpers/eligibility.js';
import { seedFacts } from '../../helpers/eligibility-facts.js';
import { SOURCES } from '../../helpers/sources.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

const CASES = [
  ['SO4.2', 'like-minded-countries', 'united-states', 'like-minded countries such as the United States'],
  [
    'SO4.7',
    'partners-deemed-like-minded',
    'japan',
    'ENISA will focus its outreach to partners deemed like-minded (e.g. Japan).',
  ],
  [
    'SO4.3',
    'incident-response-international-partners',
    'nato',
    'cooperating with international partners such as the OSCE and NATO on joint incident response coordination',
  ],
  [
    'SO4.3',
    'incident-response-international-partners',
    'osce',
    'cooperating with international partners such as the OSCE and NATO on joint incident response coordination',
  ],
] as const;

describe('issue 16.2: categories given by example are open classes', () => {
  it.each(CASES)(
    '%s outreach should return the open class %s with %s as a member',
    async (objective, classId, member, quote) => {
      const answer = await ask(app, objective, 'OUTREACH');
      const cls = answer.classes.find((c) => c.class.id === classId)!;
      expect(cls, classId).toBeDefined();
      expect(cls.class.filledBy).toBeNull();
      expect(cls.members).toContainEqual({ actor: { id: member }, basis: 'CLASS_MEMBER' });
      const reason = partner(answer, member)!.reasons.find((r) => r.viaClass?.id === classId)!;
      expect(reason.basis).toBe('CLASS_MEMBER');
      expect(cls.reasons[0]!.citation.quote).toContain(quote.replace(/\.$/, '').slice(0, 40));
      expect(SOURCES['enisa-international-strategy-2021']!.contains(quote)).toBe(true);
    },
  );

  it('should let a what-if fill the class of like-minded countries (SO4.2 outreach)', async () => {
    const facts = await seedFacts();
    const plain = evaluate(facts, buildQuestion(facts, 'SO4.2', 'OUTREACH'));
    expect(plain.partners.find((p) => p.actorId === 'norway')!.reasons.map((r) => r.rule.id)).toEqual([
      'rule-all-outreach-eea',
    ]);
    const assumed = evaluate(
      facts,
      buildQuestion(facts, 'SO4.2', 'OUTREACH', [
        { kind: 'IN_CLASS', actorId: 'norway', classId: 'like-minded-countries' },
      ]),
    );
    const norway = assumed.partners.find((p) => p.actorId === 'norway')!;
    expect(norway.reasons.find((r) => r.viaClass === 'like-minded-countries')).toMatchObject({ basis: 'ASSUMPTION' });
    expect(assumed.question.assumptions[0]!.description).toBe('What-if: Norway is one of "Like-minded countries".');
  });
});
