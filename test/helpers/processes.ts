/**
 * The explorer as a person runs it: `npm start` (the server entry as a child process, in a project folder of
 * the test's choosing) and `npm run <script>`, each with its own environment.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { PROJECT_ROOT } from '../../api/src/config.js';

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

/** `npm run -s <script> -- <args>` in `cwd` (the project by default), the environment overridden by `env`. */
export function runScript(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = PROJECT_ROOT,
): Promise<Finished> {
  return new Promise((done, failed) => {
    const child = spawn('npm', ['run', '-s', script, '--', ...args], {
      cwd,
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

export interface ServerChild {
  port: number;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** SIGTERM, then its exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts `node --import tsx api/src/server.ts` (what `npm start` runs) in `cwd` on a free port and resolves
 * once it prints that it is ready; rejects with its output if it exits or takes longer than `timeoutMs`.
 */
export async function startServer(env: NodeJS.ProcessEnv, cwd = PROJECT_ROOT, timeoutMs = 180_000) {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'api/src/server.ts'], {
    cwd,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  await new Promise<void>((ready, failed) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      failed(new Error(`The server did not get ready within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl-C to stop.')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    void exited.then((code) => {
      clearTimeout(timer);
      failed(new Error(`The server exited during start (code ${code}):\n${output}`));
    });
  });
  const server: ServerChild = {
    port,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  return server;
}
