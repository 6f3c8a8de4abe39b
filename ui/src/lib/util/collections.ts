/** Small pure helpers over lists and sets (kept out of .svelte files, whose Sets would look reactive). */

/** Toggles an item in a subset of `all`; null stands for "all of them". */
export function toggleIn(current: readonly string[] | null, item: string, all: readonly string[]): string[] | null {
  const set = new Set(current ?? all);
  if (set.has(item)) set.delete(item);
  else set.add(item);
  return set.size === all.length && all.every((a) => set.has(a)) ? null : [...set].sort();
}

export function intersectAll(sets: ReadonlyArray<ReadonlySet<string>>): Set<string> {
  const [first, ...rest] = sets;
  return new Set([...(first ?? [])].filter((id) => rest.every((s) => s.has(id))));
}

export const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

export const toSet = <T>(items: Iterable<T> | null | undefined): Set<T> => new Set(items ?? []);

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.entries()];
}
