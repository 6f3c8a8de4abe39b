/**
 * An eligibility answer as the resolvers and the briefings read it (issue 20): its head (answer-head.ts) and its
 * lists (partners, excluded, each class's members), each paged by asking for the page where the decision is
 * kept: the decision itself in this thread for small facts (the seed), the worker for large ones, where only the
 * page's items cross. A list's pages are offset pages; a list that also holds actors by kind (domain by-kind.ts)
 * has keyset pages by name, then id: the database's page of those actors (read here) merged with the listed
 * items after the cursor (where the decision is). A page, once made, is kept with the answer (which is shared
 * under the data version, and dropped with it), within a bound (kept-pages.ts): a repeated page is not asked
 * again.
 */
import type {
  ClassMemberResult,
  ClassResult,
  Decision,
  KindRow,
  PageKey,
  PartnerOrExcluded,
} from '../domain/eligibility/index.js';
import { encodeCursor, keysetAfter, offsetAfter } from '../graphql/arguments.js';
import { keysetConnection, pageConnection, type ConnectionDTO, type PageArgs } from '../graphql/connections.js';
import {
  type ByKindHead,
  type DecisionHead,
  type ListHead,
  type ListItem,
  type ListRef,
  type PageRequest,
  type PageSlice,
} from './answer-head.js';
import { KeptPages, type PageBounds } from './kept-pages.js';

/** One list of an answer. */
export interface AnswerList<T extends ListItem> {
  /** The items it lists (the rest, if any, held by kind). */
  readonly listed: number;
  /** Every item, listed or held by kind: a connection's totalCount. */
  readonly total: number;
  /** A page, as the connection of the schema. */
  page(args: PageArgs): Promise<ConnectionDTO<T>> | ConnectionDTO<T>;
  /** Every listed item, in order (a briefing, within its cap). */
  items(): Promise<readonly T[]>;
}

export interface ClassView extends Omit<ClassResult, 'members' | 'byKind'> {
  members: AnswerList<ClassMemberResult>;
}

/** An answer: what a decision holds, its lists paged (Eligibility in the schema). */
export interface AnswerView extends Omit<Decision, 'partners' | 'excluded' | 'classes' | 'byKind'> {
  partners: AnswerList<PartnerOrExcluded>;
  excluded: AnswerList<PartnerOrExcluded>;
  classes: ClassView[];
}

/** A page of a list, where the decision is kept. */
export type AskPage = (request: PageRequest) => Promise<PageSlice> | PageSlice;
/** The database's page of the actors of a list held by kind, after a position (db/eligibility.ts). */
export type ReadKindRows = (byKind: ByKindHead, after: PageKey | null, limit: number) => Promise<KindRow[]>;

const then = <T, U>(value: Promise<T> | T, next: (value: T) => U): Promise<U> | U =>
  value instanceof Promise ? value.then(next) : next(value);

const listName = (ref: ListRef) => (ref.list === 'members' ? `members:${ref.index}` : ref.list);

function listView<T extends ListItem>(
  head: ListHead,
  ask: AskPage,
  readRows: ReadKindRows,
  kept: KeptPages<ConnectionDTO<ListItem>>,
): AnswerList<T> {
  const { ref, listed, byKind } = head;
  const total = listed + (byKind?.count ?? 0);
  const name = listName(ref);

  const offsetPage = (args: PageArgs) => {
    const start = offsetAfter(args.after);
    return then(ask({ ref, take: args.first + 1, start }), (slice) =>
      pageConnection(slice.nodes as T[], args, listed, (_row, i) => encodeCursor([start + i])),
    );
  };
  const keysetPage = async (kinds: ByKindHead, args: PageArgs) => {
    const { key, id } = keysetAfter(args.after);
    const after = key === null || id === null ? null : { key, id };
    const rows = await readRows(kinds, after, args.first + 1);
    const slice = await ask({ ref, take: args.first + 1, keyset: { after, rows } });
    const items = slice.nodes.map((node, i) => ({ ...slice.keys![i]!, node: node as T }));
    return keysetConnection(items, args, total);
  };

  return {
    listed,
    total,
    page(args) {
      // The whole request: the list, the page's size and the cursor it follows (an offset or a key and id).
      const key = `${name}|${args.first}|${args.after ?? ''}`;
      const known = kept.get(key);
      if (known) return known as Promise<ConnectionDTO<T>> | ConnectionDTO<T>;
      const page = byKind ? keysetPage(byKind, args) : offsetPage(args);
      kept.keep(key, page, args.first);
      return page;
    },
    async items() {
      return (await ask({ ref, take: listed, start: 0 })).nodes as T[];
    },
  };
}

/** The pages each answer keeps (its KeptPages), for a test to read. */
const keptOf = new WeakMap<AnswerView, KeptPages<unknown>>();

/** How many pages the answer keeps, and the items they may hold (each counted at the page's `first`). */
export function pagesKept(answer: AnswerView): { pages: number; items: number } {
  const kept = keptOf.get(answer);
  return { pages: kept?.size ?? 0, items: kept?.items ?? 0 };
}

/**
 * The answer whose head is `head`, its pages asked of `ask` (and the database's, `readRows`); the pages made are
 * kept within `bounds` (a test passes its own).
 */
export function answerView(head: DecisionHead, ask: AskPage, readRows: ReadKindRows, bounds?: PageBounds): AnswerView {
  const kept = new KeptPages<ConnectionDTO<ListItem>>(bounds);
  const answer: AnswerView = {
    ...head,
    partners: listView(head.partners, ask, readRows, kept),
    excluded: listView(head.excluded, ask, readRows, kept),
    classes: head.classes.map((c) => ({ ...c, members: listView(c.members, ask, readRows, kept) })),
  };
  keptOf.set(answer, kept);
  return answer;
}
