/**
 * The one place where driver errors become typed application errors. Connection loss, timeouts and
 * transient errors mean the database is unavailable; constraint violations are conflicts; everything
 * else is internal and its detail stays in the log.
 */
import { Neo4jError } from 'neo4j-driver';
import { AppError, databaseUnavailable } from '../errors.js';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) {
    const code = (error as { code?: string } | undefined)?.code;
    return code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'ETIMEDOUT';
  }
  return (
    UNAVAILABLE_CODES.has(error.code) ||
    error.code.startsWith('Neo.TransientError.') ||
    /connection acquisition timed out|Failed to connect|Connection was closed/i.test(error.message)
  );
}

export function toDomainError(error: unknown): Error {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) return databaseUnavailable();
  if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError('CONFLICT', 'The change conflicts with existing data (a unique value is already taken).');
  }
  return error instanceof Error ? error : new Error(String(error));
}
