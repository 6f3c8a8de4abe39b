import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../api/src/config.js';

describe('config', () => {
  it('should default to port 4000, loopback, and the embedded Neo4j', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.embedded.dataDir).toMatch(/\.data\/neo4j$/);
  });

  it("should read Neo4j's own variable names", () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://x.databases.neo4j.io',
      NEO4J_USERNAME: 'u',
      NEO4J_PASSWORD: 'password1',
      NEO4J_DATABASE: 'graph',
    });
    expect(config.neo4j).toMatchObject({
      uri: 'neo4j+s://x.databases.neo4j.io',
      username: 'u',
      password: 'password1',
      database: 'graph',
    });
  });

  it('should reject bad values with a clear message', () => {
    expect(() => loadConfig({ PORT: 'http' })).toThrow(
      new ConfigError('PORT must be an integer between 0 and 65535, got "http"'),
    );
    expect(() => loadConfig({ NEO4J_PASSWORD: 'short' })).toThrow(/at least 8 characters/);
    expect(() => loadConfig({ CURATOR_TOKENS: 'alice' })).toThrow(/name:token/);
  });

  it('should key curator tokens by token', () => {
    expect(loadConfig({ CURATOR_TOKENS: 'alice:0123456789abcdef0123' }).curatorTokens).toEqual({
      '0123456789abcdef0123': 'alice',
    });
  });
});
