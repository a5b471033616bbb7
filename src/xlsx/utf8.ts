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
