/**
 * UTF-8 bytes → string, fast for the short ASCII runs a sheet is made of, with `TextDecoder`
 * for the rest — and a plain decoder where there is none (Apps Script has no TextDecoder).
 */

let decoder: TextDecoder | null | undefined;

function textDecoder(): TextDecoder | null {
  if (decoder === undefined) decoder = typeof TextDecoder === "function" ? new TextDecoder("utf-8") : null;
  return decoder;
}

/** Below this many ASCII bytes, String.fromCharCode beats a TextDecoder call. */
const SHORT = 24;

/**
 * The text of bytes[start, end), decoded as UTF-8 (invalid sequences become U+FFFD).
 * @example utf8(new Uint8Array([0x63, 0x61, 0x66, 0xc3, 0xa9]), 0, 5) // "café"
 */
export function utf8(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= SHORT) {
    let s = "";
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      if (b >= 0x80) return decodeRest(bytes, start, end);
      s += String.fromCharCode(b);
    }
    return s;
  }
  return decodeRest(bytes, start, end);
}

function decodeRest(bytes: Uint8Array, start: number, end: number): string {
  const d = textDecoder();
  return d ? d.decode(bytes.subarray(start, end)) : decodePlain(bytes, start, end);
}

/** A UTF-8 decoder in plain code, for runtimes without TextDecoder. */
export function decodePlain(bytes: Uint8Array, start: number, end: number): string {
  const units: number[] = [];
  let out = "";
  let i = start;
  while (i < end) {
    const b = bytes[i++] as number;
    let cp = 0xfffd;
    if (b < 0x80) cp = b;
    else {
      const n = b >= 0xf0 && b < 0xf5 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
      if (n > 0 && i + n <= end) {
        let v = b & (0x3f >> n);
        let k = 0;
        for (; k < n; k++) {
          const c = bytes[i + k] as number;
          if ((c & 0xc0) !== 0x80) break;
          v = (v << 6) | (c & 0x3f);
        }
        const min = n === 1 ? 0x80 : n === 2 ? 0x800 : 0x10000;
        if (k === n && v >= min && v <= 0x10ffff && (v < 0xd800 || v > 0xdfff)) {
          cp = v;
          i += n;
        }
      }
    }
    if (cp > 0xffff) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else units.push(cp);
    if (units.length > 4096) out += String.fromCharCode(...units.splice(0));
  }
  return out + String.fromCharCode(...units);
}

/** Code units → UTF-8 bytes (lone surrogates become U+FFFD). */
function encodeUnits(count: number, unit: (i: number) => number): Uint8Array {
  const out = new Uint8Array(count * 3);
  let o = 0;
  for (let i = 0; i < count; i++) {
    let c = unit(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < count) {
      const d = unit(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out[o++] = c;
    else if (c < 0x800) {
      out[o++] = 0xc0 | (c >> 6);
      out[o++] = 0x80 | (c & 0x3f);
    } else if (c < 0x10000) {
      out[o++] = 0xe0 | (c >> 12);
      out[o++] = 0x80 | ((c >> 6) & 0x3f);
      out[o++] = 0x80 | (c & 0x3f);
    } else {
      out[o++] = 0xf0 | (c >> 18);
      out[o++] = 0x80 | ((c >> 12) & 0x3f);
      out[o++] = 0x80 | ((c >> 6) & 0x3f);
      out[o++] = 0x80 | (c & 0x3f);
    }
  }
  return out.subarray(0, o);
}

/** Windows-1252's characters for bytes 0x80–0x9F (Latin-1 has control codes there). */
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * A part's bytes as UTF-8: a UTF-16 part (its byte order mark says so) or one whose XML
 * declaration names Latin-1 or Windows-1252 is transcoded; anything else is taken as UTF-8.
 * @example asUtf8(new Uint8Array([0xff, 0xfe, 0x3c, 0x00])) // Uint8Array [0x3c]
 */
export function asUtf8(bytes: Uint8Array): Uint8Array {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  if (le || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const n = (bytes.length - 2) >> 1;
    return encodeUnits(
      n,
      le ? (i) => bytes[2 + 2 * i]! | (bytes[3 + 2 * i]! << 8) : (i) => (bytes[2 + 2 * i]! << 8) | bytes[3 + 2 * i]!,
    );
  }
  if (bytes[0] !== 0x3c || bytes[1] !== 0x3f) return bytes;
  // The declaration's encoding, read only when it does not start with "utf" (UTF-8 nearly always).
  let at = -1;
  for (let i = 5; i < 200 && bytes[i] !== 0x3e && at < 0; i++) if (bytes[i] === 0x3d && bytes[i - 1] === 0x67) at = i; // g=
  if (at < 0) return bytes;
  let q = at + 1;
  while (bytes[q] === 0x20) q++;
  if ((bytes[q + 1]! | 0x20) === 0x75 && (bytes[q + 2]! | 0x20) === 0x74) return bytes; // "u", "t"
  let label = "";
  for (let i = q + 1; i < q + 30 && bytes[i] !== bytes[q]; i++) label += String.fromCharCode(bytes[i]!).toLowerCase();
  if (!/^(iso-8859-1|latin-?1|windows-1252|cp1252|us-ascii|ascii)$/.test(label)) return bytes;
  const cp = label.includes("1252");
  return encodeUnits(bytes.length, (i) => {
    const b = bytes[i]!;
    return cp && b >= 0x80 && b < 0xa0 ? CP1252[b - 0x80]! : b;
  });
}
