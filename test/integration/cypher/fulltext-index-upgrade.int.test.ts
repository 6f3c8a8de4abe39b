/**
 * Issue 20 (W5): entity_search is created eventually consistent; a database whose index an earlier version created
 * (without that option, which IF NOT EXISTS would keep) gets it recreated by applySchema, on its own throwaway
 * Neo4j so the shared test database's index is never dropped under other suites.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCypherCatalog } from '../../../api/src/db/cypher.js';
import { applySchema } from '../../../api/src/db/schema.js';
import { startEmbedded, type EmbeddedNeo4j } from '../../../neo4j/launcher.js';
import { testConfig } from '../../helpers/app.js';

const home = mkdtempSync(join(tmpdir(), 'explorer-fulltext-upgrade-'));
let embedded: EmbeddedNeo4j | undefined;
let driver: Driver | undefined;
afterAll(async () => {
  await driver?.close();
  await embedded?.stop();
  rmSync(home, { recursive: true, force: true });
});

async function eventual(): Promise<unknown[]> {
  const { records } = await driver!.executeQuery(
    `SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entity_search'
     RETURN options.indexConfig['fulltext.eventually_consistent'] AS eventual`,
  );
  return records.map((record) => record.get('eventual'));
}

describe('the full-text index of an earlier version (issue 20)', () => {
  it('should be recreated eventually consistent by applySchema', async () => {
    embedded = await startEmbedded({ home, port: 0, heapMb: 256, pageCacheMb: 16 });
    driver = neo4j.driver(embedded.uri);
    // As the schema file created it before issue 20.
    await driver.executeQuery(
      'CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.text, n.quoteText]',
    );
    expect(await eventual()).toEqual([false]);
    const catalog = loadCypherCatalog(testConfig().paths.cypher);
    await applySchema({ driver, catalog, name: undefined });
    expect(await eventual()).toEqual([true]);
    // Applied again (every start), it stays so.
    await applySchema({ driver, catalog, name: undefined });
    expect(await eventual()).toEqual([true]);
  }, 180_000);
});
