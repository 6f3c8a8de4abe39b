/**
 * The batching loaders (graphql/loaders.ts) as plain resolvers: every (parent, args) pair of one field queued
 * in one tick of one request is loaded in one call, as mercurius' `loaders` option does, but without its
 * per-request cache, which keyed each pair by a stable JSON serialisation of the parent object: for answers
 * with large parents (an eligibility partner with its reasons and quotes) that serialisation was the largest
 * cost of the API's own CPU time (bench --cpu-prof, issue 20). Pairs are not deduplicated; every loader answers
 * each query of its batch, so duplicates only cost a repeated row.
 */
import type { IResolvers, MercuriusContext, MercuriusLoaders } from 'mercurius';

type Query = { obj: unknown; params: unknown };
type Load = (queries: Query[], context: MercuriusContext) => Promise<unknown[]>;
interface Batch {
  queries: Query[];
  settle: Array<{ resolve: (value: unknown) => void; reject: (error: unknown) => void }>;
}

/** The open batch of each field, per request context (a context lives for one request). */
const open = new WeakMap<object, Map<string, Batch>>();

function enqueue(field: string, load: Load, query: Query, context: MercuriusContext): Promise<unknown> {
  let fields = open.get(context);
  if (!fields) open.set(context, (fields = new Map()));
  let batch = fields.get(field);
  if (!batch) {
    const started: Batch = { queries: [], settle: [] };
    batch = started;
    fields.set(field, started);
    // After the current tick: graphql-js resolves the siblings of a list synchronously, so they share a batch.
    process.nextTick(() => {
      fields.delete(field);
      load(started.queries, context).then(
        (answers) => started.settle.forEach(({ resolve }, i) => resolve(answers[i])),
        (error: unknown) => started.settle.forEach(({ reject }) => reject(error)),
      );
    });
  }
  batch.queries.push(query);
  return new Promise((resolve, reject) => batch.settle.push({ resolve, reject }));
}

/** Resolvers for every loader field (loaders wrapped by safeLoaders: async, one answer per query). */
export function batchResolvers(loaders: MercuriusLoaders): IResolvers {
  const resolvers: Record<string, Record<string, unknown>> = {};
  for (const [type, fields] of Object.entries(loaders as Record<string, Record<string, unknown>>)) {
    resolvers[type] = {};
    for (const [field, entry] of Object.entries(fields)) {
      const load = (typeof entry === 'function' ? entry : (entry as { loader: Load }).loader) as Load;
      const key = `${type}.${field}`;
      resolvers[type][field] = (obj: unknown, params: unknown, context: MercuriusContext) =>
        enqueue(key, load, { obj, params }, context);
    }
  }
  return resolvers as IResolvers;
}
