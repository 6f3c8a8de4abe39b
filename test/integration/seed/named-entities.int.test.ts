/**
 * Every actor, instrument, event, group and class named in either document is in the graph, with the
 * label the fixture gives. The fixtures (test/fixtures/named-in-*.yaml) list them as the text names them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { testDriver } from '../../helpers/neo4j.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const named = (file: string) =>
  parse(readFileSync(join(FIXTURES, file), 'utf8')) as Array<{ id: string; label: string; named: string }>;

/** The ids the issue requires by name, beyond what the fixtures list. */
const REQUIRED: Record<string, string[]> = {
  Actor: [
    'enisa',
    'europol-ec3',
    'eda',
    'cert-eu',
    'cepol',
    'eurojust',
    'european-commission',
    'eeas',
    'oecd',
    'osce',
    'nato',
    'council-of-europe',
    'united-states',
    'japan',
    'norway',
    'iceland',
    'liechtenstein',
    'western-balkans',
    'eastern-partnership',
    'eea',
    'eu-us-working-group',
    'global-alliance-against-child-sexual-abuse-online',
  ],
  Exercise: ['cyber-europe-2010', 'cyber-europe-2012', 'cyber-atlantic-2011'],
  LegalInstrument: [
    'cybersecurity-act',
    'budapest-convention',
    'eea-agreement',
    'horizon-2020',
    'cef',
    'isf',
    'nis-directive-proposal',
  ],
};

const driver: Driver = testDriver();
afterAll(() => driver.close());

async function labelsOf(ids: string[]): Promise<Map<string, string[]>> {
  const { records } = await driver.executeQuery(
    'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels',
    { ids },
  );
  return new Map(records.map((r) => [r.get('id') as string, r.get('labels') as string[]]));
}

describe('named entities of both documents', () => {
  it.each([['named-in-enisa-2021.yaml'], ['named-in-eu-css-2013.yaml']])(
    'should hold everything %s lists',
    async (file) => {
      const entries = named(file);
      expect(entries.length).toBeGreaterThan(30);
      const found = await labelsOf(entries.map((e) => e.id));
      const missing = entries
        .filter((e) => !found.get(e.id)?.includes(e.label))
        .map((e) => `${e.id} (${e.label}, "${e.named}")`);
      expect(missing).toEqual([]);
    },
  );

  it('should hold the ids the knowledge-graph issue requires, with their labels', async () => {
    for (const [label, ids] of Object.entries(REQUIRED)) {
      const found = await labelsOf(ids);
      expect(ids.filter((id) => !found.get(id)?.includes(label))).toEqual([]);
    }
  });

  it('should give actors aliases for search', async () => {
    const { records } = await driver.executeQuery(
      "MATCH (n:Actor) WHERE n.id IN ['europol-ec3', 'enisa'] RETURN n.id AS id, n.aliases AS aliases ORDER BY id",
    );
    const aliases = Object.fromEntries(records.map((r) => [r.get('id'), r.get('aliases') as string[]]));
    expect(aliases['europol-ec3']).toEqual(expect.arrayContaining(['EC3', 'European Cybercrime Centre']));
    expect(aliases.enisa).toEqual(expect.arrayContaining(['European Network and Information Security Agency']));
  });
});
