/**
 * The direction's folder consolidation, as Apps Script runs it: each execution a fresh V8
 * context over the same fakes, the simulated clock enforcing the 6-minute limit, continuation
 * through time-driven triggers.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { consolidate, portfolioSheets, summarizeWorkbook } from "../../src/core/app/index.js";
import { EXAMPLE_CAPACITY, MEDIATHEQUE } from "../../src/core/examples/index.js";
import { exampleGrid } from "../../src/core/template/grid.js";
import { buildCapacitySheets } from "../../src/core/template/sheets.js";
import { EXECUTION_LIMIT_MS, execute, GasWorld, MimeType, PROPERTY_STORE_LIMIT } from "../fakes/gas/index.js";
import { FOLDER, folderWorld, type Status } from "./folder.js";
import { type Built, buildApps } from "./helpers.js";
import { fill } from "./sheets.js";

let built: Built;
beforeAll(async () => {
  built = await buildApps();
});

/** Fires due triggers one by one (each a new execution) until none is pending. */
function runTriggers(w: GasWorld, code: string): { statuses: Status[]; crashes: string[] } {
  const statuses: Status[] = [];
  const crashes: string[] = [];
  for (let guard = 0; guard < 40; guard++) {
    const t = w.scriptApp.nextDue();
    if (!t) return { statuses, crashes };
    w.clock.now = Math.max(w.clock.now, t.createdAt + t.afterMs);
    t.fired = true;
    try {
      statuses.push(execute(code, w, t.handler, { triggerUid: t.id }) as Status);
    } catch (error) {
      crashes.push((error as Error).message);
    }
  }
  throw new Error("the consolidation never finished");
}

/** Project codes in the Portefeuille tab, with how many times each appears. */
function codesWritten(w: GasWorld): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of w.active.getSheetByName("Portefeuille")?.dump().flat() ?? []) {
    if (typeof v === "string" && /^P\d{3}$/.test(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

describe("direction: consolidating a Drive folder", () => {
  it("onOpen adds the direction's menu", () => {
    const w = new GasWorld();
    execute(built.directionCode, w, "onOpen");
    expect(w.ui.menus[0]?.items.map((i) => i.functionName)).toEqual(["showSidebar", "menuConsolidate", "menuContinue"]);
  });

  it("300 spreadsheets across several continuations within 6 minutes each: every project exactly once, a failure listed", () => {
    const w = folderWorld(300, [17]);
    const first = execute(
      built.directionCode,
      w,
      "ficheProjetConsolidateFolder",
      `https://drive.google.com/drive/folders/${FOLDER}`,
    ) as Status;
    expect(first.state).toBe("running");
    expect(first.total).toBe(300);
    expect(first.processed).toBeGreaterThan(50);
    expect(first.processed).toBeLessThan(300);
    const { statuses, crashes } = runTriggers(w, built.directionCode);
    expect(crashes).toEqual([]);
    expect(statuses.length).toBeGreaterThanOrEqual(2);
    const last = statuses[statuses.length - 1] as Status;
    expect(last.state).toBe("done");
    expect(last.projects).toBe(299);
    expect(last.failures).toEqual([
      {
        file: "Fiche P017",
        message:
          "accès refusé\u00A0: ce classeur n'est pas partagé avec votre compte\u00A0; demandez à son propriétaire de vous le partager.",
      },
    ]);
    expect(last.written).toEqual([
      "Tableau de bord",
      "Portefeuille",
      "PPI",
      "Financements",
      "Budget consolidé",
      "Charge services",
      "Contrôles",
    ]);
    const codes = codesWritten(w);
    expect(codes.size).toBe(299);
    expect([...codes.values()].every((n) => n === 1)).toBe(true);
    expect(codes.has("P017")).toBe(false);
    expect(w.clock.count("SpreadsheetApp.openById")).toBe(300);
    const controls = w.active.getSheetByName("Contrôles")?.dump().flat() ?? [];
    expect(controls).toContain("Fiche P017");
    // Cleaned up: no trigger, no cursor, no state tab.
    expect(w.scriptApp.triggers).toEqual([]);
    expect(w.documentProperties.data.size).toBe(0);
    expect(w.active.getSheetByName("_fiche-projet-consolidation")).toBeNull();
  });

  it("the summaries would not fit in PropertiesService: they are kept in a hidden tab, the properties stay small", () => {
    const w = folderWorld(200);
    const s = execute(built.directionCode, w, "ficheProjetConsolidateFolder", FOLDER) as Status;
    expect(s.state).toBe("running");
    const state = w.active.getSheetByName("_fiche-projet-consolidation");
    expect(state?.isSheetHidden()).toBe(true);
    const stored = state?.dump().reduce((n, row) => n + row.map(String).join("").length, 0) ?? 0;
    expect(stored).toBeGreaterThan(PROPERTY_STORE_LIMIT / 2);
    const props = [...w.documentProperties.data.values()].join("").length;
    expect(props).toBeLessThan(1000);
  });

  it("a crash between two projects loses nothing and counts nothing twice (the watchdog trigger resumes)", () => {
    const w = folderWorld(150);
    // The 40th project's record dies in the middle of the first batch.
    w.clock.crashWhen = (call, count) => call === "Range.setValues" && count === 40;
    expect(() => execute(built.directionCode, w, "ficheProjetConsolidateFolder", FOLDER)).toThrow(/Simulated crash/);
    w.clock.crashWhen = null;
    const { statuses, crashes } = runTriggers(w, built.directionCode);
    expect(crashes).toEqual([]);
    expect(statuses.at(-1)?.state).toBe("done");
    const codes = codesWritten(w);
    expect(codes.size).toBe(150);
    expect([...codes.values()].every((n) => n === 1)).toBe(true);
    // The project whose record was lost is computed once more; every other exactly once.
    expect(w.clock.count("SpreadsheetApp.openById")).toBe(151);
  });

  it("a rerun by hand while the next batch is pending resumes the same job", () => {
    const w = folderWorld(200);
    const a = execute(built.directionCode, w, "ficheProjetConsolidateFolder", FOLDER) as Status;
    const b = execute(built.directionCode, w, "ficheProjetConsolidateFolder", FOLDER) as Status;
    expect(b.processed).toBeGreaterThan(a.processed);
    runTriggers(w, built.directionCode);
    const codes = codesWritten(w);
    expect(codes.size).toBe(200);
    expect([...codes.values()].every((n) => n === 1)).toBe(true);
    expect(w.clock.count("SpreadsheetApp.openById")).toBe(200);
  });

  it("a batch that finds another holding the script lock does nothing and says so", () => {
    const w = folderWorld(10);
    w.scriptLockState.heldElsewhere = true;
    const s = execute(built.directionCode, w, "ficheProjetConsolidateFolder", FOLDER) as Status;
    expect(s.state).toBe("busy");
    expect(w.clock.count("SpreadsheetApp.openById")).toBe(0);
  });

  it("the direction's own spreadsheet, kept in the same folder, is not consolidated", () => {
    const w = folderWorld(3);
    w.drive.folders.get(FOLDER)?.files.push({ id: w.active.id, name: w.active.name, mimeType: MimeType.GOOGLE_SHEETS });
    const s = execute(built.directionCode, w, "ficheProjetConsolidateFolder", FOLDER) as Status;
    expect(s).toMatchObject({ state: "done", projects: 3, total: 3, failures: [] });
  });

  it("the watchdog is armed beyond the execution limit, the next batch a minute later", () => {
    const w = folderWorld(200);
    execute(built.directionCode, w, "ficheProjetConsolidateFolder", FOLDER);
    expect(w.scriptApp.triggers.map((t) => [t.handler, t.afterMs])).toEqual([["ficheProjetContinue", 60_000]]);
    expect(7 * 60_000).toBeGreaterThan(EXECUTION_LIMIT_MS);
  });

  it("a refused tab: nothing written, the toast says what to do, Continuer then writes without reading again", () => {
    const w = folderWorld(3);
    w.active.addSheet("Portefeuille", [["mes notes"]]);
    w.ui.promptAnswers.push({ text: FOLDER, button: "OK" });
    execute(built.directionCode, w, "menuConsolidate");
    expect(w.active.toasts.map((t) => t.message)).toEqual([
      "Un onglet «\u00A0Portefeuille\u00A0» existe sans la mention «\u00A0Généré par fiche-projet\u00A0» en A1\u00A0: renommez-le ou supprimez-le\u00A0; rien n'a été écrit. Puis Fiche projet › Continuer écrit le portefeuille sans tout relire.",
    ]);
    expect(w.active.getSheetByName("Contrôles")).toBeNull();
    w.active.deleteSheet(w.active.getSheetByName("Portefeuille") as never);
    execute(built.directionCode, w, "menuContinue");
    expect(w.active.toasts.at(-1)?.message).toBe("Portefeuille écrit\u00A0: 3 projets.");
    expect(w.clock.count("SpreadsheetApp.openById")).toBe(3);
  });

  it("the menu asks for the folder and toasts where it stands", () => {
    const w = folderWorld(5);
    w.ui.promptAnswers.push({ text: `https://drive.google.com/drive/folders/${FOLDER}?usp=sharing`, button: "OK" });
    execute(built.directionCode, w, "menuConsolidate");
    expect(w.active.toasts.map((t) => t.message)).toEqual(["Portefeuille écrit\u00A0: 5 projets."]);
  });

  it("files that are not projects (SPEC §6): kept as their kind between batches, none a failure", () => {
    const w = folderWorld(200);
    const previous = portfolioSheets(
      consolidate(
        { outcomes: [summarizeWorkbook("m", exampleGrid(MEDIATHEQUE, "fr"), { lang: "fr", today: "2026-11-20" })] },
        { lang: "fr" },
      ),
    );
    fill(w.newSpreadsheet("id-000000-cap", "Capacité 2026"), buildCapacitySheets(EXAMPLE_CAPACITY, "fr"));
    fill(w.newSpreadsheet("id-000000-old", "Portefeuille d'octobre"), previous);
    w.drive.folders
      .get(FOLDER)
      ?.files.push(
        { id: "id-000000-cap", name: "Capacité 2026", mimeType: MimeType.GOOGLE_SHEETS },
        { id: "id-000000-old", name: "Portefeuille d'octobre", mimeType: MimeType.GOOGLE_SHEETS },
      );
    const first = execute(built.directionCode, w, "ficheProjetConsolidateFolder", FOLDER) as Status;
    // The first batch stored them (their ids sort among the first) as what they are, not as failures.
    expect(first).toMatchObject({ state: "running", failures: [] });
    const stored = w.active.getSheetByName("_fiche-projet-consolidation")?.dump() ?? [];
    const ours = ["id-000000-cap", "id-000000-old"];
    expect(stored.filter((r) => ours.includes(String(r[0]))).map((r) => [r[0], r[1]])).toEqual([
      ["id-000000-cap", "capacity"],
      ["id-000000-old", "generated"],
    ]);
    const last = runTriggers(w, built.directionCode).statuses.at(-1) as Status & { notes: unknown };
    expect(last).toMatchObject({ state: "done", projects: 200, failures: [] });
    expect(last.notes).toEqual([
      { file: "Capacité 2026", kind: "capacity" },
      { file: "Portefeuille d'octobre", kind: "generated" },
    ]);
    // The capacity spreadsheet is the portfolio's capacity: the load is compared.
    const staffing = w.active.getSheetByName("Charge services")?.dump().flat() ?? [];
    expect(staffing).not.toContain(
      "Capacité des services non fournie (onglet Capacité)\u00A0: la charge ne peut pas être comparée.",
    );
  });

  it("consolidating again in English replaces the French tabs, renamed (one rule with the taskpane)", () => {
    const w = folderWorld(3);
    execute(built.directionCode, w, "ficheProjetConsolidateFolder", FOLDER, "fr");
    const before = w.active.getSheets().map((s) => s.getName());
    expect(before).toContain("Tableau de bord");
    const s = execute(built.directionCode, w, "ficheProjetConsolidateFolder", FOLDER, "en") as Status;
    expect(s.written).toEqual([
      "Dashboard",
      "Portfolio",
      "Capital plan",
      "Financing",
      "Consolidated budget",
      "Service load",
      "Checks",
    ]);
    const after = w.active.getSheets().map((sheet) => sheet.getName());
    expect(after).toHaveLength(before.length);
    expect(after).not.toContain("Tableau de bord");
    expect(after).toContain("Dashboard");
  });
});
