import { describe, expect, it } from "vitest";
import { type CellValue, readAs } from "../../../src/core/cells/read.js";
import { placeColumn, readField } from "../../../src/core/parse/field.js";
import { readTable } from "../../../src/core/parse/table.js";
import { columnSpec, TABS, tabSpec } from "../../../src/core/template/columns.js";
import type { Cell, IssueDraft } from "../../../src/core/types.js";

describe("readField: the value returned, its issue pushed", () => {
  const budget = tabSpec("budget");
  const initial = placeColumn(budget, columnSpec("budget", "initial"), 9);
  const account = placeColumn(budget, columnSpec("budget", "account"), 4);
  it.each<[string, Cell, typeof initial, CellValue | null, string | null]>([
    ["a valid amount", 1200, initial, 1200, null],
    ["a formula error", "#REF!", initial, null, "CELL_FORMULA_ERROR J3"],
    ["an unreadable amount", "12 k€", initial, null, "VALUE_INVALID J3"],
    ["an amount out of range", -5, initial, null, "VALUE_INVALID J3"],
    ["a required column left empty", null, initial, null, "VALUE_REQUIRED J3"],
    ["an optional column left empty", " ", account, null, null],
    ["an optional text", " 2183 ", account, "2183", null],
  ])("%s", (_name, cell, column, value, issue) => {
    const issues: IssueDraft[] = [];
    expect(readField(cell, 3, "Budget", column, issues)).toEqual(value);
    expect(issues.map((i) => `${i.code} ${i.cell}`)).toEqual(issue === null ? [] : [issue]);
  });
});

describe("readField: an empty cell, read without a reader", () => {
  const columns = TABS.flatMap((tab) => tab.columns.map((spec) => [`${tab.key}.${spec.key}`, tab, spec] as const));
  it.each(columns)("%s: null, VALUE_REQUIRED when required, as every reader says", (_name, tab, spec) => {
    expect(readAs(null, spec)).toEqual({ ok: true, value: null });
    const issues: IssueDraft[] = [];
    expect(readField(null, 3, tab.fr, placeColumn(tab, spec, 2), issues)).toBeNull();
    expect(issues.map((i) => `${i.code} ${i.cell}`)).toEqual(spec.required ? ["VALUE_REQUIRED C3"] : []);
  });
});

describe("readTable", () => {
  it("gives each row every present column's key, left to right, absent ones left out", () => {
    const sheet = {
      name: "Équipe",
      rows: [
        ["Mois", "Service", "Charge prévue"],
        ["2026-03", "DSI", 2],
        ["2026-04", "DSI", null],
      ],
    };
    const read = readTable(sheet, tabSpec("equipe"));
    expect(read.rows.map((r) => Object.entries(r.values))).toEqual([
      [
        ["month", "2026-03"],
        ["service", "DSI"],
        ["planned", 2],
      ],
      [
        ["month", "2026-04"],
        ["service", "DSI"],
        ["planned", null],
      ],
    ]);
  });
});
