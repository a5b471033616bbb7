/** Calendar months (Équipe, Capacité). */
import { digitsAt, monthOf } from "../dates.js";
import type { Cell, IsoMonth } from "../types.js";
import { fullYear, MAX_DATE_YEAR, MIN_DATE_YEAR, parseDateText, serialDate } from "./date.js";
import { normalizeLabel } from "./normalize.js";
import { EMPTY, found, invalid, isBlank, type ReadOutcome } from "./outcome.js";

/** Month names and abbreviations (normalized: no accents, lowercase, no dot) → 1..12. */
const NAMES = new Map<string, number>();
const SPELLINGS: readonly (readonly string[])[] = [
  ["janvier", "janv", "jan", "january"],
  ["fevrier", "fevr", "fev", "feb", "february"],
  ["mars", "mar", "march"],
  ["avril", "avr", "apr", "april"],
  ["mai", "may"],
  ["juin", "jun", "june"],
  ["juillet", "juil", "jul", "july"],
  ["aout", "aug", "august"],
  ["septembre", "sept", "sep", "september"],
  ["octobre", "oct", "october"],
  ["novembre", "nov", "november"],
  ["decembre", "dec", "december"],
];
SPELLINGS.forEach((names, i) => {
  for (const n of names) NAMES.set(n, i + 1);
});

const pad2 = (n: number) => String(n).padStart(2, "0");
const isMonthInRange = (y: number, m: number) =>
  Number.isInteger(y) && y >= MIN_DATE_YEAR && y <= MAX_DATE_YEAR && m >= 1 && m <= 12;
const month = (y: number, m: number): IsoMonth | null => (isMonthInRange(y, m) ? `${y}-${pad2(m)}` : null);

/**
 * The month a text spells, or null: `2026-03`, `03/2026`, `3/2026`, `mars 2026`, `March 2026`,
 * `févr. 2026`, `mars-26`, or a full date (its month).
 * @example parseMonthText("févr. 2026") // "2026-02"
 */
export function parseMonthText(text: string): IsoMonth | null {
  // The commonest text by far: Équipe's own canonical `YYYY-MM`, read without regular expressions.
  if (text.length === 7 && text.charCodeAt(4) === 45) {
    const y = digitsAt(text, 0, 4);
    const m = digitsAt(text, 5, 2);
    if (y >= 0 && m >= 0) return isMonthInRange(y, m) ? text : null;
  }
  const s = normalizeLabel(text);
  const ym = /^([0-9]{4})[-/.]([0-9]{1,2})$/.exec(s);
  if (ym) return month(Number(ym[1]), Number(ym[2]));
  const my = /^([0-9]{1,2})[-/.]([0-9]{4})$/.exec(s);
  if (my) return month(Number(my[2]), Number(my[1]));
  const named = /^(?:1er |[0-9]{1,2} )?([a-z]+)\.?[\s\-/.]*([0-9]{4}|[0-9]{2})$/.exec(s);
  if (named) {
    const m = NAMES.get(named[1] ?? "");
    return m === undefined ? null : month(fullYear(named[2] ?? ""), m);
  }
  const date = parseDateText(text);
  return date === null ? null : monthOf(date);
}

/**
 * A month: a date cell or serial (its month), or text.
 * @example readMonth("mars 2026") // { ok: true, value: "2026-03" }
 */
export function readMonth(cell: Cell): ReadOutcome<IsoMonth> {
  if (cell === null) return EMPTY;
  if (typeof cell === "number") {
    const iso = serialDate(cell);
    return iso === null ? invalid("month") : found(monthOf(iso));
  }
  if (typeof cell === "string") {
    if (isBlank(cell)) return EMPTY;
    const m = parseMonthText(cell);
    return m === null ? invalid("month") : found(m);
  }
  if (typeof cell === "object" && cell.kind === "date") {
    const iso = parseDateText(cell.iso);
    return iso === null ? invalid("month") : found(monthOf(iso));
  }
  return invalid("month");
}
