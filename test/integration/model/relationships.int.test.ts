/**
 * Issue 17: the standardisation bodies have their 2.4 relationships; the judicial authorities are linked; the
 * Solidarity Clause applies to any particularly serious incident, not to espionage only; NIS competent
 * authorities report to law enforcement one way. Read from the seeded graph through cypher/model/.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { modelDatabase } from './helpers.js';

const { driver, db } = modelDatabase();
afterAll(() => driver.close());

const edges = (id: string) => db.read('model/get-cited-relationships', { id });
const P3 = '2.4 / Promoting a Single Market for cybersecurity products / paragraph 3';

describe('the standardisation bodies (2.4)', () => {
  it.each([
    ['cen', 'CEN'],
    ['cenelec', 'CENELEC'],
    ['etsi', 'ETSI'],
    ['cybersecurity-coordination-group', 'CSCG'],
  ])('%s should have a relationship cited to 2.4 paragraph 3 whose quote names it', async (id, named) => {
    const cited = (await edges(id)).filter((e) => (e.locators as string[]).includes(P3));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.some((e) => (e.quotes as string[]).some((q) => q.includes(named)))).toBe(true);
  });

  it('should build the Commission’s standards work on the ESOs, the CSCG and ENISA', async () => {
    const out = (await edges('action-2-4-security-standards-cloud-certification')).filter(
      (e) => e.type === 'BUILDS_ON',
    );
    expect(out.map((e) => e.other)).toEqual([
      'cybersecurity-coordination-group',
      'enisa',
      'european-standardisation-organisations',
    ]);
  });

  it('should give ENISA’s guidelines bullet the parties the text names besides the JRC', async () => {
    const parties = (await edges('action-2-4-nis-standards-guidelines'))
      .filter((e) => e.type === 'PARTICIPATES_IN' && e.direction === 'IN')
      .map((e) => e.other);
    expect(parties).toEqual(
      expect.arrayContaining([
        'international-and-european-standardisation-bodies',
        'jrc',
        'national-nis-competent-authorities',
      ]),
    );
  });
});

describe('judicial authorities (2.2)', () => {
  it('should be linked to the EU and to law enforcement, with citations', async () => {
    const linked = await edges('judicial-authorities');
    expect(linked.length).toBeGreaterThanOrEqual(2);
    expect(linked.map((e) => e.other)).toEqual(
      expect.arrayContaining(['european-union', 'law-enforcement-authorities']),
    );
    expect(linked.every((e) => (e.locators as string[]).length > 0)).toBe(true);
  });
});

describe('incident routing (3.2)', () => {
  it('should apply the Solidarity Clause to any particularly serious incident, not to espionage only', async () => {
    const serious = await edges('incident-particularly-serious');
    expect(serious.map((e) => `${e.type} ${e.direction} ${e.other}`)).toEqual([
      'REFERS_TO OUT article-222-tfeu',
      'RESPONDS_TO IN member-states',
    ]);
    const espionage = await edges('incident-espionage-state-sponsored');
    expect(espionage.map((e) => e.other)).not.toContain('article-222-tfeu');
    expect(espionage.map((e) => e.other)).not.toContain('member-states');
  });

  it('should store the NIS reporting duty as one-way REPORTS_TO', async () => {
    const nis = await edges('national-nis-competent-authorities');
    const reports = nis.filter((e) => e.type === 'REPORTS_TO');
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      direction: 'OUT',
      other: 'law-enforcement-authorities',
      locators: ['2.1 / paragraph 6'],
    });
    const cooperation = nis.find((e) => e.type === 'COOPERATES_WITH' && e.other === 'law-enforcement-authorities');
    expect(cooperation?.locators).toEqual(['3.1 / EU level / paragraph 3']);
  });
});
