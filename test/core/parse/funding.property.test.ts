/**
 * Any `Financement` grid gives issues, never a throw: a real project's other tabs, and a
 * Financement tab of random headers (known ones among them) and random cells, through the whole
 * job (parse, checks, computations, messages, the JSON document and the generated tabs).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeWorkbook } from "../../../src/core/app/index.js";
import { parseA1 } from "../../../src/core/cells/a1.js";
import { MEDIATHEQUE, VOIRIE } from "../../../src/core/examples/index.js";
import { ENUMS, tabSpec } from "../../../src/core/template/columns.js";
import { exampleGrid } from "../../../src/core/template/grid.js";
import type { Cell, WorkbookGrid } from "../../../src/core/types.js";

const spec = tabSpec("financement");
const headers = spec.columns.flatMap((c) => [c.fr, c.en, ...(c.aliases ?? [])]);
const values = [...ENUMS.fundingCategory, ...ENUMS.fundingStatus].flatMap((v) => [v.value, v.en, ...(v.aliases ?? [])]);

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...values),
  fc.constantFrom("#REF!", "12 k€", "1 234,56 €", "-5", "31/02/2026", "15/03/2027", "150 %", "25 %", "0,25", ""),
  fc.integer({ min: -1000, max: 5_000_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.string({ maxLength: 12 }),
  fc
    .integer({ min: 0, max: 3000 })
    .map((d): Cell => ({ kind: "date", iso: `20${20 + (d % 12)}-0${1 + (d % 9)}-1${d % 10}` })),
  fc.string({ maxLength: 6 }).map((code): Cell => ({ kind: "error", code })),
);

// The template's own header half of the time, so that many rows are read and computed.
const header = fc.oneof(
  fc.constant<Cell[]>(spec.columns.map((c) => c.fr)),
  fc.array(fc.oneof(fc.constantFrom(...headers), cell), { minLength: 0, maxLength: 15 }),
);
const rows = fc.array(fc.array(cell, { maxLength: 15 }), { maxLength: 12 });

function withFunding(base: WorkbookGrid, head: Cell[], body: Cell[][]): WorkbookGrid {
  const sheets = base.sheets.map((s) => (s.name === "Financement" ? { name: s.name, rows: [head, ...body] } : s));
  return { sheets };
}

describe("any Financement grid: issues out, never a throw", () => {
  it.each([
    ["MED-2025-01", exampleGrid(MEDIATHEQUE)],
    ["VOI-2026-01", exampleGrid(VOIRIE)],
  ])("%s with a random Financement tab", (_code, base) => {
    fc.assert(
      fc.property(header, rows, fc.constantFrom("fr", "en") as fc.Arbitrary<"fr" | "en">, (head, body, lang) => {
        const grid = withFunding(base, head, body);
        const { document, sheets } = computeWorkbook(grid, { lang, today: "2026-11-15" });
        const names = new Set(grid.sheets.map((s) => s.name));
        for (const issue of document.issues) {
          expect(issue.cell === null || parseA1(issue.cell) !== null).toBe(true);
          expect(issue.sheet !== null && names.has(issue.sheet)).toBe(true);
          expect(issue.message).not.toMatch(/undefined|NaN|Infinity|\[object/);
        }
        const json = JSON.stringify(document);
        expect(json).not.toMatch(/NaN|Infinity/);
        expect(JSON.parse(json)).toEqual(document);
        expect(sheets.map((s) => s.name)).toEqual(["Synthèse", "Contrôles"]);
      }),
      // The counterexample CI found (seed 1247338784): -Infinity in Catégorie, shown as « #NUM! ».
      { numRuns: 80, examples: [[spec.columns.map((c) => c.fr), [[0, 0, Number.NEGATIVE_INFINITY]], "fr"]] },
    );
  });
});
