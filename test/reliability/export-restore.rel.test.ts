/**
 * Backup round trip: `npm run export-data` of the test database, `npm run import-data` into a second,
 * empty, throwaway embedded Neo4j, and an export of that: same hash, same counts, integers still
 * integers and floats still floats, audit records and their links included. A non-empty target is refused
 * (unless --replace) and a damaged file is refused before anything is written.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphExport } from '../../api/src/data/export.js';
import { buildTestApp, gql } from '../helpers/app.js';
import { testDriver, uniqueId } from '../helpers/neo4j.js';
import { ALICE, UPSERT_ACTOR, actorInput, as, call, cleanUp } from '../integration/api/curation-helpers.js';
import { report, runScript, startPrivateNeo4j, type Finished, type PrivateNeo4j } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'explorer-rel-export-'));
const file = (name: string) => join(dir, name);
const read = (name: string) => JSON.parse(readFileSync(file(name), 'utf8')) as GraphExport;

const PROBE = uniqueId('export-probe');
const TEXT = 'quote " backslash \\ newline \n tab \t unicode é 漢字 🛡';
const CURATED = uniqueId('export-curated');
let source: Driver;
let target: PrivateNeo4j;
let targetDriver: Driver;

const sourceEnv = () => ({ NEO4J_URI: inject('neo4jUri') });
const targetEnv = () => ({ NEO4J_URI: target.uri, NEO4J_PASSWORD: '' });
const timings = { exportMs: 0, importMs: 0 };
let exported: Finished;
let imported: Finished;
let reExported: Finished;

beforeAll(async () => {
  source = testDriver();
  // Values of every kind the export must keep apart: whole floats, integers beyond 2^53, typed lists.
  await source.executeQuery(
    `CREATE (n:Entity:ExportProbe {id: $id, name: 'Export probe', wholeFloat: 1.0, ratio: 0.1, count: 7,
       big: 1152921504606846977, negative: -3, floats: [1.0, 2.5], ints: [1, 2], empty: [], flag: true,
       text: $text})`,
    { id: PROBE, text: TEXT },
  );
  // A generous handler timeout: a cold first mutation on a loaded machine is not what this test is about.
  const curation = await buildTestApp({ CURATOR_TOKENS: `alice:${ALICE}`, HANDLER_TIMEOUT_MS: '60000' });
  const answer = await call(curation, UPSERT_ACTOR, { input: actorInput(CURATED) }, as(ALICE));
  await curation.close();
  expect(answer.errors).toBeUndefined();
  target = await startPrivateNeo4j('restore');
  targetDriver = neo4j.driver(target.uri);

  // The round trip itself; the tests below check what it produced.
  let started = Date.now();
  exported = await runScript('export-data', ['--out', file('source.json')], sourceEnv());
  timings.exportMs = Date.now() - started;
  started = Date.now();
  imported = await runScript('import-data', ['--in', file('source.json')], targetEnv());
  timings.importMs = Date.now() - started;
  reExported = await runScript('export-data', ['--out', file('restored.json')], targetEnv());
});

afterAll(async () => {
  await cleanUp(source, [PROBE, CURATED]);
  await source.close();
  await targetDriver?.close();
  await target?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('export and restore', () => {
  it('should restore an export into an empty database with the same hash and counts', () => {
    expect(exported.code, exported.stderr).toBe(0);
    const original = read('source.json');
    expect(exported.stdout).toContain(original.sha256);
    expect(original.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(original.counts.entities).toBeGreaterThan(400);
    expect(original.counts.auditRecords).toBeGreaterThanOrEqual(1);
    expect(original.counts.auditLinks).toBeGreaterThanOrEqual(1);
    expect(original.counts.meta).toBe(1);
    const ids = original.graph.entities.map((n) => n.id);
    expect(ids).toEqual([...ids].sort());

    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(`verified: sha256 ${original.sha256}`);
    expect(reExported.code, reExported.stderr).toBe(0);
    const restored = read('restored.json');
    expect(restored.sha256).toBe(original.sha256);
    expect(restored.counts).toEqual(original.counts);
    expect(restored.graph).toEqual(original.graph);
    report('export-restore', {
      ...original.counts,
      exportMs: timings.exportMs,
      importAndVerifyMs: timings.importMs,
      sameHash: String(restored.sha256 === original.sha256),
    });
  });

  it('should keep integers integers and floats floats through the round trip', async () => {
    const { records } = await targetDriver.executeQuery(
      `MATCH (n:ExportProbe {id: $id})
       RETURN [k IN ['wholeFloat', 'ratio', 'count', 'big', 'negative', 'floats', 'ints', 'flag', 'text'] |
               k + ':' + valueType(n[k])] AS types, n.big AS big, n.wholeFloat AS whole, n.text AS text`,
      { id: PROBE },
    );
    const row = records[0]!;
    expect(row.get('types')).toEqual([
      'wholeFloat:FLOAT NOT NULL',
      'ratio:FLOAT NOT NULL',
      'count:INTEGER NOT NULL',
      'big:INTEGER NOT NULL',
      'negative:INTEGER NOT NULL',
      'floats:LIST<FLOAT NOT NULL> NOT NULL',
      'ints:LIST<INTEGER NOT NULL> NOT NULL',
      'flag:BOOLEAN NOT NULL',
      'text:STRING NOT NULL',
    ]);
    expect(row.get('big').toString()).toBe('1152921504606846977');
    expect(row.get('whole')).toBe(1);
    expect(row.get('text')).toBe(TEXT);
    const probe = read('source.json').graph.entities.find((n) => n.id === PROBE)!;
    expect(probe.properties).toMatchObject({
      wholeFloat: { $float: 1 },
      count: 7,
      big: { $int: '1152921504606846977' },
    });
  });

  it('should answer from the restored database as from the original', async () => {
    const version = '{ dataVersion dataset { nodes relationships } }';
    const original = await buildTestApp();
    const restored = await buildTestApp({ NEO4J_URI: target.uri });
    try {
      const [a, b] = [await gql(original, version), await gql(restored, version)];
      expect(b.errors).toBeUndefined();
      expect(b.data).toEqual(a.data);
    } finally {
      await original.close();
      await restored.close();
    }
  });

  it('should refuse to import into a database that is not empty, and replace it with --replace', async () => {
    const refused = await runScript('import-data', ['--in', file('source.json')], targetEnv());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not empty \(\d+ nodes\): nothing was imported.*--replace/s);

    await targetDriver.executeQuery("CREATE (:Entity:ExportProbe {id: 'stray-node-to-be-replaced'})");
    const replaced = await runScript('import-data', ['--in', file('source.json'), '--replace'], targetEnv());
    expect(replaced.code, replaced.stderr).toBe(0);
    const { records } = await targetDriver.executeQuery(
      "MATCH (n {id: 'stray-node-to-be-replaced'}) RETURN count(n) AS n",
    );
    expect(Number(records[0]!.get('n'))).toBe(0);
  });

  it('should refuse a damaged export file and write nothing', async () => {
    const damaged = readFileSync(file('source.json'), 'utf8').replace('"Export probe"', '"Export probe!"');
    writeFileSync(file('damaged.json'), damaged);
    const before = await runScript('export-data', ['--out', file('before.json')], targetEnv());
    expect(before.code).toBe(0);
    const refused = await runScript('import-data', ['--in', file('damaged.json'), '--replace'], targetEnv());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is damaged: its content hashes to [0-9a-f]{64}, not the recorded/);
    await runScript('export-data', ['--out', file('after.json')], targetEnv());
    expect(read('after.json').sha256).toBe(read('before.json').sha256);
  });

  it('should refuse a usage error with exit code 2', async () => {
    const usage = await runScript('import-data', [], targetEnv());
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/Usage:/);
  });
});
