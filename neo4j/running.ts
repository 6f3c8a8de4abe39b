/**
 * Finds the embedded Neo4j that is already running on a data directory (for example the one `npm start`
 * started), so that the CLIs use it instead of failing on its lock. The runner records itself in
 * `<home>/runner.json` (Bolt URI, pid, home); a record is trusted only when all of these hold:
 * - its process is alive and its home is this data directory;
 * - the Neo4j at its URI answers, and says that its own home directory is this data directory (a stale record
 *   whose port another Neo4j now uses is refused by this).
 * @see ./README.md
 */
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { Neo4jStartError } from './launcher.js';

export interface RunningInstance {
  uri: string;
  pid: number;
  home: string;
}

export interface InstanceAuth {
  username: string;
  password?: string;
}

/** Why a record was not used, for the caller's log. */
export type Verdict = { instance: RunningInstance } | { instance: null; reason: string };

const realpath = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readRecord(home: string): RunningInstance | null {
  let raw: string;
  try {
    raw = readFileSync(join(home, 'runner.json'), 'utf8');
  } catch {
    return null;
  }
  try {
    const record = JSON.parse(raw) as Partial<RunningInstance>;
    if (typeof record.uri !== 'string' || !/^bolt:\/\/127\.0\.0\.1:\d+$/.test(record.uri)) return null;
    if (!Number.isInteger(record.pid) || typeof record.home !== 'string') return null;
    return { uri: record.uri, pid: record.pid!, home: record.home };
  } catch {
    return null;
  }
}

/** The home directory the Neo4j at `uri` runs with (its own setting), or an Error saying why not. */
async function homeOf(uri: string, auth: InstanceAuth): Promise<string | Error> {
  const driver = neo4j.driver(uri, auth.password ? neo4j.auth.basic(auth.username, auth.password) : undefined, {
    connectionTimeout: 3000,
    maxConnectionLifetime: 10_000,
    logging: undefined,
  });
  // One auto-commit query: no retries, so a record whose port nobody answers costs one connection timeout.
  const session = driver.session({ database: 'system', defaultAccessMode: neo4j.session.READ });
  try {
    const { records } = await session.run(
      "SHOW SETTINGS YIELD name, value WHERE name = 'server.directories.neo4j_home' RETURN value",
    );
    const value: unknown = records[0]?.get('value');
    return typeof value === 'string' ? value : new Error('it did not name its home directory');
  } catch (error) {
    return error as Error;
  } finally {
    await session.close();
    await driver.close();
  }
}

/** The verified running instance of `home`, or null with the reason a record (if any) was not used. */
export async function findRunning(home: string, auth: InstanceAuth): Promise<Verdict> {
  const record = readRecord(home);
  if (!record) return { instance: null, reason: 'no instance recorded' };
  if (!alive(record.pid)) return { instance: null, reason: `the recorded process ${record.pid} is gone` };
  if (realpath(record.home) !== realpath(home))
    return { instance: null, reason: `the record names another directory (${record.home})` };
  const answered = await homeOf(record.uri, auth);
  if (answered instanceof Error) {
    if (/unauthori[sz]ed|authentication/i.test(answered.message))
      throw new Neo4jStartError(
        `The Neo4j running on ${home} (${record.uri}) refused the credentials: set NEO4J_PASSWORD as for the running explorer.`,
        'ALREADY_RUNNING',
      );
    return { instance: null, reason: `${record.uri} did not answer (${answered.message.split('\n')[0]})` };
  }
  if (realpath(answered) !== realpath(home))
    return { instance: null, reason: `${record.uri} is a Neo4j on another directory (${answered})` };
  return { instance: record };
}
