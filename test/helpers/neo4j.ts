/** Direct driver access for tests that arrange or inspect data; each test uses ids unique to itself. */
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../api/src/db/database.js';
import { testConfig } from './app.js';

export function testDriver(): Driver {
  const { neo4j } = testConfig();
  return createDriver({ ...neo4j, uri: neo4j.uri! });
}

/** A kebab-case id that no seed or other test uses. */
export const uniqueId = (prefix: string) => `test-${prefix}-${randomUUID().slice(0, 8)}`;
