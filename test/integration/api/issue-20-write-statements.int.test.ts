/**
 * Issue 20 (W5, writes don't queue): an upsertActor was four statements in its transaction (the citation's source,
 * the node's lock, the write, the audit record), an upsertAgreement five (and the parties), a link five (the
 * endpoints' and the relationship's locks apart), each a round trip and its own Cypher and Bolt work in Neo4j. Each
 * is two now: cypher/curation/lock-nodes-with-citation or lock-relationship-with-citation, then
 * write-node-and-record or write-relationship-and-record, which writes and records together; the audit's `after`
 * snapshot is computed from what was read under the lock, so these tests also compare it with what Neo4j stored, on
 * a node with properties no curation writes. Counted from Database.writeTransaction, whose `text` names every
 * statement of the transaction.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Database } from '../../../api/src/db/database.js';
import { visibleProps } from '../../../api/src/domain/curation/changes.js';
import { testDriver } from '../../helpers/neo4j.js';
import {
  ALICE,
  as,
  actorInput,
  buildCurationApp,
  call,
  cleanUp,
  codeOf,
  footprint,
  LINK,
  REFERENCE_CITATION,
  STRATEGY_CITATION,
  UPSERT_ACTOR,
  UPSERT_AGREEMENT,
} from './curation-helpers.js';

interface Audited {
  audit: { before: unknown; after: unknown };
}
interface Upserted {
  upsertActor: Audited & {
    actor: { id: string; name: string; version: number; citations: Array<{ document: { id: string } }> };
  };
  upsertAgreement: Audited & { agreement: { version: number; parties: Array<{ id: string }> } };
  link: Audited & { relationship: { version: number; order: number | null; role: string | null } };
}

const driver = testDriver();
const run = randomUUID().slice(0, 8);
const ids: string[] = [];
const documents: string[] = [];
const fresh = (name: string) => {
  const id = `test-w5-${name}-${run}`;
  ids.push(id);
  return id;
};
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildCurationApp();
});
afterAll(async () => {
  await app?.close();
  await cleanUp(driver, ids, documents);
  await driver.close();
});
afterEach(() => vi.restoreAllMocks());

/** The cypher/ statements one mutation runs in its write transaction, and its answer. */
async function statementsOf(input: Record<string, unknown>, mutation = UPSERT_ACTOR) {
  const names: string[] = [];
  const original = Database.prototype.writeTransaction;
  vi.spyOn(Database.prototype, 'writeTransaction').mockImplementation(function (this: Database, work) {
    return original.call(this, (tx, text) =>
      work(tx, (name) => {
        names.push(name);
        return text(name);
      }),
    );
  });
  const answer = await call<Upserted>(app, mutation, { input }, as(ALICE));
  vi.restoreAllMocks();
  return { answer, names };
}

/** A relationship's properties as Neo4j stores them, as an audit snapshot keeps them. */
async function storedRelationship(from: string, type: string, to: string) {
  const { records } = await driver.executeQuery(
    'MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type RETURN properties(r) AS props',
    { from, type, to },
  );
  return visibleProps(records[0]!.get('props') as Record<string, unknown>);
}

/** An agreement's parties as Neo4j stores them. */
async function storedParties(id: string) {
  const { records } = await driver.executeQuery('MATCH (p:Entity)-[:PARTY_TO]->(:Entity {id: $id}) RETURN p.id AS id', {
    id,
  });
  return records.map((r) => r.get('id') as string).sort();
}

/** The node's properties as Neo4j stores them, as an audit snapshot keeps them. */
async function stored(id: string) {
  const { records } = await driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN properties(n) AS props', { id });
  return visibleProps(records[0]!.get('props') as Record<string, unknown>);
}

const TWO = ['curation/lock-nodes-with-citation', 'curation/write-node-and-record'];
const TWO_FOR_LINK = ['curation/lock-relationship-with-citation', 'curation/write-relationship-and-record'];

describe('the statements of a curation write (issue 20, W5)', () => {
  it('should create and then update an actor in two statements each, recording what was stored', async () => {
    const id = fresh('two');
    const created = await statementsOf(actorInput(id, { aliases: ['T2'] }));
    expect(created.answer.errors).toBeUndefined();
    expect(created.names).toEqual(TWO);
    const first = created.answer.data!.upsertActor;
    expect(first.actor.version).toBe(1);
    expect(first.audit.before).toBeNull();
    expect(first.audit.after).toEqual({ id, label: 'Actor', props: await stored(id) });

    const updated = await statementsOf(actorInput(id, { name: 'Renamed', aliases: [], expectedVersion: 1 }));
    expect(updated.answer.errors).toBeUndefined();
    expect(updated.names).toEqual(TWO);
    const second = updated.answer.data!.upsertActor;
    expect(second.actor).toMatchObject({ name: 'Renamed', version: 2 });
    expect(second.audit.before).toEqual(first.audit.after);
    expect(second.audit.after).toEqual({ id, label: 'Actor', props: await stored(id) });
  });

  it("should record a node's properties that no curation writes, as stored, when updating it", async () => {
    const id = fresh('seedlike');
    await driver.executeQuery(
      `CREATE (n:Entity:Actor {id: $id, name: 'Seed-like', kind: 'other', description: 'gone', score: 3, ratio: 0.5,
         flags: [true, false], since: date('2021-06-28')})`,
      { id },
    );
    const before = await stored(id);
    const { answer, names } = await statementsOf(actorInput(id, { expectedVersion: 0 }));
    expect(answer.errors).toBeUndefined();
    expect(names).toEqual(TWO);
    const after = await stored(id);
    expect(after).toMatchObject({ score: 3, ratio: 0.5, flags: [true, false], version: 1 });
    expect(after).not.toHaveProperty('description');
    const audit = answer.data!.upsertActor.audit;
    expect(audit.before).toEqual(JSON.parse(JSON.stringify({ id, label: 'Actor', props: before })));
    expect(audit.after).toEqual(JSON.parse(JSON.stringify({ id, label: 'Actor', props: after })));
  });

  it('should refuse a quote from another provision after the first statement, writing nothing', async () => {
    const id = fresh('refused');
    const citation = { ...STRATEGY_CITATION, locator: '4.3' };
    const { answer, names } = await statementsOf(actorInput(id, { citation }));
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(names).toEqual(['curation/lock-nodes-with-citation']);
    expect(await footprint(driver, [id])).toEqual({ nodes: 0, relationships: 0, audits: 0 });
  });

  it('should cite an external page with its reference Document merged first, then the same two statements', async () => {
    const id = fresh('external');
    const url = `https://www.example.org/test/w5-${run}`;
    const citation = { sourceTitle: 'Example page', sourceUrl: url, note: 'The page states it (test).' };
    const { answer, names } = await statementsOf(actorInput(id, { citation }));
    expect(answer.errors).toBeUndefined();
    documents.push(answer.data!.upsertActor.actor.citations[0]!.document.id);
    expect(names).toEqual(['curation/merge-reference-document', ...TWO]);
  });

  it('should create and update an agreement in two statements each, recording its parties and props as stored', async () => {
    const [x, y, id] = [fresh('party-x'), fresh('party-y'), fresh('agreement')];
    for (const party of [x, y]) expect((await statementsOf(actorInput(party))).answer.errors).toBeUndefined();
    const input = {
      id,
      name: 'Test agreement \uD800',
      coversCybersecurity: true,
      kinds: ['EXPLICIT_CYBER_AGREEMENT'],
      parties: [x, 'european-union'],
      aliases: ['TA \uDC00'],
      citation: STRATEGY_CITATION,
    };
    const created = await statementsOf(input, UPSERT_AGREEMENT);
    expect(created.answer.errors).toBeUndefined();
    expect(created.names).toEqual(TWO);
    const first = created.answer.data!.upsertAgreement;
    expect(first.agreement.version).toBe(1);
    expect(first.audit.before).toBeNull();
    const parties = await storedParties(id);
    expect(parties).toEqual(['european-union', x].sort());
    expect(first.audit.after).toEqual({ id, label: 'LegalInstrument', props: await stored(id), parties });
    expect((await stored(id)).name).toBe('Test agreement \uFFFD');

    const replaced = await statementsOf({ ...input, parties: [y, x], expectedVersion: 1 }, UPSERT_AGREEMENT);
    expect(replaced.answer.errors).toBeUndefined();
    expect(replaced.names).toEqual(TWO);
    const second = replaced.answer.data!.upsertAgreement;
    expect(second.agreement.version).toBe(2);
    expect(second.audit.before).toEqual(first.audit.after);
    const after = { id, label: 'LegalInstrument', props: await stored(id), parties: await storedParties(id) };
    expect(after.parties).toEqual([x, y].sort());
    expect(second.audit.after).toEqual(after);
  });

  it('should refuse a missing party after the first statement, writing nothing', async () => {
    const id = fresh('no-party');
    const input = {
      id,
      name: 'Bad',
      coversCybersecurity: false,
      parties: ['test-atlantis-0'],
      citation: STRATEGY_CITATION,
    };
    const { answer, names } = await statementsOf(input, UPSERT_AGREEMENT);
    expect(codeOf(answer)).toBe('NOT_FOUND');
    expect(names).toEqual(['curation/lock-nodes-with-citation']);
    expect(await footprint(driver, [id])).toEqual({ nodes: 0, relationships: 0, audits: 0 });
  });

  it('should create and update a link in two statements each, recording what was stored', async () => {
    const [a, b] = [fresh('from'), fresh('to')];
    for (const end of [a, b]) expect((await statementsOf(actorInput(end))).answer.errors).toBeUndefined();
    const base = { from: a, type: 'MEMBER_OF', to: b, citation: STRATEGY_CITATION };
    const created = await statementsOf({ ...base, role: 'member \uD83D', order: 2 }, LINK);
    expect(created.answer.errors).toBeUndefined();
    expect(created.names).toEqual(TWO_FOR_LINK);
    const first = created.answer.data!.link;
    expect(first.relationship).toMatchObject({ version: 1, order: 2, role: 'member \uFFFD' });
    const ends = { id: `${a}|MEMBER_OF|${b}`, from: a, type: 'MEMBER_OF', to: b };
    expect(first.audit.before).toBeNull();
    expect(first.audit.after).toEqual({ ...ends, props: await storedRelationship(a, 'MEMBER_OF', b) });

    const citation = REFERENCE_CITATION;
    const updated = await statementsOf({ ...base, citation, role: null, order: null, expectedVersion: 1 }, LINK);
    expect(updated.answer.errors).toBeUndefined();
    expect(updated.names).toEqual(TWO_FOR_LINK);
    const second = updated.answer.data!.link;
    expect(second.relationship).toMatchObject({ version: 2, order: null, role: null });
    expect(second.audit.before).toEqual(first.audit.after);
    expect(second.audit.after).toEqual({ ...ends, props: await storedRelationship(a, 'MEMBER_OF', b) });
  });

  it('should refuse a link at a stale version or to a missing node after the first statement, writing nothing', async () => {
    const a = fresh('lonely');
    expect((await statementsOf(actorInput(a))).answer.errors).toBeUndefined();
    const missing = await statementsOf(
      { from: a, type: 'MEMBER_OF', to: fresh('absent'), citation: STRATEGY_CITATION },
      LINK,
    );
    expect(codeOf(missing.answer)).toBe('NOT_FOUND');
    expect(missing.names).toEqual(['curation/lock-relationship-with-citation']);
    const stale = await statementsOf(
      { from: a, type: 'COOPERATES_WITH', to: 'enisa', citation: STRATEGY_CITATION, expectedVersion: 3 },
      LINK,
    );
    expect(codeOf(stale.answer)).toBe('CONFLICT');
    expect(stale.names).toEqual(['curation/lock-relationship-with-citation']);
    expect(await footprint(driver, [a])).toEqual({ nodes: 1, relationships: 0, audits: 1 });
  });
});
