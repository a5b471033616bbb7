/** Loose matching of labels typed by people: tab names, headers, enum values. */

/** The same few labels come back on every row: remember them (bounded, so memory stays flat). */
const MEMO = new Map<string, string>();
const MEMO_LIMIT = 5000;

/**
 * Lowercase, accents stripped, spaces (including no-break ones) collapsed, trimmed, and a
 * trailing `:` or `*` (a required mark) dropped.
 * @example normalizeLabel("  Début   PRÉVU * ") // "debut prevu"
 */
export function normalizeLabel(s: string): string {
  const known = MEMO.get(s);
  if (known !== undefined) return known;
  const out = s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s:*]+$/, "")
    .replace(/[’‘]/g, "'");
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(s, out);
  return out;
}
