/**
 * The schema files and the resolvers cannot drift: every resolver and loader names a type and field of
 * the schema, and every root field (Query, Mutation) has a resolver.
 */
import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../api/src/config.js';
import { loaders } from '../../../../api/src/graphql/loaders.js';
import { resolvers } from '../../../../api/src/graphql/resolvers/index.js';
import { loadSchema } from '../../../../api/src/graphql/schema.js';

const schema = buildSchema(loadSchema(loadConfig({}).paths.graphql));

function fieldsOf(typeName: string): string[] {
  const type = schema.getType(typeName);
  return type && isObjectType(type) ? Object.keys(type.getFields()) : [];
}

describe('schema and resolvers', () => {
  it('should give every resolver and loader a field of the schema', () => {
    const unknown: string[] = [];
    for (const [typeName, fields] of [...Object.entries(resolvers), ...Object.entries(loaders)]) {
      const known = fieldsOf(typeName);
      if (known.length === 0 && !schema.getType(typeName)) unknown.push(typeName);
      for (const field of Object.keys(fields as object))
        if (!known.includes(field)) unknown.push(`${typeName}.${field}`);
    }
    expect(unknown).toEqual([]);
  });

  it('should resolve every root field', () => {
    for (const root of ['Query', 'Mutation']) {
      const resolved = Object.keys((resolvers as Record<string, object>)[root] ?? {});
      expect(
        fieldsOf(root).filter((field) => !resolved.includes(field)),
        root,
      ).toEqual([]);
    }
  });
});
