/**
 * The direction's Apps Script project (bound to the direction's spreadsheet; scopes
 * `drive.readonly`, `spreadsheets`, `script.container.ui`, `script.scriptapp`). It adds the
 * folder consolidation to the project lead's functions, so the same sidebar works here too.
 */
import { errorMessage, FicheProjetError } from "../errors.js";
import { langOf } from "../projectLead.js";
import {
  type ConsolidationStatus,
  consolidateFolder,
  consolidationStatus,
  continueConsolidation,
} from "./consolidate.js";
import { folderIdOf, statusLine } from "./lines.js";

export {
  ficheProjetCheck,
  ficheProjetCompute,
  ficheProjetCreateTemplate,
  ficheProjetSelect,
  ficheProjetSummary,
  showSidebar,
} from "../main.js";

const MENU_TITLE = "Fiche projet";

/** Adds the direction's menu. */
export function onOpen(_event?: unknown): void {
  SpreadsheetApp.getUi()
    .createMenu(MENU_TITLE)
    .addItem("Ouvrir le panneau", "showSidebar")
    .addItem("Consolider un dossier…", "menuConsolidate")
    .addItem("Continuer", "menuContinue")
    .addToUi();
}

/** Consolidates the spreadsheets of a Drive folder (first batch; the rest runs from triggers). */
export function ficheProjetConsolidateFolder(folderId: string, lang?: unknown): ConsolidationStatus {
  return consolidateFolder(folderIdOf(folderId), langOf(lang));
}

/** The time-driven trigger's handler: the next batch. */
export function ficheProjetContinue(_event?: unknown): ConsolidationStatus {
  return continueConsolidation();
}

/** Where the running consolidation stands. */
export function ficheProjetConsolidationStatus(): ConsolidationStatus {
  return consolidationStatus();
}

function report(fn: () => ConsolidationStatus): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  try {
    ss.toast(statusLine(fn()), MENU_TITLE, 10);
  } catch (error) {
    const message = errorMessage(error);
    if (error instanceof FicheProjetError) ss.toast(message, MENU_TITLE, 10);
    else SpreadsheetApp.getUi().alert(MENU_TITLE, message, SpreadsheetApp.getUi().ButtonSet.OK);
  }
}

/** Menu "Consolider un dossier…": asks for the folder. */
export function menuConsolidate(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(
    MENU_TITLE,
    "Adresse ou identifiant du dossier Drive des fiches projet :",
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  report(() => ficheProjetConsolidateFolder(answer.getResponseText()));
}

/** Menu "Continuer". */
export function menuContinue(): void {
  report(continueConsolidation);
}
