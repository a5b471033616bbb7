/**
 * End to end in real headless Chromium: the built taskpane (playground page: the real
 * taskpane.js over the in-memory Excel), fixture workbooks picked as .xlsx files, every button
 * clicked; the issue list, the written tabs, the sync count and the selection checked; hostile
 * cell text shown as text. Takes the screenshots of docs/screenshots/.
 */

import { mkdir } from "node:fs/promises";
import type { Server } from "node:http";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain .mjs script without types
import { startPlayground } from "../../scripts/playground.mjs";
import { analyzeWorkbook } from "../../src/core/analyze.js";
import { isoToSerial } from "../../src/core/dates.js";
import { MEDIATHEQUE, VOIRIE } from "../../src/core/examples/index.js";
import { buildProjectReport } from "../../src/core/report/projectReport.js";
import { exampleGrid } from "../../src/core/template/grid.js";
import { GENERATED_MARK, type OutCell, type WorkbookGrid } from "../../src/core/types.js";
import { adviceSentence } from "../../src/excel-addin/messages.js";
import { groupIssues } from "../../src/panel/issues.js";
import { t } from "../../src/panel/strings.js";
import { launchBrowser } from "../helpers/browser.js";
import { withSheet, xlsxOf } from "./xlsxFixture.js";

const SHOTS = join(import.meta.dirname, "../../docs/screenshots");
const IMG = "<img src=x onerror=window.__pwned=1>";
const SCRIPT = "<script>window.__pwned=1</script>";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  const started = (await startPlayground({ port: 0, dir: join(import.meta.dirname, "../.artifacts/excel-addin") })) as {
    server: Server;
    url: string;
  };
  server = started.server;
  url = started.url;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

type Matrix = (string | number | boolean)[][];

/** What Excel holds after writing an OutputSheet's rows (text literal, dates as serials, links as text). */
function expectedValues(rows: readonly (readonly OutCell[])[]): Matrix {
  return rows.map((row) =>
    row.map((cell) => {
      if (cell === null) return "";
      if (typeof cell !== "object") return cell;
      return cell.kind === "date" ? isoToSerial(cell.iso) : cell.text;
    }),
  );
}

function trimMatrix(m: Matrix): Matrix {
  const out = m.map((row) => {
    const r = [...row];
    while (r.length > 0 && r[r.length - 1] === "") r.pop();
    return r;
  });
  while (out.length > 0 && out[out.length - 1]?.length === 0) out.pop();
  return out;
}

async function openWith(grid: WorkbookGrid | null, file = "fixture.xlsx"): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
  await page.goto(`${url}?example=empty`);
  await page.locator(".fp-panel .product").waitFor();
  if (grid) {
    await page.setInputFiles("#xlsx", { name: file, mimeType: XLSX, buffer: await xlsxOf(grid) });
    await page.locator("#pg-status", { hasText: file }).waitFor();
  }
  return page;
}

const syncs = (page: Page) =>
  page.evaluate(() => (window as unknown as PlaygroundWindow).__playground.fake.stats.syncs);
const sheetMatrix = (page: Page, name: string) =>
  page.evaluate((n) => {
    const pg = (window as unknown as PlaygroundWindow).__playground;
    const sheet = pg.model.sheet(n);
    if (!sheet) return null;
    return sheet.rows.map((row) => Array.from(row ?? [], (c) => (c ? c.value : "")));
  }, name);

interface PlaygroundWindow {
  __pwned?: unknown;
  __playground: {
    fake: {
      stats: { syncs: number };
      fail(fault: { code: string; message?: string }): void;
      startCellEdit(): void;
      endCellEdit(): void;
    };
    model: {
      sheet(
        name: string,
      ):
        | { rows: ({ value: string | number | boolean; formula?: boolean } | undefined)[][]; charts: unknown[] }
        | undefined;
      sheets: { name: string }[];
      selection: { sheet: string; address: string } | null;
    };
  };
}

async function clickAndWait(page: Page, action: string, outcome: string | RegExp): Promise<void> {
  await page.click(`[data-action=${action}]`);
  await page.locator(".status.ok, .status.fail", { hasText: outcome }).waitFor();
}

describe("taskpane in Chromium over the in-memory Excel", () => {
  const grid = exampleGrid(MEDIATHEQUE);

  it("Vérifier then Calculer: issue list, written tabs, ≤ 3 syncs, screenshots, selection on click and Enter", async () => {
    const voirie = exampleGrid(VOIRIE);
    const analysis = analyzeWorkbook(voirie, { statusDate: "2000-01-01", lang: "fr" });
    const page = await openWith(voirie, "voirie.xlsx");
    await page.locator(".project-name", { hasText: VOIRIE.project.code ?? "" }).waitFor();
    const before = await syncs(page);

    await clickAndWait(page, "check", "Vérification terminée.");
    const expectedMessages = groupIssues(analysis.issues).flatMap((g) => g.issues.map((i) => i.message));
    expect(await page.locator(".issue-msg").allTextContents()).toEqual(expectedMessages);
    await mkdir(SHOTS, { recursive: true });
    await page.locator(".pg-pane").screenshot({ path: join(SHOTS, "taskpane-verifier.png") });

    await clickAndWait(page, "compute", "Synthèse et Contrôles écrits.");
    expect((await syncs(page)) - before).toBeLessThanOrEqual(3);
    for (const sheet of buildProjectReport(analysis)) {
      const written = await sheetMatrix(page, sheet.name);
      expect(written, sheet.name).not.toBeNull();
      expect(trimMatrix(written as Matrix)).toEqual(trimMatrix(expectedValues(sheet.rows)));
    }
    await page.locator(".figures .gantt").waitFor();
    await page.locator(".pg-pane").screenshot({ path: join(SHOTS, "taskpane-calculer.png") });

    const first = analysis.issues.find((i) => i.sheet && i.cell);
    expect(first).toBeDefined();
    await page.locator("button.issue-body").first().click();
    await page.waitForFunction(() => (window as unknown as PlaygroundWindow).__playground.model.selection !== null);
    const selection = await page.evaluate(() => (window as unknown as PlaygroundWindow).__playground.model.selection);
    expect(selection).toEqual({ sheet: first?.sheet, address: first?.cell });

    await page.evaluate(() => {
      (window as unknown as PlaygroundWindow).__playground.model.selection = null;
    });
    await page.locator("button.issue-body").first().focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as unknown as PlaygroundWindow).__playground.model.selection !== null);
    expect(await page.evaluate(() => (window as unknown as PlaygroundWindow).__playground.model.selection)).toEqual(
      selection,
    );
    await page.close();
  });

  it("Créer la fiche on a blank workbook adds the template tabs and leaves Feuil1 alone", async () => {
    const page = await openWith(null);
    await page.locator(".empty", { hasText: "n'a pas encore de fiche projet" }).waitFor();
    await clickAndWait(page, "template", "Onglets ajoutés");
    const names = await page.evaluate(() =>
      (window as unknown as PlaygroundWindow).__playground.model.sheets.map((s) => s.name),
    );
    expect(names).toEqual(expect.arrayContaining(["Feuil1", "Projet", "Calendrier", "Budget", "Équipe"]));
    await clickAndWait(page, "template", "déjà présents");
    await page.close();
  });

  it("Consolider reads the picked .xlsx files in the page, reports progress and writes the portfolio tabs", async () => {
    const page = await openWith(grid, "mediatheque.xlsx");
    await page.locator(".project-name", { hasText: MEDIATHEQUE.project.code ?? "" }).waitFor();
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __labels: string[] }).__labels = seen;
      new MutationObserver(() => {
        const label = document.querySelector(".busy-label")?.textContent;
        if (label && !seen.includes(label)) seen.push(label);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.setInputFiles("[data-testid=consolidate-files]", [
      { name: "mediatheque.xlsx", mimeType: XLSX, buffer: await xlsxOf(grid) },
      { name: "voirie.xlsx", mimeType: XLSX, buffer: await xlsxOf(exampleGrid(VOIRIE)) },
      { name: "casse.xlsx", mimeType: XLSX, buffer: Buffer.from("ceci n'est pas un classeur") },
    ]);
    await page.locator(".status.ok, .status.fail", { hasText: "consolidés" }).waitFor();
    const outcome = await page.locator(".status").textContent();
    expect(outcome).toContain("2 projets consolidés.");
    expect(outcome).toContain("casse.xlsx");
    const labels = await page.evaluate(() => (window as unknown as { __labels: string[] }).__labels);
    expect(labels).toContain("3 / 3 classeurs");
    const portefeuille = await sheetMatrix(page, "Portefeuille");
    expect(String(portefeuille?.[0]?.[0])).toMatch(new RegExp(`^${GENERATED_MARK}`));
    await page.close();
  });

  it("an Office error shows as one sentence that says what to do; a cell being edited makes Calculer wait", async () => {
    const page = await openWith(grid, "mediatheque.xlsx");
    await page.locator(".project-name", { hasText: MEDIATHEQUE.project.code ?? "" }).waitFor();
    const raw = "Vous ne pouvez pas effectuer l'opération demandée (message brut d'Office)";
    await page.evaluate(
      (message) => (window as unknown as PlaygroundWindow).__playground.fake.fail({ code: "AccessDenied", message }),
      raw,
    );
    await clickAndWait(page, "compute", "ôtez la protection");
    const status = await page.locator(".status").textContent();
    expect(status).toBe(t("fr", "failed", { message: adviceSentence("accessDenied", "compute", "fr") }));
    expect(status).not.toContain(raw);

    await page.evaluate(() => (window as unknown as PlaygroundWindow).__playground.fake.startCellEdit());
    await page.click("[data-action=compute]");
    await page.locator(".busy-label", { hasText: t("fr", "busyCompute") }).waitFor();
    expect(await sheetMatrix(page, "Synthèse")).toBeNull();
    await page.evaluate(() => (window as unknown as PlaygroundWindow).__playground.fake.endCellEdit());
    await page.locator(".status.ok", { hasText: "Synthèse et Contrôles écrits." }).waitFor();
    expect(String((await sheetMatrix(page, "Synthèse"))?.[0]?.[0])).toMatch(new RegExp(`^${GENERATED_MARK}`));
    await page.close();
  });

  it("shows hostile cell text as text and runs none of it", async () => {
    let hostile = withSheet(grid, "Projet", (rows) => {
      const title = rows.find((r) => String(r[0] ?? "").startsWith("Intitulé"));
      if (title) title[1] = IMG;
    });
    hostile = withSheet(hostile, "Budget", (rows) => {
      const header = rows.findIndex((r) => r.some((c) => String(c ?? "").startsWith("Prévu initial")));
      const col = rows[header]?.findIndex((c) => String(c ?? "").startsWith("Prévu initial")) ?? -1;
      const row = rows[header + 1];
      if (row && col >= 0) row[col] = SCRIPT;
    });
    const page = await openWith(hostile, "hostile.xlsx");
    await page.locator(".project-name", { hasText: IMG }).waitFor();
    await clickAndWait(page, "check", "Vérification terminée.");
    expect((await page.locator(".issue-msg").allTextContents()).join("\n")).toContain(SCRIPT);
    await clickAndWait(page, "compute", "écrit");
    expect(await page.evaluate(() => (window as unknown as PlaygroundWindow).__pwned)).toBeUndefined();
    expect(await page.locator("#app img, #app script, #viewer img, #viewer script").count()).toBe(0);
    const titleCell = await page.evaluate((img) => {
      const sheet = (window as unknown as PlaygroundWindow).__playground.model.sheet("Synthèse");
      return sheet?.rows.flat().find((c) => c?.value === img) ?? null;
    }, IMG);
    expect(titleCell).toMatchObject({ value: IMG, formula: false });
    await page.close();
  });
});
