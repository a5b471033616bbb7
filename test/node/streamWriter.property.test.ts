/**
 * The portfolio's direct writer on arbitrary sheets: whatever the cells hold (any Unicode text,
 * control characters, `_xHHHH_`, markup, formula-looking text, huge or tiny numbers, NaN, dates,
 * links), the workbook it writes reads back — with the product's reader and with SheetJS — as the
 * values it was given (text made XML-safe, never a formula), its styles applied.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import XLSX from "xlsx";
import type { Cell, OutCell, OutputSheet, Style } from "../../src/core/types.js";
import { readWorkbookBuffer } from "../../src/node/readWorkbook.js";
import { sheetsXlsxBytes } from "../../src/node/streamWriter.js";
import { safeText } from "../../src/node/writeWorkbook.js";

const isoDate = fc
  .date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
  .map((d) => ({ kind: "date" as const, iso: d.toISOString().slice(0, 10) }));

const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom('=HYPERLINK("http://x")', "_x0041_", "a_x000D_b", "<b>&amp;</b>", "  bords  ", "\r\n", "0612"),
);

const cell: fc.Arbitrary<OutCell> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: text },
  { weight: 3, arbitrary: fc.double({ noDefaultInfinity: false }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: isoDate },
  { weight: 1, arbitrary: text.map((t) => ({ kind: "link" as const, text: t, sheet: "Ailleurs", cell: "A1" })) },
);

/** Styles that do not change what a number means (no number format). */
const LOOK_ONLY: readonly Style[] = ["header", "title", "red", "green", "amber", "muted", "error", "overload"];

const sheetArb = fc
  .tuple(
    fc.array(fc.array(cell, { maxLength: 6 }), { minLength: 1, maxLength: 12 }),
    fc.array(
      fc.record({
        row: fc.nat({ max: 12 }),
        col: fc.nat({ max: 6 }),
        rows: fc.integer({ min: 1, max: 4 }),
        cols: fc.integer({ min: 1, max: 4 }),
        style: fc.constantFrom(...LOOK_ONLY),
      }),
      { maxLength: 5 },
    ),
    fc.nat({ max: 3 }),
  )
  .map(
    ([rows, styles, frozenRows]): OutputSheet => ({
      name: "Données d'essai",
      rows,
      columnWidths: [12, 30, 0, 9],
      frozenRows,
      styles,
      filters: [],
      charts: [],
    }),
  );

/** What a reader must find for a written cell (blank text reads as empty, as the core reads it). */
function expected(v: OutCell): Cell {
  if (v === null) return null;
  if (typeof v === "number") return Number.isFinite(v) ? (Object.is(v, -0) ? 0 : v) : null;
  if (typeof v === "boolean") return v;
  if (typeof v === "string") return safeText(v).trim() === "" ? null : safeText(v);
  if (v.kind === "date") return v;
  return safeText(v.text).trim() === "" ? null : safeText(v.text);
}

const blankToNull = (c: Cell | undefined): Cell =>
  c === undefined || c === null || (typeof c === "string" && c.trim() === "") ? null : c;

describe("the direct writer on arbitrary sheets", () => {
  it("reads back as written, with the product's reader", async () => {
    await fc.assert(
      fc.asyncProperty(sheetArb, async (sheet) => {
        const grid = await readWorkbookBuffer(sheetsXlsxBytes([sheet]), "écrit.xlsx");
        const read = grid.sheets[0];
        expect(read?.name).toBe(sheet.name);
        sheet.rows.forEach((row, r) => {
          row.forEach((v, c) => {
            expect(blankToNull(read?.rows[r]?.[c]), `R${r + 1}C${c + 1}`).toEqual(expected(v));
          });
        });
      }),
      { numRuns: 80 },
    );
  });

  it("SheetJS finds the same text and numbers, and never a formula", async () => {
    await fc.assert(
      fc.asyncProperty(sheetArb, async (sheet) => {
        const wb = XLSX.read(sheetsXlsxBytes([sheet]), { cellFormula: true });
        const ws = wb.Sheets[sheet.name] as XLSX.WorkSheet;
        sheet.rows.forEach((row, r) => {
          row.forEach((v, c) => {
            const got = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
            expect(got?.f).toBeUndefined();
            const want = expected(v);
            if (typeof want === "string") expect(got?.v).toBe(want);
            if (typeof want === "number") expect(got?.v).toBe(want);
            if (typeof want === "boolean") expect(got?.v).toBe(want);
          });
        });
      }),
      { numRuns: 60 },
    );
  });
});
