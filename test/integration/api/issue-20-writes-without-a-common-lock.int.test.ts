/**
 * Issue 20, "writes don't queue": a change takes no lock that a change of other items needs (no Meta node in
 * its transaction), so commits share log flushes. What the Meta lock gave must still hold, against the real
 * Neo4j: concurrent changes all land with distinct seqs and data versions; the data version is the one the
 * audit records give (cypher/meta/get-data-version, the same as changes.ts computes); seqs grow in the order
 * changes were acknowledged; another process's write is seen by a cached read; and two processes that meet
 * on one seq are refused by the unique constraint, the change being run again.
 */
import type { FastifyInstance } from 'fastify';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../../api/src/db/cypher.js';
import { curatedDataVersion, curationStateHash, SEQ_STRIDE } from '../../../api/src/domain/curation/changes.js';
import { testDriver, uniqueId } from '../../helpers/neo4j.js';
import { ALICE, UPSERT_ACTOR, actorInput, as, buildCurationApp, call, cleanUp, footprint } from './curation-helpers.js';

interface Change {
  upsertActor: { actor: { name: string; version: number }; dataVersion: string; audit: { id: string } };
}

let app: FastifyInstance;
let other: FastifyInstance;
let driver: Driver;
const created: string[] = [];
const strayAudits: string[] = [];
const fresh = () => {
  const id = uniqueId('i20');
  created.push(id);
  return id;
};

beforeAll(async () => {
  app = await buildCurationApp();
  // A second app on the same database: its own read cache, as a second API process would have.
  other = await buildCurationApp();
  driver = testDriver();
});
afterAll(async () => {
  await driver.executeQuery('MATCH (a:AuditRecord) WHERE a.id IN $ids DETACH DELETE a', { ids: strayAudits });
  await cleanUp(driver, created);
  await driver.close();
  await other.close();
  await app.close();
});

async function seqOf(auditId: string): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (a:AuditRecord {id: $auditId}) RETURN a.seq AS seq', {
    auditId,
  });
  return Number(records[0]!.get('seq'));
}

/** This process's seq slot base: the seq of a change made alone (slot index 0), modulo the stride. */
async function slotBase(): Promise<number> {
  const alone = await call<Change>(app, UPSERT_ACTOR, { input: actorInput(fresh()) }, as(ALICE));
  return (await seqOf(alone.data!.upsertActor.audit.id)) % SEQ_STRIDE;
}

/** The data version computed in TypeScript from the raw records: the Meta seed version, count, newest mark. */
async function versionFromRecords(): Promise<string | null> {
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (m:Meta {id: 'dataset'})
     CALL () { MATCH (r:AuditRecord) RETURN count(r) AS audits }
     CALL () { MATCH (r:AuditRecord) WHERE r.seq IS NOT NULL RETURN r.versionMark AS mark ORDER BY r.seq DESC LIMIT 1 }
     RETURN m.version AS seed, audits, mark`,
  );
  const row = records[0]!.toObject();
  return curatedDataVersion(row.seed as string, curationStateHash(Number(row.mark), Number(row.audits)));
}

describe('writes without a common lock (issue 20)', () => {
  it('should land every one of 16 concurrent changes of different actors, each with its own seq and data version', async () => {
    const ids = Array.from({ length: 16 }, () => fresh());
    const answers = await Promise.all(
      ids.map((id) => call<Change>(app, UPSERT_ACTOR, { input: actorInput(id) }, as(ALICE))),
    );
    expect(answers.map((a) => a.errors)).toEqual(ids.map(() => undefined));
    expect(await footprint(driver, ids)).toEqual({ nodes: 16, relationships: 0, audits: 16 });
    const seqs = await Promise.all(answers.map((a) => seqOf(a.data!.upsertActor.audit.id)));
    expect(new Set(seqs).size).toBe(16);
    expect(new Set(answers.map((a) => a.data!.upsertActor.dataVersion)).size).toBe(16);
    // The version every reader sees is the one the records give (retry: other files may curate meanwhile).
    let seen: { api: string; records: string | null } = { api: '', records: null };
    for (let i = 0; i < 5; i += 1) {
      const { data } = await call<{ dataVersion: string }>(app, '{ dataVersion }');
      seen = { api: data!.dataVersion, records: await versionFromRecords() };
      if (seen.api === seen.records) break;
    }
    expect(seen.api).toMatch(/^seed-[0-9a-f]{16}\+[0-9a-f]{12}$/);
    expect(seen.api).toBe(seen.records);
  });

  it("should complete a change while another change's transaction, citing the same provision, is still open", async () => {
    // The open transaction has done all a change does (created an actor linked to provision 4.4, recorded the
    // change) but not committed. Before issue 20 every change waited here for the Meta lock until the commit.
    const otherSlot = ((await slotBase()) + SEQ_STRIDE / 2) % SEQ_STRIDE;
    const session = driver.session();
    const tx = session.beginTransaction();
    try {
      const held = fresh();
      await tx.run(cypher(app.db.catalog, 'curation/create-node'), {
        nodeId: held,
        nodeLabel: 'Actor',
        nodeProps: { name: `Held ${held}`, kind: 'other' },
        evidence: { document: 'enisa-international-strategy-2021', locator: '4.4' },
      });
      const heldAudit = uniqueId('i20-audit');
      strayAudits.push(heldAudit);
      await tx.run(cypher(app.db.catalog, 'curation/record-change'), {
        audit: { id: heldAudit, curator: 'elsewhere', mutation: 'upsertActor', targetId: held },
        auditTargets: [held],
        versionMark: neo4j.int(1),
        seqSlot: neo4j.int(otherSlot),
        seqStride: neo4j.int(SEQ_STRIDE),
      });
      const id = fresh();
      const answer = await call<Change>(app, UPSERT_ACTOR, { input: actorInput(id) }, as(ALICE));
      expect(answer.errors).toBeUndefined();
      expect(await footprint(driver, [id])).toMatchObject({ nodes: 1, audits: 1 });
      await tx.commit();
    } finally {
      if (tx.isOpen()) await tx.rollback();
      await session.close();
    }
  });

  it('should give changes seqs in the order they were acknowledged, and a new data version each', async () => {
    const id = fresh();
    const seqs: number[] = [];
    const versions: string[] = [];
    for (let version = 0; version < 4; version += 1) {
      const input = actorInput(id, { name: `Step ${version}`, ...(version ? { expectedVersion: version } : {}) });
      const answer = await call<Change>(app, UPSERT_ACTOR, { input }, as(ALICE));
      expect(answer.errors).toBeUndefined();
      seqs.push(await seqOf(answer.data!.upsertActor.audit.id));
      versions.push(answer.data!.upsertActor.dataVersion);
    }
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(new Set(seqs).size).toBe(4);
    expect(new Set(versions).size).toBe(4);
  });

  it("should show another process's change to a read this process has cached", async () => {
    const id = fresh();
    expect((await call(app, UPSERT_ACTOR, { input: actorInput(id) }, as(ALICE))).errors).toBeUndefined();
    const read = async () =>
      (await call<{ actor: { name: string } }>(app, `query($id: ID!) { actor(id: $id) { name } }`, { id })).data!.actor
        .name;
    const versionBefore = (await call<{ dataVersion: string }>(app, '{ dataVersion }')).data!.dataVersion;
    expect(await read()).toBe(`Test actor ${id}`);
    expect(await read()).toBe(`Test actor ${id}`);
    const change = await call<Change>(
      other,
      UPSERT_ACTOR,
      { input: actorInput(id, { name: 'Renamed elsewhere', expectedVersion: 1 }) },
      as(ALICE),
    );
    expect(change.errors).toBeUndefined();
    expect(await read()).toBe('Renamed elsewhere');
    const versionAfter = (await call<{ dataVersion: string }>(app, '{ dataVersion }')).data!.dataVersion;
    expect(versionAfter).not.toBe(versionBefore);
  });

  it('should refuse a second audit record at a seq an uncommitted change holds, and run the change again', async () => {
    const base = await slotBase();
    // "Another process" records a change at the seq this process's next change will take, and holds it.
    const holder = driver.session();
    const tx = holder.beginTransaction();
    const strayId = uniqueId('i20-audit');
    strayAudits.push(strayId);
    const [held] = (
      await tx.run(cypher(app.db.catalog, 'curation/record-change'), {
        audit: { id: strayId, curator: 'elsewhere', mutation: 'upsertActor', targetId: strayId },
        auditTargets: [],
        versionMark: neo4j.int(1),
        seqSlot: neo4j.int(base),
        seqStride: neo4j.int(SEQ_STRIDE),
      })
    ).records.map((r) => Number((r.get('audit') as { seq: unknown }).seq));
    const id = fresh();
    const change = call<Change>(app, UPSERT_ACTOR, { input: actorInput(id) }, as(ALICE));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await tx.commit();
    await holder.close();
    const answer = await change;
    expect(answer.errors).toBeUndefined();
    const seq = await seqOf(answer.data!.upsertActor.audit.id);
    expect(seq).toBeGreaterThan(held!);
    expect(seq % SEQ_STRIDE).toBe(base);
    expect(await footprint(driver, [id])).toMatchObject({ nodes: 1, audits: 1 });
  });

  it('should name seq when the unique constraint refuses a twin (what the retry recognises)', async () => {
    const session = driver.session();
    const params = (id: string) => ({
      audit: { id, curator: 'elsewhere', mutation: 'upsertActor', targetId: id },
      auditTargets: [],
      versionMark: neo4j.int(1),
      seqSlot: neo4j.int(0),
      seqStride: neo4j.int(SEQ_STRIDE),
    });
    const [a, b] = [uniqueId('i20-audit'), uniqueId('i20-audit')];
    strayAudits.push(a, b);
    try {
      const seq = await session.executeWrite(async (tx) => {
        const first = await tx.run(cypher(app.db.catalog, 'curation/record-change'), params(a));
        return (first.records[0]!.get('audit') as { seq: unknown }).seq;
      });
      const error = await session
        .executeWrite((tx) => tx.run(`CREATE (t:AuditRecord {id: $b, seq: $seq})`, { b, seq }))
        .then(
          () => null,
          (e: unknown) => e as { code: string; message: string },
        );
      expect(error?.code).toBe('Neo.ClientError.Schema.ConstraintValidationFailed');
      expect(error?.message).toMatch(/\bseq\b/);
    } finally {
      await session.close();
    }
  });
});
