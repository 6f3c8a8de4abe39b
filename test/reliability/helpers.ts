/**
 * Shared by the slow reliability tests: a private embedded Neo4j (temp home, seeded) that a test may
 * SIGKILL and restart on the same port, a load loop that records every answer with its timing, the
 * project's CLIs as child processes, and one summary line of figures per test.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../api/src/app.js';
import { openDatabase } from '../../api/src/db/open.js';
import { loadConfig, PROJECT_ROOT } from '../../api/src/config.js';
import { startEmbedded, type EmbeddedNeo4j } from '../../neo4j/launcher.js';
import { testConfig } from '../helpers/app.js';

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * An app as `npm start` builds it, on the given Neo4j: the production handler timeout stays on (the test
 * config turns it off), only rate limits and load shedding are off. Never listens; close it after use.
 */
export async function buildFaultApp(env: NodeJS.ProcessEnv): Promise<FastifyInstance> {
  const handlerTimeout = String(loadConfig({}).handlerTimeoutMs);
  const app = await buildApp(testConfig({ HANDLER_TIMEOUT_MS: handlerTimeout, ...env }), { logger: false });
  await app.ready();
  return app;
}

/** A throwaway embedded Neo4j of our own: never the shared test one, which other tests use. */
export interface PrivateNeo4j {
  uri: string;
  port: number;
  home: string;
  current(): EmbeddedNeo4j;
  /** SIGKILL of the JVM (no checkpoint, no clean shutdown); resolves when it is gone. */
  kill(): Promise<void>;
  /** Starts the JVM again on the same home and port; resolves when it reports ready. */
  restart(): Promise<void>;
  /** Stops it and deletes its home. */
  dispose(): Promise<void>;
}

const EMBEDDED = { heapMb: 512, pageCacheMb: 64, startTimeoutMs: 180_000 };

export async function startPrivateNeo4j(
  name: string,
  options: { seed?: boolean; password?: string } = {},
): Promise<PrivateNeo4j> {
  const home = mkdtempSync(join(tmpdir(), `explorer-rel-${name}-`));
  let embedded: EmbeddedNeo4j;
  try {
    embedded = await startEmbedded({ home, port: 0, ...EMBEDDED, password: options.password });
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  const uri = embedded.uri;
  const port = Number(new URL(uri.replace(/^bolt/, 'http')).port);
  const handle: PrivateNeo4j = {
    uri,
    port,
    home,
    current: () => embedded,
    async kill() {
      process.kill(embedded.pid, 'SIGKILL');
      await embedded.exited;
    },
    async restart() {
      embedded = await startEmbedded({ home, port, ...EMBEDDED, password: options.password });
    },
    async dispose() {
      await embedded.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
  if (options.seed) {
    const config = loadConfig({ ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: options.password ?? '' });
    try {
      const opened = await openDatabase(config, { embedded: 'refuse', prepare: 'seed' });
      await opened.close();
    } catch (error) {
      await handle.dispose();
      throw error;
    }
  }
  return handle;
}

/** One answer of a load loop: when it was sent and answered (ms since the epoch), status and error code. */
export interface Sample {
  start: number;
  end: number;
  status: number;
  code?: string;
  message?: string;
}

export const latency = (s: Sample) => s.end - s.start;
export const maxOf = (values: number[]) => values.reduce((a, b) => Math.max(a, b), 0);
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function postGraphql(app: FastifyInstance, query: string, headers: Record<string, string> = {}) {
  const start = Date.now();
  const response = await app.inject({ method: 'POST', url: '/graphql', headers, payload: { query } });
  const body = response.json() as { errors?: Array<{ message?: string; extensions?: { code?: string } }> };
  const sample: Sample = { start, end: Date.now(), status: response.statusCode };
  const error = body.errors?.[0];
  if (error?.extensions?.code) sample.code = error.extensions.code;
  if (error?.message) sample.message = error.message;
  return sample;
}

/**
 * `workers` loops calling `send` until `stop()`, pausing `pauseMs` between calls (so fast failures do not
 * turn into a busy loop that starves the restarting JVM); `done` resolves with every sample.
 */
export function loadLoop(workers: number, send: (worker: number) => Promise<Sample>, pauseMs = 10) {
  const samples: Sample[] = [];
  let running = true;
  const done = Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (running) {
        samples.push(await send(worker));
        await sleep(pauseMs);
      }
    }),
  ).then(() => samples);
  return { samples, done, stop: () => (running = false) };
}

/** Polls GET /ready every `everyMs` and records each answer. */
export function readinessProbe(app: FastifyInstance, everyMs = 50) {
  const samples: Sample[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const start = Date.now();
      const response = await app.inject({ url: '/ready' });
      samples.push({ start, end: Date.now(), status: response.statusCode });
      await sleep(everyMs);
    }
    return samples;
  })();
  return { samples, done, stop: () => (running = false) };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run -s <script> -- <args>` in the project with the given environment. */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<Finished> {
  return new Promise((done, failed) => {
    const child = spawn('npm', ['run', '-s', script, '--', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', failed);
    child.once('close', (code) => done({ code, stdout, stderr }));
  });
}

/** One greppable line of measured figures per test, e.g. `[reliability] db-kill: maxDownMs=2011 …`. */
export function report(name: string, figures: Record<string, number | string>): void {
  const line = Object.entries(figures)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  console.log(`[reliability] ${name}: ${line}`);
}
