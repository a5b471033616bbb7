/**
 * The whole zip guard with web APIs only (`DecompressionStream("deflate-raw")`, `Blob`), for a
 * browser page — the add-in's *Consolider* — and any runtime that has them (Node 20 does). Same
 * checks and results as `guardXlsx` in zipGuard.ts: the archive-level ones of xlsxArchive.ts,
 * the sheets' declared dimensions, and a streamed, counted inflation that stops a directory
 * that lies about its sizes. See docs/hostile-files.md.
 */
import {
  checkIsWorkbook,
  checkSheetDimension,
  DEFAULT_LIMITS,
  type InspectResult,
  isWorksheetEntry,
  mayInflatePast,
  refusalOf,
  type XlsxLimits,
} from "./xlsxArchive.js";
import { dataStart, readCentralDirectory, refuse, type ZipEntry } from "./zipEntries.js";

const PEEK_COMPRESSED_BYTES = 4096;
const PEEK_OUTPUT_BYTES = 64 * 1024;

/** The chunks of a raw deflate stream, inflated as they come; stopping early cancels the rest. */
async function* inflated(compressed: Uint8Array): AsyncGenerator<Uint8Array> {
  const input = new Blob([compressed as Uint8Array<ArrayBuffer>]).stream();
  const reader = input.pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

const latin1 = (parts: readonly Uint8Array[]) => parts.map((p) => String.fromCharCode(...p)).join("");

/** The first KB of an entry, inflated from a bounded slice; "" when unreadable. */
async function peekEntry(bytes: Uint8Array, e: ZipEntry): Promise<string> {
  const start = dataStart(bytes, e);
  if (start < 0) return "";
  const slice = bytes.subarray(start, start + Math.min(e.compressedSize, PEEK_COMPRESSED_BYTES));
  if (e.method === 0) return latin1([slice.subarray(0, PEEK_OUTPUT_BYTES)]);
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of inflated(slice)) {
      // Chunks are small (≤ 64 KiB): spreading one into fromCharCode stays within the stack.
      parts.push(chunk.subarray(0, Math.min(chunk.length, 16 * 1024)));
      size += chunk.length;
      if (size >= PEEK_OUTPUT_BYTES) break;
    }
  } catch {
    // The slice ends mid-stream: what came before the error is enough to find <dimension>.
  }
  return latin1(parts);
}

/** Inflates an entry as a counted stream, stopping just past its declared size; refuses a liar. */
async function checkInflatedSize(bytes: Uint8Array, e: ZipEntry): Promise<void> {
  if (e.method !== 8) return;
  const start = dataStart(bytes, e);
  if (start < 0) refuse("TRUNCATED", `classeur tronqué (${e.name})`, `truncated workbook (${e.name})`);
  let size = 0;
  try {
    for await (const chunk of inflated(bytes.subarray(start, start + e.compressedSize))) {
      size += chunk.length;
      if (size > e.uncompressedSize) break;
    }
  } catch {
    refuse("TRUNCATED", `classeur endommagé (${e.name})`, `damaged workbook (${e.name})`);
  }
  if (size > e.uncompressedSize) {
    refuse(
      "ZIP_BOMB",
      `bombe zip : ${e.name} se décompresse au-delà de sa taille déclarée (${e.uncompressedSize} octets)`,
      `zip bomb: ${e.name} inflates beyond its declared size (${e.uncompressedSize} bytes)`,
    );
  }
  if (size !== e.uncompressedSize)
    refuse("TRUNCATED", `classeur endommagé (${e.name})`, `damaged workbook (${e.name})`);
}

/**
 * The zip guard with web APIs: never rejects, whatever the bytes.
 * @example const r = await guardXlsxWeb(new Uint8Array(await file.arrayBuffer())); if (!r.ok) show(r.reason)
 */
export async function guardXlsxWeb(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}): Promise<InspectResult> {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  try {
    const entries = readCentralDirectory(bytes, lim);
    checkIsWorkbook(entries);
    for (const e of entries) if (isWorksheetEntry(e.name)) checkSheetDimension(await peekEntry(bytes, e), e.name, lim);
    if (lim.verifyInflation && mayInflatePast(entries, lim.verifyAboveBytes)) {
      for (const e of entries) await checkInflatedSize(bytes, e);
    }
    return { ok: true };
  } catch (e) {
    return refusalOf(e);
  }
}
