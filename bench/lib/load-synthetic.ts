/**
 * A synthetic graph (synthetic.ts) loaded into its own throwaway Neo4j for a scale suite (issue 20), one of two
 * ways: `bulk` (the default, for an initial load): the rows written as CSV and loaded by Neo4j's own bulk
 * importer into the stopped, empty database (bulk-import.ts), then the constraints, indexes and full-text
 * index created; `unwind`: batched UNWIND transactions into the running database (scale.ts), constraints
 * first and the full-text index after. Either way the entities per second count the load itself (for bulk:
 * CSV writing + the importer), and the index time is reported beside it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cypher, statements } from '../../api/src/db/cypher.js';
import { applySchema } from '../../api/src/db/schema.js';
import { adminImport, writeSyntheticCsv } from './bulk-import.js';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from './neo4j.js';
import { importSynthetic, type ImportResult } from './scale.js';
import { plan } from './synthetic.js';

export type ImportMethod = ImportResult['method'];
export const IMPORT_METHODS: readonly ImportMethod[] = ['bulk', 'unwind'];

export interface LoadOptions {
  heapMb: number;
  pageCacheMb: number;
  log: (line: string) => void;
}

const seconds = (from: number) => (performance.now() - from) / 1000;

/** Loads `total` synthetic nodes by `method` into a new throwaway Neo4j, started and ready, with the schema. */
export async function loadSynthetic(
  total: number,
  method: ImportMethod,
  options: LoadOptions,
): Promise<{ neo: ThrowawayNeo4j; imported: ImportResult }> {
  const sizes = { heapMb: options.heapMb, pageCacheMb: options.pageCacheMb };
  if (method === 'unwind') {
    const neo = await startThrowawayNeo4j(sizes);
    try {
      const { driver, catalog } = neo.db;
      // Constraints and range indexes first (the import seeks ids), the full-text index after the import
      // (one population instead of an update per commit).
      for (const file of [...catalog.keys()].filter((n) => n.startsWith('schema/')).sort())
        for (const statement of statements(cypher(catalog, file)).filter((st) => !/FULLTEXT/i.test(st)))
          await driver.executeQuery(statement);
      options.log(`  importing ${total} synthetic nodes (batched UNWIND)…`);
      const imported = await importSynthetic(driver, catalog, total, { log: options.log });
      const t = performance.now();
      await applySchema(neo.db);
      await driver.executeQuery('CALL db.awaitIndexes(3600)');
      imported.indexSeconds = seconds(t);
      return { neo, imported };
    } catch (error) {
      await neo.stop();
      throw error;
    }
  }
  const home = mkdtempSync(join(tmpdir(), 'explorer-bench-neo4j-'));
  const csvDir = mkdtempSync(join(tmpdir(), 'explorer-bench-csv-'));
  try {
    const p = plan(total);
    options.log(`  writing ${total} synthetic nodes as CSV, then neo4j-admin database import full…`);
    const t0 = performance.now();
    const files = await writeSyntheticCsv(p, csvDir);
    const csvSeconds = seconds(t0);
    const t1 = performance.now();
    const tail = await adminImport(home, files, Math.min(options.heapMb, 4096));
    const adminSeconds = seconds(t1);
    for (const line of tail.split('\n')) options.log(`  | ${line}`);
    rmSync(csvDir, { recursive: true, force: true });
    const neo = await startThrowawayNeo4j({ ...sizes, home });
    try {
      const t2 = performance.now();
      await applySchema(neo.db);
      await neo.db.driver.executeQuery('CALL db.awaitIndexes(3600)');
      const entities = files.nodeCount + files.relationshipCount;
      const loadSeconds = csvSeconds + adminSeconds;
      const imported: ImportResult = {
        method: 'bulk',
        nodes: files.nodeCount,
        relationships: files.relationshipCount,
        seconds: loadSeconds,
        csvSeconds,
        adminSeconds,
        nodeSeconds: NaN,
        relationshipSeconds: NaN,
        entitiesPerSecond: entities / loadSeconds,
        entitiesPerSecondWall: entities / loadSeconds,
        dbSeconds: adminSeconds,
        serverSeconds: NaN,
        parallel: 0,
        nodesPerSecond: NaN,
        relationshipsPerSecond: NaN,
        batchSize: 0,
        indexSeconds: seconds(t2),
        plan: p,
      };
      return { neo, imported };
    } catch (error) {
      await neo.stop();
      throw error;
    }
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(csvDir, { recursive: true, force: true });
  }
}
