/**
 * Issue 20: actors held by kind. The synthetic graph (fixture.ts) with a few more actors that only a class by kind
 * ("Everyone": third countries, international organisations, country groups) reaches, evaluated twice: with them
 * listed, and with them only counted (kindCounts). The answer held by kind, paged as the database would page the
 * counted actors (by name then id, after a cursor, the listed ones skipped), must give the same partners with the
 * same reasons, the same excluded and class members, and totalCount = listed + counted, across page boundaries.
 */
import { describe, expect, it } from 'vitest';
import { toFacts } from '../../../../../api/src/db/eligibility.js';
import {
  buildQuestion,
  comparePageKeys,
  evaluate,
  listedInPageOrder,
  mergePage,
  type ActorFact,
  type ByKindList,
  type ClassMemberResult,
  type Decision,
  type EligibilityFacts,
  type KindRow,
  type PageItem,
  type PageKey,
} from '../../../../../api/src/domain/eligibility/index.js';
import { edge, facts as base } from './fixture.js';

/** Reached only by kind; names chosen to fall before, between and after the listed actors (Alpha … Org). */
const ONLY_BY_KIND: ActorFact[] = [
  { id: 'aa', name: 'Aardvark Republic', kind: 'third-country' },
  { id: 'delta', name: 'Delta', kind: 'third-country' },
  { id: 'delta-2', name: 'Delta', kind: 'third-country' },
  { id: 'nations', name: 'Nations Union', kind: 'international-organisation' },
  { id: 'zz', name: 'Zulu Group', kind: 'country-group' },
  { id: 'firm', name: 'Firm', kind: 'private-sector' },
];

function listedAndHeld(facts: EligibilityFacts): { listed: EligibilityFacts; held: EligibilityFacts } {
  const counts = new Map<string, number>([
    ['third-country', 0],
    ['international-organisation', 0],
    ['country-group', 0],
  ]);
  for (const a of ONLY_BY_KIND) if (counts.has(a.kind)) counts.set(a.kind, counts.get(a.kind)! + 1);
  return {
    listed: { ...facts, actors: new Map([...facts.actors, ...ONLY_BY_KIND.map((a) => [a.id, a] as const)]) },
    held: { ...facts, kindCounts: counts },
  };
}

/** The database's page (get-actors-of-kinds.cypher), simulated over ONLY_BY_KIND plus the listed actors. */
function dbPage(all: EligibilityFacts, list: ByKindList<unknown>, after: PageKey | null, limit: number): KindRow[] {
  return [...all.actors.values()]
    .filter((a) => list.templates.has(a.kind) && !list.skipIds.includes(a.id))
    .map((a) => ({ id: a.id, name: a.name, kind: a.kind, key: a.name }))
    .filter((row) => after === null || comparePageKeys(row, after) > 0)
    .sort(comparePageKeys)
    .slice(0, limit);
}

/** Every item of a list held by kind, `size` at a time, each page after the last one's position. */
function pages<T extends { actorId: string }>(
  all: EligibilityFacts,
  items: T[],
  list: ByKindList<T>,
  size: number,
): { ids: string[]; nodes: T[] } {
  // The lists hold partners, excluded or class members; the test reads them all as class members (actorId).
  const listed = listedInPageOrder(items, list.names) as unknown as PageItem<ClassMemberResult>[];
  const asMembers = list as unknown as ByKindList<ClassMemberResult>;
  const nodes: T[] = [];
  let after: PageKey | null = null;
  for (;;) {
    const rows = dbPage(all, list as ByKindList<unknown>, after, size + 1);
    const page: PageItem<ClassMemberResult>[] = mergePage(listed, rows, asMembers, after, size + 1);
    nodes.push(...page.slice(0, size).map((p) => p.node as unknown as T));
    if (page.length <= size) break;
    after = page[size - 1]!;
  }
  return { ids: nodes.map((n) => n.actorId), nodes };
}

const inPageOrder = <T extends { actorId: string }>(items: T[], all: EligibilityFacts) =>
  [...items].sort((a, b) =>
    comparePageKeys(
      { key: all.actors.get(a.actorId)!.name, id: a.actorId },
      { key: all.actors.get(b.actorId)!.name, id: b.actorId },
    ),
  );

const ask = (facts: EligibilityFacts, approach: 'LIMITED' | 'ASSISTING' | 'OUTREACH', assume = []) =>
  evaluate(facts, buildQuestion(facts, 'SO4.4', approach, assume));

function expectSameAnswer(listedAnswer: Decision, heldAnswer: Decision, all: EligibilityFacts, size: number) {
  const held = heldAnswer.byKind!;
  for (const field of ['partners', 'excluded'] as const) {
    const items = heldAnswer[field] as Array<{ actorId: string }>;
    const list = held[field] as ByKindList<{ actorId: string }>;
    const paged = pages(all, items, list, size);
    expect(paged.nodes, field).toEqual(inPageOrder(listedAnswer[field], all));
    expect(items.length + list.count, `${field} totalCount`).toBe(listedAnswer[field].length);
  }
  heldAnswer.classes.forEach((c, i) => {
    const paged = pages(all, c.members, c.byKind!, size);
    expect(paged.nodes).toEqual(inPageOrder(listedAnswer.classes[i]!.members, all));
    expect(c.members.length + c.byKind!.count).toBe(listedAnswer.classes[i]!.members.length);
  });
  expect({ ...heldAnswer, partners: [], excluded: [], classes: [], byKind: undefined }).toEqual({
    ...listedAnswer,
    partners: [],
    excluded: [],
    classes: [],
  });
}

describe('eligibility held by kind (issue 20)', () => {
  const { listed, held } = listedAndHeld(base);

  it('should hold by kind only the actors no rule reaches otherwise, and count them', () => {
    const answer = ask(held, 'LIMITED');
    expect(answer.byKind!.partners.count).toBe(5);
    expect([...answer.byKind!.partners.templates.keys()].sort()).toEqual([
      'country-group',
      'international-organisation',
      'third-country',
    ]);
    // The third countries read individually (Alpha, Beta, Gamma) are listed, with the by-kind reason too.
    expect(answer.byKind!.partners.skipIds).toEqual(expect.arrayContaining(['alpha', 'beta', 'gamma', 'org']));
    const alpha = answer.partners.find((p) => p.actorId === 'alpha')!;
    expect(alpha.reasons.map((r) => [r.rule.id, r.basis])).toEqual([['limited', 'BY_KIND']]);
    expect(ask(listed, 'LIMITED').byKind).toBeUndefined();
  });

  it.each([1, 2, 3, 100])('should page the same partners with the same reasons, %i at a time', (size) => {
    for (const approach of ['LIMITED', 'ASSISTING', 'OUTREACH'] as const)
      expectSameAnswer(ask(listed, approach), ask(held, approach), listed, size);
  });

  it("should put each actor's name into its kind's explanations", () => {
    const answer = ask(held, 'LIMITED');
    const paged = pages(listed, answer.partners, answer.byKind!.partners, 2);
    const delta = paged.nodes.find((p) => p.actorId === 'delta-2')!;
    expect(delta.reasons[0]!.explanation).toBe('Delta is a third country, so one of "Everyone"');
    expect(JSON.stringify(paged.nodes)).not.toContain('\u0000');
  });

  it('should exclude by kind when principle 4 names a class by kind, and through a deemed class', () => {
    const deemedByKind: EligibilityFacts = {
      ...base,
      targets: new Map([...base.targets, ['bad', { ...base.targets.get('bad')!, memberKinds: ['country-group'] }]]),
    };
    const both = listedAndHeld(deemedByKind);
    const answer = ask(both.held, 'LIMITED');
    expect(answer.byKind!.excluded.count).toBe(1);
    expect(pages(both.listed, answer.excluded, answer.byKind!.excluded, 1).ids).toEqual(['group', 'zz']);
    for (const size of [1, 2, 50]) expectSameAnswer(ask(both.listed, 'LIMITED'), answer, both.listed, size);
  });

  it('should exclude every member by kind when principle 4 names the class itself', () => {
    const bad = base.targets.get('bad')!;
    const classDeemed: EligibilityFacts = {
      ...base,
      targets: new Map([...base.targets, ['bad', { ...bad, members: [edge('everyone')] }]]),
    };
    const both = listedAndHeld(classDeemed);
    const answer = ask(both.held, 'LIMITED');
    expect(answer.partners).toEqual([]);
    expect(answer.byKind!.partners.count).toBe(0);
    expect(answer.byKind!.excluded.count).toBe(5);
    const excluded = pages(both.listed, answer.excluded, answer.byKind!.excluded, 2).nodes;
    expect(excluded.find((e) => e.actorId === 'nations')!.explanation).toMatch(
      /^engagement through Everyone is excluded/,
    );
    for (const size of [1, 2, 50]) expectSameAnswer(ask(both.listed, 'LIMITED'), answer, both.listed, size);
  });

  it('should count per kind only the actors the facts do not list (toFacts)', () => {
    const facts = toFacts({
      // As get-eligibility-facts.cypher lists them: [id, name, kind].
      actors: [
        ['alpha', 'Alpha', 'third-country'],
        ['org', 'Org', 'international-organisation'],
      ],
      kindCounts: [
        { kind: 'third-country', count: 40 },
        { kind: 'international-organisation', count: 1 },
        { kind: 'country-group', count: 0 },
      ],
    });
    expect([...facts.kindCounts!]).toEqual([
      ['third-country', 39],
      ['international-organisation', 0],
      ['country-group', 0],
    ]);
  });
});
