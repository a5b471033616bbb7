import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseA1 } from "../../../src/core/cells/a1.js";
import { checkFiche } from "../../../src/core/checks/index.js";
import { formatIssues } from "../../../src/core/messages/index.js";
import { parseWorkbook } from "../../../src/core/parse/index.js";
import { ENUMS, TABS } from "../../../src/core/template/columns.js";
import type { Cell, WorkbookGrid } from "../../../src/core/types.js";

const labels = TABS.flatMap((t) => t.columns.flatMap((c) => [c.fr, c.en, ...(c.aliases ?? [])]));
const enumValues = Object.values(ENUMS).flatMap((vs) => vs.flatMap((v) => [v.value, v.en]));
const tabNames = TABS.flatMap((t) => [t.fr, t.en, ...t.aliases, t.fr.toUpperCase(), ` ${t.fr} `]);

/** Cells people and hosts produce, weird ones included. */
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...labels),
  fc.constantFrom(...enumValues),
  fc.constantFrom(
    "#REF!",
    "#N/A",
    "#DIV/0!",
    "12 k€",
    "1.234.567,89",
    "31/02/2026",
    "mars 2026",
    "45 %",
    "E1",
    "E2; E1",
    "E1,E1",
    "\u202F",
    "",
  ),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.double(),
  fc.integer({ min: -5, max: 3_000_000 }),
  fc.boolean(),
  fc.string({ maxLength: 12 }).map((iso): Cell => ({ kind: "date", iso })),
  fc
    .date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2300, 0, 1)), noInvalidDate: true })
    .map((dt): Cell => ({ kind: "date", iso: dt.toISOString().slice(0, 10) })),
  fc.string({ maxLength: 8 }).map((code): Cell => ({ kind: "error", code })),
);

const sheetArb = fc.record({
  name: fc.oneof(fc.constantFrom(...tabNames), fc.string()),
  rows: fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 14 }),
});
const grid: fc.Arbitrary<WorkbookGrid> = fc.record({ sheets: fc.array(sheetArb, { maxLength: 9 }) });

describe("any grid in, issues out, never a throw", () => {
  it("parse, check and messages never throw, and every issue is located sensibly", () => {
    const canonical = new Set(TABS.map((t) => t.fr));
    fc.assert(
      fc.property(grid, fc.constantFrom("2026-01-01", "2026-06-30"), (g, statusDate) => {
        const parsed = parseWorkbook(g);
        const drafts = [...parsed.issues, ...checkFiche(parsed.fiche, { statusDate })];
        const names = new Set(g.sheets.map((s) => s.name));
        for (const issue of [...formatIssues(drafts, "fr"), ...formatIssues(drafts, "en")]) {
          expect(issue.cell === null || parseA1(issue.cell) !== null).toBe(true);
          if (issue.code === "TAB_MISSING") expect(canonical.has(issue.sheet ?? "")).toBe(true);
          else if (issue.code === "EVALUATION_MISSING")
            expect(names.has(issue.sheet ?? "") || issue.sheet === "Évaluation").toBe(true);
          else expect(issue.sheet !== null && names.has(issue.sheet)).toBe(true);
          expect(issue.message).not.toMatch(/undefined|NaN|\[object/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("a header row of the template with random rows below reads without throwing", () => {
    const tables = TABS.filter((t) => t.shape === "table");
    const arb = fc.record({
      tab: fc.constantFrom(...tables),
      rows: fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 30 }),
    });
    fc.assert(
      fc.property(arb, ({ tab, rows }) => {
        const header = tab.columns.map((c) => c.fr);
        const { fiche, issues } = parseWorkbook({ sheets: [{ name: tab.fr, rows: [header, ...rows] }] });
        checkFiche(fiche, { statusDate: "2026-06-30" });
        for (const i of issues) expect(i.cell === null || parseA1(i.cell) !== null).toBe(true);
        for (const s of fiche.steps) expect(s.baselineStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        for (const b of fiche.budget) expect(b.initial).toBeGreaterThanOrEqual(0);
        for (const t of fiche.team) expect(t.month).toMatch(/^\d{4}-\d{2}$/);
      }),
      { numRuns: 300 },
    );
  });
});
