/**
 * What the project lead's sidebar and menu do, over the active spreadsheet: summary, template,
 * check, compute, select. Every function returns plain data (what `google.script.run` carries).
 */
import { analyzeWorkbook } from "../core/analyze.js";
import { parseA1 } from "../core/cells/a1.js";
import { MEDIATHEQUE } from "../core/examples/index.js";
import { toCheckDocument } from "../core/output/checkDocument.js";
import { parseWorkbook } from "../core/parse/index.js";
import { buildProjectReport } from "../core/report/index.js";
import { TABS } from "../core/template/columns.js";
import { buildTemplateSheets } from "../core/template/sheets.js";
import type { Analysis, CheckDocument, Lang } from "../core/types.js";
import type { PanelStep, ProjectSummary, WriteOutcome } from "../panel/host.js";
import { panelSteps } from "../panel/steps.js";
import { FicheProjetError } from "./errors.js";
import { withLock } from "./lock.js";
import { looseName, readTab, readWorkbook } from "./read.js";
import { writeOutputSheets } from "./write.js";
import { todayInZone } from "./zone.js";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** `fr` unless the caller asks for `en` (google.script.run may hand us anything). */
export function langOf(value: unknown): Lang {
  return value === "en" ? "en" : "fr";
}

function active(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** The tab of `spreadsheet` that stands for template tab `key`, matched loosely. */
function findTab(spreadsheet: Spreadsheet, names: readonly string[]): GoogleAppsScript.Spreadsheet.Sheet | null {
  const wanted = new Set(names.map(looseName));
  return spreadsheet.getSheets().find((s) => wanted.has(looseName(s.getName()))) ?? null;
}

/** Analyses the active spreadsheet: status date = its Date d'état, else today in its zone. */
export function analyzeActive(lang: Lang, spreadsheet: Spreadsheet = active()): Analysis {
  const grid = readWorkbook(spreadsheet);
  return analyzeWorkbook(grid, { statusDate: todayInZone(spreadsheet.getSpreadsheetTimeZone()), lang });
}

/** The header of the panel: reads the Projet tab only. */
export function projectSummary(spreadsheet: Spreadsheet = active()): ProjectSummary {
  const sheets = spreadsheet.getSheets();
  const names = new Set(sheets.map((s) => looseName(s.getName())));
  const hasTemplate = TABS.filter((t) => t.required).every((t) =>
    [t.fr, t.en, ...t.aliases].some((n) => names.has(looseName(n))),
  );
  const projet = TABS.find((t) => t.key === "projet");
  const tab = projet ? findTab(spreadsheet, [projet.fr, projet.en, ...projet.aliases]) : null;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  if (!tab) return { hasTemplate, code: null, title: null, status: null, statusDate: todayInZone(timeZone) };
  const p = parseWorkbook({ sheets: [readTab(tab, timeZone)] }).fiche.project;
  return {
    hasTemplate,
    code: p.code,
    title: p.title,
    status: p.status,
    statusDate: p.statusDate ?? todayInZone(timeZone),
  };
}

/**
 * Créer la fiche: adds the template tabs that are missing; existing tabs are left alone.
 * `example`: fill them with the médiathèque example project (a demo).
 */
export function createTemplate(lang: Lang, example = false, spreadsheet: Spreadsheet = active()): WriteOutcome {
  const sheets = buildTemplateSheets(example ? { lang, example: MEDIATHEQUE } : { lang });
  return withLock(() =>
    writeOutputSheets(spreadsheet, sheets, {
      lang,
      mode: "template",
      existing: (ss, name) => {
        const spec = TABS.find((t) => looseName(t.fr) === looseName(name) || looseName(t.en) === looseName(name));
        return findTab(ss, spec ? [spec.fr, spec.en, ...spec.aliases] : [name]);
      },
    }),
  );
}

/** Vérifier: the `check --json` document of the active spreadsheet. */
export function check(lang: Lang, spreadsheet: Spreadsheet = active()): CheckDocument {
  return toCheckDocument(analyzeActive(lang, spreadsheet));
}

/** Calculer: checks, computes, writes Synthèse and Contrôles (all or nothing), returns the figures. */
export function compute(
  lang: Lang,
  spreadsheet: Spreadsheet = active(),
): { document: CheckDocument; outcome: WriteOutcome; steps: PanelStep[] } {
  return withLock(() => {
    const analysis = analyzeActive(lang, spreadsheet);
    const outcome = writeOutputSheets(spreadsheet, buildProjectReport(analysis), { lang, mode: "generated" });
    return { document: toCheckDocument(analysis), outcome, steps: panelSteps(analysis) };
  });
}

/** Selects `sheet!a1` (a cell an issue points at). */
export function selectCell(sheetName: string, a1: string, spreadsheet: Spreadsheet = active()): void {
  const sheet = spreadsheet.getSheetByName(String(sheetName));
  if (!sheet || !parseA1(String(a1)))
    throw new FicheProjetError(`Cellule introuvable / cell not found: ${sheetName}!${a1}`);
  sheet.activate();
  sheet.getRange(String(a1)).activate();
}
