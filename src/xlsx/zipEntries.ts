/**
 * Reading a zip's table of contents (end record, ZIP64 records, central directory) from raw
 * bytes, without inflating anything, for the reader's guard (xlsxArchive.ts). No Node module
 * and no `Buffer`: it runs in a browser page too.
 */
import { notZipReason, oleRefusal } from "./fileKind.js";
import { refuse, XlsxReadError } from "./readErrors.js";
import { utf8 } from "./utf8.js";
import type { XlsxLimits } from "./xlsxArchive.js";

/** One mebibyte. */
export const MB = 1024 * 1024;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** One entry of the central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** Why the guard refuses (the reader's error: thrown inside, returned as a result at the guard's edge). */
export { refuse, XlsxReadError as Refusal };

const mb = (n: number) => `${Math.round(n / MB)}`;

/**
 * Reads the archive's table of contents, refusing what is not a sound, reasonable zip.
 * Throws a {@link Refusal}; zipGuard.ts turns it into a result.
 */
export function readCentralDirectory(bytes: Uint8Array, lim: XlsxLimits): ZipEntry[] {
  const n = bytes.length;
  if (n === 0) refuse("EMPTY", "fichier vide", "empty file");
  if (n >= 8 && OLE_SIGNATURE.every((b, i) => bytes[i] === b)) throw oleRefusal(bytes);
  if (n > lim.maxFileBytes) {
    refuse(
      "TOO_LARGE",
      `fichier trop volumineux (plus de ${mb(lim.maxFileBytes)} Mo)`,
      `file too large (over ${mb(lim.maxFileBytes)} MB)`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (n < 4 || view.getUint32(0, true) !== 0x04034b50) {
    if (n >= 4 && view.getUint32(0, true) === 0x06054b50)
      refuse(
        "NOT_ZIP",
        "archive zip vide (aucun fichier), pas un classeur .xlsx",
        "empty zip archive (no file), not an .xlsx workbook",
      );
    const [fr, en] = notZipReason(bytes);
    refuse("NOT_ZIP", fr, en);
  }
  const truncated = () =>
    refuse(
      "TRUNCATED",
      "classeur tronqué ou endommagé (archive zip incomplète)",
      "truncated or damaged workbook (incomplete zip archive)",
    );
  let eocd = -1;
  for (let i = n - 22; i >= Math.max(0, n - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) truncated();
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || view.getUint32(loc, true) !== 0x07064b50) truncated();
    const z64 = Number(view.getBigUint64(loc + 8, true));
    if (!Number.isSafeInteger(z64) || z64 + 56 > n || view.getUint32(z64, true) !== 0x06064b50) truncated();
    count = Number(view.getBigUint64(z64 + 32, true));
    cdSize = Number(view.getBigUint64(z64 + 40, true));
    cdOffset = Number(view.getBigUint64(z64 + 48, true));
  }
  if (count > lim.maxEntries) {
    refuse(
      "TOO_MANY_ENTRIES",
      `archive de ${count} fichiers (limite ${lim.maxEntries})`,
      `archive of ${count} files (limit ${lim.maxEntries})`,
    );
  }
  if (!Number.isSafeInteger(cdOffset + cdSize) || cdOffset + cdSize > eocd) truncated();
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  const end = cdOffset + cdSize;
  while (p + 46 <= end) {
    if (view.getUint32(p, true) !== 0x02014b50) truncated();
    if (entries.length >= lim.maxEntries) {
      refuse(
        "TOO_MANY_ENTRIES",
        `archive de plus de ${lim.maxEntries} fichiers`,
        `archive of more than ${lim.maxEntries} files`,
      );
    }
    const entry = readEntry(view, p, bytes);
    if (entry.localHeaderOffset + 30 + entry.compressedSize > cdOffset) truncated();
    checkEntry(entry, lim);
    total += entry.uncompressedSize;
    if (total > lim.maxTotalUncompressed) {
      refuse(
        "TOO_LARGE",
        `contenu décompressé trop volumineux (plus de ${mb(lim.maxTotalUncompressed)} Mo)`,
        `uncompressed content too large (over ${mb(lim.maxTotalUncompressed)} MB)`,
      );
    }
    entries.push(entry);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  if (p > end) truncated();
  return entries;
}

/** One central-directory record at `p`, ZIP64 extra field applied. */
function readEntry(view: DataView, p: number, bytes: Uint8Array): ZipEntry {
  const nameLen = view.getUint16(p + 28, true);
  const extraLen = view.getUint16(p + 30, true);
  if (p + 46 + nameLen + extraLen > bytes.length) refuse("TRUNCATED", "classeur tronqué", "truncated workbook");
  let compressedSize = view.getUint32(p + 20, true);
  let uncompressedSize = view.getUint32(p + 24, true);
  let localHeaderOffset = view.getUint32(p + 42, true);
  const name = utf8(bytes, p + 46, p + 46 + nameLen);
  let x = p + 46 + nameLen;
  const xEnd = x + extraLen;
  while (x + 4 <= xEnd) {
    const id = view.getUint16(x, true);
    const size = view.getUint16(x + 2, true);
    if (id === 0x0001) {
      let q = x + 4;
      const next = () => {
        const v = q + 8 <= x + 4 + size ? Number(view.getBigUint64(q, true)) : Number.NaN;
        q += 8;
        return v;
      };
      if (uncompressedSize === 0xffffffff) uncompressedSize = next();
      if (compressedSize === 0xffffffff) compressedSize = next();
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
    }
    x += 4 + size;
  }
  if (![compressedSize, uncompressedSize, localHeaderOffset].every(Number.isSafeInteger)) {
    refuse("TRUNCATED", "classeur endommagé (tailles ZIP64 illisibles)", "damaged workbook (unreadable ZIP64 sizes)");
  }
  const flags = view.getUint16(p + 8, true);
  const method = view.getUint16(p + 10, true);
  return { name, method, flags, compressedSize, uncompressedSize, localHeaderOffset };
}

/** Refuses an encrypted entry, an unknown compression, or a zip-bomb ratio. */
function checkEntry(e: ZipEntry, lim: XlsxLimits): void {
  if (e.flags & 0x1)
    refuse("ENCRYPTED", "archive chiffrée (protégée par mot de passe)", "encrypted (password-protected) archive");
  if (e.method !== 0 && e.method !== 8) {
    refuse(
      "NOT_WORKBOOK",
      `méthode de compression non prise en charge (${e.method}) pour ${e.name}`,
      `unsupported compression method (${e.method}) for ${e.name}`,
    );
  }
  if (e.method === 0 && e.compressedSize !== e.uncompressedSize) {
    refuse("TRUNCATED", `classeur endommagé (${e.name})`, `damaged workbook (${e.name})`);
  }
  if (e.uncompressedSize > lim.ratioMinBytes && e.uncompressedSize / Math.max(1, e.compressedSize) > lim.maxRatio) {
    const ratio = Math.round(e.uncompressedSize / Math.max(1, e.compressedSize));
    refuse(
      "ZIP_BOMB",
      `bombe zip\u00a0: ${e.name} se décompresse ${ratio} fois (${mb(e.uncompressedSize)} Mo\u00a0; limite ${lim.maxRatio})`,
      `zip bomb: ${e.name} expands ${ratio} times (${mb(e.uncompressedSize)} MB; limit ${lim.maxRatio})`,
    );
  }
}

/** Where an entry's data begins, after its local header; -1 when the header is not there. */
export function dataStart(bytes: Uint8Array, e: ZipEntry): number {
  const p = e.localHeaderOffset;
  if (p + 30 > bytes.length) return -1;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(p, true) !== 0x04034b50) return -1;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  return start + e.compressedSize <= bytes.length ? start : -1;
}
