import { describe, expect, it } from "vitest";
import {
  analyzeOptionsOf,
  capacityOf,
  checkWorkbook,
  computeWorkbook,
  consolidate,
  failedWorkbook,
  findTabName,
  hasNoFicheTab,
  hasTemplate,
  portfolioDocument,
  projectHeader,
  refusedTabs,
  summarizeWorkbook,
  tabKeyOf,
  templateTabsToAdd,
} from "../../../src/core/app/index.js";
import { EXAMPLE_CAPACITY, MEDIATHEQUE, PORTAIL } from "../../../src/core/examples/index.js";
import { exampleGrid, outputSheetsToGrid } from "../../../src/core/template/grid.js";
import { buildCapacitySheets } from "../../../src/core/template/sheets.js";
import type { Sheet, WorkbookGrid } from "../../../src/core/types.js";

const TODAY = "2026-11-20";
const media = () => exampleGrid(MEDIATHEQUE, "fr");
const withoutStatusDate = (grid: WorkbookGrid): WorkbookGrid => ({
  sheets: grid.sheets.map((s) =>
    s.name === "Projet" ? { ...s, rows: s.rows.filter((r) => r[0] !== "Date d'état") } : s,
  ),
});

describe("the status date, one rule for every job", () => {
  it.each([
    ["no forced date: today is the fallback", { lang: "fr", today: TODAY }, TODAY, false],
    ["a forced date wins", { lang: "fr", today: TODAY, statusDate: "2026-10-01" }, "2026-10-01", true],
    ["null means not forced", { lang: "en", today: TODAY, statusDate: null }, TODAY, false],
  ] as const)("%s", (_name, options, statusDate, override) => {
    expect(analyzeOptionsOf(options)).toMatchObject({ statusDate, statusDateOverride: override });
  });

  it("the workbook's Date d'état wins over today, a forced date wins over both", () => {
    expect(checkWorkbook(media(), { lang: "fr", today: TODAY }).document.project.statusDate).toBe("2026-11-15");
    expect(checkWorkbook(withoutStatusDate(media()), { lang: "fr", today: TODAY }).document.project.statusDate).toBe(
      TODAY,
    );
    expect(
      checkWorkbook(media(), { lang: "fr", today: TODAY, statusDate: "2026-12-31" }).document.project.statusDate,
    ).toBe("2026-12-31");
  });
});

describe("the tab matcher", () => {
  it.each([
    [" calendrier ", "calendrier"],
    ["SCHEDULE", "calendrier"],
    ["Equipe", "equipe"],
    ["Staffing", "equipe"],
    ["Capacite", "capacite"],
    ["Indicateurs", "evaluation"],
    ["Synthèse", null],
    ["Projets", null],
  ])("%j stands for %j", (name, key) => {
    expect(tabKeyOf(name)).toBe(key);
  });

  it("finds the first sheet standing for a tab, and knows a complete template", () => {
    expect(findTabName(["Notes", "PROJECT", "Projet"], "projet")).toBe("PROJECT");
    expect(findTabName(["Notes"], "projet")).toBeNull();
    expect(hasTemplate(["Project", "Schedule", "Budget", "Team"])).toBe(true);
    expect(hasTemplate(["Projet", "Calendrier", "Budget"])).toBe(false);
  });
});

describe("the project jobs", () => {
  it("Calculer gives the same document as Vérifier, plus Synthèse, Contrôles and the Gantt rows", () => {
    const options = { lang: "fr", today: TODAY } as const;
    const computed = computeWorkbook(media(), options);
    expect(computed.document).toEqual(checkWorkbook(media(), options).document);
    expect(computed.sheets.map((s) => s.name)).toEqual(["Synthèse", "Contrôles"]);
    expect(computed.blocked).toBeNull();
    expect(computed.steps.map((s) => s.id)).toEqual(computed.document.schedule.steps.map((s) => s.id));
  });

  it.each<[string, string[], "noTemplate" | null]>([
    ["a blank workbook", ["Feuil1"], "noTemplate"],
    ["a capacity workbook", ["Capacité"], "noTemplate"],
    ["a previous report", ["Synthèse", "Contrôles"], "noTemplate"],
    ["one tab of the fiche (the others are errors to report)", ["Projet"], null],
    ["the fiche under English names", ["Project", "Schedule", "Budget", "Team"], null],
  ])("Calculer on %s: blocked = %s", (_name, names, blocked) => {
    const grid: WorkbookGrid = { sheets: names.map((name) => ({ name, rows: [] })) };
    const computed = computeWorkbook(grid, { lang: "fr", today: TODAY });
    expect(computed.blocked).toBe(blocked);
    expect(computed.sheets.map((s) => s.name)).toEqual(blocked ? [] : ["Synthèse", "Contrôles"]);
    // Blocked or not, the check is there: the missing tabs are what the user must see.
    expect(computed.document).toEqual(checkWorkbook(grid, { lang: "fr", today: TODAY }).document);
    expect(hasNoFicheTab(names)).toBe(blocked !== null);
  });

  it("the header reads the Projet tab only, and falls back to today", () => {
    const grid = media();
    const projet = grid.sheets.find((s) => s.name === "Projet") as Sheet;
    const names = grid.sheets.map((s) => s.name);
    expect(projectHeader(names, projet, TODAY)).toEqual({
      hasTemplate: true,
      code: MEDIATHEQUE.project.code,
      title: MEDIATHEQUE.project.title,
      status: MEDIATHEQUE.project.status,
      statusDate: "2026-11-15",
    });
    expect(projectHeader(["Feuil1"], null, TODAY)).toEqual({
      hasTemplate: false,
      code: null,
      title: null,
      status: null,
      statusDate: TODAY,
    });
  });

  it.each([
    ["an empty workbook gets every tab", ["Feuil1"], 9],
    [
      "a complete fiche gets nothing",
      [
        "Mode d'emploi",
        "Projet",
        "Validation",
        "Calendrier",
        "Budget",
        "Financement",
        "Équipe",
        "Capacité",
        "Évaluation",
      ],
      0,
    ],
    [
      "English names count as present",
      ["Instructions", "Project", "Approvals", "Schedule", "Budget", "Funding", "Team", "Capacity", "Evaluation"],
      0,
    ],
    ["only the missing tabs are added", ["Projet", "Budget"], 7],
  ])("Créer la fiche: %s", (_name, present, added) => {
    const sheets = templateTabsToAdd(present, "fr");
    expect(sheets).toHaveLength(added);
    for (const sheet of sheets) expect(present.map(tabKeyOf)).not.toContain(tabKeyOf(sheet.name) ?? "none");
  });

  it.each([
    ["fr", ["Mode d'emploi", "Projet", "Validation", "Calendrier", "Budget", "Équipe", "Capacité", "Évaluation"]],
    ["en", ["Instructions", "Project", "Approvals", "Schedule", "Budget", "Team", "Capacity", "Evaluation"]],
  ] as const)("Créer la fiche on a v1 fiche (%s): only the Financement tab is added (SPEC §5)", (lang, present) => {
    expect(templateTabsToAdd(present, lang).map((s) => s.name)).toEqual([lang === "fr" ? "Financement" : "Funding"]);
  });

  it("refuses every existing tab without the generated mark, with one sentence per language", () => {
    const refused = refusedTabs(
      [{ name: "Synthèse", a1: "mes notes" }, { name: "Contrôles", a1: "Généré par fiche-projet le 20/11/2026" }, null],
      "fr",
    );
    expect(refused).toEqual([
      {
        sheet: "Synthèse",
        reason:
          "Un onglet « Synthèse » existe sans la mention « Généré par fiche-projet » en A1 : renommez-le ou supprimez-le ; rien n'a été écrit.",
      },
    ]);
    expect(refusedTabs([{ name: "Synthèse", a1: 3 }], "en")[0]?.reason).toMatch(/^A tab "Synthèse" exists/);
  });
});

describe("the portfolio jobs", () => {
  const options = { lang: "fr", today: TODAY } as const;

  it("summaries, failures and capacity go into one portfolio, in the files' order", () => {
    const outcomes = [
      summarizeWorkbook("media.xlsx", media(), options),
      failedWorkbook("vide.xlsx", "fichier vide"),
      summarizeWorkbook("portail.xlsx", exampleGrid(PORTAIL, "fr"), options),
    ];
    const capacity = capacityOf(outputSheetsToGrid(buildCapacitySheets(EXAMPLE_CAPACITY, "fr")));
    expect(capacity.length).toBe(EXAMPLE_CAPACITY.length);
    const portfolio = consolidate({ outcomes, capacity }, { lang: "fr" });
    expect(portfolio.rows.map((r) => r.file)).toEqual(["media.xlsx", "portail.xlsx"]);
    expect(portfolio.failures).toEqual([{ file: "vide.xlsx", message: "fichier vide" }]);
    expect(portfolio.staffing.some((c) => c.capacity !== null)).toBe(true);
    expect(portfolioDocument(portfolio).projects).toHaveLength(2);
  });

  it("a summary survives a JSON round trip (it crosses worker threads and Apps Script runs)", () => {
    const outcome = summarizeWorkbook("media.xlsx", media(), options);
    expect(JSON.parse(JSON.stringify(outcome))).toEqual(outcome);
  });

  it("the portfolio's status date: forced, else the one every project shares, else none", () => {
    const a = summarizeWorkbook("a.xlsx", media(), options);
    const b = summarizeWorkbook("b.xlsx", withoutStatusDate(exampleGrid(PORTAIL, "fr")), options);
    expect(consolidate({ outcomes: [a] }, { lang: "fr" }).statusDate).toBe("2026-11-15");
    expect(consolidate({ outcomes: [a, b] }, { lang: "fr" }).statusDate).toBeNull();
    expect(consolidate({ outcomes: [a, b] }, { lang: "fr", statusDate: "2026-12-01" }).statusDate).toBe("2026-12-01");
  });
});
