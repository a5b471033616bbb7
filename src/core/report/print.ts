/**
 * How a generated tab prints (SPEC §6 "prints legibly"), declared once for every host that has a
 * page set-up (the .xlsx writers, Excel's page layout): A4, landscape when asked, one page wide
 * when the tab says so (else as many pages as its columns and charts need), the frozen rows and
 * columns repeated on every page, the tab's name and `page / pages` in the footer, and rows tall
 * enough for their wrapped text.
 */
import { columnLetter } from "../cells/a1.js";
import { DEFAULT_CHART_SIZE, type OutputSheet } from "../types.js";

/** Excel's default row height (points) for one line of 11 pt text. */
const LINE_HEIGHT = 15;
/** At most this many lines for a header row (longer labels stay cut). */
const MAX_HEADER_LINES = 4;
/** At most this many lines for a wrapped cell: a longer text is cut in print, whole in the cell. */
const MAX_WRAPPED_LINES = 12;
/** Excel's width of a column that has none (characters). */
const DEFAULT_WIDTH = 9;
/** Points per character of column width (7 px of Calibri 11 at 96 dpi). */
export const POINTS_PER_CHAR = 5.25;
/** Characters of column width that still print legibly across one A4 page. */
const PAGE_CHARS = { portrait: 140, landscape: 200 } as const;

/** Margins in inches: Excel's "narrow" sides, room for the footer at the bottom. */
export const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 } as const;

/**
 * The footer's sections in Excel's header/footer codes (`&9` 9 pt, `&A` the tab's name, `&P` the
 * page, `&N` the pages): the tab's name on the left, `page / pages` in the centre.
 */
export const FOOTER_SECTIONS = { left: "&9&A", center: "&9&P / &N" } as const;

/** The footer of every printed page as one OOXML `oddFooter` string (`&L` left, `&C` centre). */
export const PRINT_FOOTER = `&L${FOOTER_SECTIONS.left}&C${FOOTER_SECTIONS.center}`;

/**
 * Whether a UTF-16 code unit is white space as `\s` matches it (ECMAScript's WhiteSpace and
 * LineTerminator): the word breaks of {@link wrappedLines}, tested code unit by code unit instead
 * of splitting on `/\s+/` (which allocated every word of every wrapped cell of a portfolio).
 */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Characters of a column of `width` that text may fill (one is kept as a margin). */
const roomOf = (width: number) => Math.max(1, Math.floor(width) - 1);

/** Lines that `text` from `start` to `end` takes in `room` characters, wrapped word by word. */
function linesBetween(text: string, start: number, end: number, room: number): number {
  // Its words, one space apart, are no longer than the text: a text that fits fits on one line.
  if (end - start <= room) return 1;
  let lines = 1;
  let used = 0;
  let i = start;
  for (;;) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i === end) return lines;
    const word = i;
    while (i < end && !isSpace(text.charCodeAt(i))) i++;
    const len = i - word;
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
}

/** Lines that `text` takes in a column of `width` characters when wrapped word by word. */
export function wrappedLines(text: string, width: number): number {
  return linesBetween(text, 0, text.length, roomOf(width));
}

/**
 * Lines of a text that may hold line breaks: each paragraph wraps on its own.
 * @example paragraphLines("Titre\nun texte bien trop long", 10) // 1 + 3
 */
export function paragraphLines(text: string, width: number): number {
  const room = roomOf(width);
  let lines = 0;
  for (let start = 0; ; ) {
    const br = text.indexOf("\n", start);
    lines += linesBetween(text, start, br < 0 ? text.length : br, room);
    if (br < 0) return lines;
    start = br + 1;
  }
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

/** A tab's print set-up in host-neutral terms. */
export interface PrintLayout {
  readonly orientation: "portrait" | "landscape";
  /** Pages the tab is fitted to across; as many pages tall as needed. */
  readonly pagesWide: number;
  /** Rows repeated at the top of every page, as `1:2`; null when none. */
  readonly titleRows: string | null;
  /** Columns repeated at the left of every page, as `A:B`; null when none. */
  readonly titleColumns: string | null;
}

/**
 * A4, landscape when asked, one page wide when `fitWidth` (else as many pages wide as the columns
 * need: a very wide table is not shrunk to an unreadable single page), `printTitleRows` (else the
 * frozen rows) and the frozen columns repeated on every page.
 * @example printLayoutOf({ …, frozenRows: 2, fitWidth: true }) // { pagesWide: 1, titleRows: "1:2", … }
 */
export function printLayoutOf(sheet: OutputSheet): PrintLayout {
  const orientation = sheet.landscape ? "landscape" : "portrait";
  const cols = sheet.frozenColumns ?? 0;
  // A table below a strip of key figures repeats its own header, not the rows frozen above it.
  const titles = sheet.printTitleRows ?? (sheet.frozenRows > 0 ? { row: 0, rows: sheet.frozenRows } : null);
  return {
    orientation,
    pagesWide: sheet.fitWidth ? 1 : Math.max(1, Math.ceil(printedWidth(sheet) / PAGE_CHARS[orientation])),
    titleRows: titles && titles.rows > 0 ? `${titles.row + 1}:${titles.row + titles.rows}` : null,
    // Frozen columns (a project's code and title) are repeated on every page printed across.
    titleColumns: cols > 0 ? `A:${columnLetter(cols - 1)}` : null,
  };
}
