/**
 * Builds (once) and starts the embedded Neo4j of neo4j/ as a child JVM, and stops it.
 * The Java runner prints one line, `NEO4J_READY bolt://…` or `NEO4J_FAILED <reason>`, and exits when
 * its stdin closes, so a dead Node parent never leaves a Java process behind.
 * @see ./README.md
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const NEO4J_DIR = dirname(fileURLToPath(import.meta.url));
const TARGET = join(NEO4J_DIR, 'target');
const CLASSPATH_FILE = join(TARGET, 'classpath.txt');
/** Written after a successful build: Maven leaves classpath.txt untouched when it has not changed. */
const BUILD_STAMP = join(TARGET, 'runner.stamp');
const MAIN_CLASS = 'dev.explorer.neo4j.EmbeddedNeo4j';

export interface EmbeddedOptions {
  /** Neo4j home: data, transaction logs and debug.log live under it. */
  home: string;
  /** Bolt port on 127.0.0.1; 0 picks a free port. */
  port: number;
  heapMb: number;
  pageCacheMb: number;
  /** When set, Neo4j requires authentication as user neo4j with this password. */
  password?: string;
  /** How long to wait for the ready line. */
  startTimeoutMs?: number;
  /** Receives the runner's stderr lines (Neo4j's own log goes to <home>/logs/debug.log). */
  onLog?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  /** SIGTERM, wait for the clean shutdown (checkpoint), SIGKILL after the grace period. */
  stop(graceMs?: number): Promise<void>;
  /** Resolves when the JVM exits, for whatever reason. */
  exited: Promise<number | null>;
}

export class Neo4jStartError extends Error {
  constructor(
    message: string,
    readonly reason: 'ALREADY_RUNNING' | 'START_FAILED' | 'BUILD_FAILED' | 'TIMEOUT' | 'NO_JAVA',
  ) {
    super(message);
    this.name = 'Neo4jStartError';
  }
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** True when the classpath file is missing or older than the pom or the Java sources. */
export function needsBuild(): boolean {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(BUILD_STAMP)) return true;
  const built = statSync(BUILD_STAMP).mtimeMs;
  return newestMtime(join(NEO4J_DIR, 'pom.xml')) > built || newestMtime(join(NEO4J_DIR, 'src')) > built;
}

/** Runs Maven once to compile the runner and write target/classpath.txt; later starts skip it. */
export function ensureBuilt(log: (line: string) => void = () => {}): void {
  if (!needsBuild()) return;
  log('Building the embedded Neo4j runner with Maven (first start only; downloads ~200 jars)…');
  const result = spawnSync(
    'mvn',
    ['-B', '-q', '-Dstyle.color=never', '-f', join(NEO4J_DIR, 'pom.xml'), 'package', '-DskipTests'],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (result.error) throw new Neo4jStartError(`Maven is not available: ${result.error.message}`, 'BUILD_FAILED');
  if (result.status !== 0)
    throw new Neo4jStartError(`Maven build of neo4j/ failed (exit ${result.status})`, 'BUILD_FAILED');
  writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
}

function javaArgs(options: EmbeddedOptions): string[] {
  const classpath = `${join(TARGET, 'classes')}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
  return [
    `-Xms${Math.min(128, options.heapMb)}m`,
    `-Xmx${options.heapMb}m`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:-OmitStackTraceInFastThrow',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-cp',
    classpath,
    MAIN_CLASS,
    '--home',
    options.home,
    '--host',
    '127.0.0.1',
    '--port',
    String(options.port),
    '--pagecache-mb',
    String(options.pageCacheMb),
    '--exit-on-stdin-eof',
  ];
}

function explainFailure(line: string, home: string): Neo4jStartError {
  const reason = line.replace(/^NEO4J_FAILED\s*/, '');
  if (reason.startsWith('ALREADY_RUNNING')) {
    return new Neo4jStartError(
      `Another instance is already running on the data directory ${home}. Stop it first (Ctrl-C in its terminal), or set NEO4J_DATA_DIR to another directory.`,
      'ALREADY_RUNNING',
    );
  }
  if (/already in use|BindException/i.test(reason)) {
    return new Neo4jStartError(
      `The Bolt port is already in use: ${reason}. Set NEO4J_EMBEDDED_PORT=0 to pick a free port.`,
      'START_FAILED',
    );
  }
  return new Neo4jStartError(
    `Neo4j could not start: ${reason} (see ${join(home, 'logs', 'debug.log')})`,
    'START_FAILED',
  );
}

export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  ensureBuilt(options.onLog);
  const home = resolve(options.home);
  mkdirSync(home, { recursive: true });
  const env = { ...process.env };
  if (options.password) env.NEO4J_PASSWORD = options.password;
  else delete env.NEO4J_PASSWORD;

  let child: ChildProcess;
  try {
    child = spawn('java', javaArgs({ ...options, home }), { stdio: ['pipe', 'pipe', 'pipe'], env });
  } catch (error) {
    throw new Neo4jStartError(`Java is not available: ${(error as Error).message}`, 'NO_JAVA');
  }
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 20) stderrTail.shift();
    options.onLog?.(line);
  });

  const uri = await new Promise<string>((ready, failed) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      failed(
        new Neo4jStartError(`Neo4j did not report ready within ${options.startTimeoutMs ?? 120_000} ms`, 'TIMEOUT'),
      );
    }, options.startTimeoutMs ?? 120_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('NEO4J_READY ')) {
        clearTimeout(timer);
        ready(line.slice('NEO4J_READY '.length).trim());
      } else if (line.startsWith('NEO4J_FAILED')) {
        clearTimeout(timer);
        failed(explainFailure(line, home));
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      failed(new Neo4jStartError(`Java could not be started: ${error.message}`, 'NO_JAVA'));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      failed(
        new Neo4jStartError(
          `Neo4j exited during start (code ${code}): ${stderrTail.slice(-5).join(' | ')}`,
          'START_FAILED',
        ),
      );
    });
  });

  let stopping: Promise<void> | undefined;
  const stop = (graceMs = 30_000): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    })();
    return stopping;
  };
  return { uri, pid: child.pid!, stop, exited };
}
