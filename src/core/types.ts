/**
 * The contract between the core, the hosts and the tests, in one import.
 *
 * Everything here is plain data: no class, no `Date`, no host object. A host turns its
 * cells into {@link Cell}s, hands a {@link WorkbookGrid} to the core, and writes back the
 * {@link OutputSheet}s the core returns.
 */

export * from "./types/chart.js";
export type * from "./types/documents.js";
export type * from "./types/issues.js";
export type * from "./types/model.js";
export type * from "./types/results.js";
export * from "./types/sheets.js";
