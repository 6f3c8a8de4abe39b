/**
 * The custom scalars of base.graphql. DateTime: ISO 8601 with an offset in, UTC ISO 8601 out (the stored
 * timestamps are ISO 8601 strings). JSON: any JSON value, as is. Plain objects, not GraphQLScalarType instances:
 * the schema builder copies their functions onto the schema's own scalar types (graphql's CommonJS build).
 */
import { Kind, valueFromASTUntyped, type ValueNode } from 'graphql';

/** RFC 3339 / ISO 8601 date-time with seconds and an offset (Z or ±hh:mm). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function toDateTime(value: unknown): string {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new TypeError(`DateTime cannot represent ${JSON.stringify(value)}`);
  return date.toISOString();
}

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value))
    throw new TypeError('DateTime must be an ISO 8601 date and time with an offset, e.g. 2026-11-23T09:30:00Z');
  return toDateTime(value);
}

export const scalarResolvers = {
  DateTime: {
    serialize: toDateTime,
    parseValue: parseDateTime,
    parseLiteral: (ast: ValueNode) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
  },
  JSON: {
    serialize: (value: unknown) => value,
    parseValue: (value: unknown) => value,
    parseLiteral: (ast: ValueNode, variables?: Record<string, unknown> | null) =>
      valueFromASTUntyped(ast, variables ?? undefined),
  },
};
