/**
 * Issue 20: at scale the actors a class counts by kind (memberKinds) are counted, not listed; the answer holds
 * them by kind and pages them from the database. On the seed they are few and listed; here the limit is set to
 * 0, so the seed's answers are held by kind, and every list (partners, excluded, each class's members) must be,
 * page by page, the same set of actors with the same reasons (rule, basis, explanation, conditions) and the same
 * totalCount as the listed answer. Pages are by name then id, in code point order.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getEligibilityFacts, useByKindListMax } from '../../../api/src/db/eligibility.js';
import { buildTestApp, gql } from '../../helpers/app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

const NODE = `actor { id name } assumed
  reasons { rule { id } basis explanation viaGroup { id } viaClass { id } conditions { kind text } }
  conditions { kind text } lost { rule { id } basis explanation }`;
const PAGE = `totalCount pageInfo { hasNextPage endCursor }`;
const list = (field: 'partners' | 'excluded') => `query($objective: Objective!, $approach: Approach!,
  $assume: [AssumptionInput!], $first: Int, $after: String) {
  eligibility(objective: $objective, approach: $approach, assume: $assume) {
    ${field}(first: $first, after: $after) { ${PAGE} edges { node { ${NODE} } } }
  }
}`;
const CLASSES = `query($objective: Objective!, $approach: Approach!, $assume: [AssumptionInput!]) {
  eligibility(objective: $objective, approach: $approach, assume: $assume) {
    classes { class { id } members(first: 100) { ${PAGE} edges { node { actor { id name } basis } } } }
  }
}`;

interface Node {
  actor: { id: string; name: string };
  basis?: string;
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: Node }>;
}
type Answer = { eligibility: Record<string, Page> & { classes: Array<{ class: { id: string }; members: Page }> } };
interface Question {
  objective: string;
  approach: string;
  assume: unknown[] | null;
}

/** Every item of one list, page by page; with each page's totalCount checked against the first. */
async function walk(q: Question, field: 'partners' | 'excluded', first: number) {
  const nodes: Node[] = [];
  let after: string | null = null;
  let total = -1;
  for (let i = 0; i < 200; i++) {
    const answer: { data?: Answer | null; errors?: unknown } = await gql<Answer>(app, list(field), {
      ...q,
      first,
      after,
    });
    expect(answer.errors).toBeUndefined();
    const page: Page = answer.data!.eligibility[field]!;
    if (total === -1) total = page.totalCount;
    expect(page.totalCount).toBe(total);
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return { total, nodes };
    after = page.pageInfo.endCursor;
  }
  throw new Error('more than 200 pages');
}

async function classes(q: Question) {
  const answer = await gql<Answer>(app, CLASSES, { ...q });
  expect(answer.errors).toBeUndefined();
  return answer.data!.eligibility.classes.map((c) => ({
    id: c.class.id,
    total: c.members.totalCount,
    nodes: byId(c.members.edges.map((e) => e.node)),
  }));
}

const QUESTIONS: Question[] = [
  { objective: 'SO4_4', approach: 'LIMITED', assume: null },
  { objective: 'SO4_4', approach: 'OUTREACH', assume: null },
  { objective: 'SO4_1', approach: 'ASSISTING', assume: null },
  { objective: 'SO4_4', approach: 'OUTREACH', assume: [{ kind: 'SPECIFIC_EU_AGREEMENT', actor: 'united-states' }] },
  { objective: 'SO4_4', approach: 'LIMITED', assume: [{ kind: 'INCOMPATIBLE', actor: 'united-states' }] },
];

const byId = <T extends Node>(nodes: T[]) => [...nodes].sort((a, b) => (a.actor.id < b.actor.id ? -1 : 1));
const codePointOrder = (nodes: Node[]) =>
  nodes.every((n, i) => {
    const prev = nodes[i - 1];
    if (!prev) return true;
    return prev.actor.name < n.actor.name || (prev.actor.name === n.actor.name && prev.actor.id < n.actor.id);
  });

describe('eligibility lists held by kind (issue 20)', () => {
  it('should hold some of the seed actors by kind when the limit is 0, and none by default', async () => {
    const listed = await getEligibilityFacts(app.db, 'SO4.4');
    expect(listed.kindCounts).toBeUndefined();
    const restore = useByKindListMax(0);
    try {
      const held = await getEligibilityFacts(app.db, 'SO4.4');
      const count = [...held.kindCounts!.values()].reduce((a, b) => a + b, 0);
      expect(count).toBeGreaterThan(2);
      expect(held.actors.size + count).toBe(listed.actors.size);
    } finally {
      restore();
    }
  });

  it.each(QUESTIONS)('should page the same actors with the same reasons: %j', async (q) => {
    const fields = ['partners', 'excluded'] as const;
    const listed = await Promise.all(fields.map((field) => walk(q, field, 100)));
    const listedClasses = await classes(q);
    const restore = useByKindListMax(0);
    try {
      let held = 0;
      for (const [i, field] of fields.entries()) {
        const paged = await walk(q, field, 2);
        expect(paged.total, field).toBe(listed[i]!.total);
        expect(paged.nodes, field).toHaveLength(paged.total);
        expect(byId(paged.nodes), field).toEqual(byId(listed[i]!.nodes));
        expect(codePointOrder(paged.nodes), `${field} by name then id`).toBe(true);
      }
      const heldClasses = await classes(q);
      expect(heldClasses).toEqual(listedClasses);
      for (const c of heldClasses) held += c.nodes.filter((n) => n.basis === 'BY_KIND').length;
      // LIMITED names the class of international partners, whose members are third countries (etc.) by kind.
      if (q.approach === 'LIMITED') expect(held).toBeGreaterThan(0);
    } finally {
      restore();
    }
  });
});
