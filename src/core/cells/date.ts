/** Calendar dates from date cells, Excel serial numbers and typed text. */
import { digitsAt, isoFromYmd, isoToSerial, isValidYmd, PHANTOM_LEAP_SERIAL, serialToIso } from "../dates.js";
import type { Cell, IsoDate } from "../types.js";
import { EMPTY, found, invalid, isBlank, type ReadOutcome } from "./outcome.js";

/**
 * Dates a project can sensibly hold: years 1900 to 2200 (as for Exercice). Excel goes up to
 * 9999, but a date beyond 2200 is a typo, and computations that add working days to it would
 * leave the calendar.
 */
export const MIN_DATE_YEAR = 1900;
export const MAX_DATE_YEAR = 2200;
/** Serials of that range: 1 (1900-01-01) to 2200-12-31. */
export const MIN_SERIAL = 1;
export const MAX_SERIAL = isoToSerial(`${MAX_DATE_YEAR}-12-31`);

/** Whether a real calendar date lies in the years a project can hold. */
function sensible(y: number, m: number, d: number): boolean {
  return y >= MIN_DATE_YEAR && y <= MAX_DATE_YEAR && isValidYmd(y, m, d);
}

/** A two-digit year as Excel reads it: 00–29 → 2000s, 30–99 → 1900s. */
export function fullYear(y: string): number {
  const n = Number(y);
  if (y.length !== 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/**
 * The ISO date a text spells, or null: `31/12/2026`, `31-12-2026`, `31.12.2026`, `31/12/26`,
 * `2026-12-31` (a time after the ISO date is ignored). Impossible dates (31/02) and years
 * outside 1900–2200 give null.
 * @example parseDateText("31.12.2026") // "2026-12-31"
 */
export function parseDateText(text: string): IsoDate | null {
  // The commonest text by far: a date cell's own ISO date, already canonical.
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const y = digitsAt(text, 0, 4);
    const m = digitsAt(text, 5, 2);
    const d = digitsAt(text, 8, 2);
    if (y >= 0 && m >= 0 && d >= 0) return sensible(y, m, d) ? text : null;
  }
  const s = text.trim();
  const iso = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[T ][0-9:.]+Z?)?$/.exec(s);
  const dmy = /^([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})$/.exec(s);
  let y: number;
  let m: number;
  let d: number;
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [y, m, d] = [fullYear(dmy[4] ?? ""), Number(dmy[3]), Number(dmy[1])];
  else return null;
  return sensible(y, m, d) ? isoFromYmd(y, m, d) : null;
}

/** The ISO date of an Excel serial number, or null when out of range or 60 (29 February 1900, no day). */
export function serialDate(n: number): IsoDate | null {
  if (!Number.isFinite(n) || n < MIN_SERIAL || n >= MAX_SERIAL + 1) return null;
  if (Math.floor(n) === PHANTOM_LEAP_SERIAL) return null;
  return serialToIso(n);
}

/**
 * A date: a date cell, an Excel serial (1900 system) or a text date.
 * @example readDate(46022) // { ok: true, value: "2025-12-31" }
 */
export function readDate(cell: Cell): ReadOutcome<IsoDate> {
  if (cell === null) return EMPTY;
  if (typeof cell === "number") {
    const iso = serialDate(cell);
    return iso === null ? invalid("date") : found(iso);
  }
  if (typeof cell === "string") {
    if (isBlank(cell)) return EMPTY;
    const iso = parseDateText(cell);
    return iso === null ? invalid("date") : found(iso);
  }
  if (typeof cell === "object" && cell.kind === "date") {
    const iso = parseDateText(cell.iso);
    return iso === null ? invalid("date") : found(iso);
  }
  return invalid("date");
}
