/**
 * The project lead's script, as Apps Script runs it: the built Code.js in a V8 context with the
 * fakes as globals, one fresh context per execution.
 */
import { mkdtempSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/runCli.js";
import { analyzeWorkbook } from "../../src/core/analyze.js";
import { EXAMPLE_STATUS_DATE, EXAMPLES, MEDIATHEQUE, VOIRIE } from "../../src/core/examples/index.js";
import { toCheckDocument } from "../../src/core/output/checkDocument.js";
import { buildTemplateSheets } from "../../src/core/template/sheets.js";
import { GENERATED_MARK } from "../../src/core/types.js";
import { workbookBytes } from "../../src/node/writeWorkbook.js";
import { execute, formatDate, GasWorld, loadScript } from "../fakes/gas/index.js";
import { type Built, buildApps, fill, gridOf, plain, withProjectValue } from "./helpers.js";

let built: Built;
beforeAll(async () => {
  built = await buildApps();
});

const KIRITIMATI = "Pacific/Kiritimati";
const example = (p = MEDIATHEQUE) => buildTemplateSheets({ lang: "fr", example: p });
const inputTabs = (sheets: ReturnType<typeof example>) => sheets.filter((s) => s.name !== "Mode d'emploi").length;

function world(timeZone = KIRITIMATI) {
  return new GasWorld({ timeZone, htmlDir: "" });
}

/**
 * The menu as the project lead sees it: each item's caption, the function it names, and what
 * running that function does to a spreadsheet holding the example project.
 */
const MENU: readonly [string, string, (w: GasWorld) => void][] = [
  [
    "Ouvrir le panneau",
    "showSidebar",
    (w) => {
      expect(w.ui.sidebars.map((s) => s.title)).toEqual(["Fiche projet"]);
      expect(w.ui.sidebars[0]?.content).toContain('<div id="app"></div>');
    },
  ],
  [
    "Créer la fiche",
    "menuCreate",
    (w) =>
      expect(w.active.toasts.map((t) => t.message)).toEqual(["La fiche est déjà complète\u00A0: aucun onglet ajouté."]),
  ],
  [
    "Vérifier",
    "menuCheck",
    (w) => expect(w.active.toasts.map((t) => t.message)).toEqual(["Vérification\u00A0: 0 erreur, 1 alerte."]),
  ],
  [
    "Calculer",
    "menuCompute",
    (w) => {
      expect(w.active.getSheetByName("Synthèse")).not.toBeNull();
      expect(w.active.toasts[0]?.message).toMatch(/^Synthèse et Contrôles écrits\. /);
    },
  ],
];

describe("menu and sidebar", () => {
  it("onOpen, as a simple trigger, adds one Fiche projet menu with exactly the four items, in order", () => {
    const w = world();
    execute(built.code, w, "onOpen", { authMode: "LIMITED" });
    expect(w.ui.menus.map((m) => m.name)).toEqual(["Fiche projet"]);
    expect(w.ui.menus[0]?.items).toEqual(MENU.map(([caption, functionName]) => ({ caption, functionName })));
  });

  it.each(MENU)("« %s » runs %s, a top-level function of Code.js, which does its job", (caption, _name, effect) => {
    const menu = world();
    execute(built.code, menu, "onOpen");
    const item = menu.ui.menus[0]?.items.find((i) => i.caption === caption);
    expect(item).toBeDefined();
    const w = new GasWorld({ timeZone: KIRITIMATI, htmlDir: built.htmlDir });
    fill(w.active, example());
    expect(typeof loadScript(built.code, w)[item!.functionName]).toBe("function");
    execute(built.code, w, item!.functionName);
    effect(w);
  });

  it("Code.js has no menu function that the menu leaves out", () => {
    const w = world();
    execute(built.code, w, "onOpen");
    const named = new Set(w.ui.menus.flatMap((m) => m.items.map((i) => i.functionName)));
    const script = loadScript(built.code, w);
    const menuLike = Object.keys(script).filter((k) => /^menu[A-Z]/.test(k) && typeof script[k] === "function");
    expect(menuLike.length).toBeGreaterThan(0);
    for (const name of menuLike) expect(named.has(name)).toBe(true);
  });
});

describe("ficheProjetCheck: the check --json document", () => {
  it.each(EXAMPLES.map((p) => [p.project.code, p] as const))(
    "%s: same document as the core on the same grid",
    (_code, p) => {
      const sheets = example(p);
      const w = world();
      fill(w.active, sheets);
      const doc = execute(built.code, w, "ficheProjetCheck");
      const core = toCheckDocument(analyzeWorkbook(gridOf(sheets), { statusDate: "2000-01-01", lang: "fr" }));
      expect(doc).toEqual(plain(core));
      expect((doc as { project: { statusDate: string } }).project.statusDate).toBe(EXAMPLE_STATUS_DATE);
    },
  );

  it("English on request", () => {
    const w = world();
    fill(w.active, example(VOIRIE));
    const doc = execute(built.code, w, "ficheProjetCheck", "en") as { issues: { message: string }[] };
    const core = toCheckDocument(analyzeWorkbook(gridOf(example(VOIRIE)), { statusDate: "2000-01-01", lang: "en" }));
    expect(doc.issues).toEqual(plain(core.issues));
  });

  it.each(EXAMPLES.map((p) => [p.project.code, p] as const))(
    "%s: same document as the CLI's check --json on an .xlsx holding the same data",
    async (_code, p) => {
      const sheets = example(p);
      const dir = mkdtempSync(join(tmpdir(), "fiche-projet-cli-"));
      const file = join(dir, p.file);
      await writeFile(file, await workbookBytes(sheets));
      let stdout = "";
      const code = await runCli(["check", file, "--json"], {
        stdout: (text) => {
          stdout += text;
        },
        stderr: () => {},
        isTTY: false,
        cwd: dir,
        now: () => new Date("2026-11-20T10:00:00Z"),
        env: {},
      });
      expect(code).toBeLessThanOrEqual(1);
      const cli = { stdout };
      const w = world();
      fill(w.active, sheets);
      const doc = execute(built.code, w, "ficheProjetCheck");
      expect(doc).toEqual(JSON.parse(cli.stdout));
    },
  );

  it("without a Date d'état, the status date is today in the SPREADSHEET's zone", () => {
    // 2026-11-28 11:30 UTC is already 2026-11-29 in Kiritimati (UTC+14), still the 28th in Paris.
    const start = Date.UTC(2026, 10, 28, 11, 30);
    const sheets = withProjectValue(example(), "Date d'état", null);
    const w = new GasWorld({ timeZone: KIRITIMATI, start, scriptTimeZone: "Europe/Paris" });
    fill(w.active, sheets);
    const doc = execute(built.code, w, "ficheProjetCheck") as { project: { statusDate: string } };
    expect(doc.project.statusDate).toBe("2026-11-29");
    expect(formatDate(new Date(start), "Europe/Paris", "yyyy-MM-dd")).toBe("2026-11-28");
  });

  it("reads each input tab with exactly one getValues call, and nothing else", () => {
    const sheets = example();
    const w = world();
    fill(w.active, sheets);
    w.active.addSheet("Notes", [["not a template tab"]]);
    execute(built.code, w, "ficheProjetCheck");
    expect(w.clock.count("Range.getValues")).toBe(inputTabs(sheets));
    expect(w.clock.count("Range.setValues")).toBe(0);
  });

  it("dates of a Kiritimati spreadsheet come out as the calendar dates shown in the cells", () => {
    const w = world();
    fill(w.active, example());
    const doc = execute(built.code, w, "ficheProjetCheck") as {
      schedule: { steps: { id: string; baselineFinish: string }[] };
    };
    const e1 = MEDIATHEQUE.steps.find((s) => s.id === "E1");
    expect(doc.schedule.steps.find((s) => s.id === "E1")?.baselineFinish).toBe(e1?.baselineFinish);
  });
});

describe("a spreadsheet without the template", () => {
  it("check lists the missing tabs; compute writes nothing and says it is blocked; the summary offers the template", () => {
    const w = world();
    w.active.addSheet("Feuille 1", []);
    const doc = execute(built.code, w, "ficheProjetCheck") as { issues: { code: string; sheet: string }[] };
    expect(doc.issues.filter((i) => i.code === "TAB_MISSING").map((i) => i.sheet)).toEqual([
      "Projet",
      "Calendrier",
      "Budget",
      "Équipe",
    ]);
    const result = execute(built.code, w, "ficheProjetCompute") as { outcome: unknown; blocked?: string };
    expect(result).toMatchObject({ outcome: { written: [], refused: [] }, blocked: "noTemplate" });
    expect(w.active.getSheets().map((s) => s.getName())).toEqual(["Feuille 1"]);
    expect(execute(built.code, w, "ficheProjetSummary")).toMatchObject({ hasTemplate: false, code: null });
  });
});

describe("ficheProjetCreateTemplate", () => {
  it("writes every template tab with drop-downs, frozen headers and one setValues per tab", () => {
    const w = world();
    const outcome = execute(built.code, w, "ficheProjetCreateTemplate", "fr") as { written: string[] };
    const expected = buildTemplateSheets({ lang: "fr" });
    expect(outcome.written).toEqual(expected.map((s) => s.name));
    expect(w.clock.count("Range.setValues")).toBe(expected.length);
    expect(w.clock.count("Range.setNumberFormats")).toBe(expected.length);
    const budget = w.active.getSheetByName("Budget");
    expect(budget?.frozenRows).toBe(1);
    expect(budget?.cell(1, 1)).toBe("Poste *");
    const expectedValidations = expected.find((s) => s.name === "Budget")?.validations ?? [];
    expect(budget?.validations.map((v) => v.values)).toEqual(expectedValidations.map((v) => [...v.values]));
    expect(budget?.validations[0]?.values).toEqual(["Investissement", "Fonctionnement"]);
    expect(budget?.columnWidths.get(1)).toBeGreaterThan(100);
  });

  it("a second run adds nothing and changes nothing", () => {
    const w = world();
    execute(built.code, w, "ficheProjetCreateTemplate", "fr");
    w.active.getSheetByName("Budget")?.getRange(2, 1).setValue("Travaux");
    w.clock.resetCounts();
    const outcome = execute(built.code, w, "ficheProjetCreateTemplate", "fr") as {
      written: string[];
      refused: unknown[];
    };
    expect(outcome.written).toEqual([]);
    expect(outcome.refused).toEqual([]);
    expect(w.clock.count("Range.setValues")).toBe(0);
    expect(w.active.getSheetByName("Budget")?.cell(2, 1)).toBe("Travaux");
  });

  it.each([
    ["the 1st tab's values", "Range.setValues", 1],
    ["the 4th tab's values", "Range.setValues", 4],
    ["a drop-down list", "Range.setDataValidation", 2],
  ])("cut at %s: the tabs it inserted are deleted, the next run writes them whole", (_edge, call, count) => {
    const w = world();
    w.active.addSheet("Notes", [["mes notes"]]);
    w.clock.crashWhen = (c, n) => c === call && n === count;
    expect(() => execute(built.code, w, "ficheProjetCreateTemplate", "fr")).toThrow();
    w.clock.crashWhen = null;
    expect(w.active.getSheets().map((sh) => sh.getName())).toEqual(["Notes"]);
    expect(w.active.getSheetByName("Notes")?.cell(1, 1)).toBe("mes notes");

    const outcome = execute(built.code, w, "ficheProjetCreateTemplate", "fr") as { written: string[] };
    const expected = buildTemplateSheets({ lang: "fr" });
    expect(outcome.written).toEqual(expected.map((sh) => sh.name));
    const budget = w.active.getSheetByName("Budget");
    expect(budget?.cell(1, 1)).toBe("Poste *");
    expect(budget?.validations[0]?.values).toEqual(["Investissement", "Fonctionnement"]);
  });

  it("an English-named tab counts as present (Project = Projet)", () => {
    const w = world();
    w.active.addSheet("Project", [["Field", "Value"]]);
    const outcome = execute(built.code, w, "ficheProjetCreateTemplate", "fr") as { written: string[] };
    expect(outcome.written).not.toContain("Projet");
  });

  it("the example round-trips: written by the script, read back, same check document as the core", () => {
    const w = world();
    execute(built.code, w, "ficheProjetCreateTemplate", "fr", true);
    const doc = execute(built.code, w, "ficheProjetCheck");
    const core = toCheckDocument(analyzeWorkbook(gridOf(example()), { statusDate: "2000-01-01" }));
    expect(doc).toEqual(plain(core));
    // Text that Sheets would have parsed stayed text: a month, an account code.
    const team = w.active.getSheetByName("Équipe");
    expect(team?.cell(2, 4)).toBe("2026-01");
  });
});

describe("ficheProjetCompute", () => {
  it("writes Synthèse and Contrôles, each with ONE setValues, marked, links as rich text", () => {
    const w = world();
    fill(w.active, example());
    const result = execute(built.code, w, "ficheProjetCompute") as {
      outcome: { written: string[]; refused: unknown[] };
      steps: unknown[];
    };
    expect(result.outcome).toEqual({ written: ["Synthèse", "Contrôles"], refused: [] });
    expect(w.clock.count("Range.setValues")).toBe(2);
    expect(w.clock.count("Range.setNumberFormats")).toBe(2);
    expect(w.clock.count("Range.setBackgrounds")).toBe(2);
    const synth = w.active.getSheetByName("Synthèse");
    expect(String(synth?.cell(1, 1))).toMatch(new RegExp(`^${GENERATED_MARK}`));
    expect(synth?.charts.map((c) => c.type)).toEqual(["COLUMN", "BAR"]);
    const controls = w.active.getSheetByName("Contrôles");
    const calendrier = w.active.getSheetByName("Calendrier");
    expect(controls?.cell(3, 4)).toBe("Calendrier!F7");
    expect(controls?.links.get("3,4")).toBe(`#gid=${calendrier?.id}&range=F7`);
    expect(controls?.formula(3, 4)).toBe("");
    expect(result.steps.length).toBe(MEDIATHEQUE.steps.length);
  });

  it("a second run replaces the generated tabs (charts not duplicated)", () => {
    const w = world();
    fill(w.active, example());
    execute(built.code, w, "ficheProjetCompute");
    execute(built.code, w, "ficheProjetCompute");
    expect(w.active.getSheetByName("Synthèse")?.charts).toHaveLength(2);
    expect(w.active.sheets.filter((s) => s.name === "Synthèse")).toHaveLength(1);
  });

  it("refuses an existing Synthèse tab without the mark: nothing is written, the reason says why", () => {
    const w = world();
    fill(w.active, example());
    w.active.addSheet("Synthèse", [["Mes notes personnelles"]]);
    const result = execute(built.code, w, "ficheProjetCompute") as {
      outcome: { written: string[]; refused: { sheet: string; reason: string }[] };
    };
    expect(result.outcome.written).toEqual([]);
    expect(result.outcome.refused[0]?.sheet).toBe("Synthèse");
    expect(result.outcome.refused[0]?.reason).toContain(GENERATED_MARK);
    expect(w.active.getSheetByName("Synthèse")?.dump()).toEqual([["Mes notes personnelles"]]);
    expect(w.active.getSheetByName("Contrôles")).toBeNull();
    expect(w.clock.count("Range.setValues")).toBe(0);
  });

  it.each([
    ["a formula", '=HYPERLINK("http://evil.example","clic")'],
    ["a plus sign", "+33 1 23 45 67 89"],
    ["a leading apostrophe", "'quoted"],
    ["a number-looking title", "2026"],
    ["an ISO date", "2026-03-09"],
    ["TRUE", "TRUE"],
  ])("a title that is %s is written as that very text", (_name, title) => {
    const w = world();
    fill(w.active, withProjectValue(example(), "Intitulé", title));
    execute(built.code, w, "ficheProjetCompute");
    const synth = w.active.getSheetByName("Synthèse");
    const cells = synth?.dump().flat() ?? [];
    expect(cells.some((c) => typeof c === "string" && c.includes(title))).toBe(true);
    for (let r = 1; r <= (synth?.getLastRow() ?? 0); r++) {
      for (let c = 1; c <= (synth?.getLastColumn() ?? 0); c++) expect(synth?.formula(r, c)).toBe("");
    }
  });

  it("a busy document lock is a clear message, not a crash in the middle of a write", () => {
    const w = world();
    fill(w.active, example());
    w.lockState.heldElsewhere = true;
    expect(() => execute(built.code, w, "ficheProjetCompute")).toThrow(/en cours d'écriture|Another action/);
    expect(w.active.getSheetByName("Synthèse")).toBeNull();
    expect(w.lockState.waits).toEqual([30_000]);
  });
});

describe("menu handlers toast a one-line outcome", () => {
  it.each([
    ["menuCheck", /^Vérification\u00A0: 0 erreur, 1 alerte\.$/],
    ["menuCompute", /^Synthèse et Contrôles écrits\. Vérification/],
  ])("%s", (name, line) => {
    const w = world();
    fill(w.active, example());
    execute(built.code, w, name);
    expect(w.active.toasts.map((t) => t.message)).toEqual([expect.stringMatching(line)]);
  });

  it("menuCompute on a spreadsheet without the fiche says to create it first, and writes nothing", () => {
    const w = world();
    w.active.addSheet("Feuille 1", []);
    execute(built.code, w, "menuCompute");
    expect(w.active.toasts.map((t) => t.message)).toEqual([
      "Rien n'a été calculé\u00A0: créez d'abord la fiche (menu Fiche projet › Créer la fiche).",
    ]);
    expect(w.active.getSheetByName("Synthèse")).toBeNull();
  });

  it("menuCreate on an empty spreadsheet lists the created tabs", () => {
    const w = world();
    execute(built.code, w, "menuCreate");
    expect(w.active.toasts[0]?.message).toMatch(/^Onglets créés\u00A0: Mode d'emploi, Projet, /);
  });

  it("ficheProjetSelect activates the cell", () => {
    const w = world();
    fill(w.active, example());
    execute(built.code, w, "ficheProjetSelect", "Budget", "L5");
    expect(w.active.activeRange).toBe("Budget!L5");
    expect(() => execute(built.code, w, "ficheProjetSelect", "Nope", "A1")).toThrow(
      "La cellule Nope!A1 n'existe plus (onglet renommé ou supprimé\u00A0?). Relancez «\u00A0Vérifier\u00A0» pour mettre la liste à jour.",
    );
    expect(() => execute(built.code, w, "ficheProjetSelect", "Nope", "A1", "en")).toThrow(
      /^Cell Nope!A1 no longer exists/,
    );
  });

  it("ficheProjetSummary reads only the Projet tab", () => {
    const w = world();
    fill(w.active, example());
    const summary = execute(built.code, w, "ficheProjetSummary");
    expect(summary).toEqual({
      hasTemplate: true,
      code: MEDIATHEQUE.project.code,
      title: MEDIATHEQUE.project.title,
      status: MEDIATHEQUE.project.status,
      statusDate: EXAMPLE_STATUS_DATE,
    });
    expect(w.clock.count("Range.getValues")).toBe(1);
  });
});
