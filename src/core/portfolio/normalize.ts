/** Keys for matching names across workbooks: case-, accent- and space-insensitive. */

/**
 * The matching key of a name.
 * @example matchKey("  Usages  Numériques ") // "usages numeriques"
 */
export function matchKey(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim().replace(/\s+/g, " ");
}

/**
 * {@link matchKey}, remembered per text for one computation: a portfolio's staffing names the
 * same few services tens of thousands of times, and normalising each (NFD, then three regular
 * expressions) was most of the cross-project load's time.
 * @example const keyOf = matchKeyCache(); keyOf("SI") // "si", computed once
 */
export function matchKeyCache(): (text: string) => string {
  const keys = new Map<string, string>();
  return (text) => {
    let key = keys.get(text);
    if (key === undefined) {
      key = matchKey(text);
      keys.set(text, key);
    }
    return key;
  };
}

/**
 * {@link compareKeys} with the keys from `keyOf` (a {@link matchKeyCache}, for a long sort).
 * @example ["b", "À"].sort(compareKeysWith(matchKeyCache())) // ["À", "b"]
 */
export function compareKeysWith(keyOf: (text: string) => string): (a: string, b: string) => number {
  return (a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    if (ka !== kb) return ka < kb ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  };
}

/** Sorts by a text key, accent- and case-insensitive, without the machine's locale. */
export const compareKeys: (a: string, b: string) => number = compareKeysWith(matchKey);
