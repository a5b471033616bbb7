/**
 * Sheets IO: the Apps Script edge of the core. Reading (one `getValues` per input tab, dates in
 * the spreadsheet's zone) and writing (one `setValues` per tab, batched formats, under the
 * document lock).
 */

export { withLock } from "./lock.js";
export { readCell, readTab, readWorkbook } from "./read.js";
export { asPlainText } from "./text.js";
export { hasGeneratedMark, type WriteOptions, writeOutputSheets, writeSheet } from "./write.js";
export { isoInZone, midnightInZone, todayInZone } from "./zone.js";
