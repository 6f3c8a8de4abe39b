/**
 * Every resolver map, merged type by type (each area file exports its own map), typed by the generated resolver
 * types (npm run codegen): an argument, parent or return that disagrees with the schema fails `npm run check`.
 */
import type { Resolvers } from '../generated/resolvers.js';
import { catalogResolvers } from './catalog.js';
import { eligibilityResolvers } from './eligibility.js';
import { graphResolvers } from './graph.js';
import { modelResolvers } from './model.js';
import { curationResolvers } from './Mutation.js';
import { queryResolvers } from './Query.js';

function merge(...maps: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map))
      merged[type] = { ...merged[type], ...(fields as Record<string, unknown>) };
  }
  return merged as Resolvers;
}

export const resolvers: Resolvers = merge(
  queryResolvers,
  catalogResolvers,
  graphResolvers,
  modelResolvers,
  eligibilityResolvers,
  curationResolvers,
);
