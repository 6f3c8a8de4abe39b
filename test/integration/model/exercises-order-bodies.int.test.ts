/**
 * Issue 17: exercises have a type of their own; provisions list in document order; the EU-US Working Group and
 * the Global Alliance are bodies, the Alliance launched by the Commission together with EU and non-EU countries.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { modelDatabase } from './helpers.js';

const { driver, db } = modelDatabase();
afterAll(() => driver.close());

async function locators(document: string): Promise<string[]> {
  const [page] = await db.read('catalog/list-provisions', {
    document,
    locator: null,
    afterKey: null,
    afterId: null,
    limit: 1000,
  });
  return (page!.provisions as Array<{ props: { locator: string } }>).map((p) => p.props.locator);
}

describe('exercises, document order and bodies', () => {
  it('should type Cyber Europe 2010 and 2012 and Cyber Atlantic 2011 as Exercise, dated to the month the text gives', async () => {
    const rows = await db.read('model/list-timeline', { document: null, dateFrom: null, dateTo: null });
    const exercises = rows.filter((row) => row.label === 'Exercise').map((row) => [row.id, row.date]);
    expect(exercises).toEqual([
      ['cyber-europe-2010', '2010'],
      ['cyber-atlantic-2011', '2011-11'],
      ['cyber-europe-2012', '2012-10'],
    ]);
    expect(rows.filter((row) => row.label === 'Event').map((row) => row.id)).not.toContain('cyber-europe-2012');
  });

  it('should list the 2013 provisions in document order', async () => {
    const order = await locators('eu-cybersecurity-strategy-2013');
    const at = (locator: string) => {
      const index = order.indexOf(locator);
      expect(index, locator).toBeGreaterThanOrEqual(0);
      return index;
    };
    expect(at('1.1')).toBeLessThan(at('1.2'));
    expect(at('2')).toBeLessThan(at('2 / paragraph 2'));
    expect(at('2 / paragraph 2')).toBeLessThan(at('2.1'));
    expect(at('2.5')).toBeGreaterThan(at('2 / paragraph 2'));
    expect(at('3.1 / National level')).toBeLessThan(at('3.1 / EU level'));
    expect(at('3 / figure')).toBeLessThan(at('3.1'));
    expect(at('3.2 / paragraph 4')).toBeLessThan(at('4 / paragraph 4'));
  });

  it('should list the 2021 principles between section 2.3 and section 4.1', async () => {
    const order = await locators('enisa-international-strategy-2021');
    for (let n = 1; n <= 10; n += 1) {
      expect(order.indexOf(`principle ${n}`)).toBeGreaterThan(order.indexOf('2.3'));
      expect(order.indexOf(`principle ${n}`)).toBeLessThan(order.indexOf('4.1'));
    }
    expect(order.indexOf('1.1')).toBeLessThan(order.indexOf('1.2'));
    expect(order.indexOf('4.7')).toBeGreaterThan(order.indexOf('4.4'));
  });

  it('should make the EU-US Working Group and the Global Alliance bodies, the Alliance founded with EU and non-EU countries', async () => {
    const names = await db.read('model/list-actor-names', {});
    const label = (id: string) => names.find((row) => row.id === id)?.label;
    expect(label('eu-us-working-group')).toBe('Actor');
    expect(label('global-alliance-against-child-sexual-abuse-online')).toBe('Actor');
    const alliance = await db.read('model/get-cited-relationships', {
      id: 'global-alliance-against-child-sexual-abuse-online',
    });
    const founders = alliance.filter((e) => e.type === 'FOUNDED_BY' && e.direction === 'OUT');
    expect(founders.map((e) => e.other).sort()).toEqual(['european-commission', 'member-states', 'third-countries']);
    for (const e of founders)
      expect((e.quotes as string[]).join(' ')).toContain('together with EU and non-EU countries');
    expect(alliance.some((e) => e.type === 'ADOPTED_BY')).toBe(false);
  });
});
