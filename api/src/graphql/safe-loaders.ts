/**
 * Loaders as mercurius runs them (single-user-cache): it calls each loader outside any promise chain, in a
 * `process.nextTick`, so a loader that throws synchronously, returns something other than a promise, or
 * resolves to a list of the wrong length would end the process. `safeLoaders` makes every loader async and
 * checks its answer, so any failure becomes a rejected promise and a coded error on the field.
 * `perQuery` lets one bad query of a batch fail alone: checks run per query, the rest is loaded together, and
 * a failed check answers its own query with its error (graphql-js raises a returned Error on its field).
 */
import type { MercuriusContext, MercuriusLoaders } from 'mercurius';

type Loader = (queries: Array<{ obj: unknown; params: unknown }>, context: MercuriusContext) => unknown;
type LoaderEntry = Loader | { loader: Loader; opts?: Record<string, unknown> };

export function safeLoaders(loaders: MercuriusLoaders): MercuriusLoaders {
  const safe: Record<string, Record<string, LoaderEntry>> = {};
  for (const [type, fields] of Object.entries(loaders as Record<string, Record<string, LoaderEntry>>)) {
    safe[type] = {};
    for (const [field, entry] of Object.entries(fields)) {
      const load = typeof entry === 'function' ? entry : entry.loader;
      const wrapped: Loader = async (queries, context) => {
        const results: unknown = await load(queries, context);
        if (!Array.isArray(results) || results.length !== queries.length)
          throw new Error(`loader ${type}.${field} answered ${describe(results)} for ${queries.length} queries`);
        return results;
      };
      safe[type][field] = typeof entry === 'function' ? wrapped : { ...entry, loader: wrapped };
    }
  }
  return safe as MercuriusLoaders;
}

const describe = (value: unknown) => (Array.isArray(value) ? `${value.length} results` : typeof value);

/**
 * Runs `check` on every query; loads the ones that pass in one call, and answers each failed one with its
 * error, so an invalid argument in one alias does not fail the others.
 */
export async function perQuery<Q, R, T>(
  queries: readonly Q[],
  check: (query: Q) => R,
  load: (checked: R[]) => Promise<readonly T[]>,
): Promise<Array<T | Error>> {
  const checked = queries.map((query): { value: R } | { error: Error } => {
    try {
      return { value: check(query) };
    } catch (error) {
      return { error: error instanceof Error ? error : new Error(String(error)) };
    }
  });
  const valid = checked.flatMap((c) => ('value' in c ? [c.value] : []));
  const loaded = valid.length > 0 ? await load(valid) : [];
  let next = 0;
  return checked.map((c) => ('value' in c ? loaded[next++]! : c.error));
}

/** One query's answer, or its error (a bad cursor in one alias fails that alias alone). */
export function settle<T>(answer: () => T): T | Error {
  try {
    return answer();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
