/**
 * Builds (once) and starts the embedded Neo4j of neo4j/ as a child JVM, and stops it.
 * The Java runner prints one line, `NEO4J_READY bolt://…` or `NEO4J_FAILED <reason>`, and exits when
 * its stdin closes, so a dead Node parent never leaves a Java process behind.
 * @see ./README.md
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** This folder: pom.xml, src/, and target/ once built. */
export const RUNNER_DIR = dirname(fileURLToPath(import.meta.url));
const MAIN_CLASS = 'dev.explorer.neo4j.EmbeddedNeo4j';

const paths = (dir: string) => ({
  target: join(dir, 'target'),
  classpath: join(dir, 'target', 'classpath.txt'),
  mainClass: join(dir, 'target', 'classes', ...MAIN_CLASS.split('.')) + '.class',
  /** Written after a successful build: the hash of the sources it was built from. */
  stamp: join(dir, 'target', 'runner.stamp'),
});

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
  /** The runner's folder (pom.xml, src/, target/); this one by default. */
  runnerDir?: string;
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

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(path, entry.name)) : [join(path, entry.name)],
  );
}

/**
 * sha256 of what the runner is built from: pom.xml and every file under src/, by path (relative, sorted) and
 * content. Copying, cloning or touching a checkout changes paths and mtimes, never this.
 */
export function runnerSourceHash(dir = RUNNER_DIR): string {
  const hash = createHash('sha256');
  const files = [join(dir, 'pom.xml'), ...filesUnder(join(dir, 'src'))];
  for (const file of files.map((f) => relative(dir, f).split('\\').join('/')).sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(dir, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * Why the runner must be (re)built, or null when the build in target/ is current: it is missing, it was
 * built from other sources (the stamp's hash), or a jar of its classpath is gone (a cleaned ~/.m2).
 */
export function whyBuild(dir = RUNNER_DIR): string | null {
  const { classpath, mainClass, stamp } = paths(dir);
  if (!existsSync(classpath) || !existsSync(mainClass) || !existsSync(stamp)) return 'not built yet';
  const built = /^sources sha256 ([0-9a-f]{64})$/m.exec(readFileSync(stamp, 'utf8'))?.[1];
  if (built !== runnerSourceHash(dir)) return 'its sources (pom.xml or src/) changed';
  const missing = readFileSync(classpath, 'utf8')
    .trim()
    .split(':')
    .filter(Boolean)
    .find((jar) => !existsSync(jar));
  return missing ? `a jar of its classpath is missing (${missing})` : null;
}

export const needsBuild = (dir = RUNNER_DIR): boolean => whyBuild(dir) !== null;

/** Runs Maven when whyBuild says so, to compile the runner and write target/classpath.txt; else nothing. */
export function ensureBuilt(log: (line: string) => void = () => {}, dir = RUNNER_DIR): void {
  const why = whyBuild(dir);
  if (why === null) return;
  // Hashed before the build: an edit made while Maven runs makes the next start build again.
  const sources = runnerSourceHash(dir);
  log(`Building the embedded Neo4j runner with Maven (${why}; the first build downloads ~200 jars)…`);
  const result = spawnSync(
    'mvn',
    ['-B', '-q', '-Dstyle.color=never', '-f', join(dir, 'pom.xml'), 'package', '-DskipTests'],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (result.error) throw new Neo4jStartError(`Maven is not available: ${result.error.message}`, 'BUILD_FAILED');
  if (result.status !== 0)
    throw new Neo4jStartError(`Maven build of neo4j/ failed (exit ${result.status})`, 'BUILD_FAILED');
  writeFileSync(paths(dir).stamp, `sources sha256 ${sources}\nbuilt ${new Date().toISOString()}\n`);
}

function javaArgs(options: EmbeddedOptions, dir: string): string[] {
  const { target, classpath: classpathFile } = paths(dir);
  const classpath = `${join(target, 'classes')}:${readFileSync(classpathFile, 'utf8').trim()}`;
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
  const runnerDir = options.runnerDir ?? RUNNER_DIR;
  ensureBuilt(options.onLog, runnerDir);
  const home = resolve(options.home);
  mkdirSync(home, { recursive: true });
  const env = { ...process.env };
  if (options.password) env.NEO4J_PASSWORD = options.password;
  else delete env.NEO4J_PASSWORD;

  let child: ChildProcess;
  try {
    child = spawn('java', javaArgs({ ...options, home }, runnerDir), { stdio: ['pipe', 'pipe', 'pipe'], env });
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
