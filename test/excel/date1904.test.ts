/**
 * A workbook in the 1904 date system: Excel stores each date 1 462 days lower. The taskpane reads
 * the system in the same request as the data (DATE(1904;1;1) through `workbook.functions`), so it
 * reads and writes the same dates as in a 1900 workbook — and as the CLI reading the same file.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/runCli.js";
import { MEDIATHEQUE, VOIRIE } from "../../src/core/examples/index.js";
import { exampleGrid } from "../../src/core/template/grid.js";
import type { Cell, CheckDocument, WorkbookGrid } from "../../src/core/types.js";
import { cellFromExcel } from "../../src/excel-addin/cells.js";
import { DAYS_1900_TO_1904 } from "../../src/excel-addin/dateSystem.js";
import { FAKE_DATE_FORMAT, fakeExcelOn, fakeExcelOver, type MemWorkbook } from "../fakes/excel.js";
import { memWorkbookFromXlsx, xlsxOf } from "./xlsxFixture.js";

const TODAY = "2026-11-15";
const dir = mkdtempSync(join(tmpdir(), "fp-1904-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Trailing empty cells and rows dropped, so grids compare by content. */
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

/** A generated tab as its reader sees it: each cell through cellFromExcel in the workbook's system. */
function tabCells(model: MemWorkbook, name: string): Cell[][] {
  const system = model.date1904 ? 1904 : 1900;
  return (model.sheet(name)?.rows ?? []).map((line) =>
    Array.from(line ?? [], (c) => cellFromExcel(c?.value, c?.numberFormat, system)),
  );
}

describe("cellFromExcel in either date system", () => {
  it.each([
    ["1900: a serial is a 1900 date", 46182, 1900, "2026-06-09"],
    ["1904: the same date is 1462 lower", 46182 - DAYS_1900_TO_1904, 1904, "2026-06-09"],
    ["1904: serial 0 is 1904-01-01", 0, 1904, "1904-01-01"],
    ["1900: serial 0 is 1899-12-31, as the .xlsx reader reads it (Excel shows 00/01/1900)", 0, 1900, "1899-12-31"],
  ] as const)("%s", (_edge, serial, system, iso) => {
    expect(cellFromExcel(serial, FAKE_DATE_FORMAT, system)).toEqual({ kind: "date", iso });
  });
});

describe("a 1904 workbook in the taskpane", () => {
  it("reads the same grid as a 1900 workbook, at no extra sync", async () => {
    const grid = exampleGrid(MEDIATHEQUE);
    const plain = fakeExcelOver(grid);
    const mac = fakeExcelOver(grid, { date1904: true });
    expect(
      mac.fake.model
        .sheet("Projet")
        ?.rows.flat()
        .some((c) => c?.numberFormat === FAKE_DATE_FORMAT),
    ).toBe(true);
    const [a, b] = [await plain.io.readAll(), await mac.io.readAll()];
    expect(trimmed(b.grid)).toEqual(trimmed(grid));
    expect(b.book.dateSystem).toBe(1904);
    expect(a.book.dateSystem).toBe(1900);
    expect(mac.fake.stats.syncs).toBe(plain.fake.stats.syncs);
  });

  it("Calculer writes 1904 serials: Synthèse shows the dates a 1900 workbook shows", async () => {
    const grid = exampleGrid(VOIRIE);
    const plain = fakeExcelOver(grid, { today: TODAY });
    const mac = fakeExcelOver(grid, { today: TODAY, date1904: true });
    const [a, b] = [await plain.host.compute("fr"), await mac.host.compute("fr")];
    expect(b.document).toEqual(a.document);
    for (const tab of ["Synthèse", "Contrôles"]) {
      expect(tabCells(mac.fake.model, tab), tab).toEqual(tabCells(plain.fake.model, tab));
    }
    const dates = tabCells(mac.fake.model, "Synthèse")
      .flat()
      .filter((c) => typeof c === "object" && c?.kind === "date");
    expect(dates.length).toBeGreaterThan(0);
    // The stored serials themselves are the 1904 ones.
    const stored = mac.fake.model
      .sheet("Synthèse")!
      .rows.flat()
      .find((c) => c?.numberFormat === "dd/mm/yyyy");
    const plainStored = plain.fake.model
      .sheet("Synthèse")!
      .rows.flat()
      .find((c) => c?.numberFormat === "dd/mm/yyyy");
    expect(Number(plainStored?.value) - Number(stored?.value)).toBe(DAYS_1900_TO_1904);
  });

  it("the same 1904 .xlsx gives the same check document in the CLI and in the taskpane", async () => {
    const grid = exampleGrid(MEDIATHEQUE);
    const bytes = await xlsxOf(grid, { date1904: true });
    const file = join(dir, "mac.xlsx");
    writeFileSync(file, bytes);
    let stdout = "";
    const code = await runCli(["check", file, "--json"], {
      stdout: (text) => {
        stdout += text;
      },
      stderr: () => {},
      isTTY: false,
      stderrIsTTY: false,
      cwd: dir,
      now: () => new Date(`${TODAY}T12:00:00Z`),
      env: {},
    });
    expect(code).toBeLessThanOrEqual(1);
    const cli = JSON.parse(stdout) as CheckDocument;

    const model = memWorkbookFromXlsx(bytes);
    expect(model.date1904).toBe(true);
    const { host } = fakeExcelOn(model, { today: TODAY });
    const excel = await host.check("fr");
    expect(excel).toEqual(cli);
    // And neither is shifted: the 1900 file says the same.
    const { host: plain } = fakeExcelOn(memWorkbookFromXlsx(await xlsxOf(grid)), { today: TODAY });
    expect(await plain.check("fr")).toEqual(cli);
  });
});
