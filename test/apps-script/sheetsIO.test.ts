/** The Sheets IO pieces, one by one, against the fake Utilities (set as the global it is in Apps Script). */
import { beforeAll, describe, expect, it } from "vitest";
import { toSheetsGrid } from "../../src/apps-script/grid.js";
import { readCell } from "../../src/apps-script/read.js";
import { isoInZone, midnightInZone } from "../../src/apps-script/zone.js";
import { isInputTab } from "../../src/core/app/index.js";
import type { OutputSheet } from "../../src/core/types.js";
import { midnightIn, Utilities } from "../fakes/gas/index.js";

beforeAll(() => {
  (globalThis as unknown as { Utilities: typeof Utilities }).Utilities = Utilities;
});

describe("dates in the spreadsheet's zone", () => {
  it.each([
    ["Kiritimati (UTC+14)", "Pacific/Kiritimati", "2026-01-01"],
    ["Honolulu (UTC−10)", "Pacific/Honolulu", "2026-12-31"],
    ["Santiago, DST change day", "America/Santiago", "2026-04-05"],
    ["Paris, DST change day", "Europe/Paris", "2026-03-29"],
    ["Paris, leap day", "Europe/Paris", "2028-02-29"],
  ])("%s: a date cell reads as its calendar day, and the written Date is midnight there", (_n, zone, iso) => {
    const cell = midnightIn(iso, zone);
    expect(isoInZone(cell, zone)).toBe(iso);
    expect(readCell(cell, zone)).toEqual({ kind: "date", iso });
    expect(midnightInZone(iso, zone).getTime()).toBe(cell.getTime());
    expect(Utilities.formatDate(midnightInZone(iso, zone), zone, "HH:mm")).toBe("00:00");
  });

  it("the same instant is another day in another zone (why the script zone must not be used)", () => {
    const cell = midnightIn("2026-01-01", "Pacific/Kiritimati");
    expect(isoInZone(cell, "Europe/Paris")).toBe("2025-12-31");
  });
});

describe("reading cells", () => {
  it.each([
    ["empty", "", null],
    ["a number", 12.5, 12.5],
    ["a boolean", true, true],
    ["text", "abc", "abc"],
    ["a formula error stays its text", "#REF!", "#REF!"],
    ["#N/A", "#N/A", "#N/A"],
  ])("%s", (_n, value, expected) => {
    expect(readCell(value, "Europe/Paris")).toEqual(expected);
  });

  it.each([
    ["Projet", true],
    ["  projet ", true],
    ["Project", true],
    ["EQUIPE", true],
    ["Staffing", true],
    ["Capacite", true],
    ["Synthèse", false],
    ["Notes", false],
  ])("%j is an input tab: %s", (name, expected) => {
    expect(isInputTab(name)).toBe(expected);
  });
});

describe("an output sheet as Sheets arrays", () => {
  const out: OutputSheet = {
    name: "T",
    rows: [
      ["Titre"],
      ["a", 1.5, { kind: "date", iso: "2026-03-09" }],
      [{ kind: "link", text: "Budget!L5", sheet: "Budget", cell: "L5" }],
    ],
    columnWidths: [10],
    frozenRows: 1,
    styles: [
      { row: 0, col: 0, rows: 1, cols: 3, style: "header" },
      { row: 1, col: 1, rows: 1, cols: 1, style: "money" },
    ],
    filters: [],
    charts: [],
  };

  it("pads ragged rows, formats dates and money, bolds headers, collects links", () => {
    const grid = toSheetsGrid(out, "Pacific/Kiritimati");
    expect(grid.values.map((r) => r.length)).toEqual([3, 3, 3]);
    expect(grid.values[0]).toEqual(["'Titre", "", ""]);
    expect(grid.values[1]?.[2]).toEqual(midnightIn("2026-03-09", "Pacific/Kiritimati"));
    expect(grid.formats[1]).toEqual(["General", '#,##0.00 "€"', "dd/mm/yyyy"]);
    expect(grid.weights[0]).toEqual(["bold", "bold", "bold"]);
    expect(grid.links).toEqual([{ row: 2, col: 0, text: "Budget!L5", sheet: "Budget", cell: "L5" }]);
  });

  it("English dates are ISO", () => {
    expect(toSheetsGrid(out, "Europe/Paris").formats[1]?.[2]).toBe("dd/mm/yyyy");
  });
});
