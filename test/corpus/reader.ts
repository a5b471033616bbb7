/**
 * The product's reader as the corpus sees it: one function, so that when the reader moves
 * (to src/xlsx/) only this file changes.
 */
import type { WorkbookGrid } from "../../src/core/types.js";
import { UnreadableWorkbookError } from "../../src/node/errors.js";
import { readWorkbookBuffer } from "../../src/node/readWorkbook.js";

export { UnreadableWorkbookError };

/**
 * Reads workbook bytes with the product's Node reader.
 * @throws UnreadableWorkbookError when the product refuses the file.
 */
export function readXlsx(bytes: Uint8Array, name: string): Promise<WorkbookGrid> {
  return readWorkbookBuffer(bytes, name);
}
