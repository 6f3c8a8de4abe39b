/**
 * Every cypher/ file (schema files aside, which run at every start) must compile against the real
 * Neo4j: EXPLAIN catches syntax and schema drift. Each must also start with a header comment giving its
 * parameters and columns, and every parameter it uses needs a sample value here.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadCypherCatalog } from '../../../api/src/db/cypher.js';
import { loadConfig } from '../../../api/src/config.js';
import { testDriver } from '../../helpers/neo4j.js';

const SAMPLES: Record<string, unknown> = {
  objective: 'SO4.4',
  union: 'european-union',
  rows: [],
  limit: 10,
  version: 'seed-0000000000000000',
  seededAt: '2026-01-01T00:00:00Z',
  // curation/
  mutationId: 'sample-mutation-id',
  nodeIds: ['enisa'],
  nodeId: 'enisa',
  nodeLabel: 'Actor',
  nodeProps: { name: 'ENISA' },
  evidence: { document: 'enisa-international-strategy-2021', locator: '4.4' },
  expectedVersion: 0,
  partyIds: ['enisa'],
  partiesOf: 'enisa',
  partyProps: { version: 1 },
  fromId: 'enisa',
  relType: 'COOPERATES_WITH',
  toId: 'europol-ec3',
  relProps: { note: 'sample' },
  refDocument: { id: 'ref-example-0000000000', name: 'Example', url: 'https://example.org/', date: '2026-01-01' },
  audit: { id: 'sample-audit', curator: 'alice' },
  auditTargets: ['enisa'],
  versionMark: 1,
  seqSlot: 0,
  seqStride: 4096,
  auditTarget: 'enisa',
  auditLimit: 20,
  auditAfterSeq: 3,
  citeDocument: 'enisa-international-strategy-2021',
  citeLocator: '4.4',
  // catalog/ and graph/ (read API)
  ids: ['enisa', 'japan'],
  skip: ['japan'],
  id: 'incident-crime',
  kind: 'eu-agency',
  pillar: 'NIS',
  level: 'EU',
  basis: 'figure',
  document: 'enisa-international-strategy-2021',
  search: 'enisa',
  afterKey: 'ENISA',
  afterId: 'enisa',
  locator: '4.4',
  actor: 'enisa',
  role: 'ASSIGNED_TO',
  query: '(name:enisa^4 aliasText:enisa^3)',
  words: ['enisa'],
  window: 200,
  requests: [{ key: 0, id: 'enisa', types: ['MEMBER_OF'], direction: 'BOTH', offset: 0, first: 10 }],
  edges: [{ id: 'iceland|MEMBER_OF|nato', source: 'iceland', type: 'MEMBER_OF', target: 'nato' }],
  depth: 2,
  kinds: ['third-country', 'Actor'],
  types: ['MEMBER_OF', 'COOPERATES_WITH'],
  from: 'japan',
  to: 'enisa',
  maxLength: 4,
  dateFrom: '2014-01-01',
  dateTo: '2014-12-31',
  // bench/ (cypher/bench)
  sample: 4,
  prefix: 'bench-w5-sample-',
};

const catalog = loadCypherCatalog(loadConfig({}).paths.cypher);
const queries = [...catalog.entries()].filter(([name]) => !name.startsWith('schema/'));
const driver = testDriver();
afterAll(() => driver.close());

describe('cypher/ files', () => {
  it('should exist', () => {
    expect(queries.length).toBeGreaterThan(0);
  });

  it.each(queries)('%s should have a header naming its parameters and columns', (_name, text) => {
    const header = text
      .split('\n')
      .filter((line) => line.startsWith('//'))
      .join('\n');
    expect(header).toMatch(/Parameters:/);
    expect(header).toMatch(/Columns:/);
  });

  it.each(queries)('%s should compile (EXPLAIN) with sample parameters', async (_name, text) => {
    const body = text
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n');
    const names = [...new Set([...body.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))];
    const params: Record<string, unknown> = {};
    for (const name of names) {
      expect(SAMPLES, `add a sample value for $${name}`).toHaveProperty(name);
      params[name] = SAMPLES[name];
    }
    await expect(driver.executeQuery(`EXPLAIN ${body}`, params)).resolves.toBeDefined();
  });
});
