/**
 * A minimal zip reader for the corpus scripts: the central directory, then each entry
 * inflated with node:zlib. It is the "read the bytes and inflate every entry" floor that
 * measure.mjs compares the product's reader with, so it does nothing else.
 */
import { inflateRawSync } from "node:zlib";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Lists a zip's entries (name, method, sizes, local header offset) from its central directory.
 * @returns {{name: string, method: number, compressed: number, size: number, offset: number, flags: number}[]}
 * @throws Error when the bytes are not a zip.
 */
export function zipEntries(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("no end of central directory");
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== CENTRAL) throw new Error("bad central directory");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const name = buf.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLen);
    entries.push({ name, method, compressed, size, offset, flags });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The inflated bytes of one entry (stored or deflated). */
export function entryBytes(buf, entry) {
  if (buf.readUInt32LE(entry.offset) !== LOCAL) throw new Error(`bad local header for ${entry.name}`);
  const start = entry.offset + 30 + buf.readUInt16LE(entry.offset + 26) + buf.readUInt16LE(entry.offset + 28);
  const raw = buf.subarray(start, start + entry.compressed);
  // An empty entry may be "deflated" into no bytes at all (Excel 2010's empty thumbnail.wmf).
  if (entry.size === 0) return Buffer.alloc(0);
  if (entry.method === 0) return raw;
  if (entry.method === 8) return inflateRawSync(raw);
  throw new Error(`compression method ${entry.method} in ${entry.name}`);
}

/** Every entry inflated, by name (a leading "/" dropped, as some producers write it). */
export function unzip(buf) {
  const out = new Map();
  for (const e of zipEntries(buf)) {
    if (e.name.endsWith("/")) continue;
    out.set(e.name.replace(/^\/+/, ""), entryBytes(buf, e));
  }
  return out;
}

/**
 * An XML part's text, its encoding detected as XML 1.0 Appendix F says: a UTF-16 byte-order mark,
 * or "<?" in UTF-16 without one; else UTF-8.
 */
export function xmlText(bytes) {
  const [a, b, c, d] = bytes;
  const even = bytes.length - (bytes.length % 2);
  if (a === 0xff && b === 0xfe) return bytes.toString("utf16le", 2, even);
  if (a === 0xfe && b === 0xff) return Buffer.from(bytes.subarray(2, even)).swap16().toString("utf16le");
  if (a === 0x3c && b === 0 && c === 0x3f && d === 0) return bytes.toString("utf16le", 0, even);
  if (a === 0 && b === 0x3c && c === 0 && d === 0x3f)
    return Buffer.from(bytes.subarray(0, even)).swap16().toString("utf16le");
  return bytes.toString("utf8");
}
