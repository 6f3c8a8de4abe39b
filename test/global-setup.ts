/**
 * Starts one throwaway embedded Neo4j per test run (free port, temp directory, removed afterwards),
 * applies the schema and seeds it; or, with NEO4J_URI set, uses that server and starts nothing.
 * The integration and e2e projects share the one instance through a reference count on globalThis.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbedded, type EmbeddedNeo4j } from '../neo4j/launcher.js';
import { prepareDatabase } from '../api/src/boot.js';
import { loadConfig } from '../api/src/config.js';
import { ensureUiBuilt } from '../api/src/ui-build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jEmbeddedHome: string;
  }
}

interface Shared {
  users: number;
  uri: string;
  home: string;
  embedded?: EmbeddedNeo4j;
}

const KEY = Symbol.for('cyber-ecosystem-explorer.test-neo4j');
const holder = globalThis as unknown as Record<symbol, Promise<Shared> | undefined>;

async function start(): Promise<Shared> {
  const config = loadConfig(process.env);
  ensureUiBuilt(config.paths.uiDist, (line) => console.log(`[test setup] ${line}`));
  if (config.neo4j.uri) {
    console.log(`[test setup] Using the Neo4j at NEO4J_URI=${config.neo4j.uri}; tests only touch data they create.`);
    await prepareDatabase({ ...config, neo4j: { ...config.neo4j, uri: config.neo4j.uri } });
    return { users: 0, uri: config.neo4j.uri, home: '' };
  }
  const home = mkdtempSync(join(tmpdir(), 'explorer-test-neo4j-'));
  let embedded: EmbeddedNeo4j;
  try {
    embedded = await startEmbedded({ home, port: 0, heapMb: 512, pageCacheMb: 64 });
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw new Error(`The test Neo4j could not start: ${(error as Error).message}`);
  }
  const uri = embedded.uri;
  await prepareDatabase({ ...config, neo4j: { ...config.neo4j, uri } });
  return { users: 0, uri, home, embedded };
}

export default async function setup(project: TestProject) {
  holder[KEY] ??= start();
  const shared = await holder[KEY]!;
  shared.users += 1;
  project.provide('neo4jUri', shared.uri);
  project.provide('neo4jEmbeddedHome', shared.home);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    holder[KEY] = undefined;
    await shared.embedded?.stop();
    if (shared.home) rmSync(shared.home, { recursive: true, force: true });
  };
}
