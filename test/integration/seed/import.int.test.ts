/**
 * The importer against the real Neo4j: importing twice gives identical counts, and a seed with a bad
 * reference or an invented quote fails with file, path and reason and leaves the database unchanged.
 * Counts only look at seed data (ids not starting with "test-"), so tests running alongside don't matter.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCypherCatalog } from '../../../api/src/db/cypher.js';
import { Database } from '../../../api/src/db/database.js';
import { importSeed, SeedValidationError } from '../../../api/src/seed/import.js';
import { readSeed } from '../../../api/src/seed/read-seed.js';
import { testConfig } from '../../helpers/app.js';
import { testDriver, uniqueId } from '../../helpers/neo4j.js';

const config = testConfig();
let driver: Driver;
let db: Database;
const tempDirs: string[] = [];

beforeAll(async () => {
  seedIds = (await readSeed(config.paths.seed)).graph.nodes.map((n) => n.id);
  driver = testDriver();
  db = new Database(driver, loadCypherCatalog(config.paths.cypher));
});
afterAll(async () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  await driver.close();
});

let seedIds: string[] = [];

/** Counts only the seed's own nodes and the relationships between them: other tests add and remove theirs. */
async function seedCounts() {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n:Entity) WHERE n.id IN $ids RETURN count(n) AS nodes }
     CALL () { MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN count(r) AS relationships }
     CALL () { MATCH (m:Meta {id: 'dataset'}) RETURN m.version AS version }
     RETURN nodes, relationships, version`,
    { ids: seedIds },
  );
  return records[0]!.toObject();
}

function seedWith(file: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'explorer-seed-'));
  tempDirs.push(dir);
  cpSync(config.paths.seed, dir, { recursive: true });
  writeFileSync(join(dir, file), content);
  return dir;
}

describe('seed import', () => {
  it('should give identical counts and data version when imported twice', async () => {
    const first = await importSeed(db, await readSeed(config.paths.seed));
    const before = await seedCounts();
    const second = await importSeed(db, await readSeed(config.paths.seed));
    expect(await seedCounts()).toEqual(before);
    expect(second).toEqual(first);
    expect(before.version).toBe(first.version);
  });

  it('should refuse a relationship to a missing node, name the file and path, and write nothing', async () => {
    const before = await seedCounts();
    const dir = seedWith(
      'enisa-2021/zz-bad-reference.yaml',
      `relationships:
  - from: enisa
    type: COOPERATES_WITH
    to: atlantis
    citations:
      - { document: enisa-international-strategy-2021, locator: "4.3", quote: "cooperating with international partners such as the OSCE and NATO", modality: FACT }
`,
    );
    const failure = await importSeed(db, await readSeed(dir)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SeedValidationError);
    expect((failure as SeedValidationError).problems).toEqual([
      {
        file: 'enisa-2021/zz-bad-reference.yaml',
        path: 'enisa-[COOPERATES_WITH]->atlantis',
        reason: 'endpoint "atlantis" does not exist',
      },
    ]);
    expect((failure as Error).message).toMatch(/nothing was written/);
    expect(await seedCounts()).toEqual(before);
  });

  it('should refuse a quote that is not in the source text and write nothing', async () => {
    const before = await seedCounts();
    const dir = seedWith(
      'enisa-2021/zz-invented-quote.yaml',
      `nodes:
  - id: test-invented-partner
    label: Actor
    name: Invented partner
    kind: third-country
    citations:
      - { document: enisa-international-strategy-2021, locator: "4.4", quote: "ENISA can cooperate with any country it likes" }
`,
    );
    const failure = (await importSeed(db, await readSeed(dir)).catch((error: unknown) => error)) as SeedValidationError;
    expect(failure).toBeInstanceOf(SeedValidationError);
    expect(failure.problems).toHaveLength(1);
    expect(failure.problems[0]).toMatchObject({
      file: 'enisa-2021/zz-invented-quote.yaml',
      path: 'test-invented-partner.citations[0].quote',
    });
    expect(failure.problems[0]!.reason).toMatch(/quote not found verbatim in enisa-international-strategy-2021/);
    expect(await seedCounts()).toEqual(before);
    const { records } = await driver.executeQuery("MATCH (n {id: 'test-invented-partner'}) RETURN count(n) AS n");
    expect(records[0]!.get('n')).toBe(0);
  });
});

describe('re-seeding over curated data', () => {
  it('should keep the properties of nodes and relationships a curator changed, and refresh the others', async () => {
    const curated = uniqueId('curated');
    const plain = uniqueId('plain');
    await driver.executeQuery(
      `CREATE (:Entity:Actor {id: $curated, name: 'Curated name', version: 2})
              -[:COOPERATES_WITH {note: 'curated', version: 1}]->
              (:Entity:Actor {id: $plain, name: 'Old seed name'})`,
      { curated, plain },
    );
    try {
      await db.writeTransaction(async (tx, text) => {
        await tx.run(text('seed/merge-nodes'), {
          rows: [
            { id: curated, label: 'Actor', props: { name: 'Seed name' } },
            { id: plain, label: 'Actor', props: { name: 'New seed name' } },
          ],
        });
        await tx.run(text('seed/merge-relationships'), {
          rows: [{ from: curated, type: 'COOPERATES_WITH', to: plain, props: { note: 'seed' } }],
        });
      });
      const { records } = await driver.executeQuery(
        `MATCH (c:Entity {id: $curated})-[r:COOPERATES_WITH]->(p:Entity {id: $plain})
         RETURN c.name AS curatedName, c.version AS version, p.name AS plainName, r.note AS note, count(r) AS rels`,
        { curated, plain },
      );
      expect(records[0]!.toObject()).toEqual({
        curatedName: 'Curated name',
        version: 2,
        plainName: 'New seed name',
        note: 'curated',
        rels: 1,
      });
    } finally {
      await driver.executeQuery('MATCH (n:Entity) WHERE n.id IN [$curated, $plain] DETACH DELETE n', {
        curated,
        plain,
      });
    }
  });
});
