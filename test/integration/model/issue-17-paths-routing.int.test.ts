/**
 * Issue 17, paths that give their reasons and incident routing, through the API: an ENISA → NATO answer carries
 * every step's type, direction and citations, ranks the provision-backed actor paths first and groups the paths
 * by provision; the EU–NATO complementarity (2013, 2.3) and policy dialogue (3.1) are reachable as such; 3.2's
 * routing tells alternatives, joint action and the cross-border trigger apart.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, gql } from '../../helpers/app.js';
import { SOURCES } from '../../helpers/sources.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await gql<T>(app, query, variables);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!;
}

interface Step {
  from: string;
  to: string;
  direction: 'FORWARD' | 'BACKWARD';
  edge: {
    id: string;
    source: string;
    target: string;
    type: string;
    citations: Array<{ locator: string; quote: string; kind: string; document: { id: string } }>;
  };
}
interface Path {
  rank: number;
  cost: number;
  length: number;
  actorsOnly: boolean;
  provisionBacked: boolean;
  nodes: string[];
  steps: Step[];
  provisions: Array<{ document: string; locator: string }>;
}
interface Paths {
  paths: {
    paths: Path[];
    pathGroups: Array<{ document: string | null; locator: string | null; paths: number[] }>;
  };
}
const PATHS = `query($from: ID!, $to: ID!, $k: Int, $maxLength: Int, $order: PathOrder, $types: [RelationshipType!]) {
  paths(from: $from, to: $to, k: $k, maxLength: $maxLength, order: $order, relationTypes: $types) {
    paths { rank cost length actorsOnly provisionBacked nodes provisions { document locator }
      steps { from to direction edge { id source target type citations { locator quote kind document { id } } } } }
    pathGroups { document locator paths } } }`;

const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('paths that give their reasons (issue 17)', () => {
  it('should answer ENISA → NATO with every step’s type, direction and citations, provision-backed paths first', async () => {
    const { paths } = await ask<Paths>(PATHS, { from: 'enisa', to: 'nato', k: 10, maxLength: 3 });
    expect(paths.paths.length).toBe(10);
    for (const path of paths.paths) {
      expect(path.nodes[0]).toBe('enisa');
      expect(path.nodes.at(-1)).toBe('nato');
      expect(new Set(path.nodes).size, path.nodes.join(' ')).toBe(path.nodes.length); // no node twice
      expect(path.steps).toHaveLength(path.length);
      path.steps.forEach((step, i) => {
        expect([step.from, step.to]).toEqual([path.nodes[i], path.nodes[i + 1]]);
        expect(step.edge.type).toMatch(/^[A-Z_]+$/);
        const forward = step.edge.source === step.from && step.edge.target === step.to;
        const backward = step.edge.source === step.to && step.edge.target === step.from;
        expect(forward || backward).toBe(true);
        expect(step.direction).toBe(forward ? 'FORWARD' : 'BACKWARD');
        expect(step.edge.citations.length, step.edge.id).toBeGreaterThan(0);
        for (const c of step.edge.citations)
          if (c.kind === 'QUOTE') expect(SOURCES[c.document.id]!.contains(c.quote), c.quote).toBe(true);
      });
    }
    // Ranked by meaning: cost never falls; the first is ENISA's own cooperation with NATO (2021, 1.2 and 4.7).
    const costs = paths.paths.map((p) => p.cost);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    expect(paths.paths.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const first = paths.paths[0]!;
    expect(first.steps.map((s) => s.edge.id)).toEqual(['enisa|COOPERATES_WITH|nato']);
    expect(first.provisions.map((p) => p.locator)).toEqual(expect.arrayContaining(['1.2']));
    // Provision-backed actor paths come before any path with a detour or an uncited hop of the same length.
    const backed = (p: Path) => p.provisionBacked && p.actorsOnly;
    for (const [i, path] of paths.paths.entries()) {
      if (backed(path)) continue;
      const laterBacked = paths.paths.slice(i + 1).filter((p) => backed(p) && p.length <= path.length);
      expect(
        laterBacked.map((p) => p.nodes.join(' ')),
        path.nodes.join(' '),
      ).toEqual([]);
    }
    expect(paths.paths.slice(0, 3).every(backed)).toBe(true);
  });

  it('should rank differently by LENGTH: a detour through an action outranked by meaning', async () => {
    const ranked = async (from: string, order: string) =>
      (await ask<Paths>(PATHS, { from, to: 'nato', k: 10, maxLength: 3, order })).paths.paths;
    const byLength = await ranked('enisa', 'LENGTH');
    const byMeaning = await ranked('enisa', 'MEANING');
    expect(byLength.map((p) => p.length)).toEqual([...byLength.map((p) => p.length)].sort((a, b) => a - b));
    expect(byMeaning.map((p) => p.cost)).toEqual([...byMeaning.map((p) => p.cost)].sort((a, b) => a - b));
    // ENISA → the yearly cybersecurity month (an action) → the Member States → NATO is among the shortest; by
    // meaning, every provision-backed actor path of its length ranks before it.
    const detour = byLength.find((p) => !p.actorsOnly);
    expect(detour, byLength.map((p) => p.nodes.join(' ')).join(' | ')).toBeDefined();
    const meaningRank = byMeaning.find((p) => p.nodes.join() === detour!.nodes.join())?.rank ?? Infinity;
    const better = byMeaning.filter((q) => q.actorsOnly && q.provisionBacked && q.length === detour!.length);
    expect(better.length).toBeGreaterThan(0);
    for (const p of better) expect(p.rank).toBeLessThan(meaningRank);
    expect(meaningRank).toBeGreaterThan(detour!.rank);
    // EDA → NATO: shortest through the High Representative's defence-dialogue action; by meaning, through ENISA.
    expect((await ranked('eda', 'LENGTH'))[0]!.nodes).toEqual([
      'eda',
      'action-2-3-international-defence-dialogue',
      'nato',
    ]);
    expect((await ranked('eda', 'MEANING'))[0]!.nodes).toEqual(['eda', 'enisa', 'nato']);
  });

  it('should group the paths by the provisions they rest on', async () => {
    const { paths } = await ask<Paths>(PATHS, { from: 'enisa', to: 'nato', k: 10, maxLength: 3 });
    const groups = paths.pathGroups;
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups.filter((g) => g.locator !== null)) {
      for (const rank of group.paths) {
        const path = paths.paths[rank - 1]!;
        expect(path.provisions).toContainEqual({ document: group.document, locator: group.locator });
      }
    }
    // Every provision a path rests on has its group, and every group lists each of its paths once.
    for (const path of paths.paths)
      for (const ref of path.provisions)
        expect(groups.find((g) => g.document === ref.document && g.locator === ref.locator)?.paths).toContain(
          path.rank,
        );
    const sizes = groups.filter((g) => g.locator !== null).map((g) => g.paths.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    // The 2013 policy dialogue (3.1 / International) carries the most paths from ENISA to NATO.
    expect(groups[0]).toMatchObject({ document: 'eu-cybersecurity-strategy-2013', locator: '3.1 / International' });
  });

  it('should reach the EU–NATO complementarity (2.3) and the policy dialogue (3.1) as such, quoted verbatim', async () => {
    const { paths } = await ask<Paths>(PATHS, { from: 'european-union', to: 'nato', k: 10, maxLength: 1 });
    const steps = paths.paths.flatMap((p) => p.steps);
    const complement = steps.find((s) => s.edge.type === 'COMPLEMENTS');
    expect(complement?.edge.id).toBe('european-union|COMPLEMENTS|nato');
    expect(complement?.edge.citations.map((c) => c.locator)).toEqual(['2.3 / paragraph 2']);
    const quote = complement!.edge.citations[0]!.quote;
    expect(quote).toContain('the EU will explore possibilities on how the EU and NATO can complement their efforts');
    expect(SOURCES['eu-cybersecurity-strategy-2013']!.contains(quote)).toBe(true);
    expect(squash(quote)).toMatch(/on which the members of both organisations depend\.$/);
    for (const from of ['european-commission', 'high-representative', 'member-states']) {
      const dialogue = await ask<Paths>(PATHS, {
        from,
        to: 'nato',
        k: 10,
        maxLength: 1,
        types: ['ENGAGES_IN_DIALOGUE_WITH'],
      });
      const edge = dialogue.paths.paths[0]?.steps[0]?.edge;
      expect(edge?.id, from).toBe(`${from}|ENGAGES_IN_DIALOGUE_WITH|nato`);
      expect(edge?.citations.map((c) => c.locator)).toContain('3.1 / International');
    }
  });
});

interface Routing {
  incidentResponse: {
    scope: string | null;
    responders: Array<{ order: number; step: number; mode: string; with: string[]; actor: { id: string } }>;
    plans: Array<{ plan: { id: string }; trigger: string; note: string; citations: Array<{ quote: string }> }>;
  };
}
const ROUTING = `query($code: IncidentTypeCode!, $scope: IncidentScope) { incidentResponse(code: $code, scope: $scope) {
  scope responders { order step mode with actor { id } } plans { plan { id } trigger note citations { quote } } } }`;
const route = async (code: string, scope?: string) =>
  (await ask<Routing>(ROUTING, { code, scope: scope ?? null })).incidentResponse;
const shape = (r: Routing['incidentResponse']) =>
  r.responders.map((x) => `${x.step} ${x.mode} ${x.actor.id} with [${x.with.join(' ')}]`);

describe('incident routing of section 3.2 (issue 17)', () => {
  it('should tell alternatives ("or"), joint action ("together with") and mutual information apart', async () => {
    expect(shape(await route('PERSONAL_DATA'))).toEqual([
      '1 ALTERNATIVE data-protection-authorities with [national-regulatory-authorities]',
      '1 ALTERNATIVE national-regulatory-authorities with [data-protection-authorities]',
    ]);
    expect(shape(await route('CRIME'))).toEqual([
      '1 JOINT europol-ec3 with [law-enforcement-authorities]',
      '1 JOINT law-enforcement-authorities with [europol-ec3]',
    ]);
    expect(shape(await route('MAJOR'))).toEqual([
      '1 MUTUAL member-states with [european-commission]',
      '1 MUTUAL european-commission with [member-states]',
    ]);
    expect(shape(await route('PARTICULARLY_SERIOUS'))).toEqual(['1 SOLE member-states with []']);
  });

  it('should give the cross-border trigger: the national plan for a national incident, the Union plan across borders', async () => {
    const both = await route('BUSINESS_CONTINUITY');
    expect(both.scope).toBeNull();
    expect(both.plans.map((p) => `${p.trigger} ${p.plan.id}`)).toEqual([
      'CROSS_BORDER union-nis-cooperation-plan',
      'NATIONAL national-nis-cooperation-plans',
    ]);
    for (const plan of both.plans) {
      expect(plan.note).toContain('depending on the cross-border nature');
      expect(plan.citations[0]!.quote).toContain('national or Union NIS cooperation plans be triggered');
    }
    expect((await route('BUSINESS_CONTINUITY', 'NATIONAL')).plans.map((p) => p.plan.id)).toEqual([
      'national-nis-cooperation-plans',
    ]);
    const crossBorder = await route('BUSINESS_CONTINUITY', 'CROSS_BORDER');
    expect(crossBorder).toMatchObject({
      scope: 'CROSS_BORDER',
      plans: [{ plan: { id: 'union-nis-cooperation-plan' } }],
    });
    expect(shape(crossBorder)).toEqual(['1 SOLE nis-competent-authorities-network with []']);
    expect((await route('CRIME', 'CROSS_BORDER')).plans).toEqual([]);
  });
});
