/**
 * Issue 17: ESTABLISHED_BY had two opposite senses. An instrument adopted or launched by an actor is now
 * ADOPTED_BY (instrument → actor); ESTABLISHED_BY keeps "entity established by an instrument" (entity →
 * instrument), plus the EU-US Working Group established at an event. COM(2010) 521 is a proposal.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { modelDatabase } from './helpers.js';

const { driver, db } = modelDatabase();
afterAll(() => driver.close());

describe('ESTABLISHED_BY split by sense', () => {
  it('should type the Commission’s adopted communications ADOPTED_BY, pointing at the actor', async () => {
    const commission = await db.read('model/get-cited-relationships', { id: 'european-commission' });
    const adopted = commission.filter((e) => e.type === 'ADOPTED_BY').map((e) => e.other);
    expect(adopted).toEqual(
      expect.arrayContaining([
        'com-2001-298',
        'com-2006-251',
        'com-2009-149',
        'com-2011-163',
        'ec3-communication-2012',
      ]),
    );
    expect(commission.filter((e) => e.type === 'ESTABLISHED_BY')).toEqual([]);
    expect(commission.filter((e) => e.type === 'ADOPTED_BY').every((e) => e.direction === 'IN')).toBe(true);
  });

  it('should keep ESTABLISHED_BY for an entity established by an instrument (ENISA by Regulation 460/2004)', async () => {
    const enisa = await db.read('model/get-cited-relationships', { id: 'enisa' });
    expect(enisa.find((e) => e.type === 'ESTABLISHED_BY')).toMatchObject({
      direction: 'OUT',
      other: 'regulation-460-2004',
      otherLabel: 'LegalInstrument',
    });
  });

  it('should type COM(2010) 521 as a regulation proposal', async () => {
    const [row] = await db.read('catalog/get-entities-by-ids', { ids: ['com-2010-521'] });
    expect(JSON.stringify(row)).toContain('regulation-proposal');
  });
});
