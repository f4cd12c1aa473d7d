/**
 * Grouping in one pass. Pages generated once per library, report or metric look their items up in a
 * map grouped once per build instead of filtering the whole corpus each time (which grows with the
 * square of the corpus). Pure.
 */

/** Items grouped by `key`: groups in order of their first item, each group in the items' order. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = out.get(k);
    if (group) group.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** How many items fall under each key, keys in order of their first item. */
export function countBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, number> {
  const out = new Map<K, number>();
  for (const item of items) {
    const k = key(item);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

/** The last item under each key, keys in order of their first item (e.g. each library's latest row of year-sorted rows). */
export function lastBy<T, K>(items: Iterable<T>, key: (item: T) => K): T[] {
  const out = new Map<K, T>();
  for (const item of items) out.set(key(item), item);
  return [...out.values()];
}
