/**
 * Relay cursor connections, the one shape of every list that grows with the data: `edges { cursor node }`,
 * `pageInfo` and `totalCount`. Pages read from the database are keyset pages (the cursor holds the sort key and
 * id of the last item: a new item elsewhere does not shift the next page); lists held in memory (an evaluated
 * eligibility answer, a loader's batch) are offset pages. The arguments were checked before execution
 * (arguments.ts); the cursors are decoded there too.
 */
import type { SearchHitDTO } from '../db/graph-mappers.js';
import { encodeCursor, offsetAfter } from './arguments.js';

export interface PageInfoDTO {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface ConnectionDTO<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfoDTO;
  totalCount: number;
}

export interface PageArgs {
  first: number;
  after?: string | null;
}

/**
 * A page from `rows`, which hold the page and possibly one row more (telling that a next page exists), each row's
 * cursor given by `cursorOf` (its position in the page as the second argument).
 */
export function pageConnection<T, N = T>(
  rows: readonly T[],
  { first, after }: PageArgs,
  total: number,
  cursorOf: (row: T, index: number) => string,
  nodeOf: (row: T) => N = (row) => row as unknown as N,
): ConnectionDTO<N> {
  const edges = rows.slice(0, first).map((row, i) => ({ cursor: cursorOf(row, i), node: nodeOf(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after !== null && after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: total,
  };
}

/** A page of a list held in memory: `first` items after the cursor's position. */
export function sliceConnection<T>(items: readonly T[], args: PageArgs): ConnectionDTO<T> {
  const start = offsetAfter(args.after);
  return pageConnection(items.slice(start, start + args.first + 1), args, items.length, (_row, i) =>
    encodeCursor([start + i]),
  );
}

/** A page the database cut at an offset: `rows` (the page and one more) begin at `start`. */
export function offsetConnection<T>(
  rows: readonly T[],
  start: number,
  args: PageArgs,
  total: number,
): ConnectionDTO<T> {
  return pageConnection(rows, args, total, (_row, i) => encodeCursor([start + i]));
}

/** A keyset page the database read after a cursor: each row with the sort key and id its cursor encodes. */
export function keysetConnection<T>(
  rows: ReadonlyArray<{ key: string; id: string; node: T }>,
  args: PageArgs,
  total: number,
): ConnectionDTO<T> {
  return pageConnection(
    rows,
    args,
    total,
    (row) => encodeCursor([row.key, row.id]),
    (row) => row.node,
  );
}

/** The search's connection: its totalCount is counted only when the page does not show it (a function to call). */
export type SearchHitConnectionDTO = Omit<ConnectionDTO<SearchHitDTO>, 'totalCount'> & {
  totalCount: number | (() => Promise<number>);
};
