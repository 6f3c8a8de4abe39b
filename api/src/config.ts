/**
 * The only module that reads the environment. Everything else receives a Config.
 * Variables are documented in .env.example and the README; Neo4j's own names are used for the database.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Neo4jConfig {
  /** Set: use this server and start nothing. Unset: start the embedded Neo4j of neo4j/. */
  uri?: string;
  username: string;
  password?: string;
  database?: string;
  embedded: { dataDir: string; port: number; heapMb: number; pageCacheMb: number };
}

export interface Config {
  host: string;
  port: number;
  logLevel: string;
  neo4j: Neo4jConfig;
  /** Curator tokens allowed to write (`Authorization: Bearer …`), by curator name. */
  curatorTokens: Record<string, string>;
  paths: { cypher: string; seed: string; uiDist: string; graphql: string };
  /** Requests per minute per client (0 disables), and the lower ceiling for GraphQL mutations. */
  rateLimit: { perMinute: number; mutationsPerMinute: number };
  /** Shed load with 503 + Retry-After when the event loop lags more than this (ms; 0 disables). */
  maxEventLoopDelayMs: number;
  /** A request still unanswered after this many ms gets 503 (0 disables). */
  handlerTimeoutMs: number;
  /** A socket idle this long while a request is received, or between requests, is closed (app.ts; 0 disables). */
  connectionTimeoutMs: number;
  /** Chromium for briefings as PDF and PNG (api/src/briefing/chromium.ts); missing: those formats answer 503. */
  chromiumPath: string;
  /** Answers kept by the read cache keyed by the data version (db/read-cache.ts); 0 turns it off. */
  readCacheEntries: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

/** `CURATOR_TOKENS=alice:secret1,bob:secret2` → { secret1: 'alice', … } keyed by token. */
function curatorTokens(raw: string | undefined): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const entry of (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const separator = entry.indexOf(':');
    if (separator < 1 || entry.length - separator - 1 < 16) {
      throw new ConfigError('CURATOR_TOKENS entries must look like name:token, with tokens of at least 16 characters');
    }
    tokens[entry.slice(separator + 1)] = entry.slice(0, separator);
  }
  return tokens;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const password = env.NEO4J_PASSWORD || undefined;
  if (password !== undefined && password.length < 8)
    throw new ConfigError('NEO4J_PASSWORD must have at least 8 characters');
  return {
    host: env.HOST || '127.0.0.1',
    port: integer(env, 'PORT', 4000, 0, 65535),
    logLevel: env.LOG_LEVEL || 'info',
    neo4j: {
      uri: env.NEO4J_URI || undefined,
      username: env.NEO4J_USERNAME || 'neo4j',
      password,
      database: env.NEO4J_DATABASE || undefined,
      embedded: {
        dataDir: resolve(PROJECT_ROOT, env.NEO4J_DATA_DIR || '.data/neo4j'),
        port: integer(env, 'NEO4J_EMBEDDED_PORT', 0, 0, 65535),
        heapMb: integer(env, 'NEO4J_HEAP_MB', 512, 128, 16384),
        pageCacheMb: integer(env, 'NEO4J_PAGECACHE_MB', 128, 16, 16384),
      },
    },
    curatorTokens: curatorTokens(env.CURATOR_TOKENS),
    rateLimit: {
      perMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 10_000_000),
      mutationsPerMinute: integer(env, 'RATE_LIMIT_MUTATIONS_PER_MINUTE', 60, 1, 10_000_000),
    },
    maxEventLoopDelayMs: integer(env, 'MAX_EVENT_LOOP_DELAY_MS', 1000, 0, 60_000),
    handlerTimeoutMs: integer(env, 'HANDLER_TIMEOUT_MS', 3000, 0, 600_000),
    connectionTimeoutMs: integer(env, 'CONNECTION_TIMEOUT_MS', 10_000, 0, 600_000),
    chromiumPath: env.CHROMIUM_PATH || '/usr/bin/chromium',
    readCacheEntries: integer(env, 'READ_CACHE_ENTRIES', 500, 0, 100_000),
    paths: {
      cypher: resolve(PROJECT_ROOT, 'cypher'),
      seed: resolve(PROJECT_ROOT, 'seed'),
      uiDist: resolve(PROJECT_ROOT, 'ui', 'dist'),
      graphql: resolve(PROJECT_ROOT, 'api', 'src', 'graphql', 'schema'),
    },
  };
}
