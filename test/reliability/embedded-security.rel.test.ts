/**
 * The embedded Neo4j's exposure: Bolt listens on loopback only (the ready URI, the kernel's table of
 * listening sockets, and a refused connection through any other local interface), and with a password
 * (NEO4J_PASSWORD) it requires authentication: none or a wrong one is refused, the right one works, also
 * through the app's own configuration.
 */
import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, gql } from '../helpers/app.js';
import { report, startPrivateNeo4j, type PrivateNeo4j } from './helpers.js';

const PASSWORD = 'rel-test-password-8c41';
let neo: PrivateNeo4j;

beforeAll(async () => {
  neo = await startPrivateNeo4j('security', { password: PASSWORD });
});
afterAll(async () => {
  await neo?.dispose();
});

/** Local addresses of the sockets listening on `port`, from /proc/net/tcp and tcp6 (hex, little-endian). */
function listeners(port: number): string[] {
  const found: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').trim().split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [address, hexPort] = local!.split(':');
      if (state === '0A' && parseInt(hexPort!, 16) === port) found.push(address!);
    }
  }
  return found;
}

/** 127.0.0.1, ::1, and ::ffff:127.0.0.1 (how a JVM's IPv6 socket shows an IPv4 loopback bind). */
const LOOPBACK = new Set(['0100007F', '00000000000000000000000001000000', '0000000000000000FFFF00000100007F']);

function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((done) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      done('CONNECTED');
    });
    socket.once('timeout', () => {
      socket.destroy();
      done('TIMEOUT');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
  });
}

async function attempt(auth?: ReturnType<typeof neo4j.auth.basic>): Promise<string> {
  const driver = neo4j.driver(neo.uri, auth, { connectionTimeout: 5_000, maxTransactionRetryTime: 0 });
  try {
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    return `ok ${records[0]!.get('one')}`;
  } catch (error) {
    return (error as { code?: string }).code ?? (error as Error).message;
  } finally {
    await driver.close();
  }
}

describe('embedded Neo4j exposure', () => {
  it('should listen for Bolt on loopback only', async () => {
    expect(neo.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const addresses = listeners(neo.port);
    if (existsSync('/proc/net/tcp')) {
      expect(addresses.length).toBeGreaterThan(0);
      expect(addresses.filter((a) => !LOOPBACK.has(a))).toEqual([]);
    }
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && !i.internal && i.family === 'IPv4')
      .map((i) => i!.address);
    const results = await Promise.all(others.map(async (host) => [host, await tryConnect(host, neo.port)] as const));
    for (const [host, result] of results) expect(result, host).not.toBe('CONNECTED');
    expect(await tryConnect('127.0.0.1', neo.port)).toBe('CONNECTED');
    report('embedded-loopback', {
      listenAddresses: addresses.join(',') || 'n/a',
      otherInterfaces: results.map(([host, result]) => `${host}:${result}`).join(',') || 'none',
    });
  });

  it('should require authentication when started with a password', async () => {
    const right = await attempt(neo4j.auth.basic('neo4j', PASSWORD));
    const none = await attempt();
    const wrong = await attempt(neo4j.auth.basic('neo4j', `${PASSWORD}x`));
    report('embedded-auth', { right, none, wrong });
    expect(right).toBe('ok 1');
    expect(none).toBe('Neo.ClientError.Security.Unauthorized');
    expect(wrong).toBe('Neo.ClientError.Security.Unauthorized');

    const app = await buildTestApp({ NEO4J_URI: neo.uri, NEO4J_PASSWORD: PASSWORD });
    try {
      // /ready answers within 1 s by design; the first query on a cold JVM (planning) may take longer, so poll.
      let ready = 0;
      for (let tries = 0; tries < 20 && ready !== 200; tries++) {
        if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 500));
        ready = (await app.inject({ url: '/ready' })).statusCode;
      }
      expect(ready).toBe(200);
      expect((await gql(app, '{ dataset { nodes } }')).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
