/**
 * The workloads (W1 to W5, and W1p: one actor across the whole strategy), each for every target that can run it:
 *   api    — our GraphQL API (child process), POST /graphql over keep-alive HTTP;
 *   driver — the floor: the same Cypher file the resolver runs, through neo4j-driver alone, no HTTP, in the same
 *            form (an auto-commit query in READ access mode: one round trip);
 *   domain — (W1, W1p) the floor plus the pure eligibility reasoning: driver + api/src/domain, no HTTP;
 *   peer   — the Neo4j GraphQL Library serving the same model (W2 and W4);
 *   uncached — (W1, W4, W5) our API with its read cache off (READ_CACHE_ENTRIES=0), to show what the cache buys.
 * Inputs rotate over a fixture picked from the loaded graph (cypher/bench/pick-fixture.cypher).
 */
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher, type CypherCatalog } from '../../api/src/db/cypher.js';
import { upsertActor } from '../../api/src/db/curation.js';
import type { Database } from '../../api/src/db/database.js';
import { getEligibilityFacts, UNION_ID } from '../../api/src/db/eligibility.js';
import { RERANK_WINDOW } from '../../api/src/db/catalog-queries.js';
import { luceneQuery, searchTerms, searchWords } from '../../api/src/db/graph-mappers.js';
import { pathsStatement } from '../../api/src/db/graph-queries.js';
import { enumName } from '../../core/vocabulary.js';
import {
  actorProfile,
  buildQuestion,
  evaluate,
  parseObjective,
  type ApproachCode,
} from '../../api/src/domain/eligibility/index.js';
import { validateActorInput } from '../../api/src/domain/curation/validate.js';
import { PEER_SEARCH, peerNeighbourhoodQuery, W2_TYPES } from '../peer/type-defs.js';
import type { GraphQLClient } from './http.js';
import type { Operation } from './loop.js';

export type TargetName = 'api' | 'uncached' | 'driver' | 'domain' | 'peer';

export interface Fixture {
  objectives: string[];
  approaches: ApproachCode[];
  assumeActor: string;
  actors: string[];
  names: string[];
  pairs: Array<[string, string]>;
  searches: string[];
}

export interface Context {
  fixture: Fixture;
  driver: Driver;
  db: Database;
  catalog: CypherCatalog;
  api: GraphQLClient;
  uncached?: GraphQLClient;
  peer?: GraphQLClient;
  curatorToken: string;
  seedDir: string;
  /** Ids W5 creates start with this; delete-by-prefix removes them afterwards. */
  w5Prefix: string;
}

/** A GraphQL request body rotation, for autocannon (which cannot compute variables per request). */
export interface HttpRequests {
  query: string;
  variables: Array<Record<string, unknown>>;
}

export interface Workload {
  id: string;
  title: string;
  /** Runs in --scale runs too (W5 writes, and runs on the seed only). */
  atScale: boolean;
  targets: TargetName[];
  operation(target: TargetName, ctx: Context): Operation;
  /** The same requests as `operation` for the HTTP targets, for autocannon; undefined: no autocannon. */
  http?(target: 'api' | 'peer', ctx: Context): HttpRequests;
  /** The main statement and parameters, for Cypher PROFILE. */
  profile?(ctx: Context): { name: string; params: Record<string, unknown>; text?: string };
}

export const FIXTURE_SAMPLE = 16;
const SEARCH_FIRST = 20;

export async function loadFixture(driver: Driver, catalog: CypherCatalog, objectivesMax = 7): Promise<Fixture> {
  const { records } = await driver.executeQuery(
    cypher(catalog, 'bench/pick-fixture'),
    { types: W2_TYPES, sample: neo4j.int(FIXTURE_SAMPLE) },
    { routing: neo4j.routing.READ },
  );
  const row = records[0]!.toObject() as {
    objectives: string[];
    assumeActor: string;
    actors: string[];
    names: string[];
  };
  if (row.actors.length < 2) throw new Error('The graph has too few connected actors for the workloads');
  const actors = row.actors;
  const half = Math.max(1, Math.floor(actors.length / 2));
  const words = row.names.map((name) => name.split(/\s+/));
  return {
    objectives: row.objectives.slice(0, objectivesMax),
    approaches: ['LIMITED', 'ASSISTING', 'OUTREACH'],
    assumeActor: row.assumeActor,
    actors,
    names: row.names,
    pairs: actors.map((a, i) => [a, actors[(i + half) % actors.length]!] as [string, string]),
    // One word, two words and a whole name, in turn: exact-name hits and broad ones.
    searches: words.map((w, i) => (i % 3 === 0 ? w[0]! : i % 3 === 1 ? w.slice(0, 2).join(' ') : w.join(' '))),
  };
}

const at = <T>(items: readonly T[], seq: number): T => items[seq % items.length]!;

/** The floor: the statement as the API reads it (one auto-commit query in READ access mode), driver alone. */
async function readQuery(
  ctx: Context,
  name: string,
  params: Record<string, unknown>,
  text = cypher(ctx.catalog, name),
) {
  const session = ctx.driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const { records } = await session.run(text, params, { timeout: 10_000 });
    return records.map((record) => record.toObject());
  } finally {
    await session.close();
  }
}

// --- W1 ---------------------------------------------------------------------------------------------------

/** The question the product exists for, as the README asks it. */
export const ELIGIBILITY_QUERY = `query W1($objective: Objective!, $approach: Approach!, $assume: [AssumptionInput!]) {
  eligibility(objective: $objective, approach: $approach, assume: $assume) {
    question
    partners(first: 100) {
      totalCount
      edges { node {
        actor { id name kind }
        assumed
        reasons { rule { id } basis viaGroup { name } assumption { description } citation { document { name } locator quote } }
        conditions { kind text citation { locator quote } }
      } }
    }
    classes { class { name filledBy } members(first: 100) { totalCount edges { node { actor { id } basis } } } conditions { kind text } }
    activities { activity citation { locator quote } }
    excluded(first: 100) { totalCount edges { node { actor { id } } } }
    generalConditions { kind text }
    dataVersion
  }
}`;

/**
 * Every objective × approach, without and with a what-if assumption, in turn. Objectives as the graph stores
 * them (SO4.4): the API's Objective enum value is their enumName (SO4_4).
 */
export function eligibilityQuestions(f: Fixture) {
  const questions: Array<{ objective: string; approach: ApproachCode; assume: unknown[] | null }> = [];
  for (const objective of f.objectives.map(enumName)) {
    for (const approach of f.approaches) {
      questions.push({ objective, approach, assume: null });
      questions.push({ objective, approach, assume: [{ kind: 'SPECIFIC_EU_AGREEMENT', actor: f.assumeActor }] });
    }
  }
  return questions;
}

const W1: Workload = {
  id: 'W1',
  title: 'eligibility, every objective × approach, with and without an assumption',
  atScale: true,
  targets: ['api', 'uncached', 'driver', 'domain'],
  operation(target, ctx) {
    const questions = eligibilityQuestions(ctx.fixture);
    if (target === 'api' || target === 'uncached') {
      const client = target === 'api' ? ctx.api : ctx.uncached!;
      return async (_w, seq) => void (await client.post(ELIGIBILITY_QUERY, at(questions, seq)));
    }
    if (target === 'domain') {
      return async (_w, seq) => {
        const q = at(questions, seq);
        const objective = parseObjective(q.objective); // SO4_4 → SO4.4
        const assumptions = ((q.assume ?? []) as Array<{ kind: 'SPECIFIC_EU_AGREEMENT'; actor: string }>).map((a) => ({
          kind: a.kind,
          actorId: a.actor,
        }));
        // The assumed actor is read with the facts, as the API reads it (at scale it may be held by kind).
        const facts = await getEligibilityFacts(
          ctx.db,
          objective,
          assumptions.map((a) => a.actorId),
        );
        evaluate(facts, buildQuestion(facts, objective, q.approach, assumptions));
      };
    }
    // The statements a cold API runs for a question: the objective's facts, and what no objective changes
    // (which the API reads once per data version for every question).
    return async (_w, seq) =>
      void (await Promise.all([
        readQuery(ctx, 'eligibility/get-eligibility-facts', {
          objective: parseObjective(at(questions, seq).objective),
          union: UNION_ID,
        }),
        readQuery(ctx, 'eligibility/get-union-agreements', { union: UNION_ID }),
      ]));
  },
  http: (_target, ctx) => ({ query: ELIGIBILITY_QUERY, variables: eligibilityQuestions(ctx.fixture) }),
  profile: (ctx) => ({
    name: 'eligibility/get-eligibility-facts',
    params: { objective: ctx.fixture.objectives[0], union: UNION_ID },
  }),
};

// --- W1p --------------------------------------------------------------------------------------------------

/** One actor across the whole strategy, as a profile page asks it: all 21 cells with reasons, conditions, quotes. */
export const ACTOR_PROFILE_QUERY = `query W1p($actor: ID!) {
  actorProfile(actor: $actor) {
    actor { id name kind }
    cells {
      objective approach eligible excluded assumed summary
      reasons { rule { id approachStated } basis viaGroup { name } viaClass { name } citation { document { name } locator quote } }
      conditions { kind text citation { locator quote } }
      decisive { rule { id } status wouldQualifyWith { kind description } }
      caveats { text citations { locator quote } }
    }
    dataVersion
  }
}`;

const W1p: Workload = {
  id: 'W1p',
  title: 'one actor across the whole strategy (actorProfile: 7 objectives × 3 approaches)',
  atScale: true,
  targets: ['api', 'uncached', 'domain'],
  operation(target, ctx) {
    const actors = ctx.fixture.actors;
    if (target === 'api' || target === 'uncached') {
      const client = target === 'api' ? ctx.api : ctx.uncached!;
      return async (_w, seq) => {
        const data = await client.post<{ actorProfile: { cells: unknown[] } | null }>(ACTOR_PROFILE_QUERY, {
          actor: at(actors, seq),
        });
        if (!data.actorProfile?.cells.length) throw new Error(`W1p: no profile for ${at(actors, seq)}`);
      };
    }
    return async (_w, seq) => {
      const facts = await getEligibilityFacts(ctx.db, 'ALL');
      actorProfile(facts, at(actors, seq));
    };
  },
  http: (_target, ctx) => ({ query: ACTOR_PROFILE_QUERY, variables: ctx.fixture.actors.map((actor) => ({ actor })) }),
};

// --- W2 ---------------------------------------------------------------------------------------------------

export const NEIGHBOURHOOD_QUERY = `query W2($ids: [ID!]!, $depth: Int!, $types: [RelationshipType!]) {
  neighbourhood(ids: $ids, depth: $depth, relationTypes: $types, limit: 1000) {
    total truncated nodes { id label name kind } edges { id source target type }
  }
}`;

function neighbourhood(depth: 1 | 2): Workload {
  const params = (actor: string) => ({ ids: [actor], depth, types: W2_TYPES });
  return {
    id: `W2 d${depth}`,
    title: `an actor with its neighbours at depth ${depth} (${W2_TYPES.join(', ')})`,
    atScale: true,
    targets: ['api', 'driver', 'peer'],
    operation(target, ctx) {
      const actors = ctx.fixture.actors;
      if (target === 'api')
        return async (_w, seq) => void (await ctx.api.post(NEIGHBOURHOOD_QUERY, params(at(actors, seq))));
      if (target === 'peer') {
        const query = peerNeighbourhoodQuery(depth);
        return async (_w, seq) => void (await ctx.peer!.post(query, { id: at(actors, seq) }));
      }
      return async (_w, seq) =>
        void (await readQuery(ctx, 'graph/get-neighbourhood', {
          ...params(at(actors, seq)),
          kinds: null,
          limit: neo4j.int(1000),
        }));
    },
    http: (target, ctx) =>
      target === 'api'
        ? { query: NEIGHBOURHOOD_QUERY, variables: ctx.fixture.actors.map(params) }
        : { query: peerNeighbourhoodQuery(depth), variables: ctx.fixture.actors.map((id) => ({ id })) },
    profile: (ctx) => ({
      name: 'graph/get-neighbourhood',
      params: { ...params(ctx.fixture.actors[0]!), kinds: null, limit: neo4j.int(1000) },
    }),
  };
}

// --- W3 ---------------------------------------------------------------------------------------------------

export const PATHS_QUERY = `query W3($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxLength: 4, k: 3) {
    total truncated paths { nodes edges } nodes { id label name kind } edges { id source target type }
  }
}`;

const W3: Workload = {
  id: 'W3',
  title: 'paths between two actors (k = 3, at most 4 hops, every model relationship)',
  atScale: true,
  targets: ['api', 'driver'],
  operation(target, ctx) {
    const pairs = ctx.fixture.pairs;
    if (target === 'api') {
      return async (_w, seq) => {
        const [from, to] = at(pairs, seq);
        await ctx.api.post(PATHS_QUERY, { from, to });
      };
    }
    return async (_w, seq) => {
      const [from, to] = at(pairs, seq);
      // As the API runs it: the hop quantifier bounded by maxLength (graph-queries.ts pathsStatement).
      const text = pathsStatement(cypher(ctx.catalog, 'graph/get-paths'), 4);
      await readQuery(ctx, 'graph/get-paths', { from, to, maxLength: neo4j.int(4), types: null }, text);
    };
  },
  http: (_t, ctx) => ({ query: PATHS_QUERY, variables: ctx.fixture.pairs.map(([from, to]) => ({ from, to })) }),
  profile: (ctx) => ({
    name: 'graph/get-paths',
    params: { from: ctx.fixture.pairs[0]![0], to: ctx.fixture.pairs[0]![1], maxLength: neo4j.int(4), types: null },
    text: pathsStatement(cypher(ctx.catalog, 'graph/get-paths'), 4),
  }),
};

// --- W4 ---------------------------------------------------------------------------------------------------

export const SEARCH_QUERY = `query W4($text: String!) {
  search(text: $text, first: ${SEARCH_FIRST}) { edges { node { score field matched entity { id label name kind } } } }
}`;

const lucene = (text: string) => luceneQuery(searchTerms(text));
/** The API's statement parameters for a first page of SEARCH_FIRST hits (api/src/db/catalog-queries.ts). */
const searchParams = (text: string) => ({
  query: lucene(text),
  words: searchWords(text),
  window: RERANK_WINDOW,
  limit: SEARCH_FIRST + 1,
});
/** The peer's variables for one search text. */
const peerSearch = (text: string) => ({ phrase: lucene(text), first: SEARCH_FIRST });

const W4: Workload = {
  id: 'W4',
  title: 'full-text search (index entity_search; one word, two words, a whole name)',
  atScale: true,
  targets: ['api', 'uncached', 'driver', 'peer'],
  operation(target, ctx) {
    const searches = ctx.fixture.searches;
    if (target === 'api' || target === 'uncached') {
      const client = target === 'api' ? ctx.api : ctx.uncached!;
      return async (_w, seq) => void (await client.post(SEARCH_QUERY, { text: at(searches, seq) }));
    }
    if (target === 'peer')
      return async (_w, seq) => void (await ctx.peer!.post(PEER_SEARCH, peerSearch(at(searches, seq))));
    return async (_w, seq) => void (await readQuery(ctx, 'catalog/search-entities', searchParams(at(searches, seq))));
  },
  http: (target, ctx) =>
    target === 'api'
      ? { query: SEARCH_QUERY, variables: ctx.fixture.searches.map((text) => ({ text })) }
      : { query: PEER_SEARCH, variables: ctx.fixture.searches.map(peerSearch) },
  profile: (ctx) => ({
    name: 'catalog/search-entities',
    params: searchParams(ctx.fixture.searches[0]!),
  }),
};

// --- W5 ---------------------------------------------------------------------------------------------------

/** A verbatim quote of provision 4.4 of ENISA's strategy (as the curation tests use). */
const CITATION = {
  document: 'enisa-international-strategy-2021',
  locator: '4.4',
  quote: 'ENISA will seek to reach out to international partners to exchange information and best practices',
};

const UPSERT = `mutation W5($input: UpsertActorInput!) { upsertActor(input: $input) { actor { id version } dataVersion } }`;
const READ_BACK = `query W5Read($id: ID!) { actor(id: $id) { id name } }`;

const W5: Workload = {
  id: 'W5',
  title: 'a mutation (upsertActor, new id) then the read that must see it',
  atScale: false,
  targets: ['api', 'uncached', 'driver'],
  operation(target, ctx) {
    const input = () => {
      const id = `${ctx.w5Prefix}${randomUUID().slice(0, 12)}`;
      return { id, name: `Bench actor ${id}`, kind: 'OTHER', citation: CITATION };
    };
    if (target === 'api' || target === 'uncached') {
      const auth = { authorization: `Bearer ${ctx.curatorToken}` };
      const client = target === 'api' ? ctx.api : ctx.uncached!;
      return async () => {
        const actor = input();
        await client.post(UPSERT, { input: actor }, auth);
        const read = await client.post<{ actor: { name: string } | null }>(READ_BACK, { id: actor.id });
        if (read.actor?.name !== actor.name) throw new Error(`W5: the read did not see ${actor.id}`);
      };
    }
    const session = { curator: 'bench', seedDir: ctx.seedDir };
    return async () => {
      const actor = input();
      await upsertActor(ctx.db, session, validateActorInput({ ...actor, kind: 'other' }));
      const [row] = await readQuery(ctx, 'catalog/get-entities-by-ids', { ids: [actor.id] });
      if ((row?.props as { name?: string } | undefined)?.name !== actor.name)
        throw new Error(`W5: the read did not see ${actor.id}`);
    };
  },
};

export const WORKLOADS: Workload[] = [W1, W1p, neighbourhood(1), neighbourhood(2), W3, W4, W5];

/** Removes what W5 created (its nodes and their audit records). */
export async function cleanUpW5(ctx: Pick<Context, 'driver' | 'catalog' | 'w5Prefix'>): Promise<number> {
  const { records } = await ctx.driver.executeQuery(cypher(ctx.catalog, 'bench/delete-by-prefix'), {
    prefix: ctx.w5Prefix,
  });
  return Number(records[0]?.get('deleted') ?? 0);
}
