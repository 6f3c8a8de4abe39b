/**
 * Issue 17, dates: every Action has an ISO date with its precision, or says the text gives none; events and
 * exercises carry the month the text gives; a timeline lists them in order; ENISA's mandate is dated, with the
 * reference pages (the Cybersecurity Act's from the stored EUR-Lex page, with its excerpt) said as such.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { modelDatabase } from './helpers.js';

const { driver, db } = modelDatabase();
afterAll(() => driver.close());

const ISO = { year: /^\d{4}$/, month: /^\d{4}-\d{2}$/, day: /^\d{4}-\d{2}-\d{2}$/ } as const;

describe('dates with precision and recurrence', () => {
  it('should give every action an ISO date of its stated precision, or state that it has none', async () => {
    const actions = await db.read('model/list-action-dates', {});
    expect(actions.length).toBeGreaterThanOrEqual(50);
    for (const a of actions) {
      if (a.undated) {
        expect(a.date, a.id as string).toBeNull();
      } else {
        expect(Object.keys(ISO), a.id as string).toContain(a.datePrecision);
        expect(a.date as string, a.id as string).toMatch(ISO[a.datePrecision as keyof typeof ISO]);
        expect(a.dateRole, a.id as string).not.toBeNull();
        expect(Number((a.date as string).slice(0, 4)), 'no footnote marker read as a year').toBeLessThan(2100);
      }
    }
    const byId = new Map(actions.map((a) => [a.id, a]));
    expect(byId.get('action-2-1-botnet-pilot-project')).toMatchObject({
      date: '2013',
      datePrecision: 'year',
      dateRole: 'launch',
      dateQualifier: 'early',
      dateText: 'early in 2013',
    });
    expect(byId.get('action-2-4-public-procurement-good-practices')).toMatchObject({
      date: '2013',
      dateRole: 'deadline',
      dateQualifier: 'end',
    });
    expect(byId.get('action-2-1-yearly-cybersecurity-month')).toMatchObject({
      date: '2013',
      dateRole: 'start',
      recurrence: 'yearly',
      dateText: 'from 2013 onwards',
    });
    expect(byId.get('action-2-2-ec3-threat-reports')).toMatchObject({
      undated: true,
      recurrence: 'regular',
      recurrenceText: 'On a regular basis',
    });
    expect(byId.get('action-2-1-critical-infrastructure-vulnerabilities')).toMatchObject({ undated: true, date: null });
  });

  it('should list the 2013 events in time order, at the month the text gives', async () => {
    const timeline = await db.read('model/list-timeline', {
      document: 'eu-cybersecurity-strategy-2013',
      dateFrom: null,
      dateTo: null,
    });
    const ids = timeline.map((row) => row.id);
    const at = (id: string) => ids.indexOf(id);
    for (const id of ['cyber-europe-2010', 'cyber-atlantic-2011', 'european-cybersecurity-month', 'cyber-europe-2012'])
      expect(ids).toContain(id);
    expect(at('regulation-460-2004')).toBeLessThan(at('cyber-europe-2010'));
    expect(at('cyber-europe-2010')).toBeLessThan(at('eu-us-summit-2010'));
    expect(at('eu-us-summit-2010')).toBeLessThan(at('cyber-atlantic-2011'));
    expect(at('cyber-atlantic-2011')).toBeLessThan(at('cyber-europe-2012'));
    expect(timeline.find((row) => row.id === 'cyber-europe-2012')).toMatchObject({
      date: '2012-10',
      datePrecision: 'month',
      windowStart: '2012-10-01',
      windowEnd: '2012-10-31',
    });
    const starts = timeline.map((row) => (row.windowStart as string | null) ?? '');
    expect(starts.filter((s) => s !== '')).toEqual([...starts.filter((s) => s !== '')].sort());
  });

  it('should filter by date: 2014 holds the championship, the value-chain recommendations, the schools deadline and the yearly month', async () => {
    const rows = await db.read('model/list-timeline', { document: null, dateFrom: '2014-01-01', dateTo: '2014-12-31' });
    const ids = rows.map((row) => row.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'action-2-1-cybersecurity-championship',
        'action-2-4-ict-value-chain-recommendations',
        'action-2-1-nis-education-and-training',
        'action-2-1-yearly-cybersecurity-month',
        'css-2013-high-level-conference',
      ]),
    );
    expect(ids).not.toContain('action-2-1-botnet-pilot-project');
    expect(ids).not.toContain('cyber-europe-2012');
  });

  it('should date ENISA’s mandate: Regulation 460/2004, the COM(2010) 521 proposal and the CSA, each from its source', async () => {
    const rows = await db.read('model/list-actor-instruments', { id: 'enisa' });
    const dated = rows.filter((row) => row.date !== null);
    expect(dated.map((row) => [row.id, row.date, row.dateSource])).toEqual([
      ['regulation-460-2004', '2004-03-10', 'reference'],
      ['com-2010-521', '2010-09-30', 'reference'],
      ['cybersecurity-act', '2019-04-17', 'reference'],
    ]);
    const [csa] = await db.read('catalog/get-entities-by-ids', { ids: ['cybersecurity-act'] });
    expect(JSON.stringify(csa)).toContain('ref-eurlex-summary-cybersecurity-act');
  });
});
