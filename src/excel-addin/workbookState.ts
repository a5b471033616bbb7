/**
 * What the workbook as a whole says before anything is written, loaded in the first request of
 * every read (no request of its own): its date system (dateSystem.ts), whether it is open
 * read-only (`Workbook.readOnly`, ExcelApi 1.8) and whether its structure is protected
 * (`Workbook.protection.protected`, ExcelApi 1.7: sheets can then be neither added nor removed).
 */
import { type DateSystem, queueDateSystem } from "./dateSystem.js";

export interface WorkbookState {
  readonly dateSystem: DateSystem;
  readonly readOnly: boolean;
  readonly structureProtected: boolean;
}

/**
 * Queues the loads in `context`; the returned function answers after the next `context.sync()`.
 * @example const state = queueWorkbookState(context); await context.sync(); state().readOnly // false
 */
export function queueWorkbookState(context: Excel.RequestContext): () => WorkbookState {
  const dateSystem = queueDateSystem(context);
  const workbook = context.workbook;
  workbook.load("readOnly");
  workbook.protection.load("protected");
  return () => ({
    dateSystem: dateSystem(),
    readOnly: workbook.readOnly,
    structureProtected: workbook.protection.protected,
  });
}
