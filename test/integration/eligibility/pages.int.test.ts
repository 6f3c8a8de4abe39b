/**
 * Eligibility lists are bounded pages (first 1 to 1000, offset), with counts: a LIMITED answer lists every
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

const PAGE = `query($first: Int, $offset: Int) {
  eligibility(objective: "SO4.4", approach: LIMITED) {
    partnerCount
    partners(first: $first, offset: $offset) { actor { id } }
    excludedCount
    classes { memberCount members(first: $first, offset: $offset) { actor { id } } }
  }
}`;

interface Page {
  eligibility: {
    partnerCount: number;
    partners: Array<{ actor: { id: string } }>;
    classes: Array<{ memberCount: number; members: unknown[] }>;
  };
}

describe('eligibility pages', () => {
  it('should give every partner when first is omitted, and the same list page by page', async () => {
    const all = await gql<Page>(app, PAGE, {});
    const ids = all.data!.eligibility.partners.map((p) => p.actor.id);
    expect(all.data!.eligibility.partnerCount).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(4);
    const pages: string[] = [];
    for (let offset = 0; offset < ids.length; offset += 3) {
      const page = await gql<Page>(app, PAGE, { first: 3, offset });
      expect(page.data!.eligibility.partnerCount).toBe(ids.length);
      pages.push(...page.data!.eligibility.partners.map((p) => p.actor.id));
    }
    expect(pages).toEqual(ids);
    for (const c of all.data!.eligibility.classes) expect(c.members).toHaveLength(c.memberCount);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 1001 }, 'first'],
    [{ first: 5, offset: -1 }, 'offset'],
  ])('should refuse %j with BAD_USER_INPUT naming %s', async (variables, field) => {
    const answer = await gql(app, PAGE, variables);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toContain(field);
  });
});
