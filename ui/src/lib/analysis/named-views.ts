/**
 * Named views: the explorer's link (its query string, which holds the positions and the camera) saved under a
 * name in the browser's storage. Pure over a Storage-like object: reading never throws (entries that are not
 * views are dropped), and a save that cannot be kept fails with a clear message and changes nothing.
 */

export interface NamedView {
  name: string;
  /** The query string of the view's link (`?focus=enisa&cam=…`, or empty for the first view). */
  search: string;
  /** When it was saved (ISO 8601). */
  savedAt: string;
}

export const NAMED_VIEWS_KEY = 'cyber-ecosystem-explorer:named-views:v1';
export const MAX_NAMED_VIEWS = 50;
export const MAX_NAME_LENGTH = 60;
/** Longer than any link the explorer writes (1000 positions); a longer entry is not one of ours. */
const MAX_SEARCH_LENGTH = 40_000;

export type ViewStorage = Pick<Storage, 'getItem' | 'setItem'>;

export class NamedViewError extends Error {}

const isView = (v: unknown): v is NamedView => {
  const o = v as Record<string, unknown> | null;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.name === 'string' &&
    o.name.trim().length > 0 &&
    o.name.length <= MAX_NAME_LENGTH &&
    typeof o.search === 'string' &&
    (o.search === '' || o.search.startsWith('?')) &&
    o.search.length <= MAX_SEARCH_LENGTH &&
    typeof o.savedAt === 'string'
  );
};

/** The saved views, by name; [] when there are none or the storage cannot be read. */
export function readViews(storage: ViewStorage | null): NamedView[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(NAMED_VIEWS_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(isView).slice(0, MAX_NAMED_VIEWS).sort(byName);
  } catch {
    return [];
  }
}

const byName = (a: NamedView, b: NamedView) => a.name.localeCompare(b.name);

/** The name as it is kept, or a NamedViewError saying what is wrong with it. */
export function checkName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new NamedViewError('Give the view a name.');
  if (trimmed.length > MAX_NAME_LENGTH)
    throw new NamedViewError(
      `A view's name is at most ${MAX_NAME_LENGTH} characters (this one has ${trimmed.length}).`,
    );
  return trimmed;
}

/**
 * Saves the view under the name (replacing a view of the same name) and returns the views as now kept.
 * Throws NamedViewError, having written nothing, on a bad name, when the list is full, or when the browser
 * refuses to store it.
 */
export function saveView(
  storage: ViewStorage | null,
  name: string,
  search: string,
  now: Date = new Date(),
): NamedView[] {
  const kept = checkName(name);
  if (search !== '' && !search.startsWith('?')) throw new NamedViewError('That is not a view of the explorer.');
  if (search.length > MAX_SEARCH_LENGTH) throw new NamedViewError('This view is too large to save; share its link.');
  const views = readViews(storage);
  const others = views.filter((v) => v.name !== kept);
  if (others.length >= MAX_NAMED_VIEWS)
    throw new NamedViewError(`At most ${MAX_NAMED_VIEWS} views are kept: delete one first.`);
  const next = [...others, { name: kept, search, savedAt: now.toISOString() }].sort(byName);
  write(storage, next);
  return next;
}

export function deleteView(storage: ViewStorage | null, name: string): NamedView[] {
  const next = readViews(storage).filter((v) => v.name !== name);
  write(storage, next);
  return next;
}

function write(storage: ViewStorage | null, views: NamedView[]): void {
  if (!storage) throw new NamedViewError('This browser does not let the page keep views: copy the link instead.');
  try {
    storage.setItem(NAMED_VIEWS_KEY, JSON.stringify(views));
  } catch {
    throw new NamedViewError('The browser refused to keep the view (storage full or disabled): copy the link instead.');
  }
}

/** The view's full link, for sharing. */
export const viewLink = (origin: string, pathname: string, view: Pick<NamedView, 'search'>): string =>
  `${origin}${pathname}${view.search}`;
