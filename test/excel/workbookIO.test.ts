import { describe, expect, it } from "vitest";
import { ECOLES, MEDIATHEQUE } from "../../src/core/examples/index.js";
import type { ExampleBudgetLine, ExampleProject } from "../../src/core/examples/types.js";
import { exampleGrid } from "../../src/core/template/grid.js";
import { GENERATED_MARK, type OutputSheet, type WorkbookGrid } from "../../src/core/types.js";
import { fakeExcelOver, PAYLOAD_LIMIT_BYTES, sheetValues } from "../fakes/excel.js";

/** Trailing empty cells dropped, so grids compare by content. */
function trimmed(grid: WorkbookGrid) {
  return grid.sheets.map((s) => ({
    name: s.name,
    rows: s.rows.map((r) => {
      const out = [...r];
      while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === "")) out.pop();
      return out;
    }),
  }));
}

/** The example with its budget lines repeated to reach `count` rows. */
function bigProject(base: ExampleProject, count: number): ExampleProject {
  const budget: ExampleBudgetLine[] = [];
  for (let i = 0; i < count; i++) {
    const line = base.budget[i % base.budget.length] as ExampleBudgetLine;
    budget.push({ ...line, line: `${line.line} #${i + 1}` });
  }
  return { ...base, budget };
}

describe("ExcelWorkbookIO.readAll", () => {
  it("reads back the example workbook exactly (dates from serials + date formats)", async () => {
    const grid = exampleGrid(MEDIATHEQUE);
    const { io } = fakeExcelOver(grid);
    const snapshot = await io.readAll();
    expect(trimmed(snapshot.grid)).toEqual(trimmed(grid));
  });

  it("costs two syncs the first time, then one", async () => {
    const { io, fake } = fakeExcelOver(exampleGrid(MEDIATHEQUE));
    await io.readAll();
    expect(fake.stats.syncs).toBe(2);
    await io.readAll();
    expect(fake.stats.syncs).toBe(3);
  });

  it("reads a workbook too large for one 5 MB response in row blocks, each response under the limit", async () => {
    const grid = exampleGrid(bigProject(ECOLES, 25_000));
    const { io, fake } = fakeExcelOver(grid);
    const snapshot = await io.readAll();
    expect(trimmed(snapshot.grid)).toEqual(trimmed(grid));
    expect(fake.stats.payloads.length).toBeGreaterThan(2);
    // sync 1: the names; sync 2: everything at once, refused by the 5 MB response limit; then blocks.
    expect(fake.stats.responses[1]).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(Math.max(...fake.stats.responses.slice(2))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(snapshot.sheets.find((s) => s.name === "Budget")?.a1).toBe(
      grid.sheets.find((s) => s.name === "Budget")?.rows[0]?.[0],
    );
  });

  it("survives a tab renamed between two reads", async () => {
    const { io, fake } = fakeExcelOver(exampleGrid(MEDIATHEQUE));
    await io.readAll();
    const budget = fake.model.sheet("Budget");
    if (budget) budget.name = "Budget 2026";
    const again = await io.readAll();
    expect(again.grid.sheets.map((s) => s.name)).toContain("Budget 2026");
  });
});

describe("Vérifier + Calculer", () => {
  it("cost at most 3 syncs together on a 10 000-row workbook", async () => {
    const { host, fake } = fakeExcelOver(exampleGrid(bigProject(ECOLES, 10_000)));
    await host.summary();
    const before = fake.stats.syncs;
    const doc = await host.check("fr");
    const computed = await host.compute("fr");
    expect(fake.stats.syncs - before).toBeLessThanOrEqual(3);
    expect(doc.budget.expenses.initial).toBeGreaterThan(0);
    expect(computed.outcome).toEqual({ written: ["Synthèse", "Contrôles"], refused: [] });
    const synthese = fake.model.sheet("Synthèse");
    expect(String(synthese?.cell(0, 0)?.value)).toMatch(new RegExp(`^${GENERATED_MARK}`));
    expect(Math.max(...fake.stats.payloads)).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  });

  it("writes Synthèse and Contrôles with charts, frozen rows and links, and rewrites them in place", async () => {
    const { host, fake } = fakeExcelOver(exampleGrid(MEDIATHEQUE));
    await host.compute("fr");
    const synthese = fake.model.sheet("Synthèse");
    const controles = fake.model.sheet("Contrôles");
    expect(synthese?.charts.length).toBeGreaterThan(0);
    expect(controles?.frozenRows).toBeGreaterThan(0);
    const first = sheetValues(synthese!);
    await host.compute("fr");
    expect(fake.model.sheets.filter((s) => s.name === "Synthèse")).toHaveLength(1);
    expect(sheetValues(fake.model.sheet("Synthèse")!)).toEqual(first);
    expect(fake.model.sheet("Synthèse")?.charts.length).toBe(synthese?.charts.length);
  });

  it("refuses an unmarked Synthèse, leaves it untouched and writes nothing (SPEC §1)", async () => {
    const grid = exampleGrid(MEDIATHEQUE);
    const withNotes: WorkbookGrid = {
      sheets: [...grid.sheets, { name: "Synthèse", rows: [["Mes notes"], ["ne pas effacer", 42]] }],
    };
    const { host, fake } = fakeExcelOver(withNotes);
    const { outcome } = await host.compute("fr");
    expect(outcome.written).toEqual([]);
    expect(fake.model.sheet("Contrôles")).toBeUndefined();
    expect(outcome.refused).toHaveLength(1);
    expect(outcome.refused[0]?.sheet).toBe("Synthèse");
    expect(outcome.refused[0]?.reason).toContain(GENERATED_MARK);
    expect(sheetValues(fake.model.sheet("Synthèse")!)).toEqual([
      ["Mes notes", ""],
      ["ne pas effacer", 42],
    ]);
    expect(fake.model.sheet("Synthèse")?.charts).toEqual([]);
  });
});

describe("writeSheets", () => {
  const big: OutputSheet = {
    name: "Contrôles",
    rows: [
      [`${GENERATED_MARK} — test`],
      ...Array.from({ length: 40_000 }, (_, i) => [`ligne ${i} ${"x".repeat(60)}`, i, `=SUM(A${i})`, i * 1.5]),
    ],
    columnWidths: [40, 10, 20, 10],
    frozenRows: 1,
    styles: [{ row: 1, col: 3, rows: 40_000, cols: 1, style: "money" }],
    filters: [{ row: 0, col: 0, rows: 40_001, cols: 4 }],
    charts: [],
  };

  it("chunks a write above 5 MB into several syncs, each under the limit", async () => {
    const { io, fake } = fakeExcelOver({ sheets: [{ name: "Projet", rows: [["Code projet", "X"]] }] });
    const outcome = await io.writeSheets([big]);
    expect(outcome.written).toEqual(["Contrôles"]);
    const writes = fake.stats.payloads.filter((p) => p > 0);
    expect(writes.length).toBeGreaterThan(1);
    expect(Math.max(...writes)).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(writes.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    const sheet = fake.model.sheet("Contrôles")!;
    expect(sheet.cell(40_000, 0)?.value).toBe(`ligne 39999 ${"x".repeat(60)}`);
    expect(sheet.cell(40_000, 2)).toMatchObject({ value: "=SUM(A39999)", formula: false });
    expect(sheet.cell(40_000, 3)).toMatchObject({ value: 59998.5, numberFormat: '#,##0.00 "€"' });
  });

  it.each([
    ["formula", '=HYPERLINK("http://evil","clic")'],
    ["plus", "+33 6 12 34 56 78"],
    ["minus", "-1+2"],
    ["at", "@SUM(A1)"],
    ["tab", "\t=1+1"],
    ["carriage return", "\r=1+1"],
    ["apostrophe", "'déjà cité"],
    ["number-looking text", "0123"],
    ["markup", "<script>window.__pwned=1</script>"],
  ])("keeps hostile text literal: %s", async (_name, text) => {
    const { io, fake } = fakeExcelOver({ sheets: [] });
    await io.writeSheets([
      {
        name: "Synthèse",
        rows: [[GENERATED_MARK], [text]],
        columnWidths: [],
        frozenRows: 0,
        styles: [],
        filters: [],
        charts: [],
      },
    ]);
    expect(fake.model.sheet("Synthèse")?.cell(1, 0)).toMatchObject({ value: text, formula: false, numberFormat: "@" });
  });

  it("keeps a project title that is a formula as text in Synthèse", async () => {
    const hostile = { ...MEDIATHEQUE, project: { ...MEDIATHEQUE.project, title: '=HYPERLINK("http://evil","x")' } };
    const { host, fake } = fakeExcelOver(exampleGrid(hostile));
    await host.compute("fr");
    const cells = fake.model
      .sheet("Synthèse")!
      .rows.flat()
      .filter((c) => c && String(c.value).startsWith("=HYPERLINK"));
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell?.formula).toBe(false);
  });
});

describe("Créer la fiche", () => {
  it("adds only the missing tabs and never touches existing ones", async () => {
    const { host, fake } = fakeExcelOver({
      sheets: [
        { name: "Budget", rows: [["mes données"], [1, 2, 3]] },
        { name: "Schedule", rows: [["English schedule"]] },
      ],
    });
    const outcome = await host.createTemplate("fr");
    expect(outcome.refused).toEqual([]);
    expect(outcome.written).not.toContain("Budget");
    expect(outcome.written).not.toContain("Calendrier");
    expect(outcome.written).toEqual(expect.arrayContaining(["Projet", "Équipe"]));
    expect(sheetValues(fake.model.sheet("Budget")!)).toEqual([
      ["mes données", "", ""],
      [1, 2, 3],
    ]);
    expect(sheetValues(fake.model.sheet("Schedule")!)).toEqual([["English schedule"]]);
    // Statut, Service numérique, and template v2's Régime FCTVA and Dérogation 20 %.
    expect(fake.model.sheet("Projet")?.validations).toHaveLength(4);
    expect(fake.model.sheet("Équipe")?.frozenRows).toBe(1);
    const again = await host.createTemplate("fr");
    expect(again.written).toEqual([]);
  });

  it("Calculer on a workbook without any tab of the fiche writes nothing and says it is blocked", async () => {
    const { host, fake } = fakeExcelOver({ sheets: [{ name: "Feuil1", rows: [["x"]] }] });
    const result = await host.compute("fr");
    expect(result).toMatchObject({ outcome: { written: [], refused: [] }, blocked: "noTemplate" });
    expect(result.document.issues.map((i) => i.code)).toEqual(Array(4).fill("TAB_MISSING"));
    expect(fake.model.sheet("Synthèse")).toBeUndefined();
  });

  it("gives a workbook without template a summary that says so (status date: today, as in Sheets)", async () => {
    const { host } = fakeExcelOver({ sheets: [{ name: "Feuil1", rows: [["x"]] }] });
    expect(await host.summary()).toEqual({
      hasTemplate: false,
      code: null,
      title: null,
      status: null,
      statusDate: "2026-11-15",
    });
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const { host, fake } = fakeExcelOver(exampleGrid(MEDIATHEQUE));
    await host.selectCell("Budget", "L5");
    expect(fake.model.selection).toEqual({ sheet: "Budget", address: "L5" });
    expect(fake.model.activeSheet).toBe("Budget");
    expect(fake.stats.syncs).toBe(1);
  });
});
