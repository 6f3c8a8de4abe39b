import { describe, expect, it } from 'vitest';
import {
  escapeLucene,
  luceneQuery,
  matchedField,
  MAX_SEARCH_TERMS,
  rankHits,
  searchTerms,
  toSummary,
} from '../../../api/src/db/graph-mappers.js';
import type { AppError } from '../../../api/src/errors.js';
import {
  cursorParts,
  encodeCursor,
  keysetAfter,
  offsetAfter,
  seqAfter,
  textLength,
} from '../../../api/src/graphql/arguments.js';
import { keysetConnection, sliceConnection } from '../../../api/src/graphql/connections.js';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as AppError).code;
  }
  return 'none';
};

describe('cursors', () => {
  it('should round-trip a keyset cursor (sort key and id) through an opaque base64url string', () => {
    const cursor = encodeCursor(['Côte d’Ivoire "x"', 'cote-divoire']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(keysetAfter(cursor)).toEqual({ key: 'Côte d’Ivoire "x"', id: 'cote-divoire' });
    expect(keysetAfter(null)).toEqual({ key: null, id: null });
    expect(offsetAfter(encodeCursor([4]))).toBe(5);
    expect(offsetAfter(undefined)).toBe(0);
    expect(seqAfter(encodeCursor(['seq', 12]))).toBe(12);
  });

  it('should refuse a cursor it did not make, or one of another connection, with BAD_USER_INPUT', () => {
    for (const bad of [
      '',
      'not a cursor',
      Buffer.from('[1,2]').toString('base64url'),
      Buffer.from('{}').toString('base64'),
    ])
      expect(
        code(() => keysetAfter(bad)),
        bad,
      ).toBe('BAD_USER_INPUT');
    expect(cursorParts('%%%')).toBeNull();
    expect(cursorParts(Buffer.from('[{"a":1}]').toString('base64url'))).toBeNull();
    expect(code(() => offsetAfter(encodeCursor(['A', 'a'])))).toBe('BAD_USER_INPUT');
    expect(code(() => offsetAfter(encodeCursor([-1])))).toBe('BAD_USER_INPUT');
    expect(code(() => seqAfter(encodeCursor([3])))).toBe('BAD_USER_INPUT');
  });

  it('should build a keyset page from first + 1 rows', () => {
    const rows = ['a', 'b', 'c'].map((id) => ({ id, key: id.toUpperCase(), node: id }));
    const page = keysetConnection(rows, { first: 2 }, 7);
    expect(page.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor(['A', 'a']),
      endCursor: encodeCursor(['B', 'b']),
    });
    expect(page.totalCount).toBe(7);
    expect(keysetConnection([], { first: 2, after: encodeCursor(['B', 'b']) }, 2).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });

  it('should page a list in memory, each page after the last cursor of the previous one', () => {
    const items = Array.from({ length: 5 }, (_, i) => `item-${i}`);
    const first = sliceConnection(items, { first: 2 });
    const second = sliceConnection(items, { first: 2, after: first.pageInfo.endCursor });
    const third = sliceConnection(items, { first: 2, after: second.pageInfo.endCursor });
    expect([first, second, third].flatMap((page) => page.edges.map((e) => e.node))).toEqual(items);
    expect([first, second, third].map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(third.totalCount).toBe(5);
  });
});

describe('text lengths', () => {
  it('should count code points after NFKC, trimming and lower case (emoji one each, U+FDFA as 18)', () => {
    expect(textLength('  ENISA ')).toBe(5);
    expect(textLength('😀'.repeat(200))).toBe(200);
    expect(textLength('\uFDFA')).toBe(18);
  });
});

describe('Lucene query text', () => {
  it('should escape every character of the query syntax', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^i"j~k*l?m:n\\o/p')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^i\\"j\\~k\\*l\\?m\\:n\\\\o\\/p',
    );
  });

  it('should keep words only, in lower case (so AND/OR/NOT are plain words), at most 16', () => {
    expect(searchTerms('  NOT ENISA AND ( "" \\ ** 😀 ')).toEqual(['not', 'enisa', 'and']);
    expect(searchTerms('😀😀😀 ... !!!')).toEqual([]);
    expect(searchTerms(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).toHaveLength(MAX_SEARCH_TERMS);
  });

  it('should search each word in every field, with prefix and fuzzy forms for plain words and a phrase boost', () => {
    const query = luceneQuery(['european', 'ec3']);
    expect(query).toContain('name:european^4');
    expect(query).toContain('name:european*^2');
    expect(query).toContain('name:european~1');
    expect(query).toContain('quoteText:ec3');
    expect(query).not.toContain('ec3~1');
    expect(query).toContain('name:"european ec3"^6');
    expect(luceneQuery(['europol/ec3"'])).toBe(
      '(name:europol\\/ec3\\"^4 aliasText:europol\\/ec3\\"^3 text:europol\\/ec3\\" quoteText:europol\\/ec3\\")',
    );
  });
});

describe('search hits', () => {
  const row = (id: string, score: number, extra: Record<string, unknown> = {}) => ({
    id,
    label: 'Actor',
    score,
    ...extra,
  });

  it('should rank an exact name or alias match first, ignoring case and punctuation', () => {
    const hits = rankHits(
      [
        row('enisa-board', 9, { name: 'ENISA Management Board' }),
        row('europol-ec3', 3, { name: 'European Cybercrime Centre (EC3)', aliases: ['EC3'] }),
        row('enisa', 2, { name: 'ENISA' }),
      ],
      'enisa)',
    );
    expect(hits.map((h) => h.entity.id)).toEqual(['enisa', 'enisa-board', 'europol-ec3']);
    expect(rankHits([row('a', 1, { name: 'x', aliases: ['EC3'] })], 'ec3')[0]!.score).toBe(101);
    // Past the re-ranking window: Lucene's order, no bonus.
    const lucene = rankHits([row('b', 2, { name: 'Y' }), row('a', 1, { name: 'EC3' })], 'ec3', false);
    expect(lucene.map((h) => [h.entity.id, h.score])).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
  });

  it('should tell which field matched, with a snippet of long texts', () => {
    expect(matchedField({ name: 'Japan' }, ['japan'])).toEqual({ field: 'name', matched: 'Japan' });
    expect(matchedField({ name: 'European Cybercrime Centre', aliases: ['EC3'] }, ['ec3'])).toEqual({
      field: 'alias',
      matched: 'EC3',
    });
    const long = `${'x'.repeat(100)} botnets ${'y'.repeat(100)}`;
    const { field, matched } = matchedField({ name: 'Action', text: long }, ['botnets']);
    expect(field).toBe('text');
    expect(matched).toMatch(/^….*botnets.*…$/);
    expect(matchedField({ name: 'A', quoteText: 'first | second quote' }, ['second'])).toEqual({
      field: 'quote',
      matched: 'second quote',
    });
    expect(matchedField({ name: 'Japan' }, ['japn'])).toEqual({ field: null, matched: null });
  });

  it('should name principles, which have no name', () => {
    expect(toSummary({ id: 'principle-3', label: 'Principle', number: 3 })).toEqual({
      id: 'principle-3',
      label: 'Principle',
      name: 'Principle 3',
      kind: null,
    });
  });
});

describe('node summaries', () => {
  it('should give a kind to actors only: a document or legal instrument with a kind property answers null', () => {
    expect(toSummary({ id: 'enisa', label: 'Actor', name: 'ENISA', kind: 'eu-agency' }).kind).toBe('eu-agency');
    expect(
      toSummary({ id: 'eea-agreement', label: 'LegalInstrument', name: 'EEA', kind: 'agreement' }).kind,
    ).toBeNull();
    expect(toSummary({ id: 'ref-x', label: 'Document', name: 'Page', kind: 'reference' }).kind).toBeNull();
  });
});
