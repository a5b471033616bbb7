/**
 * What must stop a write before anything is written, decided from what the read already loaded
 * (no request of its own): SPEC §1's unmarked tab (the application layer's write guard), a sheet
 * to rewrite that is protected, a tab to add while the workbook's structure is protected, and a
 * workbook open read-only. Excel would refuse each of these half-way with `AccessDenied`; asking
 * first leaves the workbook as it was and names the sheet.
 */
import { type RefusedTab, refusedTabs } from "../core/app/index.js";
import type { Lang, OutputSheet } from "../core/types.js";
import { ActionableError } from "../panel/host.js";
import { type ExcelAction, protectedSheetReason, protectedStructureReason, readOnlySentence } from "./messages.js";
import type { SheetState } from "./workbookIO.js";
import type { WorkbookState } from "./workbookState.js";

/** Excel's own rule for two sheet names being the same sheet (case-insensitive). */
export const sameSheet = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/**
 * The tabs that stop the write (nothing is written when there is one).
 * @throws ActionableError when the workbook is open read-only (no tab can be written).
 */
export function writeRefusals(
  sheets: readonly OutputSheet[],
  states: readonly SheetState[],
  book: WorkbookState,
  action: ExcelAction,
  lang: Lang,
): RefusedTab[] {
  if (book.readOnly) throw new ActionableError(readOnlySentence(action, lang));
  const existing = sheets.map((sheet) => states.find((s) => sameSheet(s.name, sheet.name)) ?? null);
  const unmarked = refusedTabs(existing, lang);
  const locked = sheets.flatMap((sheet, i): RefusedTab[] => {
    const state = existing[i];
    if (state && unmarked.some((r) => r.sheet === state.name)) return [];
    if (state?.protected) return [{ sheet: state.name, reason: protectedSheetReason(state.name, lang) }];
    if (!state && book.structureProtected)
      return [{ sheet: sheet.name, reason: protectedStructureReason(sheet.name, lang) }];
    return [];
  });
  return [...unmarked, ...locked];
}
