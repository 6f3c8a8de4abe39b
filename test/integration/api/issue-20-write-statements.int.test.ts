/**
 * Issue 20 (W5, writes don't queue): an upsertActor was four statements in its transaction (the citation's source,
 * the node's lock, the write, the audit record), each a round trip and its own Cypher and Bolt work in Neo4j. It
 * is two now: cypher/curation/lock-node-with-citation, then write-node-and-record, which writes the node and its
 * audit record together; the audit's `after` snapshot is computed from what was read under the lock, so these tests
 * also compare it with what Neo4j stored, on a node with properties no curation writes. Counted from
 * Database.writeTransaction, whose `text` names every statement of the transaction.
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
  STRATEGY_CITATION,
  UPSERT_ACTOR,
} from './curation-helpers.js';

interface Upserted {
  upsertActor: {
    actor: { id: string; name: string; version: number; citations: Array<{ document: { id: string } }> };
    audit: { before: unknown; after: unknown };
  };
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
async function statementsOf(input: Record<string, unknown>) {
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
  const answer = await call<Upserted>(app, UPSERT_ACTOR, { input }, as(ALICE));
  vi.restoreAllMocks();
  return { answer, names };
}

/** The node's properties as Neo4j stores them, as an audit snapshot keeps them. */
async function stored(id: string) {
  const { records } = await driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN properties(n) AS props', { id });
  return visibleProps(records[0]!.get('props') as Record<string, unknown>);
}

const TWO = ['curation/lock-node-with-citation', 'curation/write-node-and-record'];

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
    expect(names).toEqual(['curation/lock-node-with-citation']);
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
});
