/**
 * The project lead's Apps Script project (bound to the project spreadsheet, scopes
 * `spreadsheets.currentonly` + `script.container.ui`; or published as an Editor add-on).
 * Everything exported here becomes a top-level function of Code.js (see
 * scripts/build-apps-script.mjs): the menu, the sidebar and the functions the sidebar calls
 * through `google.script.run`. Those take the page's language and fail with one sentence in it;
 * the menu speaks French (see docs/google-sheets.md, "Languages").
 */
import type { CheckDocument } from "../core/types.js";
import type { ProjectSummary, WriteOutcome } from "../panel/host.js";
import { asUserError, forSidebar } from "./errors.js";
import { addMenu, type MenuItem } from "./menu.js";
import {
  type ComputeResult,
  check,
  compute,
  createTemplate,
  langOf,
  projectSummary,
  selectCell,
} from "./projectLead.js";

const MENU_TITLE = "Fiche projet";
const TOAST_SECONDS = 8;

/** The lead's menu: caption and the top-level function it runs. */
const LEAD_MENU: readonly MenuItem[] = [
  { caption: "Ouvrir le panneau", fn: "showSidebar" },
  { caption: "Créer la fiche", fn: "menuCreate" },
  { caption: "Vérifier", fn: "menuCheck" },
  { caption: "Calculer", fn: "menuCompute" },
];

/** Adds the "Fiche projet" menu (simple trigger: runs when the spreadsheet opens). */
export function onOpen(event?: unknown): void {
  addMenu(event, MENU_TITLE, LEAD_MENU);
}

/** Editor add-on: installed while the spreadsheet is open, so `onOpen` has not run yet. */
export function onInstall(event?: unknown): void {
  onOpen(event);
}

/** Shows the shared panel in the sidebar. */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(MENU_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Sidebar: the panel's header. */
export function ficheProjetSummary(lang?: unknown): ProjectSummary {
  return forSidebar(langOf(lang), "lead", () => projectSummary());
}

/** Sidebar / menu: adds the missing template tabs. */
export function ficheProjetCreateTemplate(lang?: unknown, example?: unknown): WriteOutcome {
  return forSidebar(langOf(lang), "lead", () => createTemplate(langOf(lang), example === true));
}

/** Sidebar: the `check --json` document (SPEC §4) of the active spreadsheet, as a plain object. */
export function ficheProjetCheck(lang?: unknown): CheckDocument {
  return forSidebar(langOf(lang), "lead", () => check(langOf(lang)));
}

/** Sidebar: checks, computes and writes Synthèse and Contrôles. */
export function ficheProjetCompute(lang?: unknown): ComputeResult {
  return forSidebar(langOf(lang), "lead", () => compute(langOf(lang)));
}

/** Sidebar: selects the cell an issue points at. */
export function ficheProjetSelect(sheet: string, a1: string, lang?: unknown): void {
  forSidebar(langOf(lang), "lead", () => selectCell(sheet, a1, langOf(lang)));
}

function toast(message: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, MENU_TITLE, TOAST_SECONDS);
}

/**
 * Runs a menu action and toasts its one-line outcome. A failure is one French sentence saying
 * what to do, in an alert: a toast would be gone before it is read.
 */
function fromMenu(action: () => string): void {
  try {
    toast(action());
  } catch (error) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(MENU_TITLE, asUserError(error, "fr", "lead").message, ui.ButtonSet.OK);
  }
}

// French: 0 and 1 take the singular.
const plural = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

/** One line for a check document: "Vérification : 2 erreurs, 1 alerte." */
function checkLine(doc: CheckDocument): string {
  const errors = doc.issues.filter((i) => i.severity === "error").length;
  const warnings = doc.issues.filter((i) => i.severity === "warning").length;
  if (errors + warnings === 0) return "Vérification\u00A0: aucun problème.";
  return `Vérification\u00A0: ${plural(errors, "erreur", "erreurs")}, ${plural(warnings, "alerte", "alertes")}.`;
}

/** Menu "Vérifier". */
export function menuCheck(): void {
  fromMenu(() => checkLine(check("fr")));
}

/** Menu "Calculer". */
export function menuCompute(): void {
  fromMenu(() => {
    const { document, outcome, blocked } = compute("fr");
    if (blocked) return "Rien n'a été calculé\u00A0: créez d'abord la fiche (menu Fiche projet › Créer la fiche).";
    if (outcome.written.length === 0) return outcome.refused.map((r) => r.reason).join(" ");
    return `${outcome.written.join(" et ")} écrits. ${checkLine(document)}`;
  });
}

/** Menu "Créer la fiche". */
export function menuCreate(): void {
  fromMenu(() => {
    const { written } = createTemplate("fr");
    if (written.length === 0) return "La fiche est déjà complète\u00A0: aucun onglet ajouté.";
    return `Onglets créés\u00A0: ${written.join(", ")}.`;
  });
}
