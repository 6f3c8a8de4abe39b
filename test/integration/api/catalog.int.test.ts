import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../../api/src/seed/read-seed.js';
import { buildTestApp, gql, nodesOf, testConfig } from '../../helpers/app.js';
import { SOURCES } from '../../helpers/sources.js';

interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}
type ActorNode = { id: string; name: string; kind: string };
type CitationAnswer = { quote: string; kind: string; locator: string; document: { id: string } };

const ACTORS = `query($kind: ActorKind, $pillar: Pillar, $document: ID, $search: String, $first: Int, $after: String) {
  actors(kind: $kind, pillar: $pillar, document: $document, search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name kind } } } }`;

/** Seed data only: other test files create (and remove) actors with `test-` ids at the same time. */
const seedOnly = (ids: string[]) => ids.filter((id) => !id.startsWith('test-'));

describe('catalog queries', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  const actors = async (variables: Record<string, unknown>) => {
    const answer = await gql<{ actors: Page<ActorNode> }>(app, ACTORS, variables);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!.actors;
  };

  async function allPages(variables: Record<string, unknown>, first: number) {
    const ids: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages += 1) {
      const page: Page<ActorNode> = await actors({ ...variables, first, after });
      expect(page.edges.length).toBeLessThanOrEqual(first);
      ids.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
    throw new Error('pagination did not end');
  }

  it('should page through actors by name then id, with no duplicates and no gaps', async () => {
    const whole = await actors({ kind: 'THIRD_COUNTRY', first: 100 });
    expect(whole.pageInfo.hasNextPage).toBe(false);
    const paged = await allPages({ kind: 'THIRD_COUNTRY' }, 5);
    expect(new Set(paged).size).toBe(paged.length);
    expect(seedOnly(paged)).toEqual(seedOnly(whole.edges.map((e) => e.node.id)));
    expect(seedOnly(paged).length).toBeGreaterThanOrEqual(15);
    const names = whole.edges.map((e) => e.node.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(whole.totalCount).toBe(whole.edges.length);
  });

  it('should page through every actor the same way', async () => {
    const paged = await allPages({}, 17);
    expect(new Set(paged).size).toBe(paged.length);
    expect(paged).toEqual(expect.arrayContaining(['enisa', 'europol-ec3', 'japan', 'iceland']));
  });

  it('should filter by kind, pillar, citing document and name or alias', async () => {
    const ids = async (variables: Record<string, unknown>) =>
      (await actors({ first: 100, ...variables })).edges.map((e) => e.node.id);
    expect(await ids({ pillar: 'LAW_ENFORCEMENT' })).toEqual(
      expect.arrayContaining(['europol-ec3', 'europol', 'eurojust']),
    );
    expect(await ids({ pillar: 'LAW_ENFORCEMENT' })).not.toContain('enisa');
    expect(await ids({ pillar: 'NIS', kind: 'EU_AGENCY' })).toEqual(['enisa']);
    expect(await ids({ document: 'ref-europa-glossary-nato' })).toEqual(expect.arrayContaining(['iceland', 'nato']));
    expect(await ids({ document: 'ref-europa-glossary-nato' })).not.toContain('japan');
    expect(await ids({ search: 'ec3' })).toEqual(expect.arrayContaining(['europol-ec3', 'ec3-programme-board']));
    expect(await ids({ search: 'European Cybercrime' })).toContain('europol-ec3');
    expect(await ids({ search: 'agency for CYBERSECURITY' })).toContain('enisa');
    expect((await actors({ kind: 'EU_AGENCY', first: 1 })).edges[0]!.node.kind).toBe('EU_AGENCY');
  });

  it.each([
    [{ first: 101 }, /first\)?: must be a whole number from 1 to 100/],
    [{ first: 0 }, /1 to 100/],
    [{ kind: 'spy-agency' }, /"ActorKind" enum.*THIRD_COUNTRY/],
    [{ pillar: 'POLICE' }, /NIS, LAW_ENFORCEMENT, DEFENCE/],
    [{ after: 'not-a-cursor' }, /cursor/],
  ])('should refuse %j with BAD_USER_INPUT', async (variables, message) => {
    const { status, data, errors } = await gql(app, ACTORS, variables);
    expect(status).toBe(200);
    expect(data, 'a request error, refused before execution: no data').toBeUndefined();
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toMatch(message);
  });

  it('should answer NOT_FOUND with the id for an unknown document, nulling only actors', async () => {
    const { status, data, errors } = await gql(app, `${ACTORS} `, { document: 'no-such-document' });
    expect(status).toBe(200);
    expect(data).toEqual({ actors: null });
    expect(errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'no-such-document' });
  });

  it('should list the documents, strategies first', async () => {
    const { data } = await gql<{
      documents: { totalCount: number; edges: Array<{ node: { id: string; kind: string } }> };
    }>(app, '{ documents(first: 100) { totalCount edges { node { id kind } } } }');
    const documents = nodesOf(data!.documents);
    expect(documents).toHaveLength(data!.documents.totalCount);
    expect(documents.slice(0, 2).map((d) => d.kind)).toEqual(['STRATEGY', 'STRATEGY']);
    expect(documents.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'enisa-international-strategy-2021',
        'eu-cybersecurity-strategy-2013',
        'ref-europa-glossary-nato',
      ]),
    );
  });

  const PROVISIONS = `query($document: ID!, $locator: String, $first: Int, $after: String) {
    provisions(document: $document, locator: $locator, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id locator title text document { id } mentions(first: 100) { edges { node { id } } } } } } }`;
  type ProvisionNode = {
    id: string;
    locator: string;
    text: string;
    document: { id: string };
    mentions: { edges: Array<{ node: { id: string } }> };
  };

  it('should page through a document’s provisions in natural locator order', async () => {
    const seen: ProvisionNode[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const answer: { data: { provisions: Page<ProvisionNode> } | null } = await gql(app, PROVISIONS, {
        document: 'enisa-international-strategy-2021',
        first: 20,
        after,
      });
      const page = answer.data!.provisions;
      seen.push(...page.edges.map((e) => e.node));
      total = page.totalCount;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((p) => p.id)).size).toBe(total);
    const locators = seen.map((p) => p.locator);
    expect(locators.indexOf('principle 9')).toBeLessThan(locators.indexOf('principle 10'));
    expect(locators.indexOf('1.2')).toBeLessThan(locators.indexOf('4.4'));
    // A provision split by a footnote block (issue 17) is whole: its verbatim parts joined by a space.
    const parts = new Map(
      (await readSeed(testConfig().paths.seed)).graph.nodes.map((n) => [
        n.id,
        [n.properties.text as string, ...((n.properties.continuation as string[] | undefined) ?? [])],
      ]),
    );
    for (const provision of seen) {
      const own = parts.get(provision.id)!;
      expect(provision.text, provision.id).toBe(own.join(' '));
      for (const part of own) expect(SOURCES[provision.document.id]!.contains(part), provision.id).toBe(true);
    }
    expect(parts.get('enisa-2021-2')).toHaveLength(3);
  });

  it('should filter provisions by locator, exactly or as a prefix, with the actors they mention', async () => {
    const { data } = await gql<{ provisions: Page<ProvisionNode> }>(app, PROVISIONS, {
      document: 'enisa-international-strategy-2021',
      locator: '4.4',
    });
    const locators = data!.provisions.edges.map((e) => e.node.locator);
    expect(locators[0]).toBe('4.4');
    expect(locators.slice(1).every((l) => l.startsWith('4.4 / '))).toBe(true);
    expect(locators).toContain('4.4 / bullet 3');
    const about = await gql<{ provisions: Page<ProvisionNode> }>(app, PROVISIONS, {
      document: 'enisa-international-strategy-2021',
      locator: 'About ENISA',
    });
    expect(about.data!.provisions.edges.map((e) => nodesOf(e.node.mentions).map((m) => m.id))[0]).toContain('enisa');
    const none = await gql(app, PROVISIONS, { document: 'enisa-international-strategy-2021', first: 500 });
    expect(none.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('should list objectives with their rules, approaches in the strategy’s order, and the ten principles', async () => {
    const { data } = await gql<{
      strategicObjectives: Array<{ code: string; rules: string[]; citations: CitationAnswer[] }>;
      approaches: Array<{ code: string; commitment: string }>;
      principles: Array<{ number: number; name: string; text: string; citations: CitationAnswer[] }>;
    }>(
      app,
      `{ strategicObjectives { code rules citations { quote kind locator document { id } } }
         approaches { code commitment } principles { number name text citations { quote kind locator document { id } } } }`,
    );
    expect(data!.strategicObjectives.map((o) => o.code)).toEqual([
      'SO4_1',
      'SO4_2',
      'SO4_3',
      'SO4_4',
      'SO4_5',
      'SO4_6',
      'SO4_7',
    ]);
    expect(data!.strategicObjectives[3]!.rules).toContain('rule-so4-4-assisting-western-balkans');
    expect(data!.approaches.map((a) => a.code)).toEqual(['LIMITED', 'ASSISTING', 'OUTREACH']);
    expect(data!.approaches.every((a) => a.commitment.length > 0)).toBe(true);
    expect(data!.principles.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(data!.principles[2]!.name).toBe('Principle 3');
    for (const citation of [...data!.principles, ...data!.strategicObjectives].flatMap((x) => x.citations))
      expect(SOURCES[citation.document.id]!.contains(citation.quote), citation.quote).toBe(true);
  });

  it('should list the actions an actor is asked to carry out, with requester and priority', async () => {
    type ActionAnswer = {
      id: string;
      priority: { code: string } | null;
      requestedBy: Array<{ id: string }>;
      assignedTo: Array<{ id: string }>;
    };
    const query = `query($actor: ID, $role: ActionRole) { actions(actor: $actor, role: $role, first: 100) {
      totalCount edges { node { id name text deadline priority { code name } requestedBy { id } assignedTo { id } citations { quote } } } } }`;
    type Actions = { actions: { totalCount: number; edges: Array<{ node: ActionAnswer }> } };
    const list = async (variables: Record<string, unknown>) => {
      const { data } = await gql<Actions>(app, query, variables);
      expect(data!.actions.edges).toHaveLength(data!.actions.totalCount);
      return { data: { actions: nodesOf(data!.actions) } };
    };
    const assigned = await list({ actor: 'enisa', role: 'ASSIGNED_TO' });
    expect(assigned.data!.actions.length).toBeGreaterThan(0);
    expect(assigned.data!.actions.every((a) => a.assignedTo.some((x) => x.id === 'enisa'))).toBe(true);
    expect(assigned.data!.actions.map((a) => a.id)).toContain('action-2-1-ics-csirts-feasibility');
    const either = await list({ actor: 'enisa' });
    expect(either.data!.actions.length).toBeGreaterThanOrEqual(assigned.data!.actions.length);
    const all = await list({});
    expect(all.data!.actions.length).toBeGreaterThanOrEqual(48);
    expect(all.data!.actions.filter((a) => a.priority).length).toBeGreaterThan(40);
    const unknown = await gql(app, query, { actor: 'atlantis' });
    expect(unknown.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  const RESPONSE = `query($code: IncidentTypeCode!) { incidentResponse(code: $code) {
    incidentType { id code name description citations { quote } }
    responders { order role actor { id name } citations { quote kind locator document { id } } } } }`;
  type ResponseAnswer = {
    incidentResponse: {
      incidentType: { id: string; code: string };
      responders: Array<{ order: number; role: string; actor: { id: string }; citations: CitationAnswer[] }>;
    };
  };

  it('should name Europol/EC3 first for a crime, citing the 2013 strategy verbatim', async () => {
    {
      const { status, data } = await gql<ResponseAnswer>(app, RESPONSE, { code: 'CRIME' });
      expect(status).toBe(200);
      const { incidentType, responders } = data!.incidentResponse;
      expect(incidentType).toMatchObject({ id: 'incident-crime', code: 'CRIME' });
      expect(responders[0]!.actor.id).toBe('europol-ec3');
      expect(responders.map((r) => r.order)).toEqual([...responders.map((r) => r.order)].sort((a, b) => a - b));
      for (const citation of responders.flatMap((r) => r.citations)) {
        expect(citation.kind).toBe('QUOTE');
        expect(SOURCES[citation.document.id]!.contains(citation.quote), citation.quote).toBe(true);
      }
    }
  });

  it('should refuse an incident kind outside the enum before execution, listing the codes', async () => {
    for (const code of ['flood', 'crime', '']) {
      const { status, data, errors } = await gql(app, RESPONSE, { code });
      expect(status).toBe(200);
      expect(data, 'a request error, refused before execution: no data').toBeUndefined();
      expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(errors![0]!.message).toMatch(/CRIME/);
    }
  });

  it('should list the incident types', async () => {
    const { data } = await gql<{ incidentTypes: Array<{ code: string }> }>(app, '{ incidentTypes { id code name } }');
    expect(data!.incidentTypes.map((t) => t.code)).toEqual(expect.arrayContaining(['CRIME', 'PERSONAL_DATA', 'MAJOR']));
  });
});
