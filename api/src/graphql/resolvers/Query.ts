/** Query resolvers of base.graphql and graph.graphql: one line each, delegating to db/ after input checks. */
import type { IResolvers } from 'mercurius';
import { toActor } from '../../db/mappers.js';
import { getDataVersion, getEntitiesByIds, getNetwork, MAX_NETWORK_NODES } from '../../db/queries.js';
import { badInput } from '../../errors.js';

export function boundedInt(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(`${name} must be an integer from ${min} to ${max}`);
  return value;
}

export const Query: IResolvers['Query'] = {
  dataVersion: (_root, _args, { db }) => getDataVersion(db),
  // Marked as the network, the one Graph whose `layout` is resolved (graph.ts).
  network: async (_root, args: { limit: number }, { db }) => ({
    ...(await getNetwork(db, { limit: boundedInt('limit', args.limit, 1, MAX_NETWORK_NODES) })),
    isNetwork: true,
  }),
  actor: async (_root, { id }: { id: string }, { db }) => {
    const [entity] = await getEntitiesByIds(db, [id]);
    return entity?.label === 'Actor' ? toActor(entity) : null;
  },
};
