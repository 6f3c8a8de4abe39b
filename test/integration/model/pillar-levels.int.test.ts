/**
 * Issue 17, pillars with levels: pillar × level gives the columns of the 2013 strategy's section 3 figure
 * exactly (set equality, so an EU body leaking into the NATIONAL column fails), with industry and academia
 * across the three pillars; the two EU defence actors that only a sentence places come with basis "text".
 */
import { afterAll, describe, expect, it } from 'vitest';
import { modelDatabase } from './helpers.js';
import { FIGURE } from '../../fixtures/figure-3-columns.js';

const { driver, db } = modelDatabase();
afterAll(() => driver.close());

const ids = async (pillar: string, level: string | null, basis: string | null) =>
  (await db.read('model/list-pillar-actors', { pillar, level, basis })).map((r) => String(r.id));

describe('pillars with levels (2013, section 3 figure)', () => {
  for (const [pillar, columns] of Object.entries(FIGURE)) {
    it(`should give the ${pillar} columns of the figure exactly`, async () => {
      expect(await ids(pillar, 'EU', 'figure')).toEqual(columns.EU);
      expect(await ids(pillar, 'NATIONAL', 'figure')).toEqual(columns.NATIONAL);
      expect(await ids(pillar, 'EU_AND_NATIONAL', 'figure')).toEqual(['academia', 'industry']);
    });
  }

  it('should add the EU defence actors a sentence places (3.1 / EU level), and nothing national', async () => {
    expect(await ids('DEFENCE', 'EU', null)).toEqual([
      'eda',
      'eda-cyber-defence-project-team',
      'eeas',
      'eu-military-staff',
    ]);
    const rows = await db.read('model/list-pillar-actors', { pillar: 'DEFENCE', level: 'EU', basis: 'text' });
    expect(rows.map((r) => r.locators)).toEqual([['3.1 / EU level / paragraph 3'], ['3.1 / EU level / paragraph 3']]);
  });

  it('should give every pillar link a level (none left unplaced)', async () => {
    for (const pillar of Object.keys(FIGURE)) {
      const all = await db.read('model/list-pillar-actors', { pillar, level: null, basis: null });
      expect(all.every((r) => ['EU', 'NATIONAL', 'EU_AND_NATIONAL'].includes(String(r.level)))).toBe(true);
    }
  });
});
