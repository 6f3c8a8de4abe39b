/**
 * The custom scalars of base.graphql. DateTime: ISO 8601 with an offset in, UTC ISO 8601 out (the stored
 * timestamps are ISO 8601 strings). JSON: any JSON value, as is. PartialDate: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`,
 * a real calendar date, as is. Plain objects, not GraphQLScalarType instances:
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

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A year, month or day in ISO 8601 that exists in the calendar (no 2013-02-30), as given. */
export function parsePartialDate(value: unknown): string {
  const match = typeof value === 'string' ? PARTIAL_DATE.exec(value) : null;
  const [year, month, day] = (match?.slice(1) ?? []).map((part) => (part === undefined ? undefined : Number(part)));
  const valid =
    match !== null &&
    (month === undefined || (month >= 1 && month <= 12)) &&
    (day === undefined || (day >= 1 && day <= new Date(Date.UTC(year!, month!, 0)).getUTCDate()));
  if (!valid) throw new TypeError('PartialDate must be a year, month or day in ISO 8601: 2013, 2012-10 or 2004-03-10');
  return value as string;
}

export const scalarResolvers = {
  PartialDate: {
    serialize: (value: unknown) => String(value),
    parseValue: parsePartialDate,
    parseLiteral: (ast: ValueNode) => parsePartialDate(ast.kind === Kind.STRING ? ast.value : undefined),
  },
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
