/**
 * The UI's client asks a query again when the API answers 503 or 429 with a Retry-After it can wait for
 * (ui/src/lib/api/client.ts); never a mutation. fetch is replaced by a sequence of answers; the wait is recorded,
 * not slept.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, graphql, RETRIES } from '../../../../ui/src/lib/api/client.js';
import { TypedDocumentString } from '../../../../ui/src/lib/api/generated/graphql.js';

const original = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = original;
});

const busy = (status: number, retryAfter: string | null) =>
  new Response(JSON.stringify({ errors: [{ message: 'busy', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }), {
    status,
    headers: { 'content-type': 'application/json', ...(retryAfter === null ? {} : { 'retry-after': retryAfter }) },
  });
const ok = () =>
  new Response(JSON.stringify({ data: { hello: 'world' } }), { headers: { 'content-type': 'application/json' } });

function answers(...responses: Response[]) {
  const fetch = vi.fn(async () => responses.shift() ?? ok());
  globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
  return fetch;
}

const query = new TypedDocumentString<{ hello: string }, Record<string, never>>('query Hello { hello }');
const mutation = new TypedDocumentString<{ hello: string }, Record<string, never>>('mutation Hello { hello }');

describe('the UI client and a busy API', () => {
  it('should ask a query again after Retry-After (503 and 429)', async () => {
    const fetch = answers(busy(503, '2'), busy(429, '1'));
    const waits: number[] = [];
    const data = await graphql(query, {}, async (ms) => void waits.push(ms));
    expect(data).toEqual({ hello: 'world' });
    expect(waits).toEqual([2000, 1000]);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it(`should give up after ${RETRIES} retries with the API's code`, async () => {
    const fetch = answers(...Array.from({ length: RETRIES + 1 }, () => busy(503, '1')));
    const error = await graphql(query, {}, async () => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('SERVICE_UNAVAILABLE');
    expect(fetch).toHaveBeenCalledTimes(RETRIES + 1);
  });

  it('should not retry a mutation, an answer without Retry-After, or a wait too long to sit through', async () => {
    for (const [document, response] of [
      [mutation, busy(503, '1')],
      [query, busy(503, null)],
      [query, busy(503, '120')],
      [query, busy(500, '1')],
    ] as const) {
      const fetch = answers(response);
      const waits: number[] = [];
      await expect(graphql(document, {}, async (ms) => void waits.push(ms))).rejects.toBeInstanceOf(ApiError);
      expect(waits).toEqual([]);
      expect(fetch).toHaveBeenCalledTimes(1);
    }
  });
});
