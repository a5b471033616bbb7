/**
 * How a generated tab prints in Excel, through `worksheet.pageLayout` (ExcelApi 1.9, the
 * manifest's minimum; "Control worksheet display settings",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheet-display): the
 * core's print layout (src/core/report/print.ts, the one the .xlsx gets) — A4, orientation, so
 * many pages wide, title rows and columns, narrow margins, the tab's name and `page / pages` in
 * the footer (Excel's header/footer codes, as `HeaderFooter.centerFooter` documents), and the
 * tab's manual page breaks (`worksheet.horizontalPageBreaks`, ExcelApi 1.9: a block of charts
 * starts its own page rather than being cut).
 */
import { FOOTER_SECTIONS, PRINT_MARGINS, printLayoutOf } from "../core/report/print.js";
import type { OutputSheet } from "../core/types.js";

/** `1:2` → `$1:$2`, `A:B` → `$A:$B`: whole rows or columns, as setPrintTitleRows/Columns require. */
const absolute = (span: string) =>
  span
    .split(":")
    .map((part) => `$${part}`)
    .join(":");

/**
 * Queues the print set-up of `sheet` on `ws`. No sync.
 * @example queuePageLayout(ws, { …, frozenRows: 2, fitWidth: true }) // A4, 1 page wide, rows $1:$2 repeated
 */
export function queuePageLayout(ws: Excel.Worksheet, sheet: OutputSheet): void {
  const layout = printLayoutOf(sheet);
  const page = ws.pageLayout;
  page.orientation = layout.orientation === "landscape" ? "Landscape" : "Portrait";
  page.paperSize = "A4";
  // Only the width is fitted: the height stays "automatic", as many pages as the rows need.
  page.zoom = { horizontalFitToPages: layout.pagesWide };
  if (layout.titleRows) page.setPrintTitleRows(absolute(layout.titleRows));
  if (layout.titleColumns) page.setPrintTitleColumns(absolute(layout.titleColumns));
  page.setPrintMargins("Inches", { ...PRINT_MARGINS });
  const pages = page.headersFooters.defaultForAllPages;
  pages.leftFooter = FOOTER_SECTIONS.left;
  pages.centerFooter = FOOTER_SECTIONS.center;
  // The tab is rewritten in place: last time's breaks go, this layout's come.
  ws.horizontalPageBreaks.removePageBreaks();
  for (const row of sheet.pageBreaks ?? []) ws.horizontalPageBreaks.add(`A${row + 1}`);
}
