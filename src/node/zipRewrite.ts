/**
 * Zip archives as this program writes them: {@link ZipWriter} builds a plain archive entry by
 * entry (the portfolio's direct writer), and {@link ZipArchive} rewrites one that this program
 * has just written, replacing some entries and adding others: the entries left alone are copied
 * as they are, still compressed (no inflate, no deflate), so adding a few chart parts to a
 * portfolio of 1 000 projects costs a copy of the file, not a second compression of it. The
 * archive must be a plain one (no ZIP64, no encryption), as exceljs and ZipWriter write; anything
 * else is a programmer error and throws.
 */
import * as zlib from "node:zlib";
import { deflateRawSync, inflateRawSync } from "node:zlib";

/** Node's native CRC-32 (`zlib.crc32`, Node 20.15 and later), else the table below. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** One entry of the central directory, as needed to copy it. */
interface Entry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localOffset: number;
}

/** Thrown for an archive this module cannot rewrite (it only rewrites what exceljs wrote). */
export class ZipRewriteError extends Error {
  override readonly name = "ZipRewriteError";
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 of zip entries. @example crc32(new TextEncoder().encode("abc")) // 0x352441c2 */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const UTF8 = new TextDecoder();

function entries(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipRewriteError("no end of central directory");
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  if (count === 0xffff || p === 0xffffffff) throw new ZipRewriteError("ZIP64 archives are not rewritten");
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new ZipRewriteError("damaged central directory");
    const nameLength = view.getUint16(p + 28, true);
    const flags = view.getUint16(p + 8, true);
    if (flags & 0x1) throw new ZipRewriteError("encrypted entry");
    out.push({
      name: UTF8.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags,
      method: view.getUint16(p + 10, true),
      time: view.getUint16(p + 12, true),
      date: view.getUint16(p + 14, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

/** Where an entry's compressed data starts (after its local header). */
function dataOffset(bytes: Uint8Array, e: Entry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(e.localOffset, true) !== 0x04034b50) throw new ZipRewriteError(`no local header for ${e.name}`);
  return e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
}

/** A zip archive opened for reading some entries and writing a modified copy. */
export class ZipArchive {
  private readonly list: Entry[];
  private readonly byName: Map<string, Entry>;
  constructor(private readonly bytes: Uint8Array) {
    this.list = entries(bytes);
    this.byName = new Map(this.list.map((e) => [e.name, e]));
  }

  /** Whether the archive holds an entry of this name. */
  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The names of the entries, in archive order. */
  names(): string[] {
    return this.list.map((e) => e.name);
  }

  /** An entry's text (UTF-8), or null when there is no such entry. */
  text(name: string): string | null {
    const e = this.byName.get(name);
    if (!e) return null;
    const start = dataOffset(this.bytes, e);
    const raw = this.bytes.subarray(start, start + e.compressedSize);
    if (e.method === 0) return UTF8.decode(raw);
    if (e.method === 8) return UTF8.decode(inflateRawSync(raw));
    throw new ZipRewriteError(`compression method ${e.method} for ${e.name}`);
  }

  /**
   * A copy of the archive with `changes` applied: an entry of that name is replaced where it
   * stands, a new name is added at the end (in the map's order). Other entries are copied raw.
   */
  rewrite(changes: ReadonlyMap<string, string>): Uint8Array {
    const first = this.list[0];
    const out = new ZipWriter({ time: first?.time ?? 0, date: first?.date ?? 0x21 });
    for (const e of this.list) {
      const change = changes.get(e.name);
      if (change === undefined) {
        const start = dataOffset(this.bytes, e);
        out.putRaw(e, this.bytes.subarray(start, start + e.compressedSize));
      } else out.add(e.name, change, e);
    }
    for (const [name, text] of changes) if (!this.byName.has(name)) out.add(name, text);
    return out.finish();
  }
}

/** An MS-DOS date and time (zip's), in local time as zip tools read them. */
export function dosStamp(d: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, d.getFullYear()));
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * Builds a plain zip archive (no ZIP64) entry by entry: each entry is deflated as it is added and
 * only its compressed bytes are kept, so a big part costs its text only while it is added.
 */
export class ZipWriter {
  private readonly parts: Uint8Array[] = [];
  private readonly central: Uint8Array[] = [];
  private offset = 0;
  /**
   * @param stamp the entries' date and time
   * @param level zlib's compression level (1 fastest … 9 smallest; zlib's default is 6)
   */
  constructor(
    private readonly stamp: { time: number; date: number },
    private readonly level = zlib.constants.Z_DEFAULT_COMPRESSION,
  ) {}

  /** Adds an entry whose data is already compressed as `e` says. */
  putRaw(e: Entry, data: Uint8Array): void {
    const name = new TextEncoder().encode(e.name);
    // Bit 3 (sizes in a data descriptor) is cleared: the sizes are in the header now.
    const flags = (e.flags & ~0x8) | (/[^\x20-\x7e]/.test(e.name) ? 0x800 : 0);
    const local = header(30, 0x04034b50, [20, flags, e.method, e.time, e.date], e, name.length);
    const dir = header(46, 0x02014b50, [20, 20, flags, e.method, e.time, e.date], e, name.length, this.offset);
    this.parts.push(local, name, data);
    this.central.push(dir, name);
    this.offset += local.length + name.length + data.length;
  }

  /** Adds an entry from its text (UTF-8) or bytes, deflated. */
  add(name: string, content: string | Uint8Array, stamp: { time: number; date: number } = this.stamp): void {
    this.putRaw(...compress(name, content, stamp, this.level));
  }

  /** The archive: the entries in the order added, their central directory and its end record. */
  finish(): Uint8Array {
    const dirSize = this.central.reduce((n, b) => n + b.length, 0);
    const count = this.central.length / 2;
    if (count > 0xfffe || this.offset + dirSize > 0xfffffffe) throw new ZipRewriteError("archive needs ZIP64");
    const end = new Uint8Array(22);
    const v = new DataView(end.buffer);
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, count, true);
    v.setUint16(10, count, true);
    v.setUint32(12, dirSize, true);
    v.setUint32(16, this.offset, true);
    return concat([...this.parts, ...this.central, end]);
  }
}

function compress(
  name: string,
  content: string | Uint8Array,
  stamp: { time: number; date: number },
  level: number,
): [Entry, Uint8Array] {
  const raw = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  // A Buffer is a Uint8Array: kept as zlib returns it, not copied.
  const data = deflateRawSync(raw, { level });
  const entry: Entry = {
    name,
    flags: 0,
    method: 8,
    time: stamp.time,
    date: stamp.date,
    crc: nativeCrc32 ? nativeCrc32(raw) : crc32(raw),
    compressedSize: data.length,
    uncompressedSize: raw.length,
    localOffset: 0,
  };
  return [entry, data];
}

/** A local (30 bytes) or central (46 bytes) header: signature, the 16-bit fields, then crc, sizes, name length. */
function header(size: 30 | 46, signature: number, shorts: number[], e: Entry, nameLength: number, offset = 0) {
  const b = new Uint8Array(size);
  const v = new DataView(b.buffer);
  v.setUint32(0, signature, true);
  shorts.forEach((s, i) => {
    v.setUint16(4 + 2 * i, s, true);
  });
  const p = 4 + 2 * shorts.length;
  v.setUint32(p, e.crc, true);
  v.setUint32(p + 4, e.compressedSize, true);
  v.setUint32(p + 8, e.uncompressedSize, true);
  v.setUint16(p + 12, nameLength, true);
  if (size === 46) v.setUint32(42, offset, true);
  return b;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
