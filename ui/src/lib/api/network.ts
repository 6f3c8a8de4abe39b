import { graphql } from './client';
import type { GraphData } from '../graph/types';

const NETWORK = `query Network($limit: Int!) {
  network(limit: $limit) { total truncated nodes { id label name kind } edges { id source target type } }
  dataVersion { version }
}`;

export async function fetchNetwork(limit = 1000): Promise<{ graph: GraphData; version: string | null }> {
  const data = await graphql<{ network: GraphData; dataVersion: { version: string | null } }>(NETWORK, { limit });
  return { graph: data.network, version: data.dataVersion.version };
}
