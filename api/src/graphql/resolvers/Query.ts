/** Query resolvers: one line each, delegating to db/queries.ts after input checks. */
import type { IResolvers } from 'mercurius';
import { getDataVersion, getNetwork, MAX_NETWORK_NODES } from '../../db/queries.js';
import { badInput } from '../../errors.js';

function boundedLimit(value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw badInput(`limit must be an integer from 1 to ${max}`);
  return value;
}

export const Query: IResolvers['Query'] = {
  dataVersion: (_root, _args, { db }) => getDataVersion(db),
  network: (_root, args: { limit: number }, { db }) =>
    getNetwork(db, { limit: boundedLimit(args.limit, MAX_NETWORK_NODES) }),
};
