/**
 * Which number formats make a number a date, as the corpus's expected values decide it
 * (test/corpus/real/README.md, "Dates"): ECMA-376 Part 1 §18.8.30 (numFmt) and §18.8.31
 * (built-in ids), and the core's rule that a time without a date is a number.
 */

/**
 * Built-in formats (§18.8.30) that hold a calendar date. 18–21 and 45–47 are times only, and in
 * the CJK locales 32–33 are times too (h"時"mm"分"), so they stay numbers.
 */
export const BUILTIN_DATE_IDS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** The first section of a format code (the one positive numbers use), outside quotes. */
function firstSection(code) {
  let out = "";
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === "\\" && !quoted) i++;
    else if (ch === ";" && !quoted) break;
    out += ch === "\\" ? "" : ch;
  }
  return out;
}

/**
 * True when a format code shows a calendar date (year, month or day), false for numbers,
 * text, times of day and elapsed times.
 * @example isDateFormat("dd/mm/yyyy hh:mm") // true
 * @example isDateFormat("[h]:mm") // false (a duration)
 * @example isDateFormat("0.0\\ \\h") // false (an escaped h)
 * @example isDateFormat("AM/PM") // false (a time marker, not a month)
 */
export function isDateFormat(code) {
  const bare = firstSection(code)
    .replace(/"[^"]*"/g, "") // literal text
    .replace(/\\./g, "") // escaped characters (firstSection keeps none, but a code may come pre-split)
    .replace(/[_*]./g, "") // padding and fill characters
    .replace(/\[[^\]]*\]/g, (b) => (/^\[(h+|m+|s+)\]$/i.test(b) ? "[elapsed]" : "")) // colours, conditions, locales
    .replace(/e[+-]/gi, "") // scientific notation
    .replace(/AM\/PM|A\/P/gi, "") // the half-day marker of a time
    .replace(/General/gi, "");
  if (bare.includes("[elapsed]")) return false;
  if (/[ydeg]/i.test(bare)) return true;
  // m alone is a month; next to h or s it is minutes.
  return /m/i.test(bare) && !/[hs]/i.test(bare);
}

/**
 * The calendar date of a serial in a date system, or null when the serial names no date
 * (negative, 1900-02-29 of the 1900 system, after 9999-12-31). The time of day is rounded to
 * the second first, so 23:59:59.7 belongs to the next day as Excel displays it.
 * @example serialToIso(40982.56, false) // "2012-03-14"
 * @example serialToIso(0, true) // "1904-01-01"
 */
export function serialToIso(serial, date1904) {
  if (!Number.isFinite(serial) || serial < 0) return null;
  let days = Math.floor(serial);
  if (Math.round((serial - days) * 86_400) >= 86_400) days++;
  if (days > 2_958_465) return null;
  let epoch;
  if (date1904) epoch = Date.UTC(1904, 0, 1);
  else if (days === 60)
    return null; // the 1900 system's 29 February 1900 never existed
  else epoch = days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + days * 86_400_000).toISOString().slice(0, 10);
}
