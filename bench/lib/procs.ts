/**
 * Child processes of the benchmark (our API, the peer) and memory readings: VmRSS from /proc for any pid
 * (children and the Neo4j JVM), process.memoryUsage() for this process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

/** Resident set size in MiB, from /proc/<pid>/status (NaN where /proc is absent). */
export function rssMb(pid: number = process.pid): number {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return pid === process.pid ? process.memoryUsage().rss / 2 ** 20 : Number.NaN;
  }
}

/**
 * CPU time (user + system) a process has used, in ms, from /proc/<pid>/stat (all its threads; NaN without /proc).
 * Less sensitive than latency to other load on a shared machine: CPU per request compares targets' work.
 */
export function cpuMs(pid: number = process.pid): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime), counted after the command name's closing parenthesis.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    if (pid !== process.pid) return Number.NaN;
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  }
}
/** USER_HZ: 100 on Linux (x86-64, arm64). */
const CLOCK_TICKS = 100;

/** A free TCP port on 127.0.0.1 (asked from the OS, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ProbeReport {
  rssMb: number;
  heapUsedMb: number;
  /** Event-loop delay (perf_hooks.monitorEventLoopDelay) since the last reset, in ms. */
  eventLoop: { p50: number; p99: number; max: number; mean: number };
  cpuUserMs: number;
  cpuSystemMs: number;
}

export interface ChildServer {
  name: string;
  pid: number;
  url: string;
  /** Asks the child's probe (bench/lib/probe.ts) for its memory and event-loop delay, and resets the latter. */
  probe(): Promise<ProbeReport | null>;
  stop(): Promise<void>;
  output(): string;
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number, tail: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}: ${tail()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`did not answer ${url} within ${timeoutMs} ms: ${tail()}`);
}

/**
 * Starts `node [nodeArgs] --import tsx --import bench/lib/probe.ts <script>` with `env`, waits until `readyUrl`
 * answers, and returns a handle. The child gets an IPC channel for the probe and dies with its parent.
 */
export async function startChild(options: {
  name: string;
  script: string;
  env: NodeJS.ProcessEnv;
  url: string;
  readyPath: string;
  nodeArgs?: string[];
  /** Arguments after the script. */
  args?: string[];
  cwd: string;
}): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      '--import',
      'tsx',
      '--import',
      './bench/lib/probe.ts',
      options.script,
      ...(options.args ?? []),
    ],
    { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  );
  const lines: string[] = [];
  const keep = (line: string) => {
    lines.push(line);
    if (lines.length > 40) lines.shift();
  };
  createInterface({ input: child.stdout! }).on('line', keep);
  createInterface({ input: child.stderr! }).on('line', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const tail = () => lines.slice(-8).join(' | ');
  try {
    // Five minutes: at a million nodes the API's warm-up (its first statements planned) takes a while.
    await waitForHttp(`${options.url}${options.readyPath}`, child, 300_000, tail);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${options.name}: ${(error as Error).message}`);
  }
  let next = 0;
  const pending = new Map<number, (report: ProbeReport | null) => void>();
  child.on('message', (message: { id: number; report: ProbeReport }) => {
    pending.get(message.id)?.(message.report);
    pending.delete(message.id);
  });
  return {
    name: options.name,
    pid: child.pid!,
    url: options.url,
    output: () => lines.join('\n'),
    probe: () =>
      new Promise((resolve) => {
        if (!child.connected) return resolve(null);
        const id = next++;
        pending.set(id, resolve);
        child.send({ id, type: 'probe' });
        setTimeout(() => {
          if (pending.delete(id)) resolve(null);
        }, 2000).unref();
      }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
