/**
 * The facts statements (cypher/eligibility/get-eligibility-facts.cypher, and get-union-agreements.cypher for what
 * no objective changes) at the size they reach at scale (issue 20): an agreement of the Union's is read once,
 * with its parties' ids, not once per party with its whole record; and every list comes in slices of at most
 * 100 items, a row each, so the driver never decodes the facts in one piece. db/eligibility.ts joins the slices
 * and gives each party the agreement's one record.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsRow, toFacts, UNION_ID } from '../../../api/src/db/eligibility.js';
import { loadCypherCatalog } from '../../../api/src/db/cypher.js';
import { testConfig } from '../../helpers/app.js';
import { testDriver, uniqueId } from '../../helpers/neo4j.js';

const SLICE = 100;
let driver: Driver;
const agreementId = uniqueId('facts-agreement');
const parties = Array.from({ length: 150 }, (_, i) => uniqueId(`facts-party-${i}`)).sort();
const catalog = loadCypherCatalog(testConfig().paths.cypher);

const read = async (name: string) =>
  (await driver.executeQuery(catalog.get(name)!, { objective: 'ALL', union: UNION_ID })).records.map((r) =>
    r.toObject(),
  );
const readFacts = () => read('eligibility/get-eligibility-facts');
const readShared = () => read('eligibility/get-union-agreements');

beforeAll(async () => {
  driver = testDriver();
  // 150 parties besides the Union, of a kind no class admits by name, with a long quote: as at scale.
  await driver.executeQuery(
    `MATCH (eu:Entity:Actor {id: $union})
     CREATE (g:Entity:LegalInstrument {id: $agreementId, name: 'Test agreement', type: 'agreement',
       agreementKinds: ['SPECIFIC_EU_AGREEMENT'], citeDocuments: ['eu-css-2013'], citeLocators: ['1'],
       citeQuotes: [$quote]})
     CREATE (eu)-[:PARTY_TO]->(g)
     WITH g
     UNWIND $parties AS id
     CREATE (:Entity:Actor {id: id, name: id, kind: 'test-facts-kind'})-[:PARTY_TO]->(g)`,
    { union: UNION_ID, agreementId, parties, quote: 'x'.repeat(2_000) },
  );
});

afterAll(async () => {
  await driver.executeQuery('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', {
    ids: [agreementId, ...parties],
  });
  await driver.close();
});

describe('the eligibility facts statement', () => {
  it('should read an agreement of the Union once, with its parties, and give each party its one record', async () => {
    const shared = await readShared();
    const records = shared
      .filter((r) => r.part === 'agreements')
      .flatMap((r) => r.items as Array<{ agreementId: string }>);
    const ours = records.filter((a) => a.agreementId === agreementId);
    expect(ours).toHaveLength(1);
    expect([...(ours[0] as unknown as { parties: string[] }).parties].sort()).toEqual(parties);
    expect(new Set(records.map((a) => a.agreementId)).size).toBe(records.length);

    const facts = toFacts({ ...factsRow(await readFacts()), ...factsRow(shared) });
    const mapped = facts.agreements.filter((a) => a.agreementId === agreementId);
    expect(mapped.map((a) => a.actorId).sort()).toEqual(parties);
    expect(new Set(mapped.map((a) => a.details)).size).toBe(1);
    for (const id of parties) expect(facts.actors.get(id)?.kind).toBe('test-facts-kind');
  });

  it('should give every list in slices of at most 100 items, each list at least one row', async () => {
    const rows = await readFacts();
    const shared = await readShared();
    for (const row of [...rows, ...shared]) expect((row.items as unknown[]).length).toBeLessThanOrEqual(SLICE);
    expect([...new Set(rows.map((r) => r.part))].sort()).toEqual(
      ['actors', 'kindCounts', 'objectives', 'rules', 'targets'].sort(),
    );
    expect([...new Set(shared.map((r) => r.part))].sort()).toEqual(['agreements', 'documents']);
    // With the 150 parties, more than 100 actors: their list spans rows, joined back in order without loss.
    const actors = rows.filter((r) => r.part === 'actors');
    expect(actors.length).toBeGreaterThan(1);
    const joined = factsRow(rows).actors as unknown[];
    expect(joined).toEqual(actors.flatMap((r) => r.items as unknown[]));
    expect(toFacts(factsRow(rows)).actors.size).toBe(joined.length);
  });
});
