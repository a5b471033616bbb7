/**
 * Every tab prints legibly (SPEC §6): A4, one page wide when the tab asks (else as many pages
 * as its columns and charts need), titles repeated, `page / pages` in the footer, long text
 * wrapped in rows tall enough for it — the same from both writers, read back with exceljs.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSpace, paragraphLines, wrappedLines } from "../../src/core/report/print.js";
import type { ChartIntent, OutputSheet } from "../../src/core/types.js";
import {
  PRINT_FOOTER,
  PRINT_MARGINS,
  pageSetupOf,
  printedWidth,
  rowBreaksOf,
  rowHeights,
} from "../../src/node/printSetup.js";
import { streamWorkbookFile } from "../../src/node/streamWriter.js";
import { writeWorkbookFile } from "../../src/node/writeWorkbook.js";
import { partsOf } from "./helpers/ooxml.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fp-print-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const LONG = "Le marché de travaux n'est pas notifié : la tranche 2 glisse de trois semaines au moins";

const BASE: OutputSheet = {
  name: "Tableau de bord",
  rows: [
    ["Généré par fiche-projet", null, null],
    ["Code", "Intitulé", "Montant"],
    ["A-1", LONG, 12],
    ["A-2", "Court", 3],
    ["A-3", `Première ligne\n${LONG}`, 4],
  ],
  columnWidths: [10, 30, 14],
  frozenRows: 2,
  styles: [{ row: 1, col: 0, rows: 1, cols: 3, style: "header" }],
  filters: [],
  charts: [],
  wrap: [{ row: 2, col: 0, rows: 3, cols: 3 }],
};

const chartAt = (col: number, width: number): ChartIntent => ({
  kind: "column",
  title: "Montants",
  data: { row: 1, col: 1, rows: 4, cols: 2 },
  anchor: { row: 1, col },
  size: { width, height: 200 },
});

describe("pageSetupOf", () => {
  it.each([
    ["a narrow tab: one page", BASE, 1],
    ["one page wide when asked, however wide", { ...BASE, columnWidths: [100, 100, 100], fitWidth: true }, 1],
    ["300 characters in portrait: three pages", { ...BASE, columnWidths: [100, 100, 100] }, 3],
    ["300 characters in landscape: two pages", { ...BASE, columnWidths: [100, 100, 100], landscape: true }, 2],
    ["a chart right of the columns widens the print", { ...BASE, charts: [chartAt(3, 600)] }, 2],
    ["a chart within the columns does not", { ...BASE, columnWidths: [10, 30, 140], charts: [chartAt(1, 300)] }, 2],
  ])("%s", (_edge, sheet, pages) => {
    expect(pageSetupOf(sheet as OutputSheet)).toMatchObject({
      paperSize: 9,
      fitToPage: true,
      fitToWidth: pages,
      fitToHeight: 0,
      printTitlesRow: "1:2",
      margins: PRINT_MARGINS,
    });
  });

  it.each([
    ["the frozen rows by default", BASE, "1:2"],
    ["a table's header under charts, when the tab says so", { ...BASE, printTitleRows: { row: 3, rows: 1 } }, "4:4"],
    ["none: no frozen row, no title rows", { ...BASE, frozenRows: 0 }, undefined],
  ])("rows repeated on every page: %s", (_edge, sheet, titles) => {
    expect(pageSetupOf(sheet as OutputSheet).printTitlesRow).toBe(titles);
  });

  it.each([
    ["none", undefined, []],
    ["a break before 0-based row 30 follows 1-based row 30", [30], [30]],
    ["sorted, each once, never before the first row", [40, 0, 12, 40], [12, 40]],
  ])("page breaks: %s", (_edge, pageBreaks, ids) => {
    const sheet = { ...BASE, ...(pageBreaks ? { pageBreaks } : {}) } as OutputSheet;
    expect(rowBreaksOf(sheet).map((b) => [b.id, b.man])).toEqual(ids.map((id) => [id, 1]));
  });

  it("measures a chart from the left of its anchor column", () => {
    // 10 + 30 characters, then 525 points = 100 characters of chart.
    expect(printedWidth({ ...BASE, charts: [chartAt(2, 525)] })).toBe(140);
  });
});

describe("rowHeights", () => {
  it.each([
    ["a header that fits stays one line", { ...BASE, wrap: [] }, []],
    ["a long text in a wrapped area grows its row", BASE, [2, 4]],
    ["the same text outside a wrapped area does not", { ...BASE, wrap: [{ row: 3, col: 0, rows: 1, cols: 3 }] }, []],
  ])("%s", (_edge, sheet, rows) => {
    expect([...rowHeights(sheet as OutputSheet).keys()].sort()).toEqual(rows);
  });

  it("counts line breaks, and each paragraph's wrapping", () => {
    const heights = rowHeights(BASE);
    // 87 characters in 30 (29 of room): 4 lines; after a first line of its own: 5.
    expect(heights.get(2)).toBe(4 * 15);
    expect(heights.get(4)).toBe(5 * 15);
  });
});

/** The wrapping as it was written with `split`: the scanner must count the same lines. */
function splitWrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width) - 1);
  if (text.length <= room) return 1;
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (used === 0) used = word.length;
    else if (used + 1 + word.length <= room) used += 1 + word.length;
    else {
      lines++;
      used = word.length;
    }
    while (used > room) {
      lines++;
      used -= room;
    }
  }
  return lines;
}
const splitParagraphLines = (text: string, width: number) =>
  text.split("\n").reduce((n, p) => n + splitWrappedLines(p, width), 0);

describe("wrapping counted without splitting the text", () => {
  it("isSpace is \\s, code unit by code unit", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it.each([
    ["an empty text", "", 10, 1],
    ["a text exactly as long as the room", "x".repeat(9), 10, 1],
    ["one more character", "x".repeat(10), 10, 2],
    ["leading and trailing spaces", `   ${"mot ".repeat(5)}   `, 10, 3],
    ["no-break and ideographic spaces are breaks", "abcd\u00a0efgh\u3000ijkl", 6, 3],
    ["a paragraph break alone", "\n", 10, 2],
    ["empty paragraphs count one line each", "a\n\n\nb", 10, 4],
    ["a carriage return is a space, not a paragraph break", `${"x".repeat(8)}\r${"y".repeat(8)}`, 10, 2],
    ["a zero width still leaves one character of room", "abc", 0, 3],
  ])("paragraphLines: %s", (_edge, text, width, lines) => {
    expect(paragraphLines(text, width)).toBe(lines);
  });

  it("counts what splitting on white space and line breaks counted", () => {
    const piece = fc.constantFrom(
      "a",
      "é",
      "mot",
      " ",
      "  ",
      "\n",
      "\t",
      "\r",
      "\u00a0",
      "\u2003",
      "—",
      "😀",
      "x".repeat(12),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.double({ min: 0, max: 40, noNaN: true }), (pieces, width) => {
        const text = pieces.join("");
        expect(wrappedLines(text, width)).toBe(splitWrappedLines(text, width));
        expect(paragraphLines(text, width)).toBe(splitParagraphLines(text, width));
      }),
    );
  });
});

describe.each([
  ["in memory", writeWorkbookFile],
  ["streaming", streamWorkbookFile],
] as const)("the %s writer", (name, write) => {
  it("writes the footer, the margins, the fit and the wrapped cells", async () => {
    const path = join(dir, `${name}.xlsx`);
    await write(path, [{ ...BASE, fitWidth: true, landscape: true }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet("Tableau de bord");
    expect(ws?.headerFooter.oddFooter).toBe(PRINT_FOOTER);
    expect(ws?.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:2",
    });
    expect(ws?.pageSetup.margins).toMatchObject(PRINT_MARGINS);
    expect(ws?.getCell("B3").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(ws?.getCell("C3").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(ws?.getCell("B1").alignment).toBeUndefined();
    expect(ws?.getRow(3).height).toBe(60);
    expect(ws?.getRow(4).height).toBeUndefined();
  });
});

describe.each([
  ["in memory", writeWorkbookFile],
  ["streaming", streamWorkbookFile],
] as const)("the %s writer's page breaks and title rows", (name, write) => {
  it("writes the breaks before the drawing and the title rows the tab asks for", async () => {
    const path = join(dir, `${name}-breaks.xlsx`);
    await write(path, [{ ...BASE, pageBreaks: [3], printTitleRows: { row: 1, rows: 1 } }]);
    const sheetXml = partsOf(new Uint8Array(await readFile(path))).get("xl/worksheets/sheet1.xml") ?? "";
    expect(sheetXml).toMatch(
      /<rowBreaks count="1" manualBreakCount="1"><brk id="3" min="0" max="16383" man="1"\/><\/rowBreaks>/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.getWorksheet("Tableau de bord")?.pageSetup.printTitlesRow).toBe("2:2");
  });
});
