/**
 * The direction's Apps Script project (bound to the direction's portfolio spreadsheet; scopes
 * `drive.readonly`, `spreadsheets`, `script.container.ui`, `script.scriptapp`). Its spreadsheet
 * is the portfolio, not a project: its menu and sidebar offer the folder consolidation only
 * (Créer la fiche, Vérifier and Calculer are the project lead's).
 */
import { asUserError, forSidebar } from "../errors.js";
import { addMenu, type MenuItem } from "../menu.js";
import { langOf } from "../projectLead.js";
import {
  type ConsolidationStatus,
  consolidateFolder,
  consolidationStatus,
  continueConsolidation,
} from "./consolidate.js";
import { statusLine } from "./lines.js";
import { loadJob } from "./store.js";

export { ficheProjetSummary, showSidebar } from "../main.js";

const MENU_TITLE = "Fiche projet";
const TOAST_SECONDS = 10;

const DIRECTION_MENU: readonly MenuItem[] = [
  { caption: "Ouvrir le panneau", fn: "showSidebar" },
  { caption: "Consolider un dossier…", fn: "menuConsolidate" },
  { caption: "Continuer", fn: "menuContinue" },
];

/** Adds the direction's menu. */
export function onOpen(event?: unknown): void {
  addMenu(event, MENU_TITLE, DIRECTION_MENU);
}

/** Editor add-on: installed while the spreadsheet is open, so `onOpen` has not run yet. */
export function onInstall(event?: unknown): void {
  onOpen(event);
}

/** Sidebar: consolidates the workbooks of a Drive folder (first batch; the rest runs from triggers). */
export function ficheProjetConsolidateFolder(folder: unknown, lang?: unknown): ConsolidationStatus {
  return forSidebar(langOf(lang), "direction", () => consolidateFolder(folder, langOf(lang)));
}

/** The time-driven trigger's handler, and the sidebar's next batch. */
export function ficheProjetContinue(_event?: unknown): ConsolidationStatus {
  return forSidebar(loadJob()?.lang ?? "fr", "direction", continueConsolidation);
}

/** Where the running consolidation stands. */
export function ficheProjetConsolidationStatus(): ConsolidationStatus {
  return consolidationStatus();
}

/** Runs a menu action: its outcome in a toast, a failure (what to do) in an alert, which stays until read. */
function report(fn: () => ConsolidationStatus): void {
  try {
    SpreadsheetApp.getActiveSpreadsheet().toast(statusLine(fn()), MENU_TITLE, TOAST_SECONDS);
  } catch (error) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(MENU_TITLE, asUserError(error, "fr", "direction").message, ui.ButtonSet.OK);
  }
}

/** Menu "Consolider un dossier…": asks for the folder. */
export function menuConsolidate(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(
    MENU_TITLE,
    "Adresse ou identifiant du dossier Drive des fiches projet\u00A0:",
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  report(() => consolidateFolder(answer.getResponseText(), "fr"));
}

/** Menu "Continuer". */
export function menuContinue(): void {
  report(continueConsolidation);
}
