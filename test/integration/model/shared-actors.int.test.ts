/**
 * Issue 17, one identity across the two documents: the actors both strategies name come back as one list, each
 * one node or two nodes joined by a stated link, and no actor both name is left as two unlinked nodes.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { modelDatabase } from './helpers.js';

const { driver, db } = modelDatabase();
afterAll(() => driver.close());

const STRATEGY_2013 = 'eu-cybersecurity-strategy-2013';
const STRATEGY_2021 = 'enisa-international-strategy-2021';

describe('actors both documents name', () => {
  it('should list them completely: one node each, or two joined by SAME_AS; parts by NARROWER_THAN', async () => {
    const rows = await db.read('model/list-shared-actors', {});
    const same = rows.filter((r) => r.relation === 'SAME').map((r) => (r.ids as string[]).join(' = '));
    expect(same.sort()).toEqual(
      [
        'eeas',
        'enisa',
        'enisa-management-board',
        'european-commission',
        'european-union',
        'member-states',
        'nato',
        'oecd',
        'osce',
        'third-countries',
        'union-institutions-bodies-offices-and-agencies = eu-institutions-agencies-and-bodies',
        'united-states',
      ].sort(),
    );
    const narrower = rows.filter((r) => r.relation === 'NARROWER').map((r) => (r.ids as string[]).join(' < '));
    expect(narrower.sort()).toEqual([
      'international-partners < eu-international-partners',
      'major-cybersecurity-companies < industry',
      'major-cybersecurity-companies < private-sector',
    ]);
    for (const row of rows.filter((r) => (r.ids as string[]).length === 2)) expect(row.note).toBeTruthy();
  });

  it('should leave no name or alias shared by a 2013-only and a 2021-only node without an identity link', async () => {
    const actors = await db.read('model/list-actor-names', {});
    const linked = new Set(
      (await db.read('model/list-shared-actors', {}))
        .filter((r) => (r.ids as string[]).length === 2)
        .flatMap((r) => r.ids as string[]),
    );
    const only = (mine: string, other: string) =>
      actors.filter((a) => {
        const docs = a.documents as string[];
        return docs.includes(mine) && !docs.includes(other) && !linked.has(a.id as string);
      });
    const key = (name: string) =>
      name
        .toLowerCase()
        .replace(/^the /, '')
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    const names2013 = new Map(
      only(STRATEGY_2013, STRATEGY_2021).flatMap((a) => (a.names as string[]).map((n) => [key(n), a.id])),
    );
    const clashes = only(STRATEGY_2021, STRATEGY_2013).flatMap((a) =>
      (a.names as string[]).filter((n) => names2013.has(key(n))).map((n) => `${a.id} / ${names2013.get(key(n))}: ${n}`),
    );
    expect(clashes).toEqual([]);
  });

  it('should not pair the High Representative across documents: the 2021 text never names the office', () => {
    const text2021 = readFileSync('seed/sources/enisa-international-strategy-2021.txt', 'utf8');
    expect(text2021).not.toMatch(/High Representative/i);
  });
});
