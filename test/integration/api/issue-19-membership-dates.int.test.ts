/**
 * Issue 19 (the actor's whole picture): a membership's dates, seen from the member (Actor.relationships of type
 * MEMBER_OF): since, suspended and left as the cited page gives them (seed/reference/memberships.yaml), and null
 * where the source gives none.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, gql } from '../../helpers/app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

interface Memberships {
  actor: {
    relationships: {
      edges: Array<{
        node: { to: string; since: string | null; suspended: string | null; left: string | null; role: string | null };
      }>;
    };
  };
}

const MEMBERSHIPS = `query ($id: ID!) {
  actor(id: $id) {
    relationships(types: [MEMBER_OF], direction: OUT, first: 100) {
      edges { node { to since suspended left role } }
    }
  }
}`;

const membershipsOf = async (id: string) => {
  const { data, errors } = await gql<Memberships>(app, MEMBERSHIPS, { id });
  expect(errors).toBeUndefined();
  return data!.actor.relationships.edges.map((e) => e.node);
};

describe('issue 19: membership dates on Relationship', () => {
  it('should give Belarus its Eastern Partnership membership since 2009, suspended on 2021-06-28', async () => {
    const eap = (await membershipsOf('belarus')).find((m) => m.to === 'eastern-partnership');
    expect(eap).toMatchObject({ since: '2009', suspended: '2021-06-28', left: null });
  });

  it('should give null dates where the source gives none (Japan, like-minded from the text)', async () => {
    const japan = await membershipsOf('japan');
    expect(japan.length).toBeGreaterThan(0);
    const undated = japan.find((m) => m.to === 'partners-deemed-like-minded');
    expect(undated).toMatchObject({ since: null, suspended: null, left: null, role: 'named example' });
  });
});
