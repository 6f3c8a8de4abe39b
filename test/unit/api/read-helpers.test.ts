import { describe, expect, it } from 'vitest';
import { findIncidentType } from '../../../api/src/db/catalog-queries.js';
import {
  decodeCursor,
  encodeCursor,
  escapeLucene,
  luceneQuery,
  matchedField,
  MAX_SEARCH_TERMS,
  rankHits,
  searchTerms,
  toPage,
  toSummary,
} from '../../../api/src/db/graph-mappers.js';
import { AppError } from '../../../api/src/errors.js';
import { oneOf, pillarCode, searchText } from '../../../api/src/graphql/resolvers/catalog.js';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as AppError).code;
  }
  return 'none';
};

describe('cursors', () => {
  it('should round-trip the sort key and id through an opaque base64url string', () => {
    const cursor = encodeCursor('Côte d’Ivoire "x"', 'cote-divoire');
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual({ key: 'Côte d’Ivoire "x"', id: 'cote-divoire' });
    expect(decodeCursor(null)).toEqual({ key: null, id: null });
  });

  it('should refuse a cursor it did not make with BAD_USER_INPUT', () => {
    for (const bad of [
      '',
      'not a cursor',
      Buffer.from('[1,2]').toString('base64url'),
      Buffer.from('{}').toString('base64'),
    ])
      expect(
        code(() => decodeCursor(bad)),
        bad,
      ).toBe('BAD_USER_INPUT');
  });

  it('should build a page from first + 1 rows', () => {
    const rows = ['a', 'b', 'c'].map((id) => ({ id, key: id.toUpperCase() }));
    const page = toPage(rows, 2, 7, (row) => row.id);
    expect(page.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor('B', 'b') });
    expect(page.totalCount).toBe(7);
    expect(toPage([], 2, 0, (row) => row).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
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
      2,
    );
    expect(hits.map((h) => h.entity.id)).toEqual(['enisa', 'enisa-board']);
    expect(rankHits([row('a', 1, { name: 'x', aliases: ['EC3'] })], 'ec3', 5)[0]!.score).toBe(101);
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

describe('input checks', () => {
  const types = [
    { id: 'incident-crime', code: 'CRIME', name: 'Incident that seems to relate to a crime' },
    {
      id: 'incident-personal-data',
      code: 'PERSONAL_DATA',
      name: 'Incident that seems to have compromised personal data',
    },
    {
      id: 'incident-business-continuity',
      code: 'BUSINESS_CONTINUITY',
      name: 'Incident with an impact on business continuity',
    },
  ];

  it('should find an incident type by code, id or words of its name, case-insensitively', () => {
    for (const kind of ['CRIME', 'crime', 'incident-crime', ' Crime '])
      expect(findIncidentType(types, kind).id, kind).toBe('incident-crime');
    expect(findIncidentType(types, 'business continuity').code).toBe('BUSINESS_CONTINUITY');
    expect(findIncidentType(types, 'Personal Data').code).toBe('PERSONAL_DATA');
    expect(findIncidentType(types, 'compromised').code).toBe('PERSONAL_DATA');
  });

  it('should refuse unknown and ambiguous incident kinds, listing the codes', () => {
    expect(code(() => findIncidentType(types, 'flood'))).toBe('BAD_USER_INPUT');
    expect(() => findIncidentType(types, 'incident')).toThrow(/several.*BUSINESS_CONTINUITY, CRIME, PERSONAL_DATA/);
    expect(() => findIncidentType(types, 'crim')).toThrow(/unknown/);
  });

  it('should accept pillar codes in several spellings and list the valid ones otherwise', () => {
    expect(pillarCode('law-enforcement')).toBe('LAW_ENFORCEMENT');
    expect(pillarCode('pillar-nis')).toBe('NIS');
    expect(() => pillarCode('police')).toThrow(/NIS, LAW_ENFORCEMENT, DEFENCE/);
    expect(oneOf('kind', 'a', ['a', 'b'])).toBe('a');
  });

  it('should accept search texts of 1 to 200 characters, emoji counted as one', () => {
    expect(searchText('  ENISA ')).toBe('ENISA');
    expect(searchText('😀'.repeat(200))).toHaveLength(400);
    for (const bad of ['', '   ', 'x'.repeat(201), '😀'.repeat(201)])
      expect(code(() => searchText(bad))).toBe('BAD_USER_INPUT');
  });
});
