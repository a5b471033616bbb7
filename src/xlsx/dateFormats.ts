/**
 * Which number formats make a number a calendar date (ECMA-376 Part 1 §18.8.30 numFmt and
 * §18.8.31's built-in ids), and the calendar date of a serial in either date system. A time of
 * day without a date, an elapsed time (`[h]:mm`) or a number with an escaped letter
 * (`0.0\ \h`) stays a number: the core has no time type.
 */
import { isoFromYmd, isValidYmd } from "../core/dates.js";
import type { CellDate } from "../core/types.js";

/**
 * Built-in ids that show a calendar date when the workbook defines no format of that id:
 * 14–17 and 22, and the East Asian locales' 27–31, 34–36 and 50–58. 18–21, 45–47 are times of
 * day, and so are the CJK 32–33.
 */
const BUILTIN_DATE_IDS: ReadonlySet<number> = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** Whether a built-in format id (with no `numFmt` of that id in the workbook) is a date. */
export const isBuiltinDate = (id: number): boolean => BUILTIN_DATE_IDS.has(id);

/** The first section of a format code (the one positive numbers use), quotes kept, escapes dropped. */
function firstSection(code: string): string {
  let out = "";
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (ch === "\\" && !quoted) {
      i++;
      continue;
    } else if (ch === ";" && !quoted) break;
    out += ch;
  }
  return out;
}

/**
 * Whether a format code shows a calendar date: after quoted text, escapes, `_x`/`*x` pairs,
 * bracketed parts (colours, conditions, locales such as `[$-F800]`) and scientific notation are
 * removed (and the AM/PM marker of a time), a `y`, `d`, `e` or `g` is left, or an `m` with neither `h` nor `s` (a month, not minutes).
 * @example isDateFormat("dd/mm/yyyy hh:mm") // true
 * @example isDateFormat("[h]:mm") // false: a duration
 * @example isDateFormat("#,##0.0,,\\ \\M") // false: an escaped M
 */
export function isDateFormat(code: string): boolean {
  let elapsed = false;
  const bare = firstSection(code)
    .replace(/"[^"]*"/g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]/g, (b) => {
      if (/^\[(h+|m+|s+)\]$/i.test(b)) elapsed = true;
      return "";
    })
    .replace(/e[+-]/gi, "")
    .replace(/AM\/PM|A\/P/gi, "")
    .replace(/general/gi, "");
  if (elapsed) return false;
  if (/[ydeg]/i.test(bare)) return true;
  return /m/i.test(bare) && !/[hs]/i.test(bare);
}

const MS_PER_DAY = 86_400_000;
/** Serials after 9999-12-31 name no date. */
const LAST_SERIAL = 2_958_465;

/**
 * The calendar date of a serial, or null when it names none: a negative serial, the 1900
 * system's 29 February 1900 (serial 60, Lotus' bug that Excel kept), past 9999-12-31. The time
 * is rounded to the second first, so 23:59:59.7 belongs to the next day, as Excel displays it.
 * In the 1900 system serial 1 is 1900-01-01; in the 1904 system serial 0 is 1904-01-01.
 * @example serialDate(40982.56, false) // { kind: "date", iso: "2012-03-14" }
 */
export function serialDate(serial: number, date1904: boolean): CellDate | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  let days = Math.floor(serial);
  if (Math.round((serial - days) * 86_400) >= 86_400) days++;
  if (days > LAST_SERIAL) return null;
  let epoch: number;
  if (date1904) epoch = Date.UTC(1904, 0, 1);
  else if (days === 60) return null;
  else epoch = days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return civil(epoch / MS_PER_DAY + days);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The date of a day number (days since 1970-01-01), by Howard Hinnant's civil_from_days: no Date object. */
function civil(z: number): CellDate | null {
  const zz = z + 719_468;
  const era = Math.floor(zz / 146_097);
  const doe = zz - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y < 1000 || y > 9999 ? null : { kind: "date", iso: `${y}-${pad2(m)}-${pad2(d)}` };
}

/**
 * A `t="d"` cell (ISO 8601 text, §18.18.11): the calendar date it writes (no time zone
 * applied: a date is a calendar day), or a time alone as its fraction of a day; null otherwise.
 * @example isoCell("2012-03-14T13:30:55Z") // { kind: "date", iso: "2012-03-14" }
 * @example isoCell("10:10:10") // 0.42372685185185186
 */
export function isoCell(text: string): CellDate | number | null {
  const s = text.trim();
  const date = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(s);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    return isValidYmd(y, m, d) ? { kind: "date", iso: isoFromYmd(y, m, d) } : null;
  }
  const time = /^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(s);
  if (!time) return null;
  return (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86_400;
}
