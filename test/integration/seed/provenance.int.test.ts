/**
 * Provenance over the whole graph as stored in Neo4j (not the files): every node and relationship of the
 * seed carries at least one citation (a provision cites itself; documents are the sources themselves); every quote of a strategy is found in its source text; every
 * reference citation names an official page (a reference Document with a URL) and a note.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver } from '../../helpers/neo4j.js';
import { SOURCES } from '../../helpers/sources.js';

interface Cited {
  what: string;
  documents: string[];
  locators: string[];
  quotes: string[];
  notes: string[];
}

let driver: Driver;
let references: Map<string, string>;
beforeAll(async () => {
  driver = testDriver();
  const { records } = await driver.executeQuery(
    "MATCH (d:Document {kind: 'reference'}) RETURN d.id AS id, d.url AS url",
  );
  references = new Map(records.map((r) => [r.get('id') as string, r.get('url') as string]));
});
afterAll(() => driver.close());

function problemsOf(items: Cited[]): string[] {
  const problems: string[] = [];
  for (const item of items) {
    if (item.documents.length === 0) problems.push(`${item.what}: no citation`);
    item.documents.forEach((document, i) => {
      const source = SOURCES[document];
      if (source) {
        if (!item.locators[i]) problems.push(`${item.what}: citation ${i} has no locator`);
        if (!source.contains(item.quotes[i] ?? ''))
          problems.push(`${item.what}: quote not in ${document}: "${item.quotes[i]}"`);
      } else if (/^https?:\/\//.test(references.get(document) ?? '')) {
        // Official pages as stored: a few are at http addresses (old.efta.int, europa.eu glossary, osce.org).
        if (!item.notes[i] && !item.quotes[i]) problems.push(`${item.what}: reference citation ${i} has no note`);
      } else {
        problems.push(`${item.what}: cites unknown document ${document}`);
      }
    });
  }
  return problems;
}

describe('provenance of the stored graph', () => {
  it('should give every seeded node a citation found in its source', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (n:Entity) WHERE NOT n:Document AND NOT n.id STARTS WITH 'test-'
       RETURN n.id AS id, coalesce(n.citeDocuments, []) AS documents, coalesce(n.citeLocators, []) AS locators,
              coalesce(n.citeQuotes, []) AS quotes, coalesce(n.citeNotes, []) AS notes`,
    );
    expect(records.length).toBeGreaterThan(400);
    const items = records.map((r) => ({ what: r.get('id') as string, ...pick(r.toObject()) }));
    expect(problemsOf(items)).toEqual([]);
  });

  it('should give every seeded relationship a citation found in its source', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (a:Entity)-[r]->(b:Entity)
       WHERE NOT type(r) IN ['EVIDENCED_BY', 'IN_DOCUMENT'] AND NOT a.id STARTS WITH 'test-'
       RETURN a.id + ' ' + type(r) + ' ' + b.id AS what, coalesce(r.citeDocuments, []) AS documents,
              coalesce(r.citeLocators, []) AS locators, coalesce(r.citeQuotes, []) AS quotes, coalesce(r.citeNotes, []) AS notes`,
    );
    expect(records.length).toBeGreaterThan(500);
    const items = records.map((r) => ({ what: r.get('what') as string, ...pick(r.toObject()) }));
    expect(problemsOf(items)).toEqual([]);
  });

  it('should link every provision to its document and every cited node to its provisions', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (p:Provision) WHERE NOT (p)-[:IN_DOCUMENT]->(:Document) RETURN count(p) AS orphans`,
    );
    expect(records[0]!.get('orphans')).toBe(0);
    const enisa = await driver.executeQuery(
      `MATCH (:Entity {id: 'enisa'})-[:EVIDENCED_BY]->(p:Provision) RETURN count(p) AS provisions`,
    );
    expect(enisa.records[0]!.get('provisions')).toBeGreaterThan(1);
  });
});

function pick(row: Record<string, unknown>) {
  return {
    documents: row.documents as string[],
    locators: row.locators as string[],
    quotes: row.quotes as string[],
    notes: row.notes as string[],
  };
}
