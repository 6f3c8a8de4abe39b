import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { buildTestApp, gql } from '../../helpers/app.js';
import { testDriver, uniqueId } from '../../helpers/neo4j.js';

interface NetworkAnswer {
  network: {
    total: number;
    truncated: boolean;
    nodes: Array<{ id: string; label: string; name: string; kind: string }>;
    edges: Array<{ source: string; target: string; type: string }>;
  };
}

describe('GraphQL reads Neo4j', () => {
  let app: FastifyInstance;
  let driver: Driver;
  const a = uniqueId('actor');
  const b = uniqueId('actor');

  beforeAll(async () => {
    app = await buildTestApp();
    driver = testDriver();
    await driver.executeQuery(
      `CREATE (x:Entity:Actor {id: $a, name: 'Test actor A', kind: 'other'})-[:COOPERATES_WITH]->(:Entity:Actor {id: $b, name: 'Test actor B', kind: 'other'})`,
      { a, b },
    );
  });

  afterAll(async () => {
    await driver.executeQuery('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: [a, b] });
    await driver.close();
    await app.close();
  });

  it('should report the data version and the size of the seeded graph', async () => {
    const { status, data } = await gql<{ dataVersion: string; dataset: { nodes: number } }>(
      app,
      '{ dataVersion dataset { nodes } }',
    );
    expect(status).toBe(200);
    expect(data!.dataVersion).toMatch(/^seed-/);
    expect(data!.dataset.nodes).toBeGreaterThan(0);
  });

  it('should return nodes and edges written to Neo4j, ready for Cytoscape', async () => {
    const { data } = await gql<NetworkAnswer>(
      app,
      '{ network(limit: 2000) { total truncated nodes { id label name kind } edges { source target type } } }',
    );
    const ids = data!.network.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([a, b]));
    expect(data!.network.nodes.find((n) => n.id === a)).toEqual({
      id: a,
      label: 'ACTOR',
      name: 'Test actor A',
      kind: 'OTHER',
    });
    expect(data!.network.edges).toContainEqual({ source: a, target: b, type: 'COOPERATES_WITH' });
  });

  type LaidOutNetwork = {
    nodes: Array<{ id: string; label: string }>;
    layout: Array<{ id: string; x: number; y: number }> | null;
  };

  /**
   * The network with its layout of `scope`, asked again while that is null (the worker computes it for a new
   * data version, past about 2 s).
   */
  async function laidOutNetwork(scope: 'MODEL' | 'ACTORS'): Promise<LaidOutNetwork> {
    const query = `{ network(limit: 2000) { nodes { id label } layout(scope: ${scope}) { id x y } } }`;
    let answer: LaidOutNetwork | undefined;
    await expect
      .poll(
        async () => {
          answer = (await gql<{ network: LaidOutNetwork }>(app, query)).data!.network;
          return answer.layout !== null;
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(true);
    return answer!;
  }

  it("should send the network's first layout, a position per node, and no layout with other graphs", async () => {
    const answer = await laidOutNetwork('MODEL');
    const positions = new Map(answer.layout!.map((p) => [p.id, p]));
    expect(answer.nodes.every((n) => positions.has(n.id))).toBe(true);
    expect([...positions.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set([...positions.values()].map((p) => `${p.x},${p.y}`)).size).toBe(positions.size);
    const { data } = await gql<{ neighbourhood: { layout: null } }>(
      app,
      'query($id: ID!) { neighbourhood(ids: [$id]) { layout { id } } }',
      { id: a },
    );
    expect(data!.neighbourhood.layout).toBeNull();
  });

  it('should lay out the actor network alone: a position per actor, none for the model', async () => {
    const answer = await laidOutNetwork('ACTORS');
    const actors = answer.nodes.filter((n) => n.label === 'ACTOR').map((n) => n.id);
    expect(answer.layout!.map((p) => p.id).sort()).toEqual(actors.sort());
    const bad = await gql(app, '{ network(limit: 10) { layout(scope: EVERYTHING) { id } } }');
    expect(bad.errors?.[0]?.message).toMatch(/EVERYTHING/);
  });

  it('should flag a result cut by the limit', async () => {
    const { data } = await gql<NetworkAnswer>(app, '{ network(limit: 1) { total truncated nodes { id } } }');
    expect(data!.network.nodes).toHaveLength(1);
    expect(data!.network.truncated).toBe(data!.network.total > 1);
  });

  it('should refuse an out-of-range limit with BAD_USER_INPUT', async () => {
    const { status, data, errors } = await gql(app, '{ network(limit: 0) { total } }');
    expect(status).toBe(200);
    expect(data, 'a request error, refused before execution: no data').toBeUndefined();
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toMatch(/1 to 2000/);
  });

  it('should answer DATABASE_UNAVAILABLE within about two seconds when Neo4j is down, without details', async () => {
    const down = await buildTestApp({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    try {
      const started = Date.now();
      const { status, errors } = await gql(down, '{ dataVersion }');
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(status).toBe(503);
      expect(errors![0]!.extensions!.code).toBe('DATABASE_UNAVAILABLE');
      expect(JSON.stringify(errors)).not.toMatch(/ECONNREFUSED|Neo4jError|at /);
    } finally {
      await down.close();
    }
  });
});
