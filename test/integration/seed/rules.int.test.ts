/**
 * The eligibility rules are data: every strategic objective SO4.1 to SO4.7 and principles 1, 2, 3, 4, 5, 6
 * and 8 have rules in the graph, each with a quote from the ENISA strategy, an approach and (for objectives)
 * the objective it serves.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { testDriver } from '../../helpers/neo4j.js';
import { SOURCES } from '../../helpers/sources.js';

const driver: Driver = testDriver();
afterAll(() => driver.close());

describe('eligibility rules as data', () => {
  it.each(['SO4.1', 'SO4.2', 'SO4.3', 'SO4.4', 'SO4.5', 'SO4.6', 'SO4.7'])(
    'should hold rules for %s with quotes',
    async (code) => {
      const { records } = await driver.executeQuery(
        `MATCH (r:EligibilityRule)-[:UNDER_OBJECTIVE]->(:StrategicObjective {code: $code})
       RETURN r.id AS id, r.citeQuotes AS quotes, [(r)-[:USES_APPROACH]->(a:Approach) | a.code] AS approaches`,
        { code },
      );
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) {
        expect(record.get('approaches').length, record.get('id')).toBeGreaterThan(0);
        for (const quote of record.get('quotes') as string[])
          expect(SOURCES['enisa-international-strategy-2021']!.contains(quote), quote).toBe(true);
      }
    },
  );

  it.each([1, 2, 3, 4, 5, 6, 8])('should hold principle %i as a rule or condition with its quote', async (number) => {
    const { records } = await driver.executeQuery(
      `MATCH (r:EligibilityRule)-[:STATED_IN]->(:Principle {number: $number}) RETURN r.effect AS effect, r.citeQuotes AS quotes, r.conditionKinds AS conditions`,
      { number },
    );
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      expect(['GRANT', 'EXCLUDE', 'CONDITION']).toContain(record.get('effect'));
      for (const quote of record.get('quotes') as string[])
        expect(SOURCES['enisa-international-strategy-2021']!.contains(quote), quote).toBe(true);
    }
  });

  it('should state SO4.4 outreach to third countries with EU agreements with Management Board endorsement', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (r:EligibilityRule {objective: 'SO4.4'})-[:APPLIES_TO]->(c:ActorClass {id: 'third-countries-with-specific-eu-agreements'})
       WHERE 'OUTREACH' IN r.approaches
       RETURN r.conditionKinds AS conditions, [(c)<-[:MEMBER_OF]-(m) | m.id] AS members`,
    );
    expect(records).toHaveLength(1);
    expect(records[0]!.get('conditions')).toContain('MB_ENDORSEMENT');
    expect(records[0]!.get('members')).toEqual([]);
  });
});
