/**
 * The executable schema: every .graphql file of schema/ (base.graphql first, then the areas and the enums
 * generated from core/vocabulary.ts), the resolvers, the custom scalars, and each vocabulary enum's values mapped
 * to the terms they stand for, so resolvers read and return the graph's own terms (`eu-agency`) while clients
 * see enum values (`EU_AGENCY`). Built with @graphql-tools/schema, which loads graphql's CommonJS build as
 * mercurius does, so mercurius executes it as its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { enumValues } from './codegen/vocabulary-sdl.js';
import { resolvers } from './resolvers/index.js';
import { scalarResolvers } from './scalars.js';

/** Every .graphql file of the schema folder, base.graphql first, as one SDL string. */
export function loadSchema(dir: string): string {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)));
  return files.map((name) => readFileSync(join(dir, name), 'utf8')).join('\n');
}

type ResolverMaps = Parameters<typeof makeExecutableSchema>[0]['resolvers'];

export function buildSchema(dir: string): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadSchema(dir),
    resolvers: [resolvers, scalarResolvers, enumValues()] as ResolverMaps,
  });
}
