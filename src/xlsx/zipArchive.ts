/**
 * An .xlsx's zip bytes as the reader's {@link XlsxArchive}: the guard's checks of the central
 * directory first (xlsxArchive.ts), then each entry the reader asks for inflated with its output
 * capped at the size the directory declares — an entry that inflates past it is a zip bomb
 * whose directory lies, one that inflates short of it is damaged. Node passes zlib; a page
 * uses {@link readXlsxBytes}, with `DecompressionStream`.
 */
import type { WorkbookGrid } from "../core/types.js";
import { refuse } from "./readErrors.js";
import { readXlsx, readXlsxSync, type SyncXlsxArchive, type XlsxArchive } from "./readXlsx.js";
import { DEFAULT_LIMITS, workbookEntries, type XlsxLimits } from "./xlsxArchive.js";
import { dataStart, type ZipEntry } from "./zipEntries.js";

/**
 * Raw deflate of `raw`, its output at most `maxOutputLength` bytes: past it, throw
 * {@link InflateOverflow}; on a damaged stream, throw anything else.
 * @example (raw, max) => { try { return inflateRawSync(raw, { maxOutputLength: max }) } catch (e) { … } }
 */
export type InflateSync = (raw: Uint8Array, maxOutputLength: number) => Uint8Array;

/** Thrown by an inflater whose output would pass its limit. */
export class InflateOverflow extends Error {
  override readonly name = "InflateOverflow";
}

const bomb = (e: ZipEntry): never =>
  refuse(
    "ZIP_BOMB",
    `bombe zip\u00a0: ${e.name} se décompresse au-delà de sa taille déclarée (${e.uncompressedSize} octets)`,
    `zip bomb: ${e.name} inflates beyond its declared size (${e.uncompressedSize} bytes)`,
  );
const damaged = (e: ZipEntry): never =>
  refuse("TRUNCATED", `classeur endommagé (${e.name} illisible)`, `damaged workbook (${e.name} unreadable)`);

/** The compressed data of an entry, or a refusal when its local header is not where the directory says. */
function compressed(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const start = dataStart(bytes, e);
  if (start < 0) refuse("TRUNCATED", `classeur tronqué (${e.name})`, `truncated workbook (${e.name})`);
  return bytes.subarray(start, start + e.compressedSize);
}

function entryMap(entries: readonly ZipEntry[]): Map<string, ZipEntry> {
  return new Map(entries.map((e) => [e.name, e] as const));
}

/**
 * The archive of zip bytes, inflating with a synchronous inflater.
 * @throws XlsxReadError when the guard refuses the bytes.
 */
export function zipArchive(bytes: Uint8Array, inflate: InflateSync, limits: Partial<XlsxLimits> = {}): SyncXlsxArchive {
  const entries = workbookEntries(bytes, limits);
  const byName = entryMap(entries);
  return {
    entries: entries.map((e) => ({ name: e.name, size: e.uncompressedSize })),
    read(name) {
      const e = byName.get(name) as ZipEntry;
      const raw = compressed(bytes, e);
      if (e.method === 0) return raw;
      let out: Uint8Array;
      try {
        out = inflate(raw, Math.max(1, e.uncompressedSize));
      } catch (err) {
        return err instanceof InflateOverflow ? bomb(e) : damaged(e);
      }
      if (out.length !== e.uncompressedSize) damaged(e);
      return out;
    },
  };
}

/** One entry inflated with `DecompressionStream("deflate-raw")`, into a buffer of its declared size. */
async function inflateWeb(raw: Uint8Array, e: ZipEntry): Promise<Uint8Array> {
  const out = new Uint8Array(e.uncompressedSize);
  let size = 0;
  const stream = new Blob([raw as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (size + value.length > out.length) bomb(e);
      out.set(value, size);
      size += value.length;
    }
  } catch (err) {
    if ((err as { code?: string })?.code === "ZIP_BOMB") throw err;
    damaged(e);
  } finally {
    reader.cancel().catch(() => {});
  }
  if (size !== out.length) damaged(e);
  return out;
}

/**
 * The archive of zip bytes, inflating with web APIs (a browser page, any runtime with them).
 * @throws XlsxReadError when the guard refuses the bytes.
 */
export function webZipArchive(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}): XlsxArchive {
  const entries = workbookEntries(bytes, limits);
  const byName = entryMap(entries);
  return {
    entries: entries.map((e) => ({ name: e.name, size: e.uncompressedSize })),
    read(name) {
      const e = byName.get(name) as ZipEntry;
      const raw = compressed(bytes, e);
      return e.method === 0 ? raw : inflateWeb(raw, e);
    },
  };
}

/**
 * Reads .xlsx bytes with a synchronous inflater (Node's zlib).
 * @throws XlsxReadError naming why the bytes are not a readable workbook.
 * @example readXlsxBytesSync(bytes, zlibInflate).sheets[0]?.name // "Projet"
 */
export function readXlsxBytesSync(
  bytes: Uint8Array,
  inflate: InflateSync,
  limits: Partial<XlsxLimits> = {},
): WorkbookGrid {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  return readXlsxSync(zipArchive(bytes, inflate, lim), lim);
}

/**
 * Reads .xlsx bytes with web APIs only (the taskpane's Consolider).
 * @throws XlsxReadError naming why the bytes are not a readable workbook.
 * @example await readXlsxBytes(new Uint8Array(await file.arrayBuffer()))
 */
export async function readXlsxBytes(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}): Promise<WorkbookGrid> {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  return readXlsx(webZipArchive(bytes, lim), lim);
}
