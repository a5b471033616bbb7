/**
 * Parts already inflated — Apps Script's `Utilities.unzip(blob)` gives one blob per entry,
 * named — as the reader's archive. Inflating was the platform's; the reader still counts the
 * bytes it reads and the cells it keeps.
 */

import type { WorkbookGrid } from "../core/types.js";
import { readXlsxSync, type SyncXlsxArchive } from "./readXlsx.js";
import type { XlsxLimits } from "./xlsxArchive.js";

/**
 * One inflated part: its entry name and its bytes (a `Uint8Array`, or the signed bytes of an
 * Apps Script blob's `getBytes()`), read when the reader asks for them.
 */
export interface InflatedPart {
  readonly name: string;
  /** Its size in bytes when known beforehand (the reader's limits are checked before it is read). */
  readonly size?: number;
  read(): Uint8Array | ArrayLike<number>;
}

/**
 * The archive of inflated parts.
 * @example partsArchive(Utilities.unzip(blob).map((b) => ({ name: b.getName(), read: () => b.getBytes() })))
 */
export function partsArchive(parts: readonly InflatedPart[]): SyncXlsxArchive {
  const byName = new Map(parts.map((p) => [p.name, p] as const));
  return {
    entries: parts.map((p) => ({ name: p.name, size: p.size ?? 0 })),
    read(name) {
      const bytes = (byName.get(name) as InflatedPart).read();
      // Uint8Array.from wraps Java's signed bytes (-1 → 255).
      return bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes);
    },
  };
}

/**
 * Reads a workbook from its inflated parts.
 * @throws XlsxReadError when the parts are not a workbook the reader may open.
 */
export function readXlsxParts(parts: readonly InflatedPart[], limits: Partial<XlsxLimits> = {}): WorkbookGrid {
  return readXlsxSync(partsArchive(parts), limits);
}
