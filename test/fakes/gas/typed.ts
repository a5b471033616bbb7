/**
 * How Sheets reads a string handed to `Range.setValue(s)`: as if a person typed it into the
 * cell, by the rules of the SPREADSHEET's locale (`Spreadsheet.getSpreadsheetLocale()`).
 *
 * What states it:
 * - Apps Script, `Range.setValues`: "If a value begins with = , it's interpreted as a formula"; its
 *   own example writes the strings `'2.000'`, `'1,000,000'`, `'$2.99'`.
 * - Sheets API, `ValueInputOption.USER_ENTERED` (the same parser): "strings may be converted to
 *   numbers, dates, etc. following the same rules that are applied when entering text into a
 *   cell via the Google Sheets UI".
 * - Sheets help, "Set a spreadsheet's location & calculation settings": the locale sets the
 *   formats of dates, numbers and currencies — so "Mars 2026" is March 2026 in a French
 *   spreadsheet and text in an American one, "1/2" is 1 February in one and January 2 in the other.
 * - A leading apostrophe is the UI's escape: the rest is kept as text and the apostrophe hidden
 *   (ODK Collect prefixes every value it sends to Sheets for this reason, getodk/docs#1095).
 * - `=`, `+`, `-`, `@` start a formula in spreadsheet software (OWASP, "CSV Injection"); a sign
 *   followed by a number is that number.
 *
 * The model covers the shapes a generated cell can take; anything it does not recognise stays
 * text. What it cannot settle (every locale, every shape) is why the script protects every
 * string (src/apps-script/text.ts) rather than the ones it guesses are at risk.
 */

/** What a typed string becomes. Dates and times carry their calendar parts; the sheet makes the `Date`. */
export type Typed =
  | { readonly kind: "empty" }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "date"; readonly iso: string; readonly seconds: number }
  | { readonly kind: "formula"; readonly formula: string };

interface LocaleRules {
  readonly decimal: "," | ".";
  /** Thousands separators. */
  readonly group: string;
  readonly dayFirst: boolean;
  /** Month names and abbreviations, lower case, without accents: index 0 = January. */
  readonly months: readonly (readonly string[])[];
  readonly booleans: Readonly<Record<string, boolean>>;
}

const FR_MONTHS = [
  ["janvier", "janv"],
  ["fevrier", "fevr", "fev"],
  ["mars"],
  ["avril", "avr"],
  ["mai"],
  ["juin"],
  ["juillet", "juil"],
  ["aout"],
  ["septembre", "sept"],
  ["octobre", "oct"],
  ["novembre", "nov"],
  ["decembre", "dec"],
];
const EN_MONTHS = [
  ["january", "jan"],
  ["february", "feb"],
  ["march", "mar"],
  ["april", "apr"],
  ["may"],
  ["june", "jun"],
  ["july", "jul"],
  ["august", "aug"],
  ["september", "sept", "sep"],
  ["october", "oct"],
  ["november", "nov"],
  ["december", "dec"],
];
const EN_BOOLEANS = { true: true, false: false };

/** The typing rules of a Sheets locale (`fr_FR`, `en_US`, `en_GB`…); others read as `en_US`. */
export function localeRules(locale: string): LocaleRules {
  if (/^fr/i.test(locale)) {
    // French spreadsheets take the French words, and the English ones as well (assumed: the worse case).
    return {
      decimal: ",",
      group: " \u00A0\u202F",
      dayFirst: true,
      months: FR_MONTHS,
      booleans: { ...EN_BOOLEANS, vrai: true, faux: false },
    };
  }
  return { decimal: ".", group: ",", dayFirst: !/^en_US$/i.test(locale), months: EN_MONTHS, booleans: EN_BOOLEANS };
}

const plain = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const pad = (n: number) => String(n).padStart(2, "0");

function isoOf(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A number as the locale writes it: grouped thousands, its decimal mark, an exponent, `%`, a currency. */
function numberOf(text: string, rules: LocaleRules): number | null {
  const g = `[${escapeRegExp(rules.group)}]`;
  const d = escapeRegExp(rules.decimal);
  const body = `(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?`;
  const space = "[ \\u00A0\\u202F]?";
  const m = new RegExp(`^([+-]?)(?:[$€£]${space})?${body}(?:${space}(%|€|EUR))?$`).exec(text);
  if (!m) return null;
  const digits = `${m[2]?.replace(new RegExp(g, "g"), "")}.${m[3] ?? "0"}e${m[4] ?? "0"}`;
  const value = Number(digits) * (m[1] === "-" ? -1 : 1);
  return m[5] === "%" ? value / 100 : value;
}

function timeOf(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) return null;
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
}

function monthIndex(word: string, rules: LocaleRules): number | null {
  const w = plain(word).replace(/\.$/, "");
  const i = rules.months.findIndex((names) => names.includes(w));
  return i < 0 ? null : i + 1;
}

/** A calendar date as the locale types it; `year` fills a date typed without one. */
function dateOf(text: string, rules: LocaleRules, year: number): string | null {
  const iso = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/.exec(text);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3] ?? 1));
  const numeric = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?$/.exec(text);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    const y = numeric[3] ? Number(numeric[3].length === 2 ? `20${numeric[3]}` : numeric[3]) : year;
    return rules.dayFirst ? isoOf(y, b, a) : isoOf(y, a, b);
  }
  const words = text.replace(/,/g, " ").split(/[\s\u00A0\u202F]+/);
  const numbers = words.filter((w) => /^\d{1,4}$/.test(w)).map(Number);
  const names = words.filter((w) => !/^\d{1,4}$/.test(w));
  const month = names.length === 1 && names[0] !== undefined ? monthIndex(names[0], rules) : null;
  if (month === null || numbers.length === 0 || numbers.length > 2) return null;
  // "mars 2026", "9 mars 2026", "March 9, 2026", "9 March": a four-digit number is the year.
  const y = numbers.find((n) => n > 31) ?? (numbers.length === 2 ? numbers[1] : undefined);
  const day = numbers.find((n) => n <= 31 && n !== y);
  if (y !== undefined && day === undefined) return isoOf(y, month, 1);
  return day === undefined ? null : isoOf(y ?? year, month, day);
}

/**
 * What Sheets makes of `text` typed into a cell of a spreadsheet in `locale`.
 * @example typed("Mars 2026", "fr_FR", 2026) // { kind: "date", iso: "2026-03-01", seconds: 0 }
 * @example typed("'=1+1", "en_US", 2026) // { kind: "text", text: "=1+1" }
 */
export function typed(text: string, locale: string, year: number): Typed {
  if (text === "") return { kind: "empty" };
  if (text.startsWith("'")) return text.length === 1 ? { kind: "empty" } : { kind: "text", text: text.slice(1) };
  if (text.startsWith("=")) return { kind: "formula", formula: text };
  const rules = localeRules(locale);
  const t = text.trim();
  const number = numberOf(t, rules);
  if (number !== null) return { kind: "number", value: number };
  if (/^[+\-@]/.test(text)) return { kind: "formula", formula: `=${text.slice(text.startsWith("@") ? 1 : 0)}` };
  const bool = rules.booleans[plain(t)];
  if (bool !== undefined) return { kind: "boolean", value: bool };
  const time = timeOf(t);
  if (time !== null) return { kind: "date", iso: "1899-12-30", seconds: time };
  const date = dateOf(t, rules, year);
  if (date !== null) return { kind: "date", iso: date, seconds: 0 };
  return { kind: "text", text };
}
