/** The HTTP targets of one suite as child processes: our API, the API with its cache off, and the peer. */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { PROJECT_ROOT } from '../../api/src/config.js';
import { freePort, startChild, type ChildServer } from './procs.js';
import type { BenchOptions } from './types.js';

export interface Servers {
  api: ChildServer;
  uncached?: ChildServer;
  peer?: ChildServer;
  token: string;
}

export async function startServers(uri: string, withPeer: boolean, options: BenchOptions): Promise<Servers> {
  const token = randomBytes(18).toString('hex');
  const [apiPort, peerPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: uri,
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    CURATOR_TOKENS: `bench:${token}`,
    // The product's rate limits stay registered (their cost is measured) but far above the load applied.
    RATE_LIMIT_PER_MINUTE: '10000000',
    RATE_LIMIT_MUTATIONS_PER_MINUTE: '10000000',
  };
  for (const name of ['NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete env[name];
  if (options.cpuProfile) mkdirSync(options.profileDir, { recursive: true });
  const apiStart = startChild({
    name: 'api',
    script: 'api/src/server.ts',
    env,
    url: `http://127.0.0.1:${apiPort}`,
    // /ready, not /health: it answers 503 until the server has planned the first requests' statements
    // (api/src/db/warm-up.ts), so that no cell measures the API while it still warms.
    readyPath: '/ready',
    cwd: PROJECT_ROOT,
    nodeArgs: options.cpuProfile ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [],
  });
  const peerStart = withPeer
    ? startChild({
        name: 'peer',
        script: 'bench/peer/server.ts',
        env: { ...process.env },
        args: ['--uri', uri, '--port', String(peerPort)],
        url: `http://127.0.0.1:${peerPort}`,
        readyPath: '/health',
        cwd: PROJECT_ROOT,
      })
    : undefined;
  const uncachedPort = await freePort();
  const uncachedStart = options.uncached
    ? startChild({
        name: 'api-uncached',
        script: 'api/src/server.ts',
        env: { ...env, PORT: String(uncachedPort), READ_CACHE_ENTRIES: '0' },
        url: `http://127.0.0.1:${uncachedPort}`,
        readyPath: '/ready',
        cwd: PROJECT_ROOT,
      })
    : undefined;
  const settled = await Promise.allSettled([
    apiStart,
    peerStart ?? Promise.resolve(undefined),
    uncachedStart ?? Promise.resolve(undefined),
  ]);
  const failed = settled.find((s) => s.status === 'rejected') as PromiseRejectedResult | undefined;
  if (failed) {
    for (const s of settled) if (s.status === 'fulfilled' && s.value) await s.value.stop();
    throw failed.reason;
  }
  // Each API prepares the network's layouts in worker threads once it listens: wait for that start-up work to
  // end, so that it is not measured as the API's cost (or shed load) in the first workload. Not the cache-off
  // server's: it keeps no layout, so each question started two more (some 20 layout threads at once at 10k, for minutes).
  if (settled[0].status === 'fulfilled') await layoutsPrepared(settled[0].value.url);
  return {
    api: (settled[0] as PromiseFulfilledResult<ChildServer>).value,
    peer: (settled[1] as PromiseFulfilledResult<ChildServer | undefined>).value,
    uncached: (settled[2] as PromiseFulfilledResult<ChildServer | undefined>).value,
    token,
  };
}

/** Asks for the network's two layouts until both are there (at most 30 s; the benchmark goes on regardless). */
async function layoutsPrepared(url: string): Promise<void> {
  const query = '{ network(limit: 2000) { layout { id } actorLayout: layout(scope: ACTORS) { id } } }';
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const answer = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })
      .then((r) => r.json() as Promise<{ data?: { network: { layout: unknown; actorLayout: unknown } } }>)
      .catch(() => null);
    if (answer?.data?.network.layout && answer.data.network.actorLayout) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
