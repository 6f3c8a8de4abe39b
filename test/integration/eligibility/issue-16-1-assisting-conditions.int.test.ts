/**
 * Issue 16, point 1: "ENISA may respond to requests for assistance – when the request is deemed to add
 * significant value to a specific strategic objective and is in line with the Union's policies" (2.2). The
 * approach carries its definition: every assisting answer (SO4.1, SO4.2, SO4.4 bullets, the 2.2 class)
 * carries the three conditions, cited to 2.2. Before: Albania, Ukraine or NATO had EB_NOTIFICATION only.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enumName } from '../../../core/vocabulary.js';
import { buildTestApp, gql } from '../../helpers/app.js';
import { withoutConnections } from '../../helpers/eligibility.js';
import { SOURCES } from '../../helpers/sources.js';

const QUERY = `query($objective: Objective!) {
  eligibility(objective: $objective, approach: ASSISTING) {
    partners(first: 100) { edges { node { actor { id } conditions { kind text citation { document { id } locator quote } } } } }
    classes { class { id } conditions { kind text citation { locator quote } } }
  }
}`;
interface Condition {
  kind: string;
  text: string;
  citation: { document?: { id: string }; locator: string; quote: string } | null;
}
interface Answer {
  partners: Array<{ actor: { id: string }; conditions: Condition[] }>;
  classes: Array<{ class: { id: string }; conditions: Condition[] }>;
}

const APPROACH_TERMS: Record<string, string> = {
  ON_REQUEST: 'ENISA may respond to requests for assistance',
  SIGNIFICANT_ADDED_VALUE: 'when the request is deemed to add significant value to a specific strategic objective',
  IN_LINE_WITH_UNION_POLICIES: "is in line with the Union's policies",
};

function expectApproachTerms(conditions: Condition[], who: string) {
  for (const [kind, text] of Object.entries(APPROACH_TERMS)) {
    const found = conditions.filter((c) => c.kind === kind && c.citation?.locator === '2.2');
    expect(found, `${who}: ${kind} cited to 2.2`).toHaveLength(1);
    expect(found[0]!.text).toBe(text);
    expect(SOURCES['enisa-international-strategy-2021']!.contains(found[0]!.citation!.quote)).toBe(true);
    expect(found[0]!.citation!.quote).toContain(text);
  }
}

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

describe('issue 16.1: the 2.2 conditions on every assisting answer', () => {
  it.each(['SO4.1', 'SO4.2', 'SO4.4'])('should put them on every partner and class under %s', async (objective) => {
    const { data, errors } = await gql<{ eligibility: Answer }>(app, QUERY, { objective: enumName(objective) });
    expect(errors).toBeUndefined();
    const answer = withoutConnections(data!.eligibility);
    expect(answer.partners.length).toBeGreaterThan(0);
    for (const p of answer.partners) expectApproachTerms(p.conditions, p.actor.id);
    for (const c of answer.classes) expectApproachTerms(c.conditions, c.class.id);
  });

  it("should put them on Albania, Ukraine and NATO under SO4.4 (the issue's examples), with Executive Board notification", async () => {
    const { data } = await gql<{ eligibility: Answer }>(app, QUERY, { objective: 'SO4_4' });
    for (const id of ['albania', 'ukraine', 'nato']) {
      const partner = withoutConnections(data!.eligibility).partners.find((p) => p.actor.id === id)!;
      expect(partner, id).toBeDefined();
      expectApproachTerms(partner.conditions, id);
      expect(partner.conditions.map((c) => c.kind)).toContain('EB_NOTIFICATION');
    }
  });
});
