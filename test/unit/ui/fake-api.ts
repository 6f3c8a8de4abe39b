/**
 * A stand-in for POST /graphql in UI unit tests: answers each request by the first responder whose key
 * the query contains. The real API is exercised by the integration and browser tests.
 */
import { vi } from 'vitest';

export type Responder = (variables: Record<string, unknown>) => unknown;

export interface FakeApi {
  calls: Array<{ query: string; variables: Record<string, unknown> }>;
  restore: () => void;
}

export function fakeApi(responders: Record<string, Responder | { error: string; code: string }>): FakeApi {
  const calls: FakeApi['calls'] = [];
  const original = globalThis.fetch;
  globalThis.fetch = vi.fn(async (_url: unknown, init?: { body?: unknown }) => {
    const { query, variables = {} } = JSON.parse(String(init?.body ?? '{}')) as {
      query: string;
      variables?: Record<string, unknown>;
    };
    calls.push({ query, variables });
    const key = Object.keys(responders).find((k) => query.includes(k));
    const responder = key ? responders[key]! : undefined;
    const json = (status: number, body: unknown) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (!responder) return json(400, { errors: [{ message: `no fake for ${query.slice(0, 60)}` }] });
    if (typeof responder !== 'function')
      return json(200, { data: null, errors: [{ message: responder.error, extensions: { code: responder.code } }] });
    return json(200, { data: responder(variables) });
  }) as typeof fetch;
  return { calls, restore: () => (globalThis.fetch = original) };
}

export const node = (id: string, kind: string | null = 'third-country', label = 'Actor') => ({
  id,
  label,
  name: id.charAt(0).toUpperCase() + id.slice(1),
  kind,
});

export const edge = (source: string, type: string, target: string) => ({
  id: `${source}|${type}|${target}`,
  source,
  target,
  type,
});
