/** Loose matching of labels typed by people: tab names, headers, enum values. */

/**
 * Lowercase, accents stripped, spaces (including no-break ones) collapsed, trimmed, and a
 * trailing `:` or `*` (a required mark) dropped.
 * @example normalizeLabel("  Début   PRÉVU * ") // "debut prevu"
 */
export function normalizeLabel(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\u00A0\u202F\u2007\u2009]+/g, " ")
    .trim()
    .replace(/[\s:*]+$/, "")
    .replace(/[’‘]/g, "'");
}
