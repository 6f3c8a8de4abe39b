/**
 * An answer cut in two (issue 20): its head, small (the question, the classes without their members, the
 * activities, the conditions, the suspended members, the caveats), and its lists (partners, excluded, each class's
 * members), which at scale hold tens of thousands of items with their reasons and are paged where the decision is
 * kept (the worker), a page at a time. Pure: the worker imports it.
 */
import {
  listedInPageOrder,
  mergePage,
  type ByKindList,
  type ClassResult,
  type Decision,
  type KindRow,
  type PageItem,
  type PageKey,
  type ClassMemberResult,
  type PartnerOrExcluded,
} from '../domain/eligibility/index.js';

/** An item of an answer's list. */
export type ListItem = PartnerOrExcluded | ClassMemberResult;

/** Which list of an answer: its partners, its excluded, or the members of its class at `index`. */
export type ListRef = { list: 'partners' } | { list: 'excluded' } | { list: 'members'; index: number };

/** What the database needs to page a list's actors held by kind (get-actors-of-kinds.cypher). */
export interface ByKindHead {
  kinds: string[];
  skipIds: string[];
  /** How many actors the kinds stand for. */
  count: number;
}

/** A list of the answer as its head holds it: how many items it lists, and its actors held by kind. */
export interface ListHead {
  ref: ListRef;
  listed: number;
  byKind: ByKindHead | null;
}

export interface ClassHead extends Omit<ClassResult, 'members' | 'byKind'> {
  members: ListHead;
}

export interface DecisionHead extends Omit<Decision, 'partners' | 'excluded' | 'classes' | 'byKind'> {
  partners: ListHead;
  excluded: ListHead;
  classes: ClassHead[];
}

/** A page asked of a list: by offset (`start`), or by key after `after` merged with the database's `rows`. */
export interface PageRequest {
  ref: ListRef;
  take: number;
  start?: number;
  keyset?: { after: PageKey | null; rows: KindRow[] };
}

/** A page: its items, and for a keyset page each item's key (the cursor). */
export interface PageSlice {
  nodes: ListItem[];
  keys: PageKey[] | null;
}

/** The kinds, skipped ids and count of a list held partly by kind; null when it holds none by kind. */
export const byKindHead = (list: ByKindList<unknown> | undefined): ByKindHead | null =>
  list && list.templates.size > 0
    ? { kinds: [...list.templates.keys()], skipIds: list.skipIds, count: list.count }
    : null;

/** The list `ref` names in the decision: its items and its actors held by kind. */
export function listOf(
  decision: Decision,
  ref: ListRef,
): { items: readonly ListItem[]; byKind?: ByKindList<ListItem> } {
  switch (ref.list) {
    case 'partners':
      return { items: decision.partners, byKind: decision.byKind?.partners };
    case 'excluded':
      return { items: decision.excluded, byKind: decision.byKind?.excluded };
    case 'members': {
      const c = decision.classes[ref.index];
      if (!c) throw new Error(`eligibility answer: no class at ${ref.index}`);
      return { items: c.members, byKind: c.byKind };
    }
  }
}

const listHead = (decision: Decision, ref: ListRef): ListHead => {
  const { items, byKind } = listOf(decision, ref);
  return { ref, listed: items.length, byKind: byKindHead(byKind) };
};

/** The decision's head: everything but its lists, which it counts. */
export function headOf(decision: Decision): DecisionHead {
  const { partners: _p, excluded: _e, classes, byKind: _b, ...rest } = decision;
  return {
    ...rest,
    partners: listHead(decision, { list: 'partners' }),
    excluded: listHead(decision, { list: 'excluded' }),
    classes: classes.map(({ members: _m, byKind: _k, ...c }, index) => ({
      ...c,
      members: listHead(decision, { list: 'members', index }),
    })),
  };
}

/** Per list (while its decision is kept): its listed items in page order (a keyset page's own items), made once. */
const ordered = new WeakMap<readonly ListItem[], readonly PageItem<ListItem>[]>();

/** The page asked of the decision's list. */
export function pageOf(decision: Decision, request: PageRequest): PageSlice {
  const { items, byKind } = listOf(decision, request.ref);
  if (!request.keyset || !byKind) {
    const start = request.start ?? 0;
    return { nodes: items.slice(start, start + request.take), keys: null };
  }
  let listed = ordered.get(items);
  if (!listed) ordered.set(items, (listed = listedInPageOrder(items, byKind.names)));
  const page = mergePage(listed, request.keyset.rows, byKind, request.keyset.after, request.take);
  return { nodes: page.map((p) => p.node), keys: page.map(({ key, id }) => ({ key, id })) };
}
