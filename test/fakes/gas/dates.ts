/**
 * Time-zone arithmetic for the fakes, with Intl only (the machine's TZ never matters):
 * `Utilities.formatDate` and the `Date` at midnight of a calendar day in a given zone, which is
 * what Sheets returns for a date cell.
 */

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(time: number, timeZone: string): Parts {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  const get = (type: string) => Number(f.formatToParts(new Date(time)).find((p) => p.type === type)?.value);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour") % 24,
    minute: get("minute"),
    second: get("second"),
  };
}

/** Offset of a zone at an instant, in minutes east of UTC. */
export function offsetMinutes(time: number, timeZone: string): number {
  const p = partsIn(time, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(time / 1000) * 1000) / 60000);
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, "0");

/** `Utilities.formatDate` for the patterns scripts use: yyyy MM dd HH mm ss Z, quoted text. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (Object.prototype.toString.call(date) !== "[object Date]") {
    throw new Error("Exception: The parameters (String,String,String) don't match the method signature");
  }
  const time = date.getTime();
  const p = partsIn(time, timeZone);
  const off = offsetMinutes(time, timeZone);
  const tokens: Record<string, string> = {
    yyyy: String(p.year),
    MM: pad(p.month),
    dd: pad(p.day),
    HH: pad(p.hour),
    mm: pad(p.minute),
    ss: pad(p.second),
    Z: `${off < 0 ? "-" : "+"}${pad(Math.trunc(Math.abs(off) / 60))}${pad(Math.abs(off) % 60)}`,
  };
  return pattern.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|ss|Z/g, (m, quoted: string | undefined) =>
    quoted !== undefined ? quoted : (tokens[m] ?? m),
  );
}

/** The instant of midnight starting `iso` (YYYY-MM-DD) in `timeZone`, as Sheets gives date cells. */
export function midnightIn(iso: string, timeZone: string): Date {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  const first = guess - offsetMinutes(guess, timeZone) * 60000;
  const t = guess - offsetMinutes(first, timeZone) * 60000;
  // A day whose midnight does not exist (clocks jump from 00:00 to 01:00, Santiago in
  // September) starts at the jump: the first estimate; the second would be the eve at 23:00.
  return new Date(formatDate(new Date(t), timeZone, "yyyy-MM-dd") === iso ? t : first);
}
