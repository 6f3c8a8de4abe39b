/**
 * Eligibility lists are connections (first 1 to 100, after a cursor, totalCount): a LIMITED answer lists every
 * international partner, which grows with the graph. A repeated question is answered from the cache keyed by
 * the data version, and gives the same answer.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, gql } from '../../helpers/app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

const PAGE = `query($first: Int, $after: String) {
  eligibility(objective: SO4_4, approach: LIMITED) {
    partners(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { actor { id } } }
    }
    excluded { totalCount }
    classes { members(first: 100) { totalCount edges { node { actor { id } } } } }
  }
}`;

interface Page {
  eligibility: {
    partners: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ cursor: string; node: { actor: { id: string } } }>;
    };
    classes: Array<{ members: { totalCount: number; edges: unknown[] } }>;
  };
}

describe('eligibility pages', () => {
  it('should give the same partners page by page as in one page, and count them', async () => {
    const all = await gql<Page>(app, PAGE, { first: 100 });
    const ids = all.data!.eligibility.partners.edges.map((e) => e.node.actor.id);
    expect(all.data!.eligibility.partners.totalCount).toBe(ids.length);
    expect(all.data!.eligibility.partners.pageInfo.hasNextPage).toBe(false);
    expect(ids.length).toBeGreaterThan(4);
    const pages: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data: Page | null } = await gql<Page>(app, PAGE, { first: 3, after });
      const partners = page.data!.eligibility.partners;
      expect(partners.totalCount).toBe(ids.length);
      expect(partners.edges.length).toBeLessThanOrEqual(3);
      pages.push(...partners.edges.map((e) => e.node.actor.id));
      if (!partners.pageInfo.hasNextPage) break;
      after = partners.pageInfo.endCursor;
    }
    expect(pages).toEqual(ids);
    for (const c of all.data!.eligibility.classes) expect(c.members.edges).toHaveLength(c.members.totalCount);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ first: 5, after: 'not-a-cursor' }, 'after'],
  ])('should refuse %j with a request error (no data) BAD_USER_INPUT naming %s', async (variables, field) => {
    const answer = await gql(app, PAGE, variables);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toContain(field);
    expect(answer.data ?? null).toBeNull();
  });
});
