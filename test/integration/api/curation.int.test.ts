/**
 * Curation mutations against the real Neo4j: authentication, storage with audit and data version,
 * optimistic versions, idempotent retries, refused inputs that write nothing, and hostile strings.
 */
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver, uniqueId } from '../../helpers/neo4j.js';
import {
  ALICE,
  BOB,
  LINK,
  UPSERT_ACTOR,
  actorInput,
  as,
  buildCurationApp,
  call,
  cleanUp,
  codeOf,
  footprint,
} from './curation-helpers.js';

interface ActorChange {
  upsertActor: {
    actor: { id: string; name: string; kind: string; aliases: string[]; description: string | null; version: number };
    dataVersion: string;
    replayed: boolean;
    audit: { id: string; at: string; curator: string; mutation: string; targetId: string } & Record<string, unknown>;
  };
}

const ACTOR = `query($id: ID!) { actor(id: $id) { id name kind aliases description citations { quote } } }`;
const VERSIONS = `{ dataVersion auditLog(first: 1) { edges { node { dataVersion } } } }`;

describe('curation mutations', () => {
  let app: FastifyInstance;
  let driver: Driver;
  const created: string[] = [];
  const fresh = (prefix = 'cur') => {
    const id = uniqueId(prefix);
    created.push(id);
    return id;
  };

  beforeAll(async () => {
    app = await buildCurationApp();
    driver = testDriver();
  });
  afterAll(async () => {
    await cleanUp(driver, created);
    await driver.close();
    await app.close();
  });

  it('should refuse a mutation without a token or with a wrong token, and write nothing', async () => {
    const id = fresh();
    const before = await footprint(driver, [id]);
    for (const header of [undefined, '', `Bearer ${ALICE}x`, `Bearer ${ALICE.slice(0, -1)}`, `Basic ${ALICE}`, ALICE]) {
      const answer = await call(app, UPSERT_ACTOR, { input: actorInput(id) }, header);
      expect(codeOf(answer), String(header)).toBe('UNAUTHENTICATED');
      expect(answer.status).toBe(200);
      expect(answer.data).toEqual({ upsertActor: null });
      expect(JSON.stringify(answer)).not.toContain(ALICE.slice(0, 12));
    }
    const link = await call(app, LINK, { input: { from: id, type: 'MEMBER_OF', to: 'enisa', citation: {} } });
    expect(codeOf(link)).toBe('UNAUTHENTICATED');
    expect(await footprint(driver, [id])).toEqual(before);
    expect(before).toEqual({ nodes: 0, relationships: 0, audits: 0 });
  });

  it('should store, audit and show a new actor, and change the data version', async () => {
    const id = fresh();
    const { data: start } = await call<{ dataVersion: string }>(app, '{ dataVersion }');
    const answer = await call<ActorChange>(
      app,
      UPSERT_ACTOR,
      { input: actorInput(id, { aliases: ['TA'], description: 'A test actor.' }) },
      as(ALICE),
    );
    expect(answer.errors).toBeUndefined();
    const change = answer.data!.upsertActor;
    expect(change.actor).toMatchObject({ id, name: `Test actor ${id}`, kind: 'OTHER', aliases: ['TA'] });
    expect(change.actor.version).toBe(1);
    expect(change.replayed).toBe(false);
    expect(change.audit).toMatchObject({ curator: 'alice', mutation: 'UPSERT_ACTOR', targetId: id, before: null });
    expect(Math.abs(Date.parse(change.audit.at) - Date.now())).toBeLessThan(60_000);
    expect(change.audit.after).toMatchObject({ id, props: { name: `Test actor ${id}`, version: 1 } });
    expect(change.dataVersion).toMatch(/^seed-[0-9a-f]{16}\+[0-9a-f]{12}$/);
    expect(change.dataVersion).not.toBe(start!.dataVersion);
    expect(change.audit.dataVersion).toBe(change.dataVersion);

    const { data: read } = await call<{ actor: { name: string; citations: unknown[] } }>(app, ACTOR, { id });
    expect(read!.actor).toMatchObject({ name: `Test actor ${id}`, citations: [{ quote: expect.any(String) }] });
    // The reported data version is the newest audit record's (retry: other test files may curate meanwhile).
    let versions: { dataVersion: string; auditLog: { edges: Array<{ node: { dataVersion: string } }> } } | null = null;
    for (let i = 0; i < 5; i += 1) {
      versions = (await call<NonNullable<typeof versions>>(app, VERSIONS)).data;
      if (versions!.dataVersion === versions!.auditLog.edges[0]!.node.dataVersion) break;
    }
    expect(versions!.dataVersion).toBe(versions!.auditLog.edges[0]!.node.dataVersion);
    const { records } = await driver.executeQuery(
      'MATCH (a:AuditRecord {id: $audit})-[:AUDITS]->(n:Entity {id: $id}) RETURN a.curator AS curator',
      { audit: change.audit.id, id },
    );
    expect(records.map((r) => r.get('curator'))).toEqual(['alice']);
  });

  it('should update at the expected version only, recording before and after', async () => {
    const id = fresh();
    await call(app, UPSERT_ACTOR, { input: actorInput(id) }, as(ALICE));
    const update = (input: Record<string, unknown>) =>
      call<ActorChange>(app, UPSERT_ACTOR, { input: actorInput(id, input) }, as(BOB));

    const updated = await update({ name: 'Renamed', kind: 'NETWORK', expectedVersion: 1 });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.upsertActor).toMatchObject({ actor: { version: 2, name: 'Renamed', kind: 'NETWORK' } });
    const { audit } = updated.data!.upsertActor;
    expect(audit.curator).toBe('bob');
    expect((audit.before as { props: object }).props).toMatchObject({
      name: `Test actor ${id}`,
      kind: 'other',
      version: 1,
    });
    expect((audit.after as { props: object }).props).toMatchObject({ name: 'Renamed', kind: 'network', version: 2 });
    expect((await call<{ actor: { name: string } }>(app, ACTOR, { id })).data!.actor.name).toBe('Renamed');

    const stale = await update({ name: 'Stale', expectedVersion: 1 });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.message).toMatch(/version 2, not 1/);
    const blind = await update({ name: 'Blind' });
    expect(codeOf(blind)).toBe('CONFLICT');
    expect(blind.errors![0]!.message).toMatch(/already exists at version 2/);
    const absent = await call(app, UPSERT_ACTOR, { input: actorInput(fresh(), { expectedVersion: 3 }) }, as(BOB));
    expect(codeOf(absent)).toBe('NOT_FOUND');
    expect(await footprint(driver, [id])).toMatchObject({ nodes: 1, audits: 2 });
    expect((await call<{ actor: { name: string } }>(app, ACTOR, { id })).data!.actor.name).toBe('Renamed');
  });

  it('should answer a repeated mutationId with the first result, without writing again', async () => {
    const id = fresh();
    const mutationId = crypto.randomUUID();
    const input = actorInput(id, { mutationId });
    const first = await call<ActorChange>(app, UPSERT_ACTOR, { input }, as(ALICE));
    const again = await call<ActorChange>(app, UPSERT_ACTOR, { input }, as(ALICE));
    expect(first.errors).toBeUndefined();
    expect(again.errors).toBeUndefined();
    expect(again.data!.upsertActor.replayed).toBe(true);
    expect(again.data!.upsertActor.audit.id).toBe(first.data!.upsertActor.audit.id);
    expect({ ...again.data!.upsertActor, replayed: false }).toEqual(first.data!.upsertActor);
    expect(await footprint(driver, [id])).toMatchObject({ nodes: 1, audits: 1 });

    const reused = await call(app, UPSERT_ACTOR, { input: actorInput(fresh(), { mutationId }) }, as(ALICE));
    expect(codeOf(reused)).toBe('CONFLICT');
    const concurrent = crypto.randomUUID();
    const other = fresh();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        call<ActorChange>(app, UPSERT_ACTOR, { input: actorInput(other, { mutationId: concurrent }) }, as(ALICE)),
      ),
    );
    expect(answers.map((a) => a.errors)).toEqual(answers.map(() => undefined));
    expect(new Set(answers.map((a) => a.data!.upsertActor.audit.id)).size).toBe(1);
    expect(await footprint(driver, [other])).toMatchObject({ nodes: 1, audits: 1 });
  });

  it.each([
    ['a quote not in the source text', { citation: { ...actorInput('x').citation, quote: 'ENISA will conquer Mars' } }],
    ['an unknown locator', { citation: { ...actorInput('x').citation, locator: '9.9' } }],
    ['an unknown citation document', { citation: { document: 'atlantis-papers', note: 'n' } }],
    ['a quote on a reference page', { citation: { document: 'ref-efta-eea', quote: 'The EEA' } }],
    ['no quote nor note', { citation: { document: 'enisa-international-strategy-2021', locator: '4.4' } }],
    ['a bad id', { id: 'Not A Slug' }],
    ['a name over 200 characters', { name: 'n'.repeat(201) }],
    ['21 aliases', { aliases: Array.from({ length: 21 }, (_, i) => `alias ${i}`) }],
    ['a blank name', { name: '   ' }],
    ['an http source URL', { citation: { sourceTitle: 'Page', sourceUrl: 'http://example.org/', note: 'n' } }],
  ])('should refuse %s with BAD_USER_INPUT and write nothing', async (_what, overrides) => {
    const id = fresh();
    const answer = await call(app, UPSERT_ACTOR, { input: actorInput(id, overrides) }, as(ALICE));
    expect(codeOf(answer), JSON.stringify(answer.errors)).toBe('BAD_USER_INPUT');
    expect(answer.errors![0]!.message).toMatch(/^(id|kind|name|aliases|citation[.a-zA-Z]*): /);
    expect(await footprint(driver, [id])).toEqual({ nodes: 0, relationships: 0, audits: 0 });
  });

  it('should refuse a kind outside the ActorKind enum before execution, and write nothing', async () => {
    const id = fresh();
    const answer = await call(app, UPSERT_ACTOR, { input: actorInput(id, { kind: 'pirate' }) }, as(ALICE));
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(answer.errors![0]!.message).toMatch(/ActorKind/);
    expect(answer.data ?? null).toBeNull();
    expect(await footprint(driver, [id])).toEqual({ nodes: 0, relationships: 0, audits: 0 });
  });

  it('should store and return hostile strings unchanged', async () => {
    const id = fresh();
    const name = `O'Brien "the \\ slasher" '}) DETACH DELETE n // \${x} $id`;
    const aliases = [
      "'}) MATCH (n) DETACH DELETE n //",
      'back\\\\slash \\n \\u0000',
      'Ünïcödé – “quotes” 🛡️ ‮rtl‬ e\u0301',
    ];
    const note = 'Note with \'quotes\', "doubles", `ticks` and ); DROP CONSTRAINT entity_id; //';
    const citation = { document: 'ref-efta-eea', note };
    const answer = await call<ActorChange>(
      app,
      UPSERT_ACTOR,
      { input: actorInput(id, { name, aliases, description: note, citation }) },
      as(ALICE),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.upsertActor.actor).toMatchObject({ name, aliases, description: note });
    const { data } = await call<{ actor: { name: string; aliases: string[]; citations: Array<{ quote: string }> } }>(
      app,
      ACTOR,
      { id },
    );
    expect(data!.actor).toMatchObject({ name, aliases, citations: [{ quote: note }] });
    const { records } = await driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN n.name AS name, n.aliases AS a', {
      id,
    });
    expect(records[0]!.toObject()).toEqual({ name, a: aliases });
    expect(await footprint(driver, ['enisa'])).toMatchObject({ nodes: 1 });
  });
});
