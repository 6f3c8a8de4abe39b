import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, gql, nodesOf } from '../../helpers/app.js';
import { testDriver, uniqueId } from '../../helpers/neo4j.js';

interface Hit {
  score: number;
  entity: { id: string; label: string; name: string | null; kind: string | null };
  field: string | null;
  matched: string | null;
}
const SEARCH = `query($text: String!, $first: Int, $after: String) { search(text: $text, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { score entity { id label name kind } field matched } } } }`;
type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: Hit }>;
};

describe('Query.search', () => {
  let app: FastifyInstance;
  let driver: Driver;
  const id = uniqueId('search');
  const word = `zq${id.slice(-8).replace(/-/g, '')}word`;

  beforeAll(async () => {
    app = await buildTestApp();
    driver = testDriver();
    await driver.executeQuery(
      `CREATE (:Entity:Actor {id: $id, name: $name, kind: 'other', aliases: ['Searchable test alias'], aliasText: 'Searchable test alias', quoteText: ''})`,
      { id, name: `Test ${word} body` },
    );
  });

  afterAll(async () => {
    await driver.executeQuery('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id });
    await driver.close();
    await app.close();
  });

  const page = async (text: string, first?: number, after?: string | null) => {
    const answer = await gql<{ search: Page }>(app, SEARCH, { text, first, after });
    expect(answer.status, JSON.stringify(answer.errors)).toBe(200);
    return answer.data!.search;
  };
  const search = async (text: string, first?: number) => nodesOf(await page(text, first));

  it.each([
    ['EC3', 'europol-ec3', 'NAME'],
    ['European Cybercrime Centre', 'europol-ec3', 'NAME'],
    ['ENISA', 'enisa', 'NAME'],
    ['enisa', 'enisa', 'NAME'],
    ['Japan', 'japan', 'NAME'],
    ['EU Agency for Cybersecurity', 'enisa', 'ALIAS'],
    ['Europol/EC3', 'europol-ec3', 'NAME'],
  ])('should rank the right actor first for "%s"', async (text, expected, field) => {
    const hits = await search(text);
    expect(hits[0]!.entity).toMatchObject({ id: expected, label: 'ACTOR' });
    expect(hits[0]!.field).toBe(field);
    expect(hits[0]!.matched).toBeTruthy();
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('should match prefixes and near misses, and quotes and texts with a snippet', async () => {
    expect((await search('cybercri')).map((h) => h.entity.id)).toContain('europol-ec3');
    // Since issue 21 the EU–Japan Strategic Partnership Agreement (named and quoted with "Japan") ranks beside it.
    expect((await search('japn', 2)).map((h) => h.entity.id)).toContain('japan');
    const quote = await search('botnets');
    expect(quote.length).toBeGreaterThan(0);
    expect(quote.some((h) => (h.field === 'TEXT' || h.field === 'QUOTE') && /botnets/i.test(h.matched!))).toBe(true);
  });

  it('should find a node created after the import, by name and by alias, and honour first', async () => {
    const byName = await search(word);
    expect(byName[0]!.entity).toEqual({ id, label: 'ACTOR', name: `Test ${word} body`, kind: 'OTHER' });
    expect((await search('searchable test alias'))[0]!.entity.id).toBe(id);
    expect(await search('cyber', 3)).toHaveLength(3);
  });

  it('should page past the first page with after, with the same hits as one large page', async () => {
    const all = await page('cyber', 30);
    expect(all.totalCount).toBeGreaterThan(6);
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10 && ids.length < 6; i += 1) {
      const next: Page = await page('cyber', 3, after);
      expect(next.totalCount).toBe(all.totalCount);
      ids.push(...nodesOf(next).map((h) => h.entity.id));
      after = next.pageInfo.endCursor;
    }
    expect(ids).toEqual(
      nodesOf(all)
        .slice(0, 6)
        .map((h) => h.entity.id),
    );
  });

  const HOSTILE = [
    '"',
    '"unclosed phrase',
    '(',
    ')',
    '((((',
    'a AND',
    'AND OR NOT',
    '&& || !',
    '*',
    '?',
    '*enisa',
    'enisa~',
    'enisa^100',
    'name:enisa',
    'text:*',
    '[a TO z]',
    '{a TO z}',
    '\\',
    'foo\\',
    '\\\\"',
    '/regex.*/',
    '-enisa +japan',
    "'; MATCH (n) DETACH DELETE n; //",
    '$query',
    '😀😀😀😀😀😀😀😀😀😀',
    'ENISA 😀 "EC3" (Japan)',
    '\u0000\u0001',
    'x'.repeat(200),
    Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '),
  ];

  it.each(HOSTILE.map((text) => [text]))('should answer %j with hits or BAD_USER_INPUT, never 500', async (text) => {
    const { status, data, errors } = await gql<{ search: Page }>(app, SEARCH, { text });
    expect(status, JSON.stringify(errors)).toBe(200);
    if (!errors) expect(Array.isArray(data!.search.edges)).toBe(true);
    else expect(errors[0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('should still find ENISA among hostile syntax, searched literally', async () => {
    expect((await search('ENISA)'))[0]!.entity.id).toBe('enisa');
    expect((await search('"Japan"'))[0]!.entity.id).toBe('japan');
    expect(await search('😀😀😀😀😀😀😀😀😀😀')).toEqual([]);
  });

  it.each([
    [{ text: '' }, /1 to 200/],
    [{ text: '   ' }, /1 to 200/],
    [{ text: 'x'.repeat(201) }, /1 to 200/],
    [{ text: 'enisa', first: 0 }, /first/],
    [{ text: 'enisa', first: 101 }, /first/],
  ])('should refuse %j with BAD_USER_INPUT', async (variables, message) => {
    const { status, data, errors } = await gql(app, SEARCH, variables);
    expect(status).toBe(200);
    expect(data, 'a request error, refused before execution: no data').toBeUndefined();
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toMatch(message);
  });
});
