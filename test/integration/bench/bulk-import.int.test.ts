/**
 * The benchmark's default way of loading a synthetic graph (`npm run bench -- --scale N`): Neo4j's own bulk
 * importer into a throwaway database (bench/lib/load-synthetic.ts), on tiny input. It must give the graph the
 * batched UNWIND path gives: every planned node and relationship, the seed's labels, the schema applied, and
 * the properties the workloads read. Not timed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadSynthetic } from '../../../bench/lib/load-synthetic.js';
import type { ThrowawayNeo4j } from '../../../bench/lib/neo4j.js';
import { nodeBatches, plan, relationshipBatches } from '../../../bench/lib/synthetic.js';

let neo: ThrowawayNeo4j | undefined;
afterAll(async () => {
  await neo?.stop();
});

describe('npm run bench --scale: the bulk import (tiny input)', () => {
  it('should load every planned node and relationship, with their labels, properties and the schema', async () => {
    const total = 400;
    const lines: string[] = [];
    const loaded = await loadSynthetic(total, 'bulk', { heapMb: 512, pageCacheMb: 128, log: (l) => lines.push(l) });
    neo = loaded.neo;
    const p = plan(total);
    let relationships = 0;
    for (const batch of relationshipBatches(p, 1000)) relationships += batch.length;
    expect(loaded.imported).toMatchObject({ method: 'bulk', nodes: total, relationships });
    expect(loaded.imported.entitiesPerSecond).toBeGreaterThan(0);

    const { driver } = neo.db;
    const counts = await driver.executeQuery(
      'MATCH (n:Entity) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    );
    expect(Number(counts.records[0]!.get('nodes'))).toBe(total);
    expect(Number(counts.records[0]!.get('rels'))).toBe(relationships);

    // One planned row of each label, read back with its properties (arrays and integers included).
    const seen = new Set<string>();
    for (const batch of nodeBatches(p, 1000))
      for (const row of batch) {
        if (seen.has(row.label)) continue;
        seen.add(row.label);
        const { records } = await driver.executeQuery(
          'MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels, properties(n) AS props',
          { id: row.id },
        );
        expect(records, row.id).toHaveLength(1);
        expect(records[0]!.get('labels')).toEqual(expect.arrayContaining(['Entity', row.label]));
        const props = records[0]!.get('props') as Record<string, unknown>;
        for (const [key, value] of Object.entries(row.props)) {
          if (value === undefined || value === null) continue;
          // A list of empty strings (citeNotes: ['']) is an empty CSV cell, which the importer leaves unset:
          // the API reads an absent note as an empty one (db/citations.ts), so both read the same.
          if (Array.isArray(value) && value.every((v) => v === '')) {
            expect(props[key] ?? [], `${row.id}.${key}`).toEqual(expect.any(Array));
            continue;
          }
          // The API's driver reads integers as numbers (disableLosslessIntegers).
          expect(props[key], `${row.id}.${key}`).toEqual(value);
        }
      }
    expect(seen.size).toBeGreaterThan(5);

    // The schema the API needs: the unique id constraint and the full-text index, online.
    const indexes = await driver.executeQuery('SHOW INDEXES YIELD name, type, state RETURN name, type, state');
    const byType = indexes.records.map((r) => `${r.get('type')}:${r.get('state')}`);
    expect(byType).toContain('FULLTEXT:ONLINE');
    expect(indexes.records.every((r) => r.get('state') === 'ONLINE')).toBe(true);
    const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD type RETURN collect(type) AS types');
    expect(constraints.records[0]!.get('types')).toContain('UNIQUENESS');
  }, 180_000);
});
