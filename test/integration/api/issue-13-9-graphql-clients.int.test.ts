/**
 * Issue 13, case 9, seen from real clients: with 400 for request errors under application/json, Apollo Client
 * reported every GraphQL error as a network error (its graphQLErrors empty). Apollo Client 3, urql and
 * graphql-request, each as an application would use it against the app on a free port, must see a field error,
 * a validation error and a variable-coercion error as GraphQL errors with their codes, and a success as data.
 */
import { ApolloClient, ApolloError, HttpLink, InMemoryCache, gql as apolloGql } from '@apollo/client/core/index.js';
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import type { FastifyInstance } from 'fastify';
import { ClientError, GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, listenOnFreePort } from '../../helpers/app.js';

let app: FastifyInstance;
let url: string;
beforeAll(async () => {
  app = await buildTestApp();
  url = `${await listenOnFreePort(app)}/graphql`;
});
afterAll(() => app.close());

/** [what, document, variables, the code the client must see] */
const ERRORS: Array<[string, string, Record<string, unknown>, string]> = [
  ['a field error', '{ network(limit: 0) { total } }', {}, 'BAD_USER_INPUT'],
  ['a validation error', '{ network(limit: 5) { nope } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
  ['a variable-coercion error', 'query($n: Int!) { network(limit: $n) { total } }', { n: 'five' }, 'BAD_USER_INPUT'],
  [
    'a limit refused before execution (31 aliases)',
    `{ ${Array.from({ length: 31 }, (_, i) => `x${i}: dataVersion`).join(' ')} }`,
    {},
    'QUERY_TOO_COMPLEX',
  ],
];
const OK = '{ dataVersion }';

type Coded = ReadonlyArray<{ extensions?: Record<string, unknown> }>;
const codes = (errors: Coded | undefined) => (errors ?? []).map((e) => e.extensions?.code);

describe('issue 13 case 9: Apollo Client 3 sees GraphQL errors as GraphQL errors', () => {
  const client = () =>
    new ApolloClient({
      link: new HttpLink({ uri: url }),
      cache: new InMemoryCache(),
      defaultOptions: { query: { fetchPolicy: 'no-cache' } },
    });

  it.each(ERRORS)(
    'should report %s in graphQLErrors, not as a network error',
    async (_what, query, variables, code) => {
      const error = await client()
        .query({ query: apolloGql(query), variables })
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(ApolloError);
      expect((error as ApolloError).networkError).toBeNull();
      expect(codes((error as ApolloError).graphQLErrors)).toContain(code);
    },
  );

  it('should get the data of a query that succeeds', async () => {
    const { data } = await client().query({ query: apolloGql(OK) });
    expect(data.dataVersion).toMatch(/\S/);
  });
});

/**
 * urql sends queries as GET by default (preferGetMethod) and accepts application/graphql-response+json first. A
 * GraphQL GET needs the CSRF-prevention header (README), which an application sets in fetchOptions; or it
 * sends POSTs. Both ways are held here.
 */
describe.each([
  ['GET with the preflight header', { fetchOptions: { headers: { 'mercurius-require-preflight': 'true' } } }],
  ['POST', { preferGetMethod: false as const }],
])('issue 13 case 9: urql (%s) sees GraphQL errors as GraphQL errors', (_how, options) => {
  const client = () =>
    new Client({ url, exchanges: [cacheExchange, fetchExchange], requestPolicy: 'network-only', ...options });

  it.each(ERRORS)('should report %s in graphQLErrors, with no network error', async (_what, query, variables, code) => {
    const result = await client().query(query, variables).toPromise();
    expect(result.error).toBeDefined();
    expect(result.error!.networkError).toBeUndefined();
    expect(codes(result.error!.graphQLErrors)).toContain(code);
  });

  it('should get the data of a query that succeeds', async () => {
    const result = await client().query(OK, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect((result.data as { dataVersion: string }).dataVersion).toMatch(/\S/);
  });
});

describe('issue 13 case 9: graphql-request sees GraphQL errors as GraphQL errors', () => {
  const client = () => new GraphQLClient(url);

  it.each(ERRORS)('should throw a ClientError carrying %s', async (_what, query, variables, code) => {
    const error = await client()
      .request(query, variables)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(ClientError);
    expect(codes((error as ClientError).response.errors as Coded)).toContain(code);
  });

  it('should get the data of a query that succeeds', async () => {
    const data = await client().request<{ dataVersion: string }>(OK);
    expect(data.dataVersion).toMatch(/\S/);
  });
});
