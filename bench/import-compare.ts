/**
 * `node --import tsx bench/import-compare.ts [nodes=20000]`: the synthetic import of one size, side by side in
 * one run (issue 20): batched UNWIND as `npm run bench` imports (10,000 rows, 2 in flight), larger batches with
 * more in flight, and Neo4j's own bulk importer (bulk-import.ts; CSV writing timed apart). Each in its own
 * throwaway Neo4j; the node and relationship counts of each are printed, to compare. Prints a markdown table.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cypher, statements } from '../api/src/db/cypher.js';
import { adminImport, writeSyntheticCsv } from './lib/bulk-import.js';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from './lib/neo4j.js';
import { importSynthetic } from './lib/scale.js';
import { plan } from './lib/synthetic.js';

const total = Number(process.argv[2] ?? 20_000);
const sizes = { heapMb: 2048, pageCacheMb: 1024 };
const rows: string[] = [];
const log = (line: string) => console.log(line);

async function ready(neo: ThrowawayNeo4j) {
  for (let attempt = 1; ; attempt++) {
    try {
      await neo.db.driver.executeQuery('RETURN 1');
      return;
    } catch (error) {
      if (attempt > 30) throw error;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

async function schema(neo: ThrowawayNeo4j, fulltext: boolean) {
  const { driver, catalog } = neo.db;
  for (const file of [...catalog.keys()].filter((n) => n.startsWith('schema/')).sort())
    for (const st of statements(cypher(catalog, file)).filter((s) => fulltext || !/FULLTEXT/i.test(s)))
      await driver.executeQuery(st);
  await driver.executeQuery('CALL db.awaitIndexes(3600)');
}

async function counts(neo: ThrowawayNeo4j) {
  const { records } = await neo.db.driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  return `${records[0]!.get('nodes')} nodes, ${records[0]!.get('rels')} relationships`;
}

for (const { batchSize, parallel } of [
  { batchSize: 10_000, parallel: 2 },
  { batchSize: 50_000, parallel: 4 },
]) {
  const neo = await startThrowawayNeo4j(sizes);
  try {
    await ready(neo);
    await schema(neo, false);
    const r = await importSynthetic(neo.db.driver, neo.db.catalog, total, { batchSize, parallel, log });
    const t = performance.now();
    await schema(neo, true);
    const indexSeconds = (performance.now() - t) / 1000;
    const e = r.nodes + r.relationships;
    rows.push(
      `| batched UNWIND, ${batchSize} rows × ${parallel} in flight | ${e} | ${r.seconds.toFixed(1)} s | ${(e / r.seconds).toFixed(0)} | ${indexSeconds.toFixed(1)} s (full-text) | ${await counts(neo)} |`,
    );
  } finally {
    await neo.stop();
  }
  console.log(rows.at(-1));
}

{
  const home = mkdtempSync(join(tmpdir(), 'explorer-bench-neo4j-'));
  const csvDir = mkdtempSync(join(tmpdir(), 'explorer-bench-csv-'));
  try {
    let t = performance.now();
    const files = await writeSyntheticCsv(plan(total), csvDir);
    const csvSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    log(await adminImport(home, files));
    const importSeconds = (performance.now() - t) / 1000;
    const neo = await startThrowawayNeo4j({ ...sizes, home });
    try {
      await ready(neo);
      t = performance.now();
      await schema(neo, true);
      const indexSeconds = (performance.now() - t) / 1000;
      const e = files.nodeCount + files.relationshipCount;
      rows.push(
        `| neo4j-admin database import full (CSV written in ${csvSeconds.toFixed(1)} s) | ${e} | ${importSeconds.toFixed(1)} s (${(csvSeconds + importSeconds).toFixed(1)} s with the CSV) | ${(e / importSeconds).toFixed(0)} (${(e / (csvSeconds + importSeconds)).toFixed(0)} with the CSV) | ${indexSeconds.toFixed(1)} s (constraints, indexes, full-text) | ${await counts(neo)} |`,
      );
    } finally {
      await neo.stop();
    }
  } finally {
    rmSync(csvDir, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
  console.log(rows.at(-1));
}

console.log(`\nImport of ${total} synthetic nodes, side by side in one run (${new Date().toISOString()}):\n`);
console.log('| method | entities | time | entities/s | indexes after | graph |');
console.log('| --- | --: | --: | --: | --: | --- |');
for (const row of rows) console.log(row);
process.exit(0);
