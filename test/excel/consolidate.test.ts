/**
 * The taskpane's Consolider over the in-memory Excel: the files chosen are classified by the
 * application layer as everywhere (SPEC §6), and the write guard's one rule lets a portfolio
 * consolidated in French then in English keep one set of tabs.
 */
import { describe, expect, it } from "vitest";
import { consolidate, portfolioSheets, summarizeWorkbook } from "../../src/core/app/index.js";
import { EXAMPLE_CAPACITY, MEDIATHEQUE, PORTAIL } from "../../src/core/examples/index.js";
import { exampleGrid } from "../../src/core/template/grid.js";
import { buildCapacitySheets, buildTemplateSheets } from "../../src/core/template/sheets.js";
import type { OutputSheet } from "../../src/core/types.js";
import { workbookBytes } from "../../src/node/writeWorkbook.js";
import { fakeExcelOver } from "../fakes/excel.js";

const file = async (name: string, sheets: readonly OutputSheet[]) =>
  new File([new Uint8Array(await workbookBytes(sheets))], name);
const previous = () =>
  portfolioSheets(
    consolidate(
      { outcomes: [summarizeWorkbook("m.xlsx", exampleGrid(MEDIATHEQUE, "fr"), { lang: "fr", today: "2026-11-15" })] },
      { lang: "fr" },
    ),
  );

describe("Consolider in Excel", () => {
  it("a capacity workbook and last month's portfolio among the files: the capacity, and skipped; no failure", async () => {
    const { fake, host } = fakeExcelOver({ sheets: [{ name: "Feuil1", rows: [] }] });
    const files = [
      await file("mediatheque.xlsx", buildTemplateSheets({ lang: "fr", example: MEDIATHEQUE })),
      await file("portail.xlsx", buildTemplateSheets({ lang: "fr", example: PORTAIL })),
      await file("capacite.xlsx", buildCapacitySheets(EXAMPLE_CAPACITY, "fr")),
      await file("portefeuille-octobre.xlsx", previous()),
    ];
    const outcome = await host.consolidate({ files }, "fr", () => {});
    expect(outcome).toMatchObject({ projects: 2, failures: [], refused: [] });
    expect(outcome.notes).toEqual([
      { file: "capacite.xlsx", kind: "capacity" },
      { file: "portefeuille-octobre.xlsx", kind: "generated" },
    ]);
    expect(fake.model.sheets.map((s) => s.name)).toEqual([
      "Feuil1",
      "Tableau de bord",
      "Portefeuille",
      "PPI",
      "Financements",
      "Budget consolidé",
      "Charge services",
      "Contrôles",
    ]);
  });

  it("the open workbook's own Capacité tab is the capacity: a capacity file chosen is skipped", async () => {
    const { host } = fakeExcelOver({
      sheets: [{ name: "Capacité", rows: [["Service", "Mois", "Jours disponibles"]] }],
    });
    const files = [
      await file("mediatheque.xlsx", buildTemplateSheets({ lang: "fr", example: MEDIATHEQUE })),
      await file("capacite.xlsx", buildCapacitySheets(EXAMPLE_CAPACITY, "fr")),
    ];
    const outcome = await host.consolidate({ files }, "fr", () => {});
    expect(outcome.notes).toEqual([{ file: "capacite.xlsx", kind: "capacityIgnored" }]);
  });

  it("consolidated again in English: the French tabs are replaced and renamed, a user's tab is left alone", async () => {
    const { fake, host } = fakeExcelOver({
      sheets: [
        { name: "Feuil1", rows: [] },
        { name: "Dashboard", rows: [["mes notes"]] },
      ],
    });
    const files = [await file("mediatheque.xlsx", buildTemplateSheets({ lang: "fr", example: MEDIATHEQUE }))];
    await host.consolidate({ files }, "fr", () => {});
    const french = fake.model.sheets.map((s) => s.name);
    expect(french).toContain("Tableau de bord");
    // An unmarked « Dashboard » of the user's: English would overwrite it, so nothing is written.
    const refused = await host.consolidate({ files }, "en", () => {});
    expect(refused).toMatchObject({ written: [], refused: [{ sheet: "Dashboard" }] });
    expect(fake.model.sheets.map((s) => s.name)).toEqual(french);
    fake.model.sheets = fake.model.sheets.filter((s) => s.name !== "Dashboard");
    const english = await host.consolidate({ files }, "en", () => {});
    expect(english.written).toEqual([
      "Dashboard",
      "Portfolio",
      "Capital plan",
      "Financing",
      "Consolidated budget",
      "Service load",
      "Checks",
    ]);
    expect(fake.model.sheets.map((s) => s.name)).toEqual([
      "Feuil1",
      "Dashboard",
      "Portfolio",
      "Capital plan",
      "Financing",
      "Consolidated budget",
      "Service load",
      "Checks",
    ]);
    expect(String(fake.model.sheet("Dashboard")?.rows[1]?.[0]?.value)).toBe("Portfolio dashboard — as of 2026-11-15");
  });
});
