/**
 * Graceful shutdown of the real server entry (reliability notes, T19) and log hygiene (T24): the server
 * runs as a child process (`node --import tsx api/src/server.ts`, as `npm start` does) against the test
 * Neo4j, under a load of 16 concurrent clients; SIGTERM must let every request sent before the signal
 * finish with a complete 200, and the process must exit with code 0 within 10 s. Its logs, at the most
 * verbose level, must never contain a curator token, right or wrong.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../api/src/config.js';
import { testDriver, uniqueId } from '../helpers/neo4j.js';
import { UPSERT_ACTOR, actorInput, cleanUp } from '../integration/api/curation-helpers.js';
import { freePort, latency, loadLoop, maxOf, report, sleep, type Sample } from './helpers.js';

const TOKEN = 'shutdown-test-token-5f1c2e9a7b3d';
const WRONG = 'wrong-token-0000-1111-2222-3333';
const READ = '{ dataVersion dataset { nodes } actor(id: "enisa") { id name kind } }';
const WORKERS = 16;

let child: ChildProcess;
let base: string;
let output = '';
const exited = { code: null as number | null, signal: null as string | null, at: 0 };
const created: string[] = [];
const agent = new Agent({ keepAlive: true, maxSockets: WORKERS });

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ['--import', 'tsx', 'api/src/server.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: inject('neo4jUri'),
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'trace',
      CURATOR_TOKENS: `alice:${TOKEN}`,
      // Neither rate limits nor load shedding: this test is about requests that were accepted.
      RATE_LIMIT_PER_MINUTE: '0',
      MAX_EVENT_LOOP_DELAY_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.once('exit', (code, signal) => Object.assign(exited, { code, signal, at: Date.now() }));
  const deadline = Date.now() + 120_000;
  while (!output.includes('Press Ctrl-C to stop.')) {
    if (exited.at || Date.now() > deadline) throw new Error(`The server did not start:\n${output}`);
    await sleep(100);
  }
});

afterAll(async () => {
  if (!exited.at) child.kill('SIGKILL');
  agent.destroy();
  const driver = testDriver();
  await cleanUp(driver, created);
  await driver.close();
});

/** A POST /graphql over a keep-alive connection; status 0 and the error code when the connection failed. */
function post(body: object, headers: Record<string, string> = {}): Promise<Sample> {
  const start = Date.now();
  const payload = JSON.stringify(body);
  return new Promise((done) => {
    const failed = (error: NodeJS.ErrnoException) =>
      done({ start, end: Date.now(), status: 0, code: error.code ?? error.message });
    const req = request(
      `${base}/graphql`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('error', failed);
        response.on('end', () => {
          const sample: Sample = { start, end: Date.now(), status: response.statusCode ?? 0 };
          try {
            const json = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
            const code = json.errors?.[0]?.extensions?.code ?? (json as { code?: string }).code;
            if (code) sample.code = code;
          } catch {
            Object.assign(sample, { status: 0, code: 'INCOMPLETE_BODY' });
          }
          done(sample);
        });
      },
    );
    req.on('error', failed);
    req.end(payload);
  });
}

const tally = (samples: Sample[]) =>
  JSON.stringify(
    samples.reduce<Record<string, number>>((counts, s) => {
      const key = `${s.status}${s.code ? ` ${s.code}` : ''}`;
      counts[key] = (counts[key] ?? 0) + 1;
      return counts;
    }, {}),
  );

describe('server shutdown and logs', () => {
  it('should never log a curator token, right or wrong', async () => {
    const id = uniqueId('shutdown');
    created.push(id);
    const variables = { input: actorInput(id) };
    const ok = await post({ query: UPSERT_ACTOR, variables }, { authorization: `Bearer ${TOKEN}` });
    const refused = await post({ query: UPSERT_ACTOR, variables }, { authorization: `Bearer ${WRONG}` });
    expect(ok.status).toBe(200);
    expect(refused.code).toBe('UNAUTHENTICATED');
    await sleep(200);
    expect(output).toMatch(/"msg":"request completed"/);
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain(TOKEN.slice(0, 16));
    expect(output).not.toContain(WRONG);
  });

  it('should finish every in-flight request on SIGTERM and exit with code 0 within 10 s', async () => {
    const load = loadLoop(WORKERS, () => post({ query: READ }), 0);
    await sleep(3_000);
    const signalAt = Date.now();
    child.kill('SIGTERM');
    while (!exited.at && Date.now() - signalAt < 15_000) await sleep(20);
    load.stop();
    const samples = await load.done;

    const sentBefore = samples.filter((s) => s.start < signalAt);
    const inFlight = sentBefore.filter((s) => s.end >= signalAt);
    const dropped = sentBefore.filter((s) => s.status !== 200);
    const afterSignal = samples.filter((s) => s.start >= signalAt);
    report('shutdown', {
      requestsSentBeforeSignal: sentBefore.length,
      inFlightAtSignal: inFlight.length,
      dropped: dropped.length,
      maxInFlightLatencyMs: maxOf(inFlight.map(latency)),
      exitMs: exited.at - signalAt,
      exitCode: String(exited.code),
      afterSignal: tally(afterSignal),
    });

    expect(sentBefore.length).toBeGreaterThan(WORKERS);
    expect(inFlight.length).toBeGreaterThan(0);
    expect(dropped).toEqual([]);
    expect(exited.at - signalAt).toBeLessThan(10_000);
    expect(exited).toMatchObject({ code: 0, signal: null });
    expect(output).toMatch(/SIGTERM received: finishing in-flight requests/);
    expect(output).toContain('[explorer] Stopped.');
    expect(output).not.toContain(TOKEN);
  });
});
