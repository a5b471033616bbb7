/**
 * Decoding what the scanner found: character data (UTF-8, the five named entities and
 * character references, XML's line-end normalisation), attribute values, and the `_xHHHH_`
 * escapes of SpreadsheetML strings (ECMA-376 Part 1, §22.9.2.19 ST_Xstring).
 */
import { utf8 } from "./utf8.js";
import type { XmlScanner } from "./xmlScanner.js";

const AMP = 38;
const CR = 13;
const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** A character reference's code point, or -1 when XML does not allow it. */
function charRef(ref: string): number {
  const hex = ref[1] === "x";
  const digits = ref.slice(hex ? 2 : 1);
  if (digits === "" || !(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return -1;
  const c = Number.parseInt(digits, hex ? 16 : 10);
  const ok =
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff);
  return ok ? c : -1;
}

/** Entities of a decoded string replaced; an unknown one refuses the part (there is no DTD to define it). */
function decodeEntities(s: string, x: XmlScanner): string {
  let out = "";
  let from = 0;
  for (let amp = s.indexOf("&"); amp >= 0; amp = s.indexOf("&", from)) {
    const semi = s.indexOf(";", amp);
    if (semi < 0 || semi - amp > 12) x.fail("«\u00a0&\u00a0» sans entité");
    const name = s.slice(amp + 1, semi);
    let ch = NAMED[name];
    if (ch === undefined) {
      const c = name[0] === "#" ? charRef(name) : -1;
      if (c < 0) x.fail(`entité inconnue &${name.slice(0, 10)};`);
      ch = String.fromCodePoint(c);
    }
    out += s.slice(from, amp) + ch;
    from = semi + 1;
  }
  return out + s.slice(from);
}

/**
 * The text of bytes[start, end) of the scanner's part: UTF-8 decoded, a literal CR LF or CR
 * made LF (XML 1.0 §2.11), then entities (none in a CDATA section).
 */
export function decodeText(x: XmlScanner, start: number, end: number, cdata = false): string {
  const b = x.bytes;
  let hasAmp = false;
  let hasCr = false;
  if (!cdata) {
    const amp = b.indexOf(AMP, start);
    hasAmp = amp >= 0 && amp < end;
  }
  const cr = b.indexOf(CR, start);
  hasCr = cr >= 0 && cr < end;
  let s = utf8(b, start, end);
  if (hasCr) s = s.replace(/\r\n?/g, "\n");
  return hasAmp ? decodeEntities(s, x) : s;
}

/** The value of the attribute the scanner is on, decoded (whitespace characters become spaces, XML 1.0 §3.3.3). */
export function attrValue(x: XmlScanner): string {
  const s = decodeText(x, x.valueStart, x.valueEnd);
  return /[\t\n\r]/.test(s) ? s.replace(/[\t\n\r]/g, " ") : s;
}

/**
 * SpreadsheetML's `_xHHHH_` escapes decoded (`_x000D_` is CR; `_x005F_` an underscore, so
 * `_x005F_x000D_` reads `_x000D_`).
 * @example unescapeX("a_x000D_b") // "a\rb"
 */
export function unescapeX(s: string): string {
  if (s.indexOf("_x") < 0 && s.indexOf("_X") < 0) return s;
  return s.replace(/_[xX]([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * The number written in bytes[start, end): digits, sign, point and exponent as XML Schema's
 * double; NaN for anything else (a cell then holds no number).
 */
export function numberAt(b: Uint8Array, start: number, end: number): number {
  while (start < end && (b[start] === 32 || b[start] === 10 || b[start] === 9 || b[start] === 13)) start++;
  while (end > start && (b[end - 1] === 32 || b[end - 1] === 10 || b[end - 1] === 9 || b[end - 1] === 13)) end--;
  if (start === end) return Number.NaN;
  // The common case, up to 15 digits with or without a point: no string at all. The digits
  // make an exact integer and 10^k is exact, so one division rounds as Number() does.
  let i = start;
  const neg = b[i] === 45;
  if (neg) i++;
  let v = 0;
  let digits = 0;
  let scale = -1;
  for (; i < end; i++) {
    const c = b[i] as number;
    if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      digits++;
    } else if (c === 46 && scale < 0) scale = i;
    else break;
  }
  if (i === end && digits > 0 && digits <= 15) {
    const n = scale < 0 ? v : v / POW10[end - scale - 1]!;
    return neg ? -n : n;
  }
  let s = "";
  for (let k = start; k < end; k++) {
    const c = b[k] as number;
    // Number() would take "0x1F", "Infinity" or "1_000": XML Schema's double does not.
    if (!((c >= 48 && c <= 57) || c === 46 || c === 45 || c === 43 || c === 101 || c === 69)) return Number.NaN;
    s += String.fromCharCode(c);
  }
  return Number(s);
}
