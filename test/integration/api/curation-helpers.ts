/**
 * Shared by the curation tests: an app with two curator tokens, authenticated GraphQL calls, valid
 * citations, and the cleanup of what a test created (its nodes and their audit records).
 */
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { buildTestApp } from '../../helpers/app.js';

export const ALICE = 'alice-token-0123456789abcdef';
export const BOB = 'bob-token-fedcba9876543210xyz';

export const buildCurationApp = () => buildTestApp({ CURATOR_TOKENS: `alice:${ALICE}, bob:${BOB}` });

export interface Answer<T> {
  status: number;
  data: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** A GraphQL call with an optional Authorization header (the raw header value). */
export async function call<T = Record<string, unknown>>(
  app: FastifyInstance,
  query: string,
  variables: Record<string, unknown> = {},
  authorization?: string,
): Promise<Answer<T>> {
  const headers = authorization === undefined ? {} : { authorization };
  const response = await app.inject({ method: 'POST', url: '/graphql', headers, payload: { query, variables } });
  return { status: response.statusCode, ...(response.json() as Omit<Answer<T>, 'status'>) };
}

export const as = (token: string) => `Bearer ${token}`;
export const codeOf = (answer: Answer<unknown>) => answer.errors?.[0]?.extensions?.code;

/** A quote of provision 4.4 of the ENISA strategy, verbatim. */
export const STRATEGY_CITATION = {
  document: 'enisa-international-strategy-2021',
  locator: '4.4',
  quote: 'ENISA will seek to reach out to international partners to exchange information and best practices',
};

/** A note on a reference page of the seed. */
export const REFERENCE_CITATION = { document: 'ref-efta-eea', note: 'Stated on the EFTA page (test).' };

const AUDIT = `id mutationId at curator mutation targetId before after reason dataVersion`;

export const UPSERT_ACTOR = `mutation($input: UpsertActorInput!) {
  upsertActor(input: $input) {
    actor { id name kind aliases description reference version citations { document { id kind } locator quote kind } }
    dataVersion replayed audit { ${AUDIT} }
  }
}`;

export const UPSERT_AGREEMENT = `mutation($input: UpsertAgreementInput!) {
  upsertAgreement(input: $input) {
    agreement { id name coversCybersecurity version parties { id } citations { document { id } quote kind } }
    dataVersion replayed audit { ${AUDIT} }
  }
}`;

export const LINK = `mutation($input: LinkInput!) {
  link(input: $input) {
    relationship { id from type to order role note version citations { document { id } quote kind } }
    dataVersion replayed audit { ${AUDIT} }
  }
}`;

export const UNLINK = `mutation($input: UnlinkInput!) {
  unlink(input: $input) { relationship { id role version } dataVersion replayed audit { ${AUDIT} } }
}`;

export const AUDIT_LOG = `query($target: ID, $first: Int) {
  auditLog(target: $target, first: $first) { totalCount edges { node { ${AUDIT} } } }
}`;

export function actorInput(id: string, overrides: Record<string, unknown> = {}) {
  return { id, name: `Test actor ${id}`, kind: 'OTHER', citation: STRATEGY_CITATION, ...overrides };
}

/** What exists of a test's ids: nodes, relationships between or from them, and audit records about them. */
export async function footprint(driver: Driver, ids: string[]) {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n:Entity) WHERE n.id IN $ids RETURN count(n) AS nodes }
     CALL () { MATCH (a:Entity)-[r]-(b:Entity) WHERE a.id IN $ids AND type(r) <> 'EVIDENCED_BY'
               RETURN count(DISTINCT r) AS relationships }
     CALL () { MATCH (a:AuditRecord)
               WHERE any(id IN $ids WHERE a.targetId = id OR a.targetId STARTS WITH id + '|' OR a.targetId ENDS WITH '|' + id)
               RETURN count(a) AS audits }
     RETURN nodes, relationships, audits`,
    { ids },
  );
  const row = records[0]!.toObject();
  return { nodes: Number(row.nodes), relationships: Number(row.relationships), audits: Number(row.audits) };
}

/**
 * Removes the test's nodes (with their relationships) and its audit records; when no audit record is
 * left at all, the curation state of the data version goes too, so the version is the seed's again.
 */
export async function cleanUp(driver: Driver, ids: string[], documents: string[] = []) {
  await driver.executeQuery(
    `MATCH (a:AuditRecord)
     WHERE any(id IN $ids WHERE a.targetId = id OR a.targetId STARTS WITH id + '|' OR a.targetId ENDS WITH '|' + id)
     DETACH DELETE a`,
    { ids },
  );
  await driver.executeQuery('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: [...ids, ...documents] });
  await driver.executeQuery(
    `MATCH (m:Meta {id: 'dataset'}) WHERE NOT EXISTS { MATCH (:AuditRecord) } REMOVE m.curationHash, m.curations`,
  );
}
