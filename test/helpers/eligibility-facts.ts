/**
 * The eligibility facts as the API reads them (cypher/eligibility/get-eligibility-facts.cypher through
 * db/eligibility.ts) from the test run's Neo4j, for tests of the pure reasoning on the real seed. Other
 * tests add data with ids starting "test-" meanwhile: seedOnly removes it, so answers are the seed's.
 */
import { loadCypherCatalog } from '../../api/src/db/cypher.js';
import { Database } from '../../api/src/db/database.js';
import { getEligibilityFacts } from '../../api/src/db/eligibility.js';
import type { EligibilityFacts } from '../../api/src/domain/eligibility/index.js';
import { testConfig } from './app.js';
import { testDriver } from './neo4j.js';

const isTest = (id: string) => id.startsWith('test-');

export function seedOnly(facts: EligibilityFacts): EligibilityFacts {
  return {
    ...facts,
    actors: new Map([...facts.actors].filter(([id]) => !isTest(id))),
    targets: new Map(
      [...facts.targets]
        .filter(([id]) => !isTest(id))
        .map(([id, t]) => [id, { ...t, members: t.members.filter((m) => !isTest(m.id)) }]),
    ),
    rules: facts.rules
      .filter((r) => !isTest(r.id))
      .map((r) => ({ ...r, appliesTo: r.appliesTo.filter((id) => !isTest(id)) })),
    agreements: facts.agreements.filter((a) => !isTest(a.actorId) && !isTest(a.agreementId)),
  };
}

/** Reads the facts once per call, with a driver of its own, every actor included; seed data only. */
export async function seedFacts(): Promise<EligibilityFacts> {
  const config = testConfig();
  const driver = testDriver();
  try {
    const db = new Database(driver, loadCypherCatalog(config.paths.cypher), config.neo4j.database);
    // Every actor, as tests of the pure reasoning ask about any of them (the API adds the ones a question names).
    const { records } = await driver.executeQuery('MATCH (a:Entity:Actor) RETURN a.id AS id');
    return seedOnly(
      await getEligibilityFacts(
        db,
        'ALL',
        records.map((r) => String(r.get('id'))),
      ),
    );
  } finally {
    await driver.close();
  }
}
