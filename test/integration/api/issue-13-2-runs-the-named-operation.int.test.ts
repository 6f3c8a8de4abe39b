/**
 * Issue 13, case 2: with mercurius's JIT (`jit: 1`, compiling a document on its 2nd request), the compiled query
 * ignored operationName, so a request naming the query ran the mutation (and wrote, over GET too), and the
 * reverse. A document holding a query Q and a mutation M must run exactly the operation named, on the 1st, the
 * 2nd and the 100th request, over POST and GET; without a name, or with an unknown one, it is refused. (With
 * the JIT on and such a document given to mercurius as it is, the POST and GET tests fail from the 2nd request on;
 * the GraphQL plugin's sourceFor gives mercurius one entry per operation, issue 20.)
 */
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../helpers/app.js';
import { testDriver, uniqueId } from '../../helpers/neo4j.js';
import { ALICE, actorInput, cleanUp } from './curation-helpers.js';

const DOCUMENT = `
query Q { dataVersion }
mutation M($input: UpsertActorInput!) { upsertActor(input: $input) { actor { id version } } }`;

let driver: Driver;
const created: string[] = [];
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await cleanUp(driver, created);
  await driver.close();
});

async function exists(id: string): Promise<boolean> {
  const { records } = await driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id });
  return Number(records[0]!.get('n')) === 1;
}

interface Answer {
  data?: { dataVersion?: unknown; upsertActor?: { actor: { id: string; version: number } } } | null;
  errors?: Array<{ message: string; extensions: { code: string } }>;
}

describe('issue 13 case 2: a document with a query and a mutation', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp({ CURATOR_TOKENS: `alice:${ALICE}` });
  });
  afterAll(() => app.close());

  const post = async (operationName: string | undefined, id: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: `Bearer ${ALICE}` },
      payload: { query: DOCUMENT, operationName, variables: { input: actorInput(id) } },
    });
    return { status: response.statusCode, body: response.json() as Answer };
  };

  for (const first of ['M', 'Q']) {
    it(`should run exactly the operation named on each of 100 POSTs, ${first} first`, async () => {
      for (let request = 1; request <= 100; request += 1) {
        const name = (request % 2 === 1) === (first === 'M') ? 'M' : 'Q';
        const id = uniqueId('op');
        created.push(id);
        const { status, body } = await post(name, id);
        const at = `request ${request}, named ${name}`;
        expect(status, at).toBe(200);
        expect(body.errors, at).toBeUndefined();
        if (name === 'M') {
          expect(body.data!.upsertActor, at).toEqual({ actor: { id, version: 1 } });
          expect(body.data!.dataVersion, at).toBeUndefined();
        } else {
          expect(body.data!.dataVersion, at).toBeDefined();
          expect(body.data!.upsertActor, at).toBeUndefined();
        }
        expect(await exists(id), at).toBe(name === 'M');
      }
    });
  }

  it('should refuse the document without a name, or with an unknown one, and write nothing', async () => {
    for (const name of [undefined, 'Nope', '']) {
      const id = uniqueId('op');
      created.push(id);
      const { status, body } = await post(name, id);
      expect(status).toBe(200);
      expect(body).not.toHaveProperty('data');
      expect(body.errors![0]!.extensions.code).toBe('BAD_REQUEST');
      expect(body.errors![0]!.message).toMatch(/operation/);
      expect(await exists(id)).toBe(false);
    }
  });

  it('should run the query over GET, refuse the mutation over GET with 405, 100 times alternating', async () => {
    // A document of its own, which the JIT would have compiled for the mutation: two POSTs naming M first.
    const document = `# GET\n${DOCUMENT}`;
    for (let request = 1; request <= 2; request += 1) {
      const id = uniqueId('op');
      created.push(id);
      await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { authorization: `Bearer ${ALICE}` },
        payload: { query: document, operationName: 'M', variables: { input: actorInput(id) } },
      });
      expect(await exists(id)).toBe(true);
    }
    for (let request = 1; request <= 100; request += 1) {
      const name = request % 2 ? 'M' : 'Q';
      const id = uniqueId('op');
      created.push(id);
      const query = new URLSearchParams({
        query: document,
        operationName: name,
        variables: JSON.stringify({ input: actorInput(id) }),
      });
      const response = await app.inject({
        url: `/graphql?${query}`,
        headers: { 'mercurius-require-preflight': 'true', authorization: `Bearer ${ALICE}` },
      });
      const body = response.json() as Answer;
      const at = `GET ${request}, named ${name}`;
      if (name === 'M') {
        expect(response.statusCode, at).toBe(405);
        expect(response.headers.allow, at).toBe('POST');
        expect(body).not.toHaveProperty('data');
        expect(body.errors![0]!.extensions.code, at).toBe('METHOD_NOT_ALLOWED');
      } else {
        expect(response.statusCode, at).toBe(200);
        expect(body.data!.dataVersion, at).toBeDefined();
      }
      expect(await exists(id), at).toBe(false);
    }
  });
});
