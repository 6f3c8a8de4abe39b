/**
 * The pages an answer keeps (answer-view.ts; issue 20): each page made is kept by its whole request (the list, its
 * size, the cursor it follows), so that asking it again asks nothing where the decision is kept (at scale the
 * worker: a message each way, queued behind the worker's other work, and the decision evaluated again if the
 * worker no longer keeps it). Bounded, the least recently asked dropped first: a number of pages, and the items
 * they may hold together (each page counted at its `first`, the most it can hold); a page that would not fit even
 * alone is not kept. The pages go when their answer goes (the answers are kept under the data version).
 */

export interface PageBounds {
  /** Pages kept per answer. */
  pages: number;
  /** Items those pages may hold together, each page counted at its `first`. */
  items: number;
}

/**
 * Per answer: W1's first pages (partners, excluded, each class's members: on the seed two classes a question on
 * average, so four pages of 100) and a client's walk through a list, a page at a time, over its last pages. A
 * partner with its reasons and quotes is 2.0-2.4 kB (v8 serialised, the at-scale fixture's first 100 partners),
 * so an answer keeps at most about 3 MB of pages (it kept 64 pages of up to 100 items per list before).
 */
export const KEEP_PAGES: PageBounds = { pages: 32, items: 1_200 };

export class KeptPages<P> {
  private readonly kept = new Map<string, { page: Promise<P> | P; items: number }>();
  /** The items the kept pages may hold (each at its `first`). */
  items = 0;

  constructor(private readonly bounds: PageBounds = KEEP_PAGES) {}

  get size(): number {
    return this.kept.size;
  }

  /** The page kept under `key` (now the most recently asked), or undefined. */
  get(key: string): Promise<P> | P | undefined {
    const entry = this.kept.get(key);
    if (!entry) return undefined;
    this.kept.delete(key);
    this.kept.set(key, entry);
    return entry.page;
  }

  /**
   * Keeps `page` (of at most `items` items) under `key`, dropping the least recently asked pages to stay within
   * the bounds; a page that fails is dropped when it does (the next asker asks again).
   */
  keep(key: string, page: Promise<P> | P, items: number): void {
    this.drop(key);
    if (items > this.bounds.items || this.bounds.pages < 1) return;
    while (this.kept.size >= this.bounds.pages || this.items + items > this.bounds.items)
      this.drop(this.kept.keys().next().value!);
    const entry = { page, items };
    this.kept.set(key, entry);
    this.items += items;
    if (page instanceof Promise)
      page.catch(() => {
        if (this.kept.get(key) === entry) this.drop(key);
      });
  }

  private drop(key: string): void {
    const entry = this.kept.get(key);
    if (!entry) return;
    this.kept.delete(key);
    this.items -= entry.items;
  }
}
