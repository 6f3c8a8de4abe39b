/**
 * Curated agreements and relationships against the real Neo4j: party sets, link / re-link / unlink with
 * versions, citations of external pages, refused inputs that write nothing, and the audit log.
 */
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCypherCatalog } from '../../../api/src/db/cypher.js';
import { testConfig } from '../../helpers/app.js';
import { testDriver, uniqueId } from '../../helpers/neo4j.js';
import {
  ALICE,
  AUDIT_LOG,
  LINK,
  REFERENCE_CITATION,
  STRATEGY_CITATION,
  UNLINK,
  UPSERT_ACTOR,
  UPSERT_AGREEMENT,
  actorInput,
  as,
  buildCurationApp,
  call,
  cleanUp,
  codeOf,
  footprint,
} from './curation-helpers.js';

type Agreement = { upsertAgreement: { agreement: { version: number; parties: Array<{ id: string }> } } };
type Link = { link: { relationship: Record<string, unknown> } };
type AuditRecord = { mutation: string; targetId: string; curator: string; reason: string | null };
type Audit = { auditLog: { edges: Array<{ node: AuditRecord }> } };
const records = (audit: Audit) => audit.auditLog.edges.map((edge) => edge.node);

const catalog = loadCypherCatalog(testConfig().paths.cypher);

describe('curated agreements and relationships', () => {
  let app: FastifyInstance;
  let driver: Driver;
  const created: string[] = [];
  const documents: string[] = [];
  const fresh = (prefix = 'rel') => {
    const id = uniqueId(prefix);
    created.push(id);
    return id;
  };
  const actor = async () => {
    const id = fresh('actor');
    await call(app, UPSERT_ACTOR, { input: actorInput(id, { kind: 'THIRD_COUNTRY' }) }, as(ALICE));
    return id;
  };
  const parties = async (agreement: string) => {
    const { records } = await driver.executeQuery(
      'MATCH (p:Entity)-[:PARTY_TO]->(:LegalInstrument {id: $agreement}) RETURN p.id AS id ORDER BY id',
      { agreement },
    );
    return records.map((r) => r.get('id') as string);
  };

  beforeAll(async () => {
    app = await buildCurationApp();
    driver = testDriver();
  });
  afterAll(async () => {
    await cleanUp(driver, created, documents);
    await driver.close();
    await app.close();
  });

  it('should create an EU agreement covering cybersecurity and replace its parties', async () => {
    const [x, y, id] = [await actor(), await actor(), fresh('agreement')];
    const input = {
      id,
      name: 'Test agreement',
      coversCybersecurity: true,
      kinds: ['EXPLICIT_CYBER_AGREEMENT'],
      parties: [x, 'european-union'],
      citation: STRATEGY_CITATION,
    };
    const created = await call<Agreement>(app, UPSERT_AGREEMENT, { input }, as(ALICE));
    expect(created.errors).toBeUndefined();
    expect(created.data!.upsertAgreement.agreement.version).toBe(1);
    expect(created.data!.upsertAgreement.agreement.parties.map((p) => p.id).sort()).toEqual(
      ['european-union', x].sort(),
    );
    const { records } = await driver.executeQuery(
      'MATCH (g:Entity:LegalInstrument {id: $id}) RETURN g.type AS type, g.coversCybersecurity AS covers, g.agreementKinds AS kinds',
      { id },
    );
    expect(records[0]!.toObject()).toEqual({ type: 'agreement', covers: true, kinds: ['EXPLICIT_CYBER_AGREEMENT'] });
    // The convention the eligibility engine reads: x is party to an EU agreement of a recorded kind.
    const facts = await driver.executeQuery(catalog.get('eligibility/get-union-agreements')!, {
      union: 'european-union',
    });
    const agreements = facts.records.filter((r) => r.get('part') === 'agreements').flatMap((r) => r.get('items'));
    expect(agreements).toContainEqual(
      expect.objectContaining({ parties: [x], agreementId: id, kinds: ['EXPLICIT_CYBER_AGREEMENT'] }),
    );

    const replaced = await call<
      Agreement & { upsertAgreement: { audit: { before: { parties: string[] }; after: { parties: string[] } } } }
    >(app, UPSERT_AGREEMENT, { input: { ...input, parties: [y, 'european-union'], expectedVersion: 1 } }, as(ALICE));
    expect(replaced.errors).toBeUndefined();
    expect(await parties(id)).toEqual(['european-union', y].sort());
    const { audit } = replaced.data!.upsertAgreement;
    expect(audit.before.parties).toEqual(['european-union', x].sort());
    expect(audit.after.parties).toEqual(['european-union', y].sort());
  });

  it('should refuse a missing party with NOT_FOUND and a non-actor party with BAD_USER_INPUT, writing nothing', async () => {
    const id = fresh('agreement');
    const input = { id, name: 'Bad', coversCybersecurity: false, citation: REFERENCE_CITATION };
    const missing = await call(app, UPSERT_AGREEMENT, { input: { ...input, parties: ['test-atlantis-0'] } }, as(ALICE));
    expect(codeOf(missing)).toBe('NOT_FOUND');
    expect(missing.errors![0]!.message).toMatch(/test-atlantis-0/);
    const notActor = await call(app, UPSERT_AGREEMENT, { input: { ...input, parties: ['so4-4'] } }, as(ALICE));
    expect(codeOf(notActor)).toBe('BAD_USER_INPUT');
    expect(await footprint(driver, [id])).toEqual({ nodes: 0, relationships: 0, audits: 0 });
  });

  it('should link, refuse a blind re-link, change at the version, unlink, and audit each step', async () => {
    const [a, b] = [await actor(), await actor()];
    const base = { from: a, type: 'MEMBER_OF', to: b, citation: REFERENCE_CITATION };
    const linked = await call<Link>(app, LINK, { input: { ...base, role: 'member', order: 2 } }, as(ALICE));
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.link).toMatchObject({
      relationship: {
        id: `${a}|MEMBER_OF|${b}`,
        from: a,
        to: b,
        type: 'MEMBER_OF',
        role: 'member',
        order: 2,
        version: 1,
      },
    });
    const blind = await call(app, LINK, { input: { ...base, role: 'observer' } }, as(ALICE));
    expect(codeOf(blind)).toBe('CONFLICT');
    expect(blind.errors![0]!.message).toMatch(/version 1/);
    const changed = await call<Link>(
      app,
      LINK,
      { input: { ...base, role: 'observer', expectedVersion: 1 } },
      as(ALICE),
    );
    expect(changed.data!.link).toMatchObject({ relationship: { role: 'observer', order: null, version: 2 } });

    const stale = await call(
      app,
      UNLINK,
      { input: { from: a, type: 'MEMBER_OF', to: b, expectedVersion: 1 } },
      as(ALICE),
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const removed = await call(
      app,
      UNLINK,
      { input: { from: a, type: 'MEMBER_OF', to: b, reason: 'wrong' } },
      as(ALICE),
    );
    expect(removed.errors).toBeUndefined();
    expect(await footprint(driver, [a])).toMatchObject({ relationships: 0 });
    const again = await call(app, UNLINK, { input: { from: a, type: 'MEMBER_OF', to: b } }, as(ALICE));
    expect(codeOf(again)).toBe('NOT_FOUND');

    const { data } = await call<Audit>(app, AUDIT_LOG, { target: a, first: 10 });
    expect(records(data!).map((r) => r.mutation)).toEqual(['UNLINK', 'LINK', 'LINK', 'UPSERT_ACTOR']);
    expect(records(data!)[0]).toMatchObject({ targetId: `${a}|MEMBER_OF|${b}`, curator: 'alice', reason: 'wrong' });
    const one = await call<Audit>(app, AUDIT_LOG, { target: `${a}|MEMBER_OF|${b}`, first: 1 });
    expect(records(one.data!).map((r) => r.mutation)).toEqual(['UNLINK']);
  });

  it.each([
    ['a bad relationship type', { type: 'LOVES' }, 'BAD_USER_INPUT', /RelationshipType/],
    ['a missing endpoint', { to: 'test-atlantis-1' }, 'NOT_FOUND', /^to: no node with id "test-atlantis-1"/],
    ['a self-loop', { to: 'SELF' }, 'BAD_USER_INPUT', /^to: a relationship needs two different nodes/],
    ['a negative order', { order: -1 }, 'BAD_USER_INPUT', /^order: /],
  ])('should refuse %s and write nothing', async (_what, overrides, code, message) => {
    const a = await actor();
    const input = { from: a, type: 'COOPERATES_WITH', to: 'enisa', citation: STRATEGY_CITATION, ...overrides };
    if (input.to === 'SELF') input.to = a;
    const before = await footprint(driver, [a]);
    const answer = await call(app, LINK, { input }, as(ALICE));
    expect(codeOf(answer)).toBe(code);
    expect(answer.errors![0]!.message).toMatch(message);
    expect(await footprint(driver, [a])).toEqual(before);
  });

  it('should cite an external https page through one reference Document per URL', async () => {
    const url = `https://www.example.org/test/${uniqueId('page')}`;
    const citation = { sourceTitle: 'Example page', sourceUrl: url, note: 'The page states it (test).' };
    const [first, second] = [fresh('actor'), fresh('actor')];
    type Cited = { upsertActor: { actor: { reference: boolean; citations: Array<{ document: { id: string } }> } } };
    const one = await call<Cited>(app, UPSERT_ACTOR, { input: actorInput(first, { citation }) }, as(ALICE));
    const two = await call<Cited>(app, UPSERT_ACTOR, { input: actorInput(second, { citation }) }, as(ALICE));
    expect(one.errors).toBeUndefined();
    const documentId = one.data!.upsertActor.actor.citations[0]!.document.id;
    documents.push(documentId);
    expect(documentId).toMatch(/^ref-example-org-[0-9a-f]{10}$/);
    expect(two.data!.upsertActor.actor.citations[0]!.document.id).toBe(documentId);
    expect(one.data!.upsertActor.actor.reference).toBe(true);
    const { records } = await driver.executeQuery(
      'MATCH (d:Entity:Document {id: $documentId}) RETURN d.kind AS kind, d.url AS url, d.name AS name',
      { documentId },
    );
    expect(records.map((r) => r.toObject())).toEqual([{ kind: 'reference', url, name: 'Example page' }]);
    await driver.executeQuery('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', {
      ids: [first, second, documentId],
    });
  });

  it('should bound auditLog first to 1..100', async () => {
    for (const first of [0, 101]) {
      const answer = await call(app, AUDIT_LOG, { first });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(answer.errors![0]!.message).toMatch(/first\)?: must be a whole number from 1 to 100/);
    }
  });
});
