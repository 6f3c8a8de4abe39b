import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, gql } from '../../helpers/app.js';
import { SOURCES } from '../../helpers/sources.js';

interface ActorAnswer {
  actor: {
    id: string;
    name: string;
    kind: string;
    aliases: string[];
    reference: boolean;
    citations: Array<{ document: { id: string; kind: string }; locator: string; quote: string; kind: string }>;
  } | null;
}

const ACTOR = `query($id: ID!) { actor(id: $id) { id name kind aliases reference citations { document { id kind } locator quote kind } } }`;

describe('Query.actor', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  it('should return an actor with its citations, each quote found in its document', async () => {
    const { data } = await gql<ActorAnswer>(app, ACTOR, { id: 'europol-ec3' });
    const actor = data!.actor!;
    expect(actor).toMatchObject({ id: 'europol-ec3', kind: 'EU_BODY', reference: false });
    expect(actor.aliases).toContain('EC3');
    expect(actor.citations.length).toBeGreaterThan(0);
    for (const citation of actor.citations) {
      expect(citation.kind).toBe('QUOTE');
      expect(SOURCES[citation.document.id]!.contains(citation.quote), citation.quote).toBe(true);
    }
  });

  it('should mark reference data and cite the official page', async () => {
    const { data } = await gql<ActorAnswer>(app, ACTOR, { id: 'serbia' });
    expect(data!.actor).toMatchObject({ id: 'serbia', kind: 'THIRD_COUNTRY', reference: true });
    expect(data!.actor!.citations.every((c) => c.kind === 'NOTE' && c.document.kind === 'REFERENCE')).toBe(true);
  });

  it('should return null for an unknown id, and for an id that is not an actor', async () => {
    expect((await gql<ActorAnswer>(app, ACTOR, { id: 'atlantis' })).data!.actor).toBeNull();
    expect((await gql<ActorAnswer>(app, ACTOR, { id: 'so4-4' })).data!.actor).toBeNull();
  });
});
