/**
 * The pages of an eligibility answer's lists (partners, excluded, a class's members). A list held in memory is an
 * offset page of it. A list that also holds actors by kind (at scale, issue 20: domain by-kind.ts) is a keyset
 * page by name, then id: its listed items after the cursor merged with the database's page of the actors of its
 * kinds (db/eligibility.ts readByKindPage); totalCount is both together. A page, once made, is kept with the
 * answer (which is shared under the data version): a repeated question makes no page again.
 */
import type { Database } from '../../db/database.js';
import { readByKindPage } from '../../db/eligibility.js';
import {
  listedInPageOrder,
  mergePage,
  type ByKindList,
  type ClassMemberResult,
  type PageItem,
  type PartnerOrExcluded,
} from '../../domain/eligibility/index.js';
import { keysetAfter } from '../arguments.js';
import { keysetConnection, sliceConnection, type ConnectionDTO, type PageArgs } from '../connections.js';

type Item = PartnerOrExcluded | ClassMemberResult;

/** Per list (the answer's array, shared while the data version holds): its listed items in page order, its pages. */
const ordered = new WeakMap<readonly Item[], readonly PageItem<Item>[]>();
const pages = new WeakMap<readonly Item[], Map<string, Promise<ConnectionDTO<Item>>>>();
/** Pages kept per list: the first pages of the 21 questions, and then some. */
const PAGES_PER_LIST = 64;

async function keysetPage<T extends Item>(
  db: Database,
  items: readonly T[],
  list: ByKindList<T>,
  args: PageArgs,
): Promise<ConnectionDTO<T>> {
  const { key, id } = keysetAfter(args.after);
  const after = key === null || id === null ? null : { key, id };
  let listed = ordered.get(items) as readonly PageItem<T>[] | undefined;
  if (!listed) ordered.set(items, (listed = listedInPageOrder(items, list.names)));
  const rows = await readByKindPage(db, list, after, args.first + 1);
  const page = mergePage(listed, rows, list, after, args.first + 1);
  return keysetConnection(page, args, items.length + list.count);
}

/** A page of a list of the answer: offset pages in memory, keyset pages when it holds actors by kind. */
export function listPage<T extends Item>(
  db: Database,
  items: readonly T[],
  list: ByKindList<T> | undefined,
  args: PageArgs,
): Promise<ConnectionDTO<T>> | ConnectionDTO<T> {
  if (!list || list.templates.size === 0) return sliceConnection(items, args);
  let kept = pages.get(items);
  if (!kept) pages.set(items, (kept = new Map()));
  const key = `${args.first}|${args.after ?? ''}`;
  let page = kept.get(key) as Promise<ConnectionDTO<T>> | undefined;
  if (!page) {
    page = keysetPage(db, items, list, args);
    if (kept.size >= PAGES_PER_LIST) kept.delete(kept.keys().next().value!);
    kept.set(key, page as Promise<ConnectionDTO<Item>>);
    page.catch(() => kept.delete(key));
  }
  return page;
}
