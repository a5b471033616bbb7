/**
 * Months as a comité reads them: short labels for the columns of a service × month matrix
 * (`janv. 2026`, `Jan 2026`) and runs of consecutive months (`sept.–déc. 2026`) for a line that
 * names the overloads. Pure string code, no `Intl`.
 */
import type { IsoMonth, Lang } from "../types.js";

/** The abbreviations of the Imprimerie nationale in French, the usual three letters in English. */
const SHORT: Readonly<Record<Lang, readonly string[]>> = {
  fr: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

const year = (m: IsoMonth) => Number(m.slice(0, 4));
const monthIndex = (m: IsoMonth) => Number(m.slice(5, 7)) - 1;
const shortName = (m: IsoMonth, lang: Lang) => SHORT[lang][monthIndex(m)] ?? m.slice(5, 7);

/**
 * A month's column label.
 * @example shortMonth("2026-01", "fr") // "janv. 2026" ; shortMonth("2026-01", "en") // "Jan 2026"
 */
export function shortMonth(month: IsoMonth, lang: Lang): string {
  return `${shortName(month, lang)} ${year(month)}`;
}

/** The month after `m`. */
export function nextMonth(m: IsoMonth): IsoMonth {
  const y = year(m);
  const i = monthIndex(m);
  return i === 11 ? `${y + 1}-01` : `${y}-${String(i + 2).padStart(2, "0")}`;
}

/**
 * Every month from `first` to `last` inclusive (none when `last` is before `first`).
 * @example monthSpan("2026-11", "2027-01") // ["2026-11", "2026-12", "2027-01"]
 */
export function monthSpan(first: IsoMonth, last: IsoMonth): IsoMonth[] {
  const out: IsoMonth[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) out.push(m);
  return out;
}

/** One run of consecutive months: `mars 2026`, `sept.–déc. 2026`, `déc. 2026–févr. 2027`. */
function runText(first: IsoMonth, last: IsoMonth, lang: Lang): string {
  if (first === last) return shortMonth(first, lang);
  if (year(first) === year(last)) return `${shortName(first, lang)}–${shortMonth(last, lang)}`;
  return `${shortMonth(first, lang)}–${shortMonth(last, lang)}`;
}

/**
 * Months (any order, repeats allowed) as runs of consecutive months, comma-separated.
 * @example monthRuns(["2026-09", "2026-10", "2026-11", "2026-12"], "fr") // "sept.–déc. 2026"
 * @example monthRuns(["2026-03", "2026-09", "2026-10"], "en") // "Mar 2026, Sep–Oct 2026"
 */
export function monthRuns(months: readonly IsoMonth[], lang: Lang): string {
  const sorted = [...new Set(months)].sort();
  const runs: string[] = [];
  let first = sorted[0];
  let last = first;
  for (const m of sorted.slice(1)) {
    if (last !== undefined && m === nextMonth(last)) last = m;
    else {
      if (first !== undefined && last !== undefined) runs.push(runText(first, last, lang));
      first = m;
      last = m;
    }
  }
  if (first !== undefined && last !== undefined) runs.push(runText(first, last, lang));
  return runs.join(", ");
}

/**
 * Each overloaded service with its months, in order of first appearance:
 * `Usages numériques : sept.–déc. 2026 ; SI : mars 2026` (no-break spaces in French).
 * @example overloadedServices([{ service: "SI", month: "2026-03" }], "en") // "SI: Mar 2026"
 */
export function overloadedServices(overloads: readonly { service: string; month: IsoMonth }[], lang: Lang): string {
  const byService = new Map<string, IsoMonth[]>();
  for (const o of overloads) byService.set(o.service, [...(byService.get(o.service) ?? []), o.month]);
  const colon = lang === "fr" ? "\u00A0: " : ": ";
  return [...byService]
    .map(([service, months]) => `${service}${colon}${monthRuns(months, lang)}`)
    .join(lang === "fr" ? "\u00A0; " : "; ");
}
