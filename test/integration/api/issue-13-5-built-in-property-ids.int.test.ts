/**
 * Issue 13, case 5: client-supplied ids reached plain-object lookups, so ids naming built-in properties were
 * taken for actors: whyNot(partner: "constructor") answered "Object does not qualify…", an assumption about
 * "constructor" was accepted and the briefing printed "Object has a specific agreement…", and
 * /graphiql/assets/__proto__ answered 200. Every such id must be what it is: unknown.
 */
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../helpers/app.js';
import { testDriver, uniqueId } from '../../helpers/neo4j.js';
import {
  ALICE,
  LINK,
  UPSERT_AGREEMENT,
  as,
  buildCurationApp,
  call,
  cleanUp,
  codeOf,
  footprint,
  STRATEGY_CITATION,
} from './curation-helpers.js';

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
const NOT_AN_ACTOR = /\b(Object|function|native code|\[object)/;

let app: FastifyInstance;
let driver: Driver;
const created: string[] = [];
beforeAll(async () => {
  app = await buildCurationApp();
  driver = testDriver();
});
afterAll(async () => {
  await app.close();
  await cleanUp(driver, created);
  await driver.close();
});

describe.each(NAMES)('issue 13 case 5: the id %j', (name) => {
  it('should be no partner for whyNot, and no actor to assume anything about', async () => {
    const whyNot = await gql(
      app,
      'query($p: ID!) { whyNot(partner: $p, objective: SO4_4, approach: OUTREACH) { summary partner { name } } }',
      { p: name },
    );
    expect(whyNot.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', id: name });
    expect(whyNot.errors![0]!.message).toBe(`partner: no actor with id "${name}"`);
    const assumed = await gql(
      app,
      'query($a: ID!) { eligibility(objective: SO4_4, approach: OUTREACH, assume: [{ kind: SPECIFIC_EU_AGREEMENT, actor: $a }]) { partners { edges { node { actor { name } } } } } }',
      { a: name },
    );
    expect(assumed.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', id: name });
    expect(assumed.errors![0]!.message).toMatch(/^assume\[0\]\.actor: no actor/);
    expect(JSON.stringify([whyNot, assumed])).not.toMatch(NOT_AN_ACTOR);
  });

  it('should be unknown to every read that takes an id', async () => {
    const { data, errors } = await gql<{ actor: unknown }>(app, 'query($id: ID!) { actor(id: $id) { name } }', {
      id: name,
    });
    expect(errors).toBeUndefined();
    expect(data!.actor).toBeNull();
    for (const query of [
      'query($id: ID!) { neighbourhood(ids: [$id]) { total } }',
      'query($id: ID!) { paths(from: $id, to: "enisa") { total } }',
      'query($id: ID!) { actions(actor: $id) { totalCount } }',
    ]) {
      const answer = await gql(app, query, { id: name });
      expect(answer.errors![0]!.extensions!.code, query).toBe('NOT_FOUND');
      expect(JSON.stringify(answer)).not.toMatch(NOT_AN_ACTOR);
    }
  });

  it('should be refused as a briefing assumption, as its kind or its actor', async () => {
    // An id-shaped name names no actor (404); one that is not id-shaped is refused as input (400).
    const idShaped = /^[a-z0-9][a-z0-9-]*$/.test(name.toLowerCase());
    const cases: Array<[string, number, string]> = [
      [`specific-eu-agreement:${name.toLowerCase()}`, idShaped ? 404 : 400, idShaped ? 'NOT_FOUND' : 'BAD_USER_INPUT'],
      [`${name}:japan`, 400, 'BAD_USER_INPUT'],
    ];
    for (const [assume, status, code] of cases) {
      const response = await app.inject({
        url: `/briefing?objective=SO4.4&approach=outreach&format=html&assume=${encodeURIComponent(assume)}`,
      });
      expect(response.statusCode, assume).toBe(status);
      expect(response.json().code).toBe(code);
      expect(response.body).not.toMatch(NOT_AN_ACTOR);
    }
  });

  it('should name no GraphiQL asset', async () => {
    const response = await app.inject({ url: `/graphiql/assets/${encodeURIComponent(name)}` });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
  });

  it('should be no party or endpoint for a curator, and write nothing', async () => {
    const id = uniqueId('proto');
    created.push(id);
    const agreement = await call(
      app,
      UPSERT_AGREEMENT,
      {
        input: {
          id,
          name: 'Test',
          coversCybersecurity: true,
          kinds: ['SPECIFIC_EU_AGREEMENT'],
          parties: [name],
          citation: STRATEGY_CITATION,
        },
      },
      as(ALICE),
    );
    const link = await call(
      app,
      LINK,
      { input: { from: 'enisa', type: 'COOPERATES_WITH', to: name, citation: STRATEGY_CITATION } },
      as(ALICE),
    );
    // "constructor" is a well-formed id (NOT_FOUND); "__proto__" and "toString" are not slugs (BAD_USER_INPUT).
    for (const answer of [agreement, link]) expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(codeOf(answer));
    expect(await footprint(driver, [id])).toEqual({ nodes: 0, relationships: 0, audits: 0 });
  });
});
