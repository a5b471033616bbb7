/**
 * How a generated tab prints (SPEC §6 "prints legibly"), shared by both writers: A4, landscape
 * when asked, one page wide when the tab says so (else as many pages as its columns and charts
 * need), the frozen rows and columns repeated on every page, the tab's name and `page / pages`
 * in the footer, and rows tall enough for their wrapped text.
 */
import type ExcelJS from "exceljs";
import { columnLetter } from "../core/cells/a1.js";
import { DEFAULT_CHART_SIZE, type OutputSheet } from "../core/types.js";

/** Excel's default row height (points) for one line of 11 pt text. */
const LINE_HEIGHT = 15;
/** At most this many lines for a header row (longer labels stay cut). */
const MAX_HEADER_LINES = 4;
/** At most this many lines for a wrapped cell: a longer text is cut in print, whole in the cell. */
const MAX_WRAPPED_LINES = 12;
/** Excel's width of a column that has none (characters). */
const DEFAULT_WIDTH = 9;
/** Points per character of column width (7 px of Calibri 11 at 96 dpi). */
const POINTS_PER_CHAR = 5.25;
/** Characters of column width that still print legibly across one A4 page. */
const PAGE_CHARS = { portrait: 140, landscape: 200 } as const;

/** Margins in inches: Excel's "narrow" sides, room for the footer at the bottom. */
export const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 } as const;

/** The footer of every printed page: the tab's name, left; `page / pages`, centred (Excel codes). */
export const PRINT_FOOTER = "&L&9&A&C&9&P / &N";

/** Lines that `text` takes in a column of `width` characters when wrapped word by word. */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width) - 1);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const len = word.length;
    if (used === 0) used = len;
    else if (used + 1 + len <= room) used += 1 + len;
    else {
      lines++;
      used = len;
    }
    while (used > room) {
      lines++;
      used -= room;
    }
  }
  return lines;
}

/** Lines of a text that may hold line breaks: each paragraph wraps on its own. */
function paragraphLines(text: string, width: number): number {
  return text.split("\n").reduce((n, p) => n + wrappedLines(p, width), 0);
}

/**
 * Rows taller than one line, as row index (0-based) → height in points: header rows get the
 * height of their longest label, rows of a `wrap` area that of their longest text. Readers do not
 * all grow a row on open (LibreOffice keeps 15 pt and the second line overlaps the next row).
 */
export function rowHeights(sheet: OutputSheet): Map<number, number> {
  const lines = new Map<number, number>();
  const measure = (areas: readonly OutputSheet["filters"][number][], max: number, split: typeof wrappedLines) => {
    for (const area of areas) {
      for (let r = area.row; r < area.row + area.rows; r++) {
        for (let c = area.col; c < area.col + area.cols; c++) {
          const v = sheet.rows[r]?.[c];
          if (typeof v !== "string" || v === "") continue;
          const n = Math.min(max, split(v, sheet.columnWidths[c] || DEFAULT_WIDTH));
          lines.set(r, Math.max(lines.get(r) ?? 1, n));
        }
      }
    }
  };
  measure(
    sheet.styles.filter((a) => a.style === "header"),
    MAX_HEADER_LINES,
    wrappedLines,
  );
  measure(sheet.wrap ?? [], MAX_WRAPPED_LINES, paragraphLines);
  const heights = new Map<number, number>();
  for (const [r, n] of lines) if (n > 1) heights.set(r, n * LINE_HEIGHT);
  return heights;
}

/** The width the tab prints, in characters: its columns, or further right where a chart ends. */
export function printedWidth(sheet: OutputSheet): number {
  const widthOf = (c: number) => sheet.columnWidths[c] || DEFAULT_WIDTH;
  const columns = sheet.columnWidths.reduce((sum, w) => sum + (w || DEFAULT_WIDTH), 0);
  let widest = columns;
  for (const chart of sheet.charts) {
    let left = 0;
    for (let c = 0; c < chart.anchor.col; c++) left += widthOf(c);
    widest = Math.max(widest, left + (chart.size ?? DEFAULT_CHART_SIZE).width / POINTS_PER_CHAR);
  }
  return widest;
}

/**
 * Print setup: A4, landscape when asked, one page wide when `fitWidth` (else as many pages wide
 * as the columns need: a very wide table is not shrunk to an unreadable single page), as many
 * pages tall as needed, frozen rows and columns repeated on every page.
 */
export function pageSetupOf(sheet: OutputSheet): Partial<ExcelJS.PageSetup> {
  const orientation = sheet.landscape ? "landscape" : "portrait";
  const setup: Partial<ExcelJS.PageSetup> = {
    orientation,
    paperSize: 9, // A4
    fitToPage: true,
    fitToWidth: sheet.fitWidth ? 1 : Math.max(1, Math.ceil(printedWidth(sheet) / PAGE_CHARS[orientation])),
    fitToHeight: 0,
    margins: { ...PRINT_MARGINS },
  };
  if (sheet.frozenRows > 0) setup.printTitlesRow = `1:${sheet.frozenRows}`;
  // Frozen columns (a project's code and title) are repeated on every page printed across.
  const cols = sheet.frozenColumns ?? 0;
  if (cols > 0) setup.printTitlesColumn = `A:${columnLetter(cols - 1)}`;
  return setup;
}

/** The header and footer of every printed page. */
export const HEADER_FOOTER: Partial<ExcelJS.HeaderFooter> = { oddFooter: PRINT_FOOTER };
