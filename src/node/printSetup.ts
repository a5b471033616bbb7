/**
 * How a generated tab prints in the .xlsx (SPEC §6 "prints legibly"): the core's print layout
 * (src/core/report/print.ts, shared with the Excel taskpane) as exceljs page set-up, header and
 * footer.
 */
import type ExcelJS from "exceljs";
import { PRINT_FOOTER, PRINT_MARGINS, printLayoutOf } from "../core/report/print.js";
import type { OutputSheet } from "../core/types.js";

export { PRINT_FOOTER, PRINT_MARGINS, printedWidth, rowHeights, wrappedLines } from "../core/report/print.js";

/**
 * Print setup: A4, landscape when asked, one page wide when `fitWidth` (else as many pages wide
 * as the columns need: a very wide table is not shrunk to an unreadable single page), as many
 * pages tall as needed, frozen rows and columns repeated on every page.
 */
export function pageSetupOf(sheet: OutputSheet): Partial<ExcelJS.PageSetup> {
  const layout = printLayoutOf(sheet);
  const setup: Partial<ExcelJS.PageSetup> = {
    orientation: layout.orientation,
    paperSize: 9, // A4
    fitToPage: true,
    fitToWidth: layout.pagesWide,
    fitToHeight: 0,
    margins: { ...PRINT_MARGINS },
  };
  if (layout.titleRows) setup.printTitlesRow = layout.titleRows;
  if (layout.titleColumns) setup.printTitlesColumn = layout.titleColumns;
  return setup;
}

/**
 * The manual page breaks of a sheet, as exceljs records them (a break after 1-based row `id`):
 * 0-based row R starts a page, so the break follows row R. Both writers push them as they are.
 * @example rowBreaksOf({ pageBreaks: [30], … }) // [{ id: 30, min: 0, max: 16383, man: 1 }]
 */
export function rowBreaksOf(sheet: OutputSheet): ExcelJS.RowBreak[] {
  return [...new Set(sheet.pageBreaks ?? [])]
    .filter((r) => r > 0)
    .sort((a, b) => a - b)
    .map((r) => ({ id: r, min: 0, max: 16383, man: 1 }));
}

/** The header and footer of every printed page. */
export const HEADER_FOOTER: Partial<ExcelJS.HeaderFooter> = { oddFooter: PRINT_FOOTER };
