import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../helpers/app.js';

describe('UI and GraphiQL pages', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  it('should serve the built UI at /', async () => {
    const response = await app.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toContain('<div id="app">');
  });

  it('should serve GraphiQL from local assets only, so it works offline', async () => {
    const page = await app.inject({ url: '/graphiql' });
    expect(page.statusCode).toBe(200);
    const sources = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThanOrEqual(4);
    for (const source of sources) {
      expect(source.startsWith('/graphiql/assets/')).toBe(true);
      const asset = await app.inject({ url: source });
      expect(asset.statusCode, source).toBe(200);
      expect(asset.body.length, source).toBeGreaterThan(30);
    }
  });

  it("should answer GraphiQL's introspection query despite the depth limit", async () => {
    const response = await app.inject({ method: 'POST', url: '/graphql', payload: { query: getIntrospectionQuery() } });
    expect(response.statusCode).toBe(200);
    expect(response.json().data.__schema.queryType.name).toBe('Query');
  });

  it('should answer unknown API paths with a JSON 404', async () => {
    const response = await app.inject({ url: '/no/such/thing', headers: { accept: 'application/json' } });
    expect(response.statusCode).toBe(404);
  });
});
