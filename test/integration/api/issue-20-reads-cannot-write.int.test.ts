/**
 * Issue 20: reads run as auto-commit queries (one round trip) instead of read transactions. A read must still
 * be unable to write: Database.read sends the READ access mode with every query, and Neo4j refuses a write in
 * it, on this single server as in a cluster, through bolt:// and neo4j:// alike. Here a catalog holding a
 * writing statement is read through Database.read and readOnce: each must fail and leave nothing behind.
 */
import { randomUUID } from 'node:crypto';
import { Neo4jError, type Driver } from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDriver, Database } from '../../../api/src/db/database.js';
import { testConfig } from '../../helpers/app.js';
import { testDriver } from '../../helpers/neo4j.js';

const marker = `reads-cannot-write-${randomUUID().slice(0, 8)}`;
const catalog = new Map([
  ['probe/create-node', 'CREATE (p:ReadModeProbe {marker: $marker}) RETURN p.marker AS marker'],
  ['probe/count-nodes', 'MATCH (p:ReadModeProbe {marker: $marker}) RETURN count(p) AS n'],
]);

const drivers: Driver[] = [];
function databaseOver(uri: string): Database {
  const driver = createDriver({ ...testConfig().neo4j, uri });
  drivers.push(driver);
  return new Database(driver, catalog);
}
const check = testDriver();
afterAll(async () => {
  await check.executeQuery('MATCH (p:ReadModeProbe {marker: $marker}) DELETE p', { marker });
  await Promise.all([...drivers, check].map((d) => d.close()));
});

const BOLT = inject('neo4jUri');
const limit = Error.stackTraceLimit;
const ROUTING = BOLT.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');

async function probes(): Promise<number> {
  const { records } = await check.executeQuery('MATCH (p:ReadModeProbe {marker: $marker}) RETURN count(p) AS n', {
    marker,
  });
  return Number(records[0]!.get('n'));
}

describe('a read cannot write (issue 20: auto-commit reads)', () => {
  it.each([
    ['bolt://', BOLT],
    ['neo4j://', ROUTING],
  ])('should refuse a writing statement in Database.read and readOnce over %s', async (_scheme, uri) => {
    const db = databaseOver(uri);
    for (const read of [
      () => db.read('probe/create-node', { marker }),
      () => db.readOnce('probe/create-node', { marker }),
    ]) {
      const error: unknown = await read().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Neo4jError);
      expect((error as Neo4jError).code).toBe('Neo.ClientError.Statement.AccessMode');
      // The log names the statement that failed (reads skip the driver's caller stack: database.ts).
      expect((error as Neo4jError).stack).toMatch(/at cypher\/probe\/create-node\.cypher$/);
    }
    expect(await probes()).toBe(0);
    // The same statement through write() does write: the refusal above is the access mode's, not the statement's.
    await db.write('probe/create-node', { marker });
    expect(await probes()).toBe(1);
    expect(await db.read('probe/count-nodes', { marker })).toEqual([{ n: 1 }]);
    expect(Error.stackTraceLimit).toBe(limit);
    await check.executeQuery('MATCH (p:ReadModeProbe {marker: $marker}) DELETE p', { marker });
  });
});
