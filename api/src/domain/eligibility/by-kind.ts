/**
 * Membership by kind at scale (issue 20). A class may count every actor of some kinds as a member by definition
 * (memberKinds: "international partners" are the third countries, international organisations and country
 * groups): at a million nodes that is tens of thousands of actors. Those the rules reach in no other way (not
 * named, no member of a named group, no agreement party, no what-if) all stand alike: the same reasons,
 * conditions and exclusions, only the name differs. So the facts count them per kind (`kindCounts`) instead of
 * listing them, and the answer holds one template per kind, evaluated for a placeholder actor of that kind by the
 * very same rules (so a listed actor and one held by kind cannot be treated differently). The database lists
 * them a page at a time (by name, then id); `mergePage` merges such a page with the listed items, and
 * `itemOfKind` puts an actor's id and name into its kind's template. Pure.
 */
import type {
  ActorFact,
  ByKindList,
  ClassMemberResult,
  Decision,
  EligibilityFacts,
  ExcludedResult,
  PartnerResult,
  Reason,
} from './types.js';

const PREFIX = '\u0000by-kind:';
/** The placeholder actor's name: the template's explanations name it, and itemOfKind puts the actor's name in. */
export const NAME_PLACEHOLDER = '\u0000name\u0000';
/** The placeholder actor that stands for every actor of `kind` not read individually (no actor id starts so). */
export const representativeId = (kind: string): string => `${PREFIX}${kind}`;
const isRepresentative = (id: string) => id.startsWith(PREFIX);

/** True when the facts hold some actors by kind (counted, not listed). */
export const holdsByKind = (facts: EligibilityFacts): boolean =>
  [...(facts.kindCounts?.values() ?? [])].some((count) => count > 0);

/** The facts with one placeholder actor per kind counted, which the rules then treat as any actor of its kind. */
export function withRepresentatives(facts: EligibilityFacts): EligibilityFacts {
  const actors = new Map<string, ActorFact>(facts.actors);
  for (const [kind, count] of facts.kindCounts ?? [])
    if (count > 0) actors.set(representativeId(kind), { id: representativeId(kind), name: NAME_PLACEHOLDER, kind });
  return { ...facts, actors };
}

/**
 * A decision evaluated on withRepresentatives(facts), split: the listed items stay in their lists, and each
 * placeholder's item becomes its kind's template, standing for kindCounts' actors of that kind.
 */
export function splitByKind(decision: Decision, facts: EligibilityFacts): Decision {
  const counts = facts.kindCounts ?? new Map<string, number>();
  const names = new Map<string, string>();
  for (const actor of facts.actors.values()) names.set(actor.id, actor.name);
  const listedOfKind = new Map<string, string[]>();
  for (const actor of facts.actors.values()) {
    if (!counts.has(actor.kind)) continue;
    const ids = listedOfKind.get(actor.kind);
    if (ids) ids.push(actor.id);
    else listedOfKind.set(actor.kind, [actor.id]);
  }
  // The listed actors of some kinds, sorted: the same for most lists (tens of thousands of ids at scale), so once.
  const sortedIds = new Map<string, string[]>();
  const listedOfKinds = (kinds: string[]): string[] => {
    const key = [...kinds].sort().join('\n');
    let ids = sortedIds.get(key);
    if (!ids) sortedIds.set(key, (ids = kinds.flatMap((kind) => listedOfKind.get(kind) ?? []).sort()));
    return ids;
  };

  function split<T extends { actorId: string }>(items: T[]): { listed: T[]; byKind: ByKindList<T> } {
    const templates = new Map<string, T>();
    for (const item of items)
      if (isRepresentative(item.actorId)) templates.set(item.actorId.slice(PREFIX.length), item);
    const kinds = [...templates.keys()];
    return {
      listed: items.filter((item) => !isRepresentative(item.actorId)),
      byKind: {
        templates,
        count: kinds.reduce((sum, kind) => sum + (counts.get(kind) ?? 0), 0),
        skipIds: listedOfKinds(kinds),
        names,
      },
    };
  }

  const partners = split(decision.partners);
  const excluded = split(decision.excluded);
  return {
    ...decision,
    partners: partners.listed,
    excluded: excluded.listed,
    suspended: decision.suspended.filter((s) => !isRepresentative(s.actorId)),
    classes: decision.classes.map((c) => {
      const members = split(c.members);
      return { ...c, members: members.listed, byKind: members.byKind };
    }),
    byKind: { partners: partners.byKind, excluded: excluded.byKind },
  };
}

const named = (text: string, name: string) => text.replaceAll(NAME_PLACEHOLDER, name);
const reasonNamed = (reason: Reason, name: string): Reason =>
  reason.explanation.includes(NAME_PLACEHOLDER) ? { ...reason, explanation: named(reason.explanation, name) } : reason;

type ByKindItem = PartnerResult | ExcludedResult | ClassMemberResult;

/** The item for one actor held by kind: its kind's template with the actor's id, and its name in the explanations. */
export function itemOfKind<T extends ByKindItem>(template: T, actor: { id: string; name: string }): T {
  const item = { ...template, actorId: actor.id } as T & Partial<PartnerResult & ExcludedResult>;
  if (item.reasons) item.reasons = item.reasons.map((r) => reasonNamed(r, actor.name));
  if (item.lost) item.lost = item.lost.map((r) => reasonNamed(r, actor.name));
  if (typeof item.explanation === 'string') item.explanation = named(item.explanation, actor.name);
  return item;
}

/** A position in a keyset page: the sort key (the actor's name, or its id) and the id. */
export interface PageKey {
  key: string;
  id: string;
}

/** An actor held by kind as the database lists it (eligibility/get-actors-of-kinds.cypher), in page order. */
export interface KindRow extends PageKey {
  name: string;
  kind: string;
}

export interface PageItem<T> extends PageKey {
  node: T;
}

/** Code point order on (key, id): the order of the database's ORDER BY key, id. */
export const comparePageKeys = (a: PageKey, b: PageKey): number =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The listed items of a list held partly by kind, in page order. */
export function listedInPageOrder<T extends { actorId: string }>(
  items: readonly T[],
  names: ReadonlyMap<string, string>,
): PageItem<T>[] {
  return items
    .map((node) => ({ key: names.get(node.actorId) ?? node.actorId, id: node.actorId, node }))
    .sort(comparePageKeys);
}

/**
 * Up to `take` items after `after` (null: from the start): the listed ones (in page order) merged with `rows`,
 * the database's page of actors held by kind after the same position (the skipped ones left out), each
 * given its kind's template.
 */
export function mergePage<T extends ByKindItem>(
  listed: readonly PageItem<T>[],
  rows: readonly KindRow[],
  list: ByKindList<T>,
  after: PageKey | null,
  take: number,
): PageItem<T>[] {
  const own = after === null ? listed : listed.filter((item) => comparePageKeys(item, after) > 0);
  const byKind = rows.flatMap((row): PageItem<T>[] => {
    const template = list.templates.get(row.kind);
    return template ? [{ key: row.key, id: row.id, node: itemOfKind(template, { id: row.id, name: row.name }) }] : [];
  });
  const page: PageItem<T>[] = [];
  let i = 0;
  let j = 0;
  while (page.length < take && (i < own.length || j < byKind.length)) {
    const next = j >= byKind.length || (i < own.length && comparePageKeys(own[i]!, byKind[j]!) <= 0);
    page.push(next ? own[i++]! : byKind[j++]!);
  }
  return page;
}
