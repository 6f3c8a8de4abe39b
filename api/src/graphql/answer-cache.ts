/**
 * The whole result of an eligibility query, kept under the data version (issue 20). The answers themselves are
 * evaluated once per data version already (db/eligibility.ts, db.memo); what a warm request still paid was
 * executing the selection over them and serialising it: at 100k nodes 11–18 ms of CPU for W1's 100 partners
 * with their reasons and quotes, so 8 concurrent askers queued on one core. Here a query whose root fields are
 * all eligibility answers (`eligibility`, `whyNot`, `actorProfile`) and that ran without errors is kept as its
 * serialised JSON, keyed by the document, the operation, the variables and the data version; a curator's
 * request is never served from it or added to it. Other queries (neighbourhoods, paths) run each time.
 * The JSON is kept as its UTF-8 bytes: at a million nodes W1's answer is about 530 KB (60 classes with 100
 * members each), and a string had to be measured (Buffer.byteLength) and encoded again for every request (a
 * quarter of the API's thread in a warm W1 cell at c = 8, read from a CPU profile; issue 20).
 */
import { getOperationAST, Kind, type DocumentNode } from 'graphql';
import type { Database } from '../db/database.js';

/** Root fields whose answers depend only on the data and the arguments (the eligibility reasoning). */
export const CACHED_ROOT_FIELDS: ReadonlySet<string> = new Set(['eligibility', 'whyNot', 'actorProfile']);

export interface Execution {
  data?: unknown;
  errors?: readonly unknown[];
}

/** Whether the operation the request runs is a query made only of cached root fields (aliases allowed). */
export function isCachedQuery(document: DocumentNode, operationName: string | null | undefined): boolean {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation || operation.operation !== 'query') return false;
  const selections = operation.selectionSet.selections;
  return (
    selections.length > 0 &&
    selections.every((s) => s.kind === Kind.FIELD && CACHED_ROOT_FIELDS.has(s.name.value) && !s.directives?.length)
  );
}

const UNCACHEABLE = Symbol('uncacheable');

/**
 * The serialised result (`{"data":…}`, UTF-8) from the cache, or run and kept when it has no errors; a result with
 * errors is returned as it is, never kept (each asker then runs its own).
 */
export async function cachedResult(
  db: Database,
  key: { query: string; operationName: string | null; variables: Record<string, unknown> },
  run: () => Promise<Execution>,
): Promise<{ json: Buffer } | { execution: Execution }> {
  let own: Execution | undefined;
  try {
    const json = await db.memo('graphql-result', key, async () => {
      const execution = await run();
      if (execution.data === undefined || execution.data === null || execution.errors?.length) {
        own = execution;
        throw UNCACHEABLE;
      }
      return Buffer.from(JSON.stringify({ data: execution.data }));
    });
    return { json };
  } catch (error) {
    if (error !== UNCACHEABLE) throw error;
    return { execution: own ?? (await run()) };
  }
}
