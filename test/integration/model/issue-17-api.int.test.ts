/**
 * Issue 17 through the API (the model files test the graph): actors by pillar × level give the section 3 figure's
 * columns; actions and the timeline by date, every action dated or saying it has none; the actors both documents
 * name as one complete list; provisions in document order; search hits with the citation they matched, the
 * exercises first for their names; modality on actions, relationships and citations.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, gql } from '../../helpers/app.js';
import { modelDatabase } from './helpers.js';
import { FIGURE } from '../../fixtures/figure-3-columns.js';

let app: FastifyInstance;
const { driver, db } = modelDatabase();
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await gql<T>(app, query, variables);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!;
}

const ACTORS = `query($pillar: Pillar, $level: PillarLevel, $basis: PillarBasis, $after: String) {
  actors(pillar: $pillar, level: $level, basis: $basis, first: 100, after: $after) {
    totalCount edges { node { id } } } }`;
const actorIds = async (variables: Record<string, unknown>) =>
  (await ask<{ actors: { edges: Array<{ node: { id: string } }> } }>(ACTORS, variables)).actors.edges
    .map((e) => e.node.id)
    .sort();

describe('issue 17 through the API', () => {
  it('should give the section 3 figure’s columns exactly: actors(pillar, level, basis: FIGURE)', async () => {
    for (const [pillar, columns] of Object.entries(FIGURE)) {
      expect(await actorIds({ pillar, level: 'EU', basis: 'FIGURE' }), `${pillar} EU`).toEqual(columns.EU);
      expect(await actorIds({ pillar, level: 'NATIONAL', basis: 'FIGURE' }), `${pillar} NATIONAL`).toEqual(
        columns.NATIONAL,
      );
      expect(await actorIds({ pillar, level: 'EU_AND_NATIONAL' })).toEqual(['academia', 'industry']);
    }
    // Without basis, the defence actors a sentence places join the EU column; no national body leaks in.
    expect(await actorIds({ pillar: 'DEFENCE', level: 'EU' })).toEqual([
      'eda',
      'eda-cyber-defence-project-team',
      'eeas',
      'eu-military-staff',
    ]);
    // Level alone: every NATIONAL column at once.
    expect(await actorIds({ level: 'NATIONAL' })).toEqual(
      Object.values(FIGURE)
        .flatMap((c) => c.NATIONAL)
        .sort(),
    );
  });

  it('should give every action an ISO date with its precision, or say it has none', async () => {
    const { actions } = await ask<{
      actions: {
        totalCount: number;
        edges: Array<{
          node: {
            id: string;
            undated: boolean;
            modality: string | null;
            dating: { date: string; precision: string; role: string | null; source: string } | null;
          };
        }>;
      };
    }>(
      `{ actions(first: 100) { totalCount edges { node { id undated modality dating { date precision role source } } } } }`,
    );
    expect(actions.totalCount).toBeGreaterThan(40);
    expect(actions.edges).toHaveLength(actions.totalCount);
    const length = { year: 4, month: 7, day: 10 } as Record<string, number>;
    for (const { node } of actions.edges) {
      if (node.undated) {
        expect(node.dating, node.id).toBeNull();
      } else {
        expect(node.dating, node.id).not.toBeNull();
        expect(node.dating!.date, node.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(node.dating!.date.length, node.id).toBe(length[node.dating!.precision.toLowerCase()]);
        expect(node.dating!.role, node.id).not.toBeNull();
      }
      expect(node.modality, node.id).not.toBeNull();
    }
    expect(actions.edges.some((e) => e.node.undated)).toBe(true);
    expect(actions.edges.some((e) => !e.node.undated)).toBe(true);
  });

  it('should filter actions by date window: a deadline "by 2014" is in 2013, a plan "in 2014" is not', async () => {
    const query = `query($from: PartialDate, $to: PartialDate) { actions(dateFrom: $from, dateTo: $to, first: 100) {
      edges { node { id dating { date role windowStart windowEnd } } } } }`;
    type Answer = {
      actions: {
        edges: Array<{
          node: {
            id: string;
            dating: { date: string; role: string; windowStart: string | null; windowEnd: string | null };
          };
        }>;
      };
    };
    const in2013 = (await ask<Answer>(query, { from: '2013', to: '2013' })).actions.edges.map((e) => e.node);
    expect(in2013.length).toBeGreaterThan(0);
    for (const action of in2013) {
      expect(action.dating.windowStart === null || action.dating.windowStart <= '2013-12-31', action.id).toBe(true);
      expect(action.dating.windowEnd === null || action.dating.windowEnd >= '2013-01-01', action.id).toBe(true);
    }
    const all = (await ask<Answer>(query, {})).actions.edges.map((e) => e.node);
    const outside = all.filter((a) => a.dating && !in2013.some((b) => b.id === a.id));
    expect(outside.length).toBeGreaterThan(0);
    for (const action of outside)
      expect(
        (action.dating.windowStart ?? '0000') > '2013-12-31' || (action.dating.windowEnd ?? '9999') < '2013-01-01',
        action.id,
      ).toBe(true);
    const bad = await gql(app, query, { from: '2013-02-30' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('should list the timeline in order, filtered by date, and refuse an unknown document', async () => {
    const query = `query($document: ID, $from: PartialDate, $to: PartialDate, $after: String) {
      timeline(document: $document, dateFrom: $from, dateTo: $to, first: 100, after: $after) {
        totalCount edges { node { entity { id label } dating { date precision windowStart windowEnd } } } } }`;
    type Answer = {
      timeline: {
        totalCount: number;
        edges: Array<{
          node: { entity: { id: string; label: string }; dating: { date: string; windowStart: string | null } };
        }>;
      };
    };
    const { timeline } = await ask<Answer>(query, { document: 'eu-cybersecurity-strategy-2013' });
    const starts = timeline.edges.map((e) => e.node.dating.windowStart ?? e.node.dating.date);
    const firstDays = timeline.edges.map((e) => e.node.dating.date.padEnd(10, '-00'));
    expect(firstDays).toEqual([...firstDays].sort());
    expect(starts.length).toBe(timeline.totalCount);
    const exercises = timeline.edges.filter((e) => e.node.entity.label === 'EXERCISE').map((e) => e.node.entity.id);
    expect(exercises).toEqual(['cyber-europe-2010', 'cyber-atlantic-2011', 'cyber-europe-2012']);
    const october2012 = (await ask<Answer>(query, { from: '2012-10', to: '2012-10' })).timeline.edges.map(
      (e) => e.node.entity.id,
    );
    expect(october2012).toContain('cyber-europe-2012');
    expect(october2012).not.toContain('cyber-atlantic-2011');
    const unknown = await gql(app, query, { document: 'atlantis' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'atlantis' });
  });

  it('should give the actors both documents name as one complete list', async () => {
    const { sharedActors } = await ask<{
      sharedActors: Array<{ nodes: Array<{ id: string }>; relation: string; note: string | null }>;
    }>(`{ sharedActors { nodes { id } relation note } }`);
    const entries = sharedActors.map((s) => `${s.relation} ${s.nodes.map((n) => n.id).join(' ')}`);
    for (const expected of [
      'SAME european-commission',
      'SAME eeas',
      'SAME member-states',
      'SAME united-states',
      'SAME enisa',
      'NARROWER major-cybersecurity-companies industry',
      'NARROWER major-cybersecurity-companies private-sector',
    ])
      expect(entries).toContain(expected);
    // Complete: every actor both strategies cite is in it, read from the graph independently.
    const names = await db.read('model/list-actor-names', {});
    const both = names
      .filter((row) => {
        const documents = (row.documents as string[] | null) ?? [];
        return (
          documents.includes('enisa-international-strategy-2021') &&
          documents.includes('eu-cybersecurity-strategy-2013')
        );
      })
      .map((row) => String(row.id));
    const listed = new Set(sharedActors.flatMap((s) => s.nodes.map((n) => n.id)));
    expect(both.filter((id) => !listed.has(id))).toEqual([]);
    for (const entry of sharedActors.filter((s) => s.nodes.length === 2)) expect(entry.note).toBeTruthy();
  });

  it('should list provisions in document order through the API', async () => {
    const locators: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        provisions: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: Array<{ node: { locator: string } }>;
        };
      } = await ask(
        `query($after: String) { provisions(document: "eu-cybersecurity-strategy-2013", first: 100, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { locator } } } }`,
        { after },
      );
      locators.push(...page.provisions.edges.map((e) => e.node.locator));
      after = page.provisions.pageInfo.hasNextPage ? page.provisions.pageInfo.endCursor : null;
    } while (after);
    const at = (locator: string) => locators.indexOf(locator);
    expect(at('2')).toBeGreaterThanOrEqual(0);
    expect(at('2')).toBeLessThan(at('2 / paragraph 2'));
    expect(at('2 / paragraph 2')).toBeLessThan(at('2.1'));
    expect(at('2.5')).toBeLessThan(at('3'));
  });

  it('should rank the exercises first for their names, each hit with the citation it matched', async () => {
    const search = async (text: string) =>
      (
        await ask<{
          search: {
            edges: Array<{
              node: {
                entity: { id: string; label: string };
                field: string | null;
                matched: string | null;
                citation: { locator: string; quote: string; document: { id: string } } | null;
              };
            }>;
          };
        }>(
          `query($text: String!) { search(text: $text, first: 10) { edges { node { entity { id label } field matched
            citation { locator quote document { id } } } } } }`,
          { text },
        )
      ).search.edges.map((e) => e.node);
    const europe = await search('Cyber Europe');
    expect(europe.slice(0, 2).map((h) => h.entity.id)).toEqual(['cyber-europe-2010', 'cyber-europe-2012']);
    expect((await search('Cyber Atlantic'))[0]!.entity.id).toBe('cyber-atlantic-2011');
    expect(europe[0]!.citation).toMatchObject({ document: { id: 'eu-cybersecurity-strategy-2013' } });
    expect(europe[0]!.citation!.quote).toContain('Cyber Europe 2010');
    // A quote match carries that quote's citation; a provision's text carries the provision.
    const hits = await search('seek closer cooperation');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit.citation, hit.entity.id).not.toBeNull();
      if (hit.field === 'QUOTE')
        expect(hit.citation!.quote.toLowerCase(), hit.entity.id).toContain(
          hit.matched!.replace(/^…|…$/g, '').toLowerCase(),
        );
      if (hit.entity.label === 'PROVISION' && hit.field === 'TEXT') expect(hit.citation!.locator).toBeTruthy();
    }
  });

  it('should give modality on relationships and their citations: the EU seeks closer cooperation with NATO', async () => {
    const { relationship } = await ask<{
      relationship: {
        modality: string;
        modalities: string[];
        citations: Array<{ modality: string; verbPhrase: string }>;
      };
    }>(
      `{ relationship(id: "european-union|COOPERATES_WITH|nato") { modality modalities citations { modality verbPhrase } } }`,
    );
    expect(relationship.modality).toBe('INTENT');
    expect(relationship.citations[0]).toEqual({
      modality: 'INTENT',
      verbPhrase: 'the EU will seek closer cooperation with',
    });
    const enisa = await ask<{ relationship: { modalities: string[] } }>(
      `{ relationship(id: "enisa|COOPERATES_WITH|nato") { modalities } }`,
    );
    expect(enisa.relationship.modalities.length).toBeGreaterThanOrEqual(2);
  });
});
