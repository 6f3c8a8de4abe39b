import type { MercuriusContext, MercuriusLoaders } from 'mercurius';
import { describe, expect, it } from 'vitest';
import { batchResolvers } from '../../../../api/src/graphql/batch-loaders.js';

type Resolve = (obj: unknown, params: unknown, context: MercuriusContext) => Promise<unknown>;

function setUp(answer: (queries: Array<{ obj: unknown; params: unknown }>) => Promise<unknown[]>) {
  const batches: Array<Array<{ obj: unknown; params: unknown }>> = [];
  const loaders = {
    Actor: {
      async memberOf(queries: Array<{ obj: unknown; params: unknown }>) {
        batches.push(queries);
        return answer(queries);
      },
    },
  } as unknown as MercuriusLoaders;
  const resolvers = batchResolvers(loaders) as unknown as Record<string, Record<string, Resolve>>;
  return { resolve: resolvers.Actor!.memberOf!, batches };
}
const context = () => ({}) as MercuriusContext;

describe('batchResolvers', () => {
  it('should load the pairs of one tick and one request in one call, each answered in order', async () => {
    const { resolve, batches } = setUp(async (queries) => queries.map(({ obj }) => `of ${(obj as { id: string }).id}`));
    const one = context();
    const answers = Promise.all([
      resolve({ id: 'a' }, { first: 1 }, one),
      resolve({ id: 'b' }, { first: 2 }, one),
      resolve({ id: 'a' }, { first: 1 }, context()),
    ]);
    expect(await answers).toEqual(['of a', 'of b', 'of a']);
    expect(batches).toEqual([
      [
        { obj: { id: 'a' }, params: { first: 1 } },
        { obj: { id: 'b' }, params: { first: 2 } },
      ],
      [{ obj: { id: 'a' }, params: { first: 1 } }],
    ]);
    // A later tick starts a new batch.
    expect(await resolve({ id: 'c' }, {}, one)).toBe('of c');
    expect(batches).toHaveLength(3);
  });

  it('should fail every pair of a batch whose load fails, and pass an Error answer through to its field', async () => {
    const failing = setUp(async () => {
      throw new Error('down');
    });
    const c = context();
    const settled = await Promise.allSettled([failing.resolve({}, {}, c), failing.resolve({}, {}, c)]);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
    const partial = setUp(async (queries) => queries.map((_, i) => (i === 0 ? new Error('bad cursor') : 'ok')));
    const c2 = context();
    const [first, second] = await Promise.all([partial.resolve({}, {}, c2), partial.resolve({}, {}, c2)]);
    expect(first).toBeInstanceOf(Error);
    expect(second).toBe('ok');
  });
});
