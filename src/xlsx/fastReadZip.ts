/**
 * What JSZip (inside exceljs) sees of a zip that our central-directory reader does not say: an
 * entry flagged as a directory in its external attributes is skipped by exceljs, and a name
 * without the UTF-8 flag is decoded byte by byte. The fast reader does not model either.
 */
import { unsupported } from "./fastReadXml.js";

/** Throws FastReadUnsupported when an entry is a directory by its attributes, or has a non-ASCII name without the UTF-8 flag. */
export function checkEntryFlags(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  let eocd = -1;
  for (let i = n - 22; i >= Math.max(0, n - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) unsupported("no end record");
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  const onDisk = view.getUint16(eocd + 8, true);
  // JSZip looks for ZIP64 records when any of these fields is at its maximum: not modelled.
  if (count === 0xffff || cdOffset === 0xffffffff || view.getUint32(eocd + 12, true) === 0xffffffff)
    unsupported("ZIP64");
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count) unsupported("multi-disk fields");
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > n || view.getUint32(p, true) !== 0x02014b50) unsupported("central directory");
    const flags = view.getUint16(p + 8, true);
    const nameLen = view.getUint16(p + 28, true);
    const external = view.getUint32(p + 38, true);
    const name = bytes.subarray(p + 46, p + 46 + nameLen);
    const isFolderName = name[name.length - 1] === 0x2f;
    if (external & 0x10 && !isFolderName) unsupported("entry flagged as a directory");
    if (!(flags & 0x800) && name.some((b) => b > 0x7f)) unsupported("non-UTF-8 entry name");
    p += 46 + nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
}
