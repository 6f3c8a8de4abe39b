/**
 * The check "audit snapshot vs what was stored" (db/curation.ts checkRecordedWrite). A two-statement write records
 * its `after` snapshot in the statement that writes, computed beforehand from what was read under the lock
 * (changes.ts propsAfterWrite, relationshipPropsAfterWrite); before commit, it is compared with what the statement
 * returns, and a difference refuses the change (INTERNAL) and rolls it back, so no audit record misstates a change.
 *
 * No valid input makes the two differ today: the lock keeps other writers out between the two statements, and the
 * one coercion known (a lone surrogate, which Neo4j stores as U+FFFD) is modelled. So the check is tripped here by
 * putting back the defect the schema fuzzer found (a snapshot that kept the lone surrogate as sent): the
 * domain module is replaced in this file only, and Neo4j stores what it stores.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Changes from '../../../api/src/domain/curation/changes.js';
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
  STRATEGY_CITATION,
  UPSERT_ACTOR,
  UPSERT_AGREEMENT,
} from './curation-helpers.js';

const defect = vi.hoisted(() => ({ on: false }));

vi.mock('../../../api/src/domain/curation/changes.js', async (importOriginal) => {
  const actual = await importOriginal<typeof Changes>();
  return {
    ...actual,
    propsAfterWrite: (id: string, stored: Changes.Props | null, props: Changes.Props) => {
      const after = actual.propsAfterWrite(id, stored, props);
      return defect.on ? { ...after, name: props.name } : after;
    },
    relationshipPropsAfterWrite: (stored: Changes.Props | null, props: Changes.Props) => {
      const after = actual.relationshipPropsAfterWrite(stored, props);
      return defect.on ? { ...after, role: props.role } : after;
    },
  };
});

const driver = testDriver();
const run = randomUUID().slice(0, 8);
const ids: string[] = [];
const fresh = (name: string) => {
  const id = `test-snapshot-${name}-${run}`;
  ids.push(id);
  return id;
};
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildCurationApp();
});
afterAll(async () => {
  await app?.close();
  await cleanUp(driver, ids);
  await driver.close();
});

const LONE = 'lone \uD800 surrogate';

async function withDefect<T>(send: () => Promise<T>): Promise<T> {
  defect.on = true;
  try {
    return await send();
  } finally {
    defect.on = false;
  }
}

describe('the audit snapshot is checked against what was stored', () => {
  it('should refuse an actor whose snapshot differs from the stored node, writing nothing', async () => {
    const id = fresh('actor');
    const input = actorInput(id, { name: LONE });
    const refused = await withDefect(() => call(app, UPSERT_ACTOR, { input }, as(ALICE)));
    expect(codeOf(refused)).toBe('INTERNAL');
    expect(await footprint(driver, [id])).toEqual({ nodes: 0, relationships: 0, audits: 0 });
    // The same write with the snapshot as Neo4j stores it.
    expect((await call(app, UPSERT_ACTOR, { input }, as(ALICE))).errors).toBeUndefined();
    expect(await footprint(driver, [id])).toEqual({ nodes: 1, relationships: 0, audits: 1 });
  });

  it('should refuse an agreement whose snapshot differs, writing neither it nor its parties', async () => {
    const [party, id] = [fresh('party'), fresh('agreement')];
    expect((await call(app, UPSERT_ACTOR, { input: actorInput(party) }, as(ALICE))).errors).toBeUndefined();
    const input = {
      id,
      name: LONE,
      coversCybersecurity: true,
      kinds: ['EXPLICIT_CYBER_AGREEMENT'],
      parties: [party],
      citation: STRATEGY_CITATION,
    };
    const refused = await withDefect(() => call(app, UPSERT_AGREEMENT, { input }, as(ALICE)));
    expect(codeOf(refused)).toBe('INTERNAL');
    expect(await footprint(driver, [id])).toEqual({ nodes: 0, relationships: 0, audits: 0 });
    expect((await call(app, UPSERT_AGREEMENT, { input }, as(ALICE))).errors).toBeUndefined();
    expect(await footprint(driver, [id])).toEqual({ nodes: 1, relationships: 1, audits: 1 });
  });

  it('should refuse a link whose snapshot differs from the stored relationship, writing nothing', async () => {
    const [a, b] = [fresh('from'), fresh('to')];
    for (const end of [a, b])
      expect((await call(app, UPSERT_ACTOR, { input: actorInput(end) }, as(ALICE))).errors).toBeUndefined();
    const input = { from: a, type: 'COOPERATES_WITH', to: b, role: LONE, citation: STRATEGY_CITATION };
    const refused = await withDefect(() => call(app, LINK, { input }, as(ALICE)));
    expect(codeOf(refused)).toBe('INTERNAL');
    expect(await footprint(driver, [a])).toEqual({ nodes: 1, relationships: 0, audits: 1 });
    expect((await call(app, LINK, { input }, as(ALICE))).errors).toBeUndefined();
    expect(await footprint(driver, [a])).toEqual({ nodes: 1, relationships: 1, audits: 2 });
  });
});
