import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, gql, nodesOf } from '../../helpers/app.js';
import { testDriver, uniqueId } from '../../helpers/neo4j.js';
import { SOURCES } from '../../helpers/sources.js';

interface GraphAnswer {
  total: number;
  truncated: boolean;
  paths: Array<{ nodes: string[] }>;
  nodes: Array<{ id: string; label: string; name: string | null; kind: string | null }>;
  edges: Array<{
    id: string;
    source: string;
    target: string;
    type: string;
    citations: Array<{ quote: string; document: { id: string } }>;
  }>;
}
const GRAPH =
  'total truncated paths { nodes } nodes { id label name kind } edges { id source target type citations { quote document { id } } }';

const NEIGHBOURHOOD = `query($ids: [ID!]!, $depth: Int, $kinds: [ActorKind!], $types: [RelationshipType!], $limit: Int) {
  neighbourhood(ids: $ids, depth: $depth, kinds: $kinds, relationTypes: $types, limit: $limit) { ${GRAPH} } }`;
const PATHS = `query($from: ID!, $to: ID!, $maxLength: Int, $k: Int) { paths(from: $from, to: $to, maxLength: $maxLength, k: $k) { ${GRAPH} } }`;

describe('graph queries and actor fields', () => {
  let app: FastifyInstance;
  let driver: Driver;
  const a = uniqueId('graph-a');
  const b = uniqueId('graph-b');
  const c = uniqueId('graph-c');

  beforeAll(async () => {
    app = await buildTestApp();
    driver = testDriver();
    // a -[COOPERATES_WITH, cited]-> b -[MEMBER_OF]-> c, and a is also MEMBER_OF c: a small graph of our own.
    await driver.executeQuery(
      `CREATE (x:Entity:Actor {id: $a, name: 'Graph test A', kind: 'other'}),
              (y:Entity:Actor {id: $b, name: 'Graph test B', kind: 'third-country'}),
              (z:Entity:Actor {id: $c, name: 'Graph test C', kind: 'country-group'}),
              (x)-[:COOPERATES_WITH {role: 'partner', citeDocuments: ['enisa-international-strategy-2021'],
                 citeLocators: ['4.4'], citeQuotes: ['ENISA will seek to reach out to international partners'], citeNotes: ['']}]->(y),
              (y)-[:MEMBER_OF]->(z), (x)-[:MEMBER_OF]->(z)`,
      { a, b, c },
    );
  });

  afterAll(async () => {
    await driver.executeQuery('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: [a, b, c] });
    await driver.close();
    await app.close();
  });

  const neighbourhood = async (variables: Record<string, unknown>) => {
    const answer = await gql<{ neighbourhood: GraphAnswer }>(app, NEIGHBOURHOOD, variables);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!.neighbourhood;
  };

  it('should give ENISA’s neighbours at depth 1, without provisions, documents or evidence links', async () => {
    const graph = await neighbourhood({ ids: ['enisa'] });
    const ids = graph.nodes.map((n) => n.id);
    expect(ids[0]).toBe('enisa');
    expect(ids).toEqual(expect.arrayContaining(['european-commission', 'enisa-management-board', 'nato', 'oecd']));
    expect(ids).not.toContain('japan');
    expect(graph.nodes.some((n) => n.label === 'PROVISION' || n.label === 'DOCUMENT')).toBe(false);
    expect(graph.edges.some((e) => e.type === 'EVIDENCED_BY' || e.type === 'IN_DOCUMENT')).toBe(false);
    expect(graph.edges.every((e) => ids.includes(e.source) && ids.includes(e.target))).toBe(true);
    expect(graph).toMatchObject({ truncated: false, total: graph.nodes.length, paths: [] });
    const cooperation = graph.edges.find((e) => e.id === 'enisa|COOPERATES_WITH|oecd')!;
    expect(cooperation.citations.length).toBeGreaterThan(0);
    for (const citation of cooperation.citations)
      expect(SOURCES[citation.document.id]!.contains(citation.quote)).toBe(true);
  });

  it('should reach further at depth 2 and flag a result cut by the limit', async () => {
    const one = await neighbourhood({ ids: ['enisa'], depth: 1 });
    const two = await neighbourhood({ ids: ['enisa'], depth: 2, limit: 1000 });
    expect(two.total).toBeGreaterThan(one.total);
    expect(two.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['japan', 'iceland']));
    const cut = await neighbourhood({ ids: ['enisa'], depth: 2, limit: 10 });
    expect(cut.truncated).toBe(true);
    expect(cut.total).toBeGreaterThan(100);
    expect(cut.nodes).toHaveLength(10);
    // Nearest first: the ten kept are ENISA and direct neighbours (other test files may link test- nodes to ENISA).
    const direct = one.nodes.map((n) => n.id);
    expect(cut.nodes.filter((n) => !n.id.startsWith('test-')).every((n) => direct.includes(n.id))).toBe(true);
  });

  it('should keep only the kinds and relationship types asked for', async () => {
    const graph = await neighbourhood({
      ids: ['iceland'],
      depth: 2,
      kinds: ['INTERNATIONAL_ORGANISATION', 'EU_AGENCY'],
      types: ['MEMBER_OF', 'COOPERATES_WITH'],
    });
    const ids = graph.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['iceland', 'nato', 'oecd', 'enisa']));
    expect(graph.nodes.slice(1).every((n) => n.kind === 'INTERNATIONAL_ORGANISATION' || n.kind === 'EU_AGENCY')).toBe(
      true,
    );
    expect(graph.edges.every((e) => e.type === 'MEMBER_OF' || e.type === 'COOPERATES_WITH')).toBe(true);
  });

  it('should give exactly the test graph around its own nodes', async () => {
    const graph = await neighbourhood({ ids: [a], depth: 3 });
    expect(graph.nodes.map((n) => n.id)).toEqual([a, b, c]);
    expect(graph.edges.map((e) => e.id).sort()).toEqual(
      [`${a}|COOPERATES_WITH|${b}`, `${a}|MEMBER_OF|${c}`, `${b}|MEMBER_OF|${c}`].sort(),
    );
  });

  it.each([
    [{ ids: ['enisa'], depth: 4 }, 'BAD_USER_INPUT', /depth/],
    [{ ids: ['enisa'], limit: 1001 }, 'BAD_USER_INPUT', /limit/],
    [{ ids: [] }, 'BAD_USER_INPUT', /ids/],
    [{ ids: ['enisa'], kinds: ['spies'] }, 'BAD_USER_INPUT', /ActorKind/],
    [{ ids: ['enisa'], types: ['EVIDENCED_BY'] }, 'BAD_USER_INPUT', /RelationshipType/],
    [{ ids: ['enisa', 'atlantis'] }, 'NOT_FOUND', /atlantis/],
  ])('should refuse neighbourhood %j with %s', async (variables, code, message) => {
    const { errors } = await gql(app, NEIGHBOURHOOD, variables);
    expect(errors![0]!.extensions!.code).toBe(code);
    expect(errors![0]!.message).toMatch(message);
  });

  it('should find the shortest paths between Japan and ENISA, and between Iceland and ENISA', async () => {
    const { data } = await gql<{ paths: GraphAnswer }>(app, PATHS, { from: 'japan', to: 'enisa' });
    const graph = { ...data!.paths, paths: data!.paths.paths.map((p) => p.nodes) };
    expect(graph.paths[0]).toEqual(['japan', 'oecd', 'enisa']);
    expect(graph.paths.length).toBeLessThanOrEqual(3);
    expect(graph.paths.every((p) => p[0] === 'japan' && p.at(-1) === 'enisa' && p.length <= 5)).toBe(true);
    const ids = graph.nodes.map((n) => n.id);
    expect(graph.paths.flat().every((id) => ids.includes(id))).toBe(true);
    expect(graph.edges.map((e) => e.id)).toEqual(
      expect.arrayContaining(['japan|MEMBER_OF|oecd', 'enisa|COOPERATES_WITH|oecd']),
    );
    const iceland = await gql<{ paths: GraphAnswer }>(app, PATHS, {
      from: 'iceland',
      to: 'enisa',
      maxLength: 2,
      k: 10,
    });
    expect(iceland.data!.paths.paths.map((p) => p.nodes.join(' ')).sort()).toEqual([
      'iceland nato enisa',
      'iceland oecd enisa',
      'iceland osce enisa',
    ]);
    expect(iceland.data!.paths.truncated).toBe(false);
    const one = await gql<{ paths: GraphAnswer }>(app, PATHS, { from: 'iceland', to: 'enisa', maxLength: 2, k: 1 });
    expect(one.data!.paths).toMatchObject({ truncated: true });
    expect(one.data!.paths.paths).toHaveLength(1);
  });

  it('should find the test graph’s paths exactly, and a node alone for a path to itself', async () => {
    const { data } = await gql<{ paths: GraphAnswer }>(app, PATHS, { from: a, to: c, k: 5 });
    expect(data!.paths.paths.map((p) => p.nodes)).toEqual([
      [a, c],
      [a, b, c],
    ]);
    expect(data!.paths.truncated).toBe(false);
    const self = await gql<{ paths: GraphAnswer }>(app, PATHS, { from: a, to: a });
    expect(self.data!.paths).toMatchObject({
      paths: [{ nodes: [a] }],
      edges: [],
      nodes: [{ id: a, name: 'Graph test A' }],
    });
    const none = await gql<{ paths: GraphAnswer }>(app, PATHS, { from: a, to: 'japan', maxLength: 1 });
    expect(none.data!.paths).toMatchObject({ paths: [], nodes: [], truncated: false });
  });

  it.each([
    [{ from: 'japan', to: 'enisa', maxLength: 7 }, 'BAD_USER_INPUT'],
    [{ from: 'japan', to: 'enisa', k: 11 }, 'BAD_USER_INPUT'],
    [{ from: 'japan', to: 'enisa', k: 0 }, 'BAD_USER_INPUT'],
    [{ from: 'japan', to: 'atlantis' }, 'NOT_FOUND'],
  ])('should refuse paths %j with %s', async (variables, code) => {
    const { errors } = await gql(app, PATHS, variables);
    expect(errors![0]!.extensions!.code).toBe(code);
  });

  const ACTOR = `query($id: ID!, $types: [RelationshipType!], $direction: Direction) { actor(id: $id) {
    id pillars memberOf(first: 100) { edges { node { id } } } members(first: 100) { edges { node { id } } }
    provisions(first: 100) { edges { node { id locator document { id } } } }
    relationships(types: $types, direction: $direction, first: 100) { edges { node {
      id from to type direction order role note other { id label name kind } citations { quote locator document { id } } } } } } }`;
  type ActorAnswer = {
    actor: {
      pillars: string[];
      memberOf: Array<{ id: string }>;
      members: Array<{ id: string }>;
      provisions: Array<{ id: string; locator: string; document: { id: string } }>;
      relationships: Array<{
        id: string;
        type: string;
        direction: string;
        role: string | null;
        other: { id: string; label: string };
        citations: Array<{ quote: string }>;
      }>;
    };
  };

  type Page<T> = { edges: Array<{ node: T }> };
  type RawActor = {
    [K in keyof ActorAnswer['actor']]: ActorAnswer['actor'][K] extends Array<infer T>
      ? K extends 'pillars'
        ? T[]
        : Page<T>
      : never;
  };
  async function actorOf(query: string, variables: Record<string, unknown>): Promise<{ data: ActorAnswer }> {
    const { data, errors } = await gql<{ actor: RawActor }>(app, query, variables);
    expect(errors).toBeUndefined();
    const raw = data!.actor;
    return {
      data: {
        actor: {
          pillars: raw.pillars,
          memberOf: nodesOf(raw.memberOf),
          members: nodesOf(raw.members),
          provisions: nodesOf(raw.provisions),
          relationships: nodesOf(raw.relationships),
        },
      },
    };
  }

  it('should give an actor’s relationships, memberships, pillars and provisions', async () => {
    const { data } = await actorOf(ACTOR, { id: 'europol-ec3' });
    const actor = data!.actor;
    expect(actor.pillars).toEqual(['LAW_ENFORCEMENT']);
    const crime = actor.relationships.find((r) => r.type === 'RESPONDS_TO')!;
    expect(crime).toMatchObject({ direction: 'OUT', other: { id: 'incident-crime', label: 'INCIDENT_TYPE' } });
    expect(actor.relationships.some((r) => r.type === 'EVIDENCED_BY' || r.type === 'IN_DOCUMENT')).toBe(false);
    expect(actor.provisions.map((p) => p.locator)).toContain('3.2 / paragraph 3');
    expect(new Set(actor.provisions.map((p) => p.id)).size).toBe(actor.provisions.length);
    const nato = await actorOf(ACTOR, { id: 'nato', types: ['MEMBER_OF'], direction: 'IN' });
    expect(nato.data!.actor.members.map((m) => m.id)).toEqual(
      expect.arrayContaining(['iceland', 'norway', 'united-states']),
    );
    expect(nato.data!.actor.relationships.every((r) => r.type === 'MEMBER_OF' && r.direction === 'IN')).toBe(true);
    const iceland = await actorOf(ACTOR, { id: 'iceland' });
    expect(iceland.data!.actor.memberOf.map((m) => m.id)).toContain('nato');
  });

  it('should give the test actor its own relationship with properties and citations', async () => {
    const { data } = await actorOf(ACTOR, { id: a, types: ['COOPERATES_WITH'] });
    expect(data!.actor.relationships).toEqual([
      expect.objectContaining({
        id: `${a}|COOPERATES_WITH|${b}`,
        direction: 'OUT',
        role: 'partner',
        other: expect.objectContaining({ id: b }),
      }),
    ]);
    expect(data!.actor.memberOf.map((m) => m.id)).toEqual([c]);
    expect(data!.actor.provisions.map((p) => p.id)).toEqual(['enisa-2021-4-4']);
  });

  it('should batch actor fields: one query per field for a page of 50 actors', async () => {
    const calls: string[] = [];
    const read = app.db.read.bind(app.db);
    app.db.read = (name, params) => {
      calls.push(name);
      return read(name, params);
    };
    try {
      const { data, errors } = await gql<{ actors: { edges: unknown[] } }>(
        app,
        `{ actors(first: 50) { edges { node { id pillars memberOf { edges { node { id } } } members { edges { node { id } } }
            provisions { edges { node { id } } } relationships(first: 5) { edges { node { type other { id } } } } } } } }`,
      );
      expect(errors).toBeUndefined();
      expect(data!.actors.edges).toHaveLength(50);
    } finally {
      app.db.read = read;
    }
    const count = (name: string) => calls.filter((call) => call === name).length;
    expect(count('catalog/list-actors')).toBe(1);
    expect(count('graph/get-actor-relationships')).toBe(1);
    expect(count('graph/get-actor-provisions')).toBe(1);
    expect(count('graph/get-actor-pillars')).toBe(1);
    expect(count('graph/get-actor-memberships')).toBe(2);
    expect(calls.length).toBe(6);
  });
});
