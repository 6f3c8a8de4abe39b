/**
 * Issue 20: the search reads one page from the database (Lucene's first rows and the few candidates that may move
 * up), not the whole re-rank window. The page must be exactly the one re-ranking the whole window gives: this
 * test reads the window in full (the same statement with its limit at the window) and ranks it with rankHits, as
 * the API did before, for many texts, page sizes and offsets.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RERANK_WINDOW, searchEntities } from '../../../api/src/db/catalog-queries.js';
import type { Database } from '../../../api/src/db/database.js';
import { luceneQuery, rankHits, searchTerms, searchWords } from '../../../api/src/db/graph-mappers.js';
import { modelDatabase } from '../model/helpers.js';

describe('search reads one page (issue 20)', () => {
  let db: Database;
  let driver: Driver;
  const texts: string[] = [];

  beforeAll(async () => {
    ({ db, driver } = modelDatabase());
    const names = await driver.executeQuery(
      'MATCH (n:Entity) WHERE n.name IS NOT NULL AND NOT n:AuditRecord RETURN n.name AS name ORDER BY n.id LIMIT 60',
    );
    for (const record of names.records) {
      const name = String(record.get('name'));
      const words = name.split(/\s+/);
      texts.push(name, words[0]!, words.slice(0, 2).join(' '));
    }
    texts.push('cyber', 'Cyber Europe', 'EU', 'ENISA', 'european union', 'cooperation', 'japn', 'Europol/EC3');
  });
  afterAll(async () => driver.close());

  /** The page as re-ranking the whole window gives it (the API's behaviour before issue 20). */
  async function wholeWindow(text: string, start: number, first: number) {
    const terms = searchTerms(text);
    const limit = Math.max(RERANK_WINDOW, start + first + 1);
    const rows = await db.read('catalog/search-entities', {
      query: luceneQuery(terms),
      words: searchWords(text),
      window: RERANK_WINDOW,
      limit,
    });
    expect(rows.length).toBe(Number(rows[0]?.candidates ?? 0));
    const ranked = [
      ...rankHits(rows.slice(0, RERANK_WINDOW), text),
      ...rankHits(rows.slice(RERANK_WINDOW), text, false),
    ];
    return { page: ranked.slice(start, start + first + 1), candidates: rows.length };
  }

  it('should answer every page as re-ranking the whole window does', async () => {
    expect(texts.length).toBeGreaterThan(100);
    let moved = 0;
    for (const [i, text] of texts.entries()) {
      const [start, first] = [
        [0, 20],
        [0, 1],
        [3, 5],
        [17, 4],
        [0, 100],
        [195, 10],
      ][i % 6]!;
      const expected = await wholeWindow(text, start!, first!);
      const { rows, total } = await searchEntities(db, text, start!, first!);
      expect(rows, `"${text}" ${start}+${first}`).toEqual(expected.page);
      if (expected.candidates < RERANK_WINDOW) expect(total).toBe(expected.candidates);
      if (rows[0] && rows[0].score >= 50 && i % 6 !== 5) moved += 1;
    }
    // The re-ranking matters on these texts: exact and leading name matches come first for many of them.
    expect(moved).toBeGreaterThan(20);
  });
});
