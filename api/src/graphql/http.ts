/**
 * GraphQL over HTTP (https://graphql.github.io/graphql-over-http/): what a request carries and how it is
 * answered, independent of Fastify. The request parameters (GET query string or POST JSON body), the media
 * type of the answer (Accept: `application/graphql-response+json` or `application/json`), the CSRF rule
 * (a GET, or a POST with a simple content type, needs a preflight header), and the status of each answer:
 *
 * - a malformed request (no query, variables that are not a map, …): 400;
 * - a request the GraphQL layer refuses before execution (parse, validation, operation name, variable
 *   coercion, limits): 200 under application/json, 400 under application/graphql-response+json, and no
 *   `data` entry;
 * - an executed operation: 200 with `data`, except when nothing could be answered (`data` null, or every root field null) because the
 *   database or the server is unavailable (503, Retry-After) or failed (500);
 * - HTTP-level refusals keep their status: 405 (mutation over GET), 406, 413, 415, 429, 503.
 */
import type { Code, FormattedError } from './error-formatter.js';
import { STATUS } from './error-formatter.js';

export const GRAPHQL_RESPONSE = 'application/graphql-response+json';
export type MediaType = typeof GRAPHQL_RESPONSE | 'application/json';
export const ACCEPTED = `${GRAPHQL_RESPONSE}; charset=utf-8, application/json; charset=utf-8`;

/** Headers that make a browser send a preflight, so a cross-site page cannot send the request unseen. */
export const PREFLIGHT_HEADERS = ['x-mercurius-operation-name', 'mercurius-require-preflight'] as const;
const NON_SIMPLE_TYPES = ['application/json', 'application/graphql'];

export interface GraphQLParams {
  query: string;
  variables: Record<string, unknown> | null;
  operationName: string | null;
  extensions: Record<string, unknown> | null;
}

/** A request that is not a well-formed GraphQL-over-HTTP request: always 400 (or its own status). */
export class MalformedRequest extends Error {
  constructor(
    message: string,
    readonly code: Code = 'BAD_REQUEST',
  ) {
    super(message);
    this.name = 'MalformedRequest';
  }
}

/**
 * The media type of the answer: the client's most preferred of the two (by q, then order); application/json
 * when there is no Accept header; null when it accepts neither (406).
 */
export function negotiate(accept: string | undefined): MediaType | null {
  if (!accept?.trim()) return 'application/json';
  const ranked = accept
    .split(',')
    .map((part, index) => {
      const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
      const q = params.find((p) => p.startsWith('q='));
      const charset = params.find((p) => p.startsWith('charset='));
      return { type, index, q: q ? Number(q.slice(2)) : 1, utf8: !charset || /^charset=utf-?8$/.test(charset) };
    })
    .filter((entry) => entry.q > 0 && entry.utf8)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { type } of ranked) {
    if (type === GRAPHQL_RESPONSE) return GRAPHQL_RESPONSE;
    if (type === 'application/json' || type === 'application/*' || type === '*/*') return 'application/json';
  }
  return null;
}

/** True when a browser could send this request cross-site without a preflight (CSRF prevention refuses it). */
export function lacksPreflight(headers: Record<string, string | string[] | undefined>): boolean {
  const contentType = String(headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  if (NON_SIMPLE_TYPES.includes(contentType)) return false;
  return !PREFLIGHT_HEADERS.some((name) => Object.hasOwn(headers, name));
}

/** JSON without prototype-poisoning keys (as Fastify's body parser refuses them). */
function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__') throw new Error('forbidden key');
      if (key === 'constructor' && value && typeof value === 'object' && Object.hasOwn(value, 'prototype'))
        throw new Error('forbidden key');
      return value;
    });
  } catch {
    throw new MalformedRequest(`${name} must be JSON text encoding a map`);
  }
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function map(name: string, value: unknown): Record<string, unknown> | null {
  if (value === undefined || value === null) return null;
  if (!isMap(value)) throw new MalformedRequest(`${name} must be a map or null`);
  return value;
}

/** The parameters of a POST body (JSON object, or the text of an application/graphql body). */
export function postParams(body: unknown): GraphQLParams {
  if (typeof body === 'string') return { query: body, variables: null, operationName: null, extensions: null };
  if (!isMap(body)) throw new MalformedRequest('The body must be a JSON object (batching is off)');
  return checked(body.query, map('variables', body.variables), body.operationName, map('extensions', body.extensions));
}

/** The parameters of a GET query string (variables and extensions as JSON text). */
export function getParams(query: unknown): GraphQLParams {
  const params = isMap(query) ? query : {};
  const text = (name: string) => {
    const value = params[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new MalformedRequest(`${name} must be given once`);
    return value;
  };
  const variables = text('variables');
  const extensions = text('extensions');
  return checked(
    text('query'),
    variables ? map('variables', parseJson('variables', variables)) : null,
    text('operationName') || null,
    extensions ? map('extensions', parseJson('extensions', extensions)) : null,
  );
}

function checked(
  query: unknown,
  variables: GraphQLParams['variables'],
  operationName: unknown,
  extensions: GraphQLParams['extensions'],
): GraphQLParams {
  if (typeof query !== 'string' || query.trim() === '')
    throw new MalformedRequest('query must be a non-empty string holding a GraphQL document');
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    throw new MalformedRequest('operationName must be a string or null');
  // An empty name is taken as no name (some clients send "" for an anonymous operation).
  return { query, variables, operationName: operationName || null, extensions };
}

const UNAVAILABLE: readonly Code[] = ['DATABASE_UNAVAILABLE', 'OVERLOADED'];
/** Refusals by HTTP itself rather than by the GraphQL layer: their status holds under either media type. */
const HTTP_LEVEL: readonly Code[] = [
  'METHOD_NOT_ALLOWED',
  'NOT_ACCEPTABLE',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
];

/** The status of an answer without data: a request refused before execution, or an HTTP-level refusal. */
export function refusalStatus(mediaType: MediaType, errors: readonly FormattedError[], malformed = false): number {
  const codes = errors.map((e) => e.extensions.code);
  const serverSide = Math.max(0, ...codes.map((code) => STATUS[code]).filter((status) => status >= 500));
  if (serverSide) return serverSide;
  const http = codes.find((code) => HTTP_LEVEL.includes(code));
  if (http) return STATUS[http];
  if (malformed) return 400;
  return mediaType === 'application/json' ? 200 : 400;
}

/**
 * The status of an executed operation's answer: 200 when any root field answered; when none did (data null, or
 * every root field null, as the nullable fields give), 503 if the database or the server was unavailable, 500 on
 * an internal error, else 200.
 */
export function executedStatus(data: unknown, errors: readonly FormattedError[] | undefined): number {
  const answered =
    data !== null && data !== undefined && Object.values(data as Record<string, unknown>).some((v) => v !== null);
  if (answered) return 200;
  const codes = (errors ?? []).map((e) => e.extensions.code);
  if (codes.some((code) => UNAVAILABLE.includes(code))) return 503;
  if (codes.includes('INTERNAL')) return 500;
  return 200;
}
