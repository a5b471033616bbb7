/**
 * Panel states that never claim more than was checked, in headless Chromium over a stub host
 * answering with real check documents: no health before there is data, « à vérifier » where a
 * tab has errors, nothing computed without the fiche, and what is shown always the last action's.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkWorkbook, templateTabsToAdd } from "../../src/core/app/index.js";
import { MEDIATHEQUE } from "../../src/core/examples/index.js";
import { exampleGrid, outputSheetsToGrid } from "../../src/core/template/grid.js";
import type { CheckDocument, WorkbookGrid } from "../../src/core/types.js";
import { calls, openPanel, type PanelBench, type StubInput, startBench } from "./pages.js";

let bench: PanelBench;

beforeAll(async () => {
  bench = await startBench();
});

afterAll(async () => {
  await bench?.browser.close();
});

const open = (input: StubInput = {}, lang?: "fr" | "en"): Promise<Page> => openPanel(bench, input, lang);
const check = (grid: WorkbookGrid, lang: "fr" | "en" = "fr"): CheckDocument =>
  checkWorkbook(grid, { lang, today: "2026-11-20" }).document;
const tabs = (...names: string[]): WorkbookGrid => ({ sheets: names.map((name) => ({ name, rows: [] })) });

/** The example with one tab's data rows removed (its header kept). */
function withoutRows(tab: string): WorkbookGrid {
  const grid = exampleGrid(MEDIATHEQUE);
  return { sheets: grid.sheets.map((s) => (s.name === tab ? { ...s, rows: s.rows.slice(0, 1) } : s)) };
}

/** The example with an unreadable amount on its first Budget line. */
function withBudgetError(): WorkbookGrid {
  const grid = exampleGrid(MEDIATHEQUE);
  return {
    sheets: grid.sheets.map((s) => {
      if (s.name !== "Budget") return s;
      const col = (s.rows[0] ?? []).findIndex((c) => typeof c === "string" && c.startsWith("Engagé"));
      return { ...s, rows: s.rows.map((r, i) => (i === 1 ? r.map((c, j) => (j === col ? "12 k€" : c)) : r)) };
    }),
  };
}

const blank = check(tabs("Feuil1"));
const blankEn = check(tabs("Sheet1"), "en");
const noFiche = { hasTemplate: false, doc: blank } as const;
const chips = (page: Page) => page.locator(".chip").allTextContents();
const outcome = (page: Page) => page.locator(".status .outcome").allTextContents();

describe("without the fiche", () => {
  it.each([
    ["fr", blank, "4 erreurs", /^Ce classeur n'a pas encore de fiche projet/],
    ["en", blankEn, "4 errors", /^This workbook has no project sheet yet/],
  ] as const)(
    "Vérifier (%s): no chip, no figure, the lesson and the missing tabs",
    async (lang, doc, count, lesson) => {
      const page = await open({ hasTemplate: false, doc }, lang);
      await page.click("[data-action=check]");
      await page.locator(".count-line").waitFor();
      expect(await page.locator(".count-line").textContent()).toBe(count);
      expect(await page.locator(".issue-msg").count()).toBe(4);
      expect(await page.locator(".chips").count()).toBe(0);
      expect(await page.locator(".figures").count()).toBe(0);
      expect(await page.locator(".empty").textContent()).toMatch(lesson);
      expect(await page.locator(".project").textContent()).toBe(
        lang === "fr" ? "Aucune fiche ouverte" : "No project sheet open",
      );
      await page.close();
    },
  );

  it.each([
    [
      "fr",
      "Rien n'a été calculé\u00A0: ce classeur n'a pas de fiche projet. Créez d'abord la fiche (bouton «\u00A0Créer la fiche\u00A0»).",
    ],
    ["en", "Nothing was computed: this workbook has no project sheet. Create the sheet first (“Create sheet” button)."],
  ] as const)("Calculer (%s): nothing computed, it says to create the fiche first", async (lang, sentence) => {
    const page = await open({ ...noFiche, blocked: "noTemplate" }, lang);
    await page.click("[data-action=compute]");
    await page.locator(".status.fail").waitFor();
    expect(await outcome(page)).toEqual([sentence]);
    expect(await page.locator(".chips").count()).toBe(0);
    expect(await page.locator(".figures").count()).toBe(0);
    expect(await page.locator(".issue-msg").count()).toBe(4);
    expect((await calls(page)).at(-1)).toEqual(["compute", lang]);
    await page.close();
  });

  it("Créer la fiche clears the stale list and says what was added and what comes next", async () => {
    const added = ["Mode d'emploi", "Projet", "Validation", "Calendrier", "Budget", "Équipe", "Capacité", "Évaluation"];
    const page = await open({
      ...noFiche,
      outcome: { written: added, refused: [] },
      summaryAfterTemplate: { hasTemplate: true, code: null, title: null, status: null, statusDate: "2026-11-20" },
    });
    await page.click("[data-action=check]");
    await page.locator(".count-line").waitFor();
    await page.click("[data-action=template]");
    await page.locator(".status.ok").waitFor();
    expect(await outcome(page)).toEqual([
      `Onglets ajoutés : ${added.join(", ")}.`,
      "Complétez les onglets, puis «\u00A0Vérifier\u00A0».",
    ]);
    expect(await page.locator(".issues").count()).toBe(0);
    expect(await page.locator(".empty").textContent()).toMatch(/^« Vérifier » contrôle la fiche/);
    expect(await page.locator(".project").textContent()).toBe("Fiche sans code ni intitulé (onglet Projet)");
    await page.close();
  });
});

describe("the health chips after Vérifier", () => {
  it.each<[string, WorkbookGrid, string[]]>([
    ["the fiche just created (every tab empty): none", outputSheetsToGrid(templateTabsToAdd([], "fr")), []],
    [
      "only Projet and Budget: the missing tabs' dimensions « à vérifier »",
      tabs("Projet", "Budget"),
      ["Budget\u00A0: à vérifier", "Délais\u00A0: à vérifier", "Équipe\u00A0: à vérifier"],
    ],
    [
      "an error on the Budget tab: « à vérifier », never « bon »",
      withBudgetError(),
      ["Budget\u00A0: à vérifier", "Délais\u00A0: à surveiller", "Équipe\u00A0: bon"],
    ],
    [
      "an empty Équipe tab: « pas de données »",
      withoutRows("Équipe"),
      ["Budget\u00A0: bon", "Délais\u00A0: à surveiller", "Équipe\u00A0: pas de données"],
    ],
  ])("%s", async (_name, grid, expected) => {
    const page = await open({ doc: check(grid) });
    await page.click("[data-action=check]");
    await page.locator(".status.ok").waitFor();
    expect(await chips(page)).toEqual(expected);
    await page.close();
  });
});

describe("what is shown is the last action's", () => {
  it("Calculer then Vérifier: the figures Vérifier did not compute go, its chips and issues stay", async () => {
    const page = await open();
    await page.click("[data-action=compute]");
    await page.locator(".figures").waitFor();
    await page.click("[data-action=check]");
    await expect.poll(() => outcome(page)).toEqual(["Vérification terminée."]);
    expect(await page.locator(".figures").count()).toBe(0);
    expect(await chips(page)).toHaveLength(3);
    await page.close();
  });

  it("a Vérifier that fails after Calculer leaves no earlier result on show", async () => {
    const page = await open();
    await page.click("[data-action=compute]");
    await page.locator(".figures").waitFor();
    await page.evaluate(() => {
      (window as unknown as { __stub: { fail?: string } }).__stub.fail = "classeur fermé";
    });
    await page.click("[data-action=check]");
    await page.locator(".status.fail").waitFor();
    expect(await page.locator(".figures").count()).toBe(0);
    expect(await page.locator(".chips").count()).toBe(0);
    expect(await page.locator(".issues").count()).toBe(0);
    await page.close();
  });

  it("Calculer with an empty Équipe and a Budget error: each figure says what it lacks", async () => {
    const empty = check(withoutRows("Équipe"));
    const page = await open({ doc: { ...empty, health: { ...empty.health, budget: "unknown" } } });
    await page.click("[data-action=compute]");
    await page.locator(".figures").waitFor();
    const figure = (title: string) =>
      page.locator(".figure", { has: page.locator(".figure-title", { hasText: title }) });
    expect(await figure("Équipe").locator("p").allTextContents()).toEqual(["aucune ligne dans l'onglet Équipe"]);
    expect(await figure("Budget").locator(".note").textContent()).toBe(
      "Chiffres à vérifier\u00A0: l'onglet Budget contient des erreurs.",
    );
    await page.close();
  });
});
