/**
 * The peer server, a child process of the benchmark only (never part of the product): @neo4j/graphql's
 * schema over the same Neo4j, served by Fastify + mercurius like ours. Usage:
 *   node --import tsx bench/peer/server.ts --uri bolt://127.0.0.1:7687 --port 4100
 */
import { parseArgs } from 'node:util';
import { Neo4jGraphQL } from '@neo4j/graphql';
import Fastify from 'fastify';
import mercurius from 'mercurius';
import { openBenchDatabase } from '../lib/neo4j.js';
import { PEER_TYPE_DEFS } from './type-defs.js';

const { values } = parseArgs({ options: { uri: { type: 'string' }, port: { type: 'string' } } });
if (!values.uri || !values.port) throw new Error('usage: server.ts --uri <bolt uri> --port <port>');

// The driver our API uses (db/open.ts), with the same settings: the comparison is the GraphQL layer's.
const database = await openBenchDatabase(values.uri);
const { driver } = database.db;
const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
const app = Fastify({ logger: false, bodyLimit: 100_000 });
await app.register(mercurius, { schema, path: '/graphql', graphiql: false });
app.get('/health', async () => ({ status: 'ok' }));
await app.listen({ host: '127.0.0.1', port: Number(values.port) });
console.log(`[peer] @neo4j/graphql on http://127.0.0.1:${values.port}/graphql`);

const stop = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
