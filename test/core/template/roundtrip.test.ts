import { describe, expect, it } from "vitest";
import { checkFiche } from "../../../src/core/checks/index.js";
import { EXAMPLE_STATUS_DATE, EXAMPLES, MEDIATHEQUE } from "../../../src/core/examples/index.js";
import { SEVERITY } from "../../../src/core/messages/index.js";
import { parseWorkbook } from "../../../src/core/parse/index.js";
import { exampleGrid, outputSheetsToGrid } from "../../../src/core/template/grid.js";
import { buildTemplateSheets } from "../../../src/core/template/sheets.js";
import type { Cell, IssueDraft, Lang, OutputSheet, WorkbookGrid } from "../../../src/core/types.js";

const LANGS: Lang[] = ["fr", "en"];

/** What a host reads back after writing the sheets: written independently of the code under test. */
function hostRoundTrip(sheets: readonly OutputSheet[]): WorkbookGrid {
  return {
    sheets: sheets.map((s) => ({
      name: s.name,
      rows: s.rows.map((r) =>
        r.map((c): Cell => (c !== null && typeof c === "object" && c.kind === "link" ? c.text : c)),
      ),
    })),
  };
}

const errors = (issues: readonly IssueDraft[]) => issues.filter((i) => SEVERITY[i.code] === "error");

function withoutRow<T extends { row: number }>(records: readonly T[]): Omit<T, "row">[] {
  return records.map(({ row: _row, ...rest }) => rest);
}

const cases = LANGS.flatMap((lang) => EXAMPLES.map((p) => [p.project.code ?? "", lang, p] as const));

describe("examples parse and check without errors", () => {
  it.each(cases)("%s (%s): exampleGrid → parseWorkbook → checkFiche", (_code, lang, project) => {
    const parsed = parseWorkbook(exampleGrid(project, lang));
    expect(errors(parsed.issues)).toEqual([]);
    expect(errors(checkFiche(parsed.fiche, { statusDate: EXAMPLE_STATUS_DATE }))).toEqual([]);
  });

  it.each(cases)("%s (%s): buildTemplateSheets read back by a host parses without errors", (_code, lang, project) => {
    const parsed = parseWorkbook(hostRoundTrip(buildTemplateSheets({ lang, example: project })));
    expect(errors(parsed.issues)).toEqual([]);
    expect(errors(checkFiche(parsed.fiche, { statusDate: EXAMPLE_STATUS_DATE }))).toEqual([]);
  });

  it.each(cases)("%s (%s): the parser reads back exactly the example's data", (_code, lang, project) => {
    const { fiche } = parseWorkbook(exampleGrid(project, lang));
    expect(fiche.project).toEqual(project.project);
    expect(withoutRow(fiche.validation)).toEqual(project.validation);
    expect(withoutRow(fiche.steps)).toEqual(project.steps);
    expect(withoutRow(fiche.budget)).toEqual(project.budget);
    expect(withoutRow(fiche.funding)).toEqual(project.funding ?? []);
    expect(withoutRow(fiche.team)).toEqual(project.team);
    expect(withoutRow(fiche.capacity)).toEqual(project.capacity);
    expect(withoutRow(fiche.indicators)).toEqual(project.indicators);
  });

  it("records keep their sheet rows: the first step is on row 2", () => {
    const { fiche } = parseWorkbook(exampleGrid(MEDIATHEQUE));
    expect(fiche.steps[0]?.row).toBe(2);
    expect(fiche.layout.projet?.rows?.code).toBe(2);
  });
});

describe("the empty template", () => {
  it.each(LANGS)("%s: every tab and column is found; only the required Projet values are missing", (lang) => {
    const parsed = parseWorkbook(outputSheetsToGrid(buildTemplateSheets({ lang })));
    const codes = new Set(parsed.issues.map((i) => i.code));
    expect(codes.has("TAB_MISSING")).toBe(false);
    expect(codes.has("COLUMN_MISSING")).toBe(false);
    expect(parsed.issues.map((i) => `${i.code} ${i.cell}`)).toEqual([
      "VALUE_REQUIRED B2",
      "VALUE_REQUIRED B3",
      "VALUE_REQUIRED B6",
      "VALUE_REQUIRED B7",
      "VALUE_REQUIRED B8",
    ]);
  });
});
