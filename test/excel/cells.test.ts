import { describe, expect, it } from "vitest";
import type { OutputSheet } from "../../src/core/types.js";
import { cellFromExcel, rowsFromRange } from "../../src/excel-addin/cells.js";
import { literalText, planSheet } from "../../src/excel-addin/sheetPlan.js";
import { isDateFormat } from "../../src/xlsx/dateFormats.js";

// The taskpane decides dates with the .xlsx reader's rule: the formats Excel gives it here.
describe("isDateFormat on the formats Office.js reports", () => {
  it.each([
    ["French short date", "dd/mm/yyyy", true],
    ["ISO", "yyyy-mm-dd", true],
    ["long month", "d mmmm yyyy", true],
    ["month and year", "mmm-yy", true],
    ["locale prefix", "[$-fr-FR]dd/mm/yyyy", true],
    ["date and time", "dd/mm/yyyy hh:mm", true],
    ["month only", "mmmm", true],
    ["General", "General", false],
    ["text", "@", false],
    ["money with quoted euro", '#,##0.00 "€"', false],
    ["quoted day word", '0 "days"', false],
    ["percent", "0.0%", false],
    ["duration mm:ss", "mm:ss", false],
    ["time", "hh:mm", false],
    ["colour section", "[Red]0.00", false],
    ["escaped d", "0\\d", false],
    ["empty", "", false],
  ])("%s: %s → %s", (_name, format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe("cellFromExcel", () => {
  it.each([
    ["empty string", "", "General", null],
    ["number", 1234.5, "General", 1234.5],
    ["serial in a date format", 46022, "dd/mm/yyyy", { kind: "date", iso: "2025-12-31" }],
    ["serial with time", 46022.75, "dd/mm/yyyy hh:mm", { kind: "date", iso: "2025-12-31" }],
    ["serial 61 (1900-03-01, after the 1900 leap bug)", 61, "dd/mm/yyyy", { kind: "date", iso: "1900-03-01" }],
    ["serial without date format stays a number", 46022, "General", 46022],
    [
      "zero in a date format: 1899-12-31, as the command line and the corpus's readers read it",
      0,
      "dd/mm/yyyy",
      { kind: "date", iso: "1899-12-31" },
    ],
    ["serial 60, Lotus' 29 February 1900, names no day: a number", 60, "dd/mm/yyyy", 60],
    ["serial 59 is 1900-02-28", 59, "dd/mm/yyyy", { kind: "date", iso: "1900-02-28" }],
    ["an elapsed time [h]:mm stays a number", 1.5, "[h]:mm", 1.5],
    ["a time with AM/PM stays a number", 0.5, "h:mm AM/PM", 0.5],
    ["#REF!", "#REF!", "General", { kind: "error", code: "#REF!" }],
    ["#N/A", "#N/A", "General", { kind: "error", code: "#N/A" }],
    ["text that looks like an error but is not", "#hashtag", "General", "#hashtag"],
    ["boolean", true, "General", true],
    ["hostile text is just text", "<img src=x onerror=alert(1)>", "@", "<img src=x onerror=alert(1)>"],
  ])("%s", (_name, value, format, expected) => {
    expect(cellFromExcel(value, format)).toEqual(expected);
  });
});

describe("rowsFromRange", () => {
  it("puts a used range that starts at C3 back at sheet row 3, column C", () => {
    const rows = rowsFromRange(
      [
        ["a", 46022],
        ["", 2],
      ],
      [
        ["General", "dd/mm/yyyy"],
        ["General", "General"],
      ],
      2,
      2,
    );
    expect(rows).toEqual([[], [], [null, null, "a", { kind: "date", iso: "2025-12-31" }], [null, null, null, 2]]);
  });
});

describe("planSheet", () => {
  const sheet: OutputSheet = {
    name: "S",
    rows: [
      ["Généré par fiche-projet", null],
      ['=HYPERLINK("http://x")', 12.5],
      ["+33 6 12", { kind: "date", iso: "2026-06-09" }],
      ["'quoted", { kind: "link", text: "Budget!L5", sheet: "Budget", cell: "L5" }],
    ],
    columnWidths: [30, 12],
    frozenRows: 1,
    styles: [{ row: 1, col: 1, rows: 1, cols: 1, style: "money" }],
    filters: [],
    charts: [],
  };
  const plan = planSheet(sheet);

  it("formats every text cell as text (@) so nothing becomes a formula", () => {
    expect(plan.formats).toEqual([
      ["@", "General"],
      ["@", '#,##0.00 "€"'],
      ["@", "dd/mm/yyyy"],
      ["@", "@"],
    ]);
  });

  it("writes dates as serials, doubles a leading apostrophe and lists links", () => {
    expect(plan.values[2]?.[1]).toBe(46182);
    expect(plan.values[3]?.[0]).toBe("''quoted");
    expect(plan.links).toEqual([{ row: 3, col: 1, text: "Budget!L5", sheet: "Budget", cell: "L5" }]);
  });

  it.each([
    ["plain", "abc", "abc"],
    ["apostrophe", "'abc", "''abc"],
  ])("literalText %s", (_n, input, out) => {
    expect(literalText(input)).toBe(out);
  });
});
