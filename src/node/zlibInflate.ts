/**
 * Node's zlib as the reader's synchronous inflater: its output capped, a stream that would pass
 * the cap reported as {@link InflateOverflow} (a zip bomb whose directory lies).
 */
import { inflateRawSync } from "node:zlib";
import { InflateOverflow, type InflateSync } from "../xlsx/zipArchive.js";

/** Inflates a raw deflate stream with zlib, at most `maxOutputLength` bytes out. */
export const zlibInflate: InflateSync = (raw, maxOutputLength) => {
  try {
    // One output chunk of the expected size: zlib's default 16 KiB chunks are copied again at the end.
    const chunkSize = Math.max(64, maxOutputLength + 1);
    return inflateRawSync(raw, { maxOutputLength, chunkSize });
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new InflateOverflow(String(e));
    throw e;
  }
};
