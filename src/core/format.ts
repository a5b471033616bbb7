/**
 * Display formatters shared by the messages, the generated tabs and the panel.
 * Pure string code: no `Intl`, so the output never depends on the machine's locale.
 * French uses U+202F (narrow no-break space) between thousands and a decimal comma;
 * English uses `,` and `.`.
 */
import type { IsoDate, IsoMonth, Lang } from "./types.js";

/** U+202F, the French thousands separator (and the space before `%`). */
export const NNBSP = "\u202F";
/** U+00A0, the space between a French amount and `€`. */
export const NBSP = "\u00A0";

/** Month names, January first. */
export const MONTH_NAMES: Readonly<Record<Lang, readonly string[]>> = {
  fr: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/**
 * The digits of a whole number ≥ 0, never in exponent form: from 1e21 `Number#toString` writes
 * `5.33e+29`, which would be cut up as digits; its 15 significant digits, then zeros, are written instead.
 * @example wholeDigits(5.33e29) // "533000000000000000000000000000"
 */
function wholeDigits(units: number): string {
  if (units < 1e21) return units.toString();
  const [mantissa = "", exponent = "0"] = units.toExponential(14).split("e+");
  return mantissa.replace(".", "") + "0".repeat(Number(exponent) - 14);
}

/** Rounds half away from zero at `decimals`, absorbing binary noise (1.005 → 1.01). */
function roundAbs(abs: number, decimals: number): string {
  const scaled = Number((abs * 10 ** decimals).toPrecision(15));
  const units = Math.round(scaled);
  const text = wholeDigits(units).padStart(decimals + 1, "0");
  if (decimals === 0) return text;
  return `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
}

/** The digits of `intPart` in groups of three from the right, `sep` between groups. */
function groupThousands(intPart: string, sep: string): string {
  const first = intPart.length % 3 || 3;
  let out = intPart.slice(0, first);
  for (let i = first; i < intPart.length; i += 3) out += sep + intPart.slice(i, i + 3);
  return out;
}

/** Fixed-decimals rendering with the language's separators; `trim` drops trailing zeros. */
function render(n: number, lang: Lang, decimals: number, trim: boolean): string {
  if (!Number.isFinite(n)) return String(n);
  let fixed = roundAbs(Math.abs(n), decimals);
  if (trim && fixed.includes(".")) fixed = fixed.replace(/0+$/, "").replace(/\.$/, "");
  const negative = n < 0 && /[1-9]/.test(fixed);
  // Integer digits and decimals cut at the one dot, without split's array (every amount of a message comes here).
  const dot = fixed.indexOf(".");
  const intPart = dot < 0 ? fixed : fixed.slice(0, dot);
  const frac = dot < 0 ? undefined : fixed.slice(dot + 1);
  const grouped = groupThousands(intPart, lang === "fr" ? NNBSP : ",");
  const body = frac === undefined ? grouped : `${grouped}${lang === "fr" ? "," : "."}${frac}`;
  return negative ? `-${body}` : body;
}

/**
 * A number with the language's separators. Without `decimals`, up to 2 decimals, trailing zeros dropped.
 * @example formatNumber(1234.5, "fr") // "1 234,5" (U+202F)
 */
export function formatNumber(n: number, lang: Lang, decimals?: number): string {
  return decimals === undefined ? render(n, lang, 2, true) : render(n, lang, decimals, false);
}

/**
 * An amount in euros, to the cent.
 * @example formatMoney(1234.5, "fr") // "1 234,50 €" ; formatMoney(-1234.5, "en") // "-€1,234.50"
 */
export function formatMoney(n: number, lang: Lang): string {
  const body = render(Math.abs(n), lang, 2, false);
  const negative = n < 0 && body !== "0,00" && body !== "0.00";
  if (lang === "fr") return `${negative ? "-" : ""}${body}${NBSP}€`;
  return `${negative ? "-" : ""}€${body}`;
}

/**
 * A fraction as a percentage. Without `decimals`, up to 1 decimal, trailing zeros dropped.
 * @example formatPercent(0.625, "fr") // "62,5 %" ; formatPercent(0.45, "en") // "45%"
 */
export function formatPercent(fraction: number, lang: Lang, decimals?: number): string {
  const pct = Number((fraction * 100).toPrecision(15));
  const body = decimals === undefined ? render(pct, lang, 1, true) : render(pct, lang, decimals, false);
  return lang === "fr" ? `${body}${NNBSP}%` : `${body}%`;
}

/**
 * A rate the user typed (Taux FCTVA, a funding rate) as a percentage with every decimal it
 * carries, up to 3; a computed ratio goes through {@link formatPercent} and keeps 1.
 * @example formatRate(0.16404, "fr") // "16,404 %" ; formatRate(0.4, "en") // "40%"
 */
export function formatRate(fraction: number, lang: Lang): string {
  const body = render(Number((fraction * 100).toPrecision(15)), lang, 3, true);
  return lang === "fr" ? `${body}${NNBSP}%` : `${body}%`;
}

/**
 * A calendar date, short form.
 * @example formatDate("2026-12-31", "fr") // "31/12/2026" ; formatDate("2026-12-31", "en") // "2026-12-31"
 */
export function formatDate(iso: IsoDate, lang: Lang): string {
  if (lang === "en") return iso;
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/**
 * A calendar date, long form.
 * @example formatDateLong("2026-06-09", "fr") // "9 juin 2026" ; formatDateLong("2026-06-01", "fr") // "1er juin 2026"
 */
export function formatDateLong(iso: IsoDate, lang: Lang): string {
  const day = Number(iso.slice(8, 10));
  const month = MONTH_NAMES[lang][Number(iso.slice(5, 7)) - 1] ?? iso.slice(5, 7);
  const dayText = lang === "fr" && day === 1 ? "1er" : String(day);
  return `${dayText} ${month} ${iso.slice(0, 4)}`;
}

/**
 * A calendar month.
 * @example formatMonth("2026-03", "fr") // "mars 2026" ; formatMonth("2026-03", "en") // "March 2026"
 */
export function formatMonth(isoMonth: IsoMonth, lang: Lang): string {
  const month = MONTH_NAMES[lang][Number(isoMonth.slice(5, 7)) - 1] ?? isoMonth.slice(5, 7);
  return `${month} ${isoMonth.slice(0, 4)}`;
}

/**
 * Text cut into lines of at most `width` characters, at ordinary spaces only (a no-break space
 * keeps `:` with its word); a word longer than `width` stands alone on its line.
 * @example wrapWords("un deux trois", 8) // ["un deux", "trois"]
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ").filter((w) => w !== "")) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
