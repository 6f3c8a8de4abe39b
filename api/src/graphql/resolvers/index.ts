/** All resolver maps, merged type by type (each area file exports its own map). */
import type { IResolvers } from 'mercurius';
import { catalogResolvers } from './catalog.js';
import { eligibilityResolvers } from './eligibility.js';
import { graphResolvers } from './graph.js';
import { curationResolvers } from './Mutation.js';
import { Query } from './Query.js';

function merge(...maps: IResolvers[]): IResolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map))
      merged[type] = { ...merged[type], ...(fields as Record<string, unknown>) };
  }
  return merged as IResolvers;
}

export const resolvers: IResolvers = merge(
  { Query },
  catalogResolvers,
  graphResolvers,
  eligibilityResolvers,
  curationResolvers,
);
