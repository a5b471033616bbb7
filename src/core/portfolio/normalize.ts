/** Keys for matching names across workbooks: case-, accent- and space-insensitive. */

/**
 * The matching key of a name.
 * @example matchKey("  Usages  Numériques ") // "usages numeriques"
 */
export function matchKey(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim().replace(/\s+/g, " ");
}

/** Sorts by a text key, accent- and case-insensitive, without the machine's locale. */
export function compareKeys(a: string, b: string): number {
  const ka = matchKey(a);
  const kb = matchKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
