/** Grouping in maps: the one get-or-add the aggregations share. */

/**
 * The value of `key` in `map`, made by `make` and added first when missing. Aggregations that run
 * once per line (budget, Équipe, the portfolio's load) group with it instead of building a
 * composite key string per line.
 * @example entryOf(byService, "SI", newMap).set("2026-03", 2) // byService: SI → { 2026-03 → 2 }
 */
export function entryOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** An empty map, for {@link entryOf} (one function, not a closure per call). */
export function newMap<K, V>(): Map<K, V> {
  return new Map<K, V>();
}
