/**
 * `Utilities.unzip(blob)`: "Takes a Blob representing a zip file and returns its component files"
 * (https://developers.google.com/apps-script/reference/utilities/utilities#unzip(BlobSource)) —
 * one Blob per entry, `getName()` its path in the zip, `getBytes()` its inflated content as Java
 * (signed) bytes (FakeBlob), inflated whole, with no cap of its own (why the script checks the
 * archive first). Built on the repository's zip directory reader and Node's zlib.
 */
import { inflateRawSync } from "node:zlib";
import { DEFAULT_LIMITS } from "../../../src/xlsx/xlsxArchive.js";
import { dataStart, readCentralDirectory } from "../../../src/xlsx/zipEntries.js";
import { FakeBlob } from "./drive.js";

/** The entries of a zip blob as blobs. */
export function unzip(blob: FakeBlob): FakeBlob[] {
  const bytes = blob.bytes;
  let entries: ReturnType<typeof readCentralDirectory>;
  try {
    entries = readCentralDirectory(bytes, { ...DEFAULT_LIMITS, maxFileBytes: Number.MAX_SAFE_INTEGER });
  } catch {
    throw new Error("Exception: Could not unzip the blob.");
  }
  return entries
    .filter((e) => !e.name.endsWith("/"))
    .map((e) => {
      const start = dataStart(bytes, e);
      if (start < 0) throw new Error("Exception: Could not unzip the blob.");
      const raw = bytes.subarray(start, start + e.compressedSize);
      return new FakeBlob(e.method === 0 ? raw.slice() : new Uint8Array(inflateRawSync(raw)), e.name);
    });
}
