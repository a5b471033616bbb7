/** The key two spellings of a service name share: accents stripped, lower case, spaces collapsed. */

/**
 * Normalizes a name for matching (NFD, combining marks removed, lower case, whitespace collapsed and trimmed).
 * @example normalizeName("  Usages  NUMÉRIQUES ") // "usages numeriques"
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
