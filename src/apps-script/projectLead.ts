/**
 * What the project lead's sidebar and menu do, over the active spreadsheet: summary, template,
 * check, compute, select. Every function returns plain data (what `google.script.run` carries).
 */
import {
  type Checked,
  type ComputeBlocked,
  type Computed,
  checkWorkbook,
  computeWorkbook,
  findTabName,
  type JobOptions,
  type ProjectSummary,
  projectHeader,
  templateTabsToAdd,
  type WriteOutcome,
} from "../core/app/index.js";
import { parseA1 } from "../core/cells/a1.js";
import { MEDIATHEQUE } from "../core/examples/index.js";
import type { CheckDocument, Lang } from "../core/types.js";
import type { PanelStep } from "../panel/host.js";
import { FicheProjetError } from "./errors.js";
import { withLock } from "./lock.js";
import { readTab, readWorkbook } from "./read.js";
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

/** What every job of the active spreadsheet runs with: today in the spreadsheet's time zone. */
function jobOptions(lang: Lang, spreadsheet: Spreadsheet): JobOptions {
  return { lang, today: todayInZone(spreadsheet.getSpreadsheetTimeZone()) };
}

/** Vérifier on the active spreadsheet: status date = its Date d'état, else today in its zone. */
export function checkActive(lang: Lang, spreadsheet: Spreadsheet = active()): Checked {
  return checkWorkbook(readWorkbook(spreadsheet), jobOptions(lang, spreadsheet));
}

/** The header of the panel: reads the Projet tab only. */
export function projectSummary(spreadsheet: Spreadsheet = active()): ProjectSummary {
  const sheets = spreadsheet.getSheets();
  const names = sheets.map((s) => s.getName());
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const projet = findTabName(names, "projet");
  const tab = projet === null ? null : (sheets.find((s) => s.getName() === projet) ?? null);
  return projectHeader(names, tab ? readTab(tab, timeZone) : null, todayInZone(timeZone));
}

/**
 * Créer la fiche: adds the template tabs that are missing; existing tabs are left alone.
 * `example`: fill them with the médiathèque example project (a demo).
 */
export function createTemplate(lang: Lang, example = false, spreadsheet: Spreadsheet = active()): WriteOutcome {
  return withLock(() => {
    const names = spreadsheet.getSheets().map((s) => s.getName());
    const missing = templateTabsToAdd(names, lang, example ? MEDIATHEQUE : undefined);
    return writeOutputSheets(spreadsheet, missing, { lang, mode: "template" });
  }, lang);
}

/** Vérifier: the `check --json` document of the active spreadsheet. */
export function check(lang: Lang, spreadsheet: Spreadsheet = active()): CheckDocument {
  return checkActive(lang, spreadsheet).document;
}

/** What Calculer returns to the sidebar and the menu. */
export interface ComputeResult {
  document: CheckDocument;
  outcome: WriteOutcome;
  steps: readonly PanelStep[];
  /** Nothing written: the spreadsheet has no tab of the fiche. */
  blocked?: ComputeBlocked;
}

/**
 * Calculer: checks, computes, writes Synthèse and Contrôles (all or nothing), returns the figures.
 * A spreadsheet without any tab of the fiche gets nothing written (`blocked`).
 */
export function compute(lang: Lang, spreadsheet: Spreadsheet = active()): ComputeResult {
  return withLock(() => {
    const computed: Computed = computeWorkbook(readWorkbook(spreadsheet), jobOptions(lang, spreadsheet));
    if (computed.blocked)
      return {
        document: computed.document,
        outcome: { written: [], refused: [] },
        steps: [],
        blocked: computed.blocked,
      };
    const outcome = writeOutputSheets(spreadsheet, computed.sheets, { lang, mode: "generated" });
    return { document: computed.document, outcome, steps: computed.steps };
  }, lang);
}

/** Selects `sheet!a1` (a cell an issue points at). */
export function selectCell(sheetName: string, a1: string, lang: Lang, spreadsheet: Spreadsheet = active()): void {
  const sheet = spreadsheet.getSheetByName(String(sheetName));
  if (!sheet || !parseA1(String(a1)))
    throw new FicheProjetError("CELL_NOT_FOUND", { cell: `${sheetName}!${a1}` }, lang);
  sheet.activate();
  sheet.getRange(String(a1)).activate();
}
