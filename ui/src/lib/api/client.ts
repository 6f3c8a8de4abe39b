/**
 * The UI's only way to the data: POST /graphql, with the operations of operations/*.graphql as typed documents
 * (generated/graphql.ts, npm run codegen), so every answer is typed from the schema. Errors carry the API's code
 * for the error states. The first view's prefetch (network-prefetch.ts) posts through here too.
 */
import type { TypedDocumentString } from './generated/graphql';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** The raw answer to one operation; never throws on a GraphQL error (the caller reads `errors`). */
export async function post<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<{ response: Response; body: GraphQLResponse<TResult> }> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  return { response, body: (await response.json().catch(() => ({}))) as GraphQLResponse<TResult> };
}

/**
 * A busy API answers 503 (shedding load, a deadline passed) or 429 (rate limit) with Retry-After in seconds. A
 * query is read-only, so it is asked again after that long, up to RETRIES times, when the wait is at most
 * RETRY_AFTER_MAX_S; a mutation never is (its outcome may be unknown). The UI sends only queries today.
 */
export const RETRIES = 2;
export const RETRY_AFTER_MAX_S = 10;

/** How long to wait before asking again (ms), or null: do not retry this answer. */
export function retryDelayMs(response: Response, document: string): number | null {
  if (response.status !== 503 && response.status !== 429) return null;
  if (/^\s*mutation\b/m.test(document)) return null;
  const header = response.headers.get('retry-after');
  if (header === null || !/^\s*\d+\s*$/.test(header)) return null;
  const seconds = Number(header);
  return seconds <= RETRY_AFTER_MAX_S ? seconds * 1000 : null;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The data of one operation, typed by its document; an error answer throws an ApiError with the API's code. */
export async function graphql<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  wait: (ms: number) => Promise<void> = pause,
): Promise<TResult> {
  let answer: Awaited<ReturnType<typeof post<TResult, TVariables>>>;
  for (let attempt = 0; ; attempt += 1) {
    try {
      answer = await post(document, variables);
    } catch {
      throw new ApiError('The API cannot be reached.', 'API_UNREACHABLE');
    }
    const delay = attempt < RETRIES ? retryDelayMs(answer.response, document.toString()) : null;
    if (delay === null) break;
    await wait(delay);
  }
  const { response, body } = answer;
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'UNKNOWN');
  if (!response.ok || !body.data) throw new ApiError(`The API answered ${response.status}.`, 'HTTP_ERROR');
  return body.data;
}

/** A page of a connection, as the operations select it. */
export interface Page<T> {
  edges: Array<{ node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every item of a connection: the first page as given, then `next(after)` for each further page (at most
 * `maxPages` pages in all).
 */
export async function allPages<T>(
  first: Page<T>,
  next: (after: string) => Promise<Page<T> | null | undefined>,
  maxPages = 50,
): Promise<T[]> {
  const items = first.edges.map((e) => e.node);
  let page: Page<T> | null | undefined = first;
  for (let n = 1; n < maxPages && page?.pageInfo.hasNextPage && page.pageInfo.endCursor; n += 1) {
    page = await next(page.pageInfo.endCursor);
    items.push(...(page?.edges.map((e) => e.node) ?? []));
  }
  return items;
}
