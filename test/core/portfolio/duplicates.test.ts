/**
 * SPEC §6 Duplicates: workbooks sharing a Code projet keep PORTFOLIO_DUPLICATE_CODE and are
 * counted once — the latest Date d'état written in the workbook, an empty one the oldest, ties to
 * the first given or found; the others are set aside. Issue 12's case: a copied fiche left in the
 * folder counted its project twice (7 projects, 5 229 600 € instead of 4 351 500 €).
 */
import { describe, expect, it } from "vitest";
import { capacityOf, consolidate, type FileOutcome, summarizeWorkbook } from "../../../src/core/app/index.js";
import { EXAMPLE_CAPACITY, EXAMPLES, VOIRIE } from "../../../src/core/examples/index.js";
import { consolidatePortfolio, summarizeProject, toPortfolioDocument } from "../../../src/core/portfolio/index.js";
import { exampleGrid, outputSheetsToGrid } from "../../../src/core/template/grid.js";
import { buildCapacitySheets } from "../../../src/core/template/sheets.js";
import type { IsoDate, WorkbookGrid } from "../../../src/core/types.js";
import { makeAnalysis } from "../output/fixtures.js";

const summary = (file: string, writtenStatusDate: IsoDate | null, code = "VOI-2026-01") => ({
  ...summarizeProject(file, makeAnalysis({ code })),
  writtenStatusDate,
});

describe("which workbook of a shared code is counted", () => {
  it.each([
    ["the latest written date wins over the order", ["2026-10-01", "2026-11-15"], 1],
    ["an empty date is the oldest", [null, "2026-01-05"], 1],
    ["an empty date loses even when given first", ["2026-01-05", null], 0],
    ["two empty dates: the first given", [null, null], 0],
    ["equal dates: the first given", ["2026-11-15", "2026-11-15"], 0],
    ["three workbooks: the latest, wherever it is", ["2026-01-01", "2026-03-01", "2026-02-01"], 1],
  ] as const)("%s", (_name, dates, kept) => {
    const files = dates.map((d, i) => summary(`f${i}.xlsx`, d));
    const p = consolidatePortfolio(files, {});
    expect(p.rows.map((r) => r.file)).toEqual([`f${kept}.xlsx`]);
    expect(p.duplicates).toHaveLength(1);
    expect(p.duplicates[0]?.kept).toEqual({ file: `f${kept}.xlsx`, statusDate: dates[kept] });
    expect(p.duplicates[0]?.setAside.map((d) => d.file)).toEqual(
      files.map((f) => f.file).filter((f) => f !== `f${kept}.xlsx`),
    );
    expect(p.kpis).toMatchObject({ projects: 1, setAside: dates.length - 1 });
  });

  it("ignores the status date a run forces (--status-date): only the written one counts", () => {
    const older = { ...summary("a.xlsx", "2026-01-01"), statusDate: "2026-12-31" };
    const newer = { ...summary("b.xlsx", "2026-06-01"), statusDate: "2026-12-31" };
    expect(consolidatePortfolio([older, newer], { statusDate: "2026-12-31" }).rows.map((r) => r.file)).toEqual([
      "b.xlsx",
    ]);
  });

  it("a summary stored before the written date existed counts as an empty date", () => {
    const { writtenStatusDate: _, ...old } = summary("ancien.xlsx", null);
    const p = consolidatePortfolio([old as never, summary("recent.xlsx", "2026-01-01")], {});
    expect(p.rows.map((r) => r.file)).toEqual(["recent.xlsx"]);
  });

  it("matches codes ignoring case, accents and spaces, and names every file in each workbook's error", () => {
    const p = consolidatePortfolio(
      [summary("a.xlsx", null, "MÉDIA-01"), summary("b.xlsx", null, " media-01 "), summary("c.xlsx", null, "X")],
      {},
    );
    expect(p.rows.map((r) => r.code)).toEqual(["MÉDIA-01", "X"]);
    const dup = p.issues.filter((i) => i.code === "PORTFOLIO_DUPLICATE_CODE");
    expect(dup.map((i) => [i.file, i.severity, i.cell])).toEqual([
      ["a.xlsx", "error", "B2"],
      ["b.xlsx", "error", "B2"],
    ]);
    expect(dup[0]?.message).toBe(
      "Code projet «\u00A0MÉDIA-01\u00A0» dans plusieurs classeurs (a.xlsx, b.xlsx)\u00A0: seul a.xlsx est compté, les autres sont écartés",
    );
    // The set-aside workbook's other issues are not listed: its project is counted from a.xlsx.
    expect(p.issues.filter((i) => i.file === "b.xlsx").map((i) => i.code)).toEqual(["PORTFOLIO_DUPLICATE_CODE"]);
    expect(toPortfolioDocument(p).duplicates).toEqual([
      {
        code: "MÉDIA-01",
        kept: { file: "a.xlsx", statusDate: null },
        setAside: [{ file: "b.xlsx", statusDate: null }],
      },
    ]);
  });
});

describe("issue 12: a copied fiche left in the folder", () => {
  const options = { lang: "fr", today: "2026-11-20" } as const;
  const capacity = capacityOf(outputSheetsToGrid(buildCapacitySheets(EXAMPLE_CAPACITY, "fr")));
  const withStatusDate = (grid: WorkbookGrid, date: string): WorkbookGrid => ({
    sheets: grid.sheets.map((s) =>
      s.name === "Projet"
        ? { ...s, rows: s.rows.map((r) => (r[0] === "Date d'état" ? [r[0], date, ...r.slice(2)] : r)) }
        : s,
    ),
  });
  const found = (outcomes: FileOutcome[]) =>
    // The CLI sorts found files by path: « fiche-voirie-2026 - Copie.xlsx » comes before the original.
    [...outcomes].sort((a, b) => {
      const name = (o: FileOutcome) => (o.kind === "project" ? o.summary.file : "");
      return name(a) < name(b) ? -1 : 1;
    });
  const originals = EXAMPLES.map((e) => summarizeWorkbook(`projets/${e.file}`, exampleGrid(e, "fr"), options));
  const alone = consolidate({ outcomes: found(originals), capacity }, { lang: "fr" });

  it.each([
    [
      "an identical copy (same Date d'état: the first found is counted)",
      "2026-11-15",
      "projets/fiche-voirie-2026 - Copie.xlsx",
    ],
    ["an older copy (the original is counted)", "2026-10-15", "projets/fiche-voirie-2026.xlsx"],
  ])("%s: 6 projects, 4 351 500 €, loads and PPI unchanged", (_name, copyDate, kept) => {
    const copy = summarizeWorkbook(
      "projets/fiche-voirie-2026 - Copie.xlsx",
      withStatusDate(exampleGrid(VOIRIE, "fr"), copyDate),
      options,
    );
    const p = consolidate({ outcomes: found([...originals, copy]), capacity }, { lang: "fr" });
    expect(p.kpis.projects).toBe(6);
    expect(Math.round(p.totals.overall.netCost.forecast * 100) / 100).toBe(4_351_500);
    expect(p.totals).toEqual(alone.totals);
    expect(p.staffing).toEqual(alone.staffing);
    expect(p.ppi).toEqual(alone.ppi);
    expect(p.duplicates[0]?.kept.file).toBe(kept);
    expect(p.kpis.errors).toBe(alone.kpis.errors + 1);
    expect(p.kpis.warnings).toBe(alone.kpis.warnings);
  });
});
