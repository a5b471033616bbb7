/**
 * The project lead's Apps Script project (bound to the project spreadsheet, scopes
 * `spreadsheets.currentonly` + `script.container.ui`). Everything exported here becomes a
 * top-level function of Code.js (see scripts/build-apps-script.mjs): the menu, the sidebar and
 * the functions the sidebar calls through `google.script.run`.
 */
import type { CheckDocument } from "../core/types.js";
import type { PanelStep, ProjectSummary, WriteOutcome } from "../panel/host.js";
import { errorMessage, FicheProjetError } from "./errors.js";
import { check, compute, createTemplate, langOf, projectSummary, selectCell } from "./projectLead.js";

const MENU_TITLE = "Fiche projet";
const TOAST_SECONDS = 8;

/** Adds the "Fiche projet" menu (simple trigger: runs when the spreadsheet opens). */
export function onOpen(_event?: unknown): void {
  SpreadsheetApp.getUi()
    .createMenu(MENU_TITLE)
    .addItem("Ouvrir le panneau", "showSidebar")
    .addItem("Créer la fiche", "menuCreate")
    .addItem("Vérifier", "menuCheck")
    .addItem("Calculer", "menuCompute")
    .addToUi();
}

/** Shows the shared panel in the sidebar. */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(MENU_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Sidebar: the panel's header. */
export function ficheProjetSummary(): ProjectSummary {
  return projectSummary();
}

/** Sidebar / menu: adds the missing template tabs. */
export function ficheProjetCreateTemplate(lang?: unknown, example?: unknown): WriteOutcome {
  return createTemplate(langOf(lang), example === true);
}

/** Sidebar: the `check --json` document (SPEC §4) of the active spreadsheet, as a plain object. */
export function ficheProjetCheck(lang?: unknown): CheckDocument {
  return check(langOf(lang));
}

/** Sidebar: checks, computes and writes Synthèse and Contrôles. */
export function ficheProjetCompute(lang?: unknown): {
  document: CheckDocument;
  outcome: WriteOutcome;
  steps: readonly PanelStep[];
} {
  return compute(langOf(lang));
}

/** Sidebar: selects the cell an issue points at. */
export function ficheProjetSelect(sheet: string, a1: string): void {
  selectCell(sheet, a1);
}

function toast(message: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, MENU_TITLE, TOAST_SECONDS);
}

/** Runs a menu action; a user-facing failure becomes a toast, anything else an alert. */
function fromMenu(action: () => string): void {
  try {
    toast(action());
  } catch (error) {
    const message = errorMessage(error);
    if (error instanceof FicheProjetError) toast(message);
    else SpreadsheetApp.getUi().alert(MENU_TITLE, message, SpreadsheetApp.getUi().ButtonSet.OK);
  }
}

// French: 0 and 1 take the singular.
const plural = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

/** One line for a check document: "Vérification : 2 erreurs, 1 alerte." */
function checkLine(doc: CheckDocument): string {
  const errors = doc.issues.filter((i) => i.severity === "error").length;
  const warnings = doc.issues.filter((i) => i.severity === "warning").length;
  if (errors + warnings === 0) return "Vérification : aucun problème.";
  return `Vérification : ${plural(errors, "erreur", "erreurs")}, ${plural(warnings, "alerte", "alertes")}.`;
}

/** Menu "Vérifier". */
export function menuCheck(): void {
  fromMenu(() => checkLine(check("fr")));
}

/** Menu "Calculer". */
export function menuCompute(): void {
  fromMenu(() => {
    const { document, outcome } = compute("fr");
    if (outcome.written.length === 0) return outcome.refused.map((r) => r.reason).join(" ");
    return `${outcome.written.join(" et ")} écrits. ${checkLine(document)}`;
  });
}

/** Menu "Créer la fiche". */
export function menuCreate(): void {
  fromMenu(() => {
    const { written } = createTemplate("fr");
    if (written.length === 0) return "La fiche est déjà complète : aucun onglet ajouté.";
    return `Onglets créés : ${written.join(", ")}.`;
  });
}
