/**
 * Issue 16, point 7: the conditions the text attaches.
 * - Footnote 5, whose marker ends 4.3's sentence on the OSCE and NATO: "Those activities are to be carried
 *   out in full respect of the principles of inclusiveness, reciprocity and the decision-making autonomy of
 *   the Union, without prejudice to the specific character of the security and defence policy of any Member
 *   State."
 * - Principle 1, the focus of every engagement: "ENISA will focus its international cooperation on partners
 *   with which the Union has strategic economic relationships and which share the Union's values."
 * - Principle 5: "The Agency's international cooperation activities should align with and add value to the
 *   partnerships of Member States."
 * Before: footnote 5 was only cited on the rule, and principles 1 and 5 were not conditions at all.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enumName } from '../../../core/vocabulary.js';
import { buildTestApp, gql } from '../../helpers/app.js';
import { withoutConnections } from '../../helpers/eligibility.js';
import { SOURCES } from '../../helpers/sources.js';

const QUERY = `query($objective: Objective!, $approach: Approach!) {
  eligibility(objective: $objective, approach: $approach) {
    partners(first: 100) { edges { node { actor { id } conditions { kind text citation { locator quote } } } } }
    classes { class { id } conditions { kind } }
    activities { rule { id } conditions { kind } }
  }
}`;
interface Answer {
  partners: Array<{
    actor: { id: string };
    conditions: Array<{ kind: string; text: string; citation: { locator: string; quote: string } }>;
  }>;
  classes: Array<{ class: { id: string }; conditions: Array<{ kind: string }> }>;
  activities: Array<{ rule: { id: string }; conditions: Array<{ kind: string }> }>;
}
const FOOTNOTE_5 = ['INCLUSIVENESS_RECIPROCITY_AUTONOMY', 'WITHOUT_PREJUDICE_MS_SECURITY_DEFENCE'];

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());
const answer = async (objective: string, approach: string) => {
  const { data, errors } = await gql<{ eligibility: Answer }>(app, QUERY, {
    objective: enumName(objective),
    approach,
  });
  expect(errors).toBeUndefined();
  return withoutConnections(data!.eligibility);
};

describe('issue 16.7: conditions the text attaches', () => {
  it('should list the footnote 5 conditions on SO4.3 outreach with NATO (and every member of its class), cited to footnote 5', async () => {
    const result = await answer('SO4.3', 'OUTREACH');
    for (const id of ['nato', 'osce']) {
      const conditions = result.partners.find((p) => p.actor.id === id)!.conditions;
      for (const kind of FOOTNOTE_5) {
        const condition = conditions.find((c) => c.kind === kind)!;
        expect(condition, `${id} ${kind}`).toBeDefined();
        expect(condition.citation.locator).toBe('footnote 5');
        expect(condition.citation.quote).toContain(condition.text);
        expect(SOURCES['enisa-international-strategy-2021']!.contains(condition.citation.quote)).toBe(true);
      }
    }
    const iceland = result.partners.find((p) => p.actor.id === 'iceland')!;
    expect(iceland.conditions.map((c) => c.kind)).not.toContain(FOOTNOTE_5[0]);
  });

  it('should not attach footnote 5 where the text does not reference it (SO4.4 exercises with NATO; READINGS.md G15)', async () => {
    const result = await answer('SO4.4', 'ASSISTING');
    const nato = result.partners.find((p) => p.actor.id === 'nato')!;
    expect(nato.conditions.map((c) => c.kind)).not.toContain(FOOTNOTE_5[0]);
  });

  it.each(
    ['SO4.1', 'SO4.2', 'SO4.3', 'SO4.4', 'SO4.5', 'SO4.6', 'SO4.7'].flatMap((o) =>
      ['LIMITED', 'ASSISTING', 'OUTREACH'].map((a) => [o, a] as const),
    ),
  )('%s × %s: principles 1 and 5 on every partner, class and activity', async (objective, approach) => {
    const result = await answer(objective, approach);
    const items = [
      ...result.partners.map((p) => [p.actor.id, p.conditions] as const),
      ...result.classes.map((c) => [c.class.id, c.conditions] as const),
      ...result.activities.map((a) => [a.rule.id, a.conditions] as const),
    ];
    expect(items.length).toBeGreaterThan(0);
    for (const [id, conditions] of items)
      expect(
        conditions.map((c) => c.kind),
        id,
      ).toEqual(expect.arrayContaining(['FOCUS_SHARED_VALUES_PARTNERS', 'ALIGN_WITH_MEMBER_STATES']));
    const focus = result.partners[0]?.conditions.find((c) => c.kind === 'FOCUS_SHARED_VALUES_PARTNERS');
    if (focus) expect(focus.citation.locator).toBe('principle 1');
  });
});
