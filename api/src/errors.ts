/**
 * Typed errors with stable codes. Resolvers and routes throw these; the GraphQL error formatter and the
 * HTTP error handler turn them into `extensions.code` / status codes, and `details` (the field, the valid
 * values, the missing ids) into `extensions`. Anything else is masked as INTERNAL.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'DATABASE_UNAVAILABLE'
  | 'QUERY_TOO_COMPLEX'
  | 'BROWSER_UNAVAILABLE'
  | 'OVERLOADED'
  | 'INTERNAL';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new AppError('BAD_USER_INPUT', message, details);
/**
 * NOT_FOUND for an operation on an id that names nothing: `extensions.id` is that id (the first, when several
 * are missing) and `extensions.ids` all of them. Lookups by id answer null instead.
 */
export const notFound = (
  message: string,
  missing: string | readonly string[],
  details: Record<string, unknown> = {},
) => {
  const ids = typeof missing === 'string' ? [missing] : [...missing];
  return new AppError('NOT_FOUND', message, { ...details, id: ids[0], ids });
};
export const databaseUnavailable = () =>
  new AppError('DATABASE_UNAVAILABLE', 'The graph database is unavailable; try again shortly.');

export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  DATABASE_UNAVAILABLE: 503,
  QUERY_TOO_COMPLEX: 400,
  BROWSER_UNAVAILABLE: 503,
  OVERLOADED: 503,
  INTERNAL: 500,
};
