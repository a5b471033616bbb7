/**
 * The Excel host's own sentences, French and English: what went wrong in Excel and what to do,
 * each ending on the action to run again (the panel's button, named from the panel's catalogue).
 * French typography: a no-break space before « : » « ; » and inside « ».
 */
import { GENERATED_MARK, type Lang } from "../core/types.js";
import { joinNames, t } from "../panel/strings.js";

/** What the user was doing when Excel failed; it names the way to try again. */
export type ExcelAction = "summary" | "check" | "compute" | "template" | "consolidate" | "select";

/** A kind of Office failure, each with its own advice. */
export type Advice =
  | "cellEdit"
  | "refused"
  | "accessDenied"
  | "exists"
  | "tooLarge"
  | "internal"
  | "gone"
  | "signIn"
  | "unavailable"
  | "conflict"
  | "inactive"
  | "chartSheet"
  | "version"
  | "unknown";

const NB = "\u00A0";
const q = (lang: Lang, name: string) => (lang === "fr" ? `«${NB}${name}${NB}»` : `“${name}”`);

const ADVICE: Readonly<Record<Lang, Readonly<Record<Advice, string>>>> = {
  fr: {
    cellEdit: `Une cellule est en cours de modification dans Excel${NB}: validez-la (Entrée) ou annulez-la (Échap), puis {retry}.`,
    refused: `Excel refuse l'opération pour l'instant${NB}: terminez la saisie en cours et fermez toute boîte de dialogue ouverte dans Excel, puis {retry}.`,
    accessDenied: `Excel refuse de modifier ce classeur${NB}: s'il est ouvert en lecture seule, ouvrez-le en modification${NB}; si une feuille ou sa structure est protégée, ôtez la protection (Révision › Ôter la protection), puis {retry}.`,
    exists: `Un onglet du même nom a été créé pendant l'opération (par vous ou un co-auteur)${NB}: {retry}.`,
    tooLarge: `Le classeur dépasse ce qu'Excel sur le web accepte en une fois${NB}: ouvrez-le dans l'application Excel (Windows ou Mac), puis {retry}.`,
    internal: `Excel a rencontré une erreur interne${NB}: enregistrez le classeur, fermez-le et rouvrez-le, puis {retry}.`,
    gone: `Un onglet a été renommé ou supprimé pendant l'opération${NB}: {retry}.`,
    signIn: `Votre session Microsoft 365 a expiré${NB}: reconnectez-vous (rechargez la page d'Excel), puis {retry}.`,
    unavailable: `Excel ne répond pas pour le moment${NB}: attendez quelques instants, puis {retry}.`,
    conflict: `Une autre modification du classeur (un co-auteur, des cellules fusionnées, un filtre ou un tableau croisé) empêche l'écriture${NB}: attendez qu'elle se termine ou retirez-la, puis {retry}.`,
    inactive: `Plusieurs classeurs sont ouverts et celui-ci n'est plus actif${NB}: cliquez dans ce classeur, puis {retry}.`,
    chartSheet: `Un onglet à écrire est une feuille de graphique ou de macros${NB}: renommez-le, puis {retry}.`,
    version: `Cette version d'Excel ne permet pas cette opération${NB}: mettez Microsoft 365 à jour ou utilisez Excel sur le web, puis {retry}.`,
    unknown: `Excel a refusé l'opération (code {code})${NB}: {retry}${NB}; si cela se reproduit, enregistrez le classeur, fermez-le et rouvrez-le.`,
  },
  en: {
    cellEdit: "A cell is being edited in Excel: confirm it (Enter) or cancel it (Esc), then {retry}.",
    refused:
      "Excel refuses the operation for now: finish the cell entry in progress and close any dialog box open in Excel, then {retry}.",
    accessDenied:
      "Excel refuses to change this workbook: if it is open read-only, open it for editing; if a sheet or its structure is protected, unprotect it (Review › Unprotect), then {retry}.",
    exists: "A tab of the same name was created during the operation (by you or a co-author): {retry}.",
    tooLarge:
      "The workbook exceeds what Excel on the web accepts at once: open it in the Excel app (Windows or Mac), then {retry}.",
    internal: "Excel met an internal error: save the workbook, close and reopen it, then {retry}.",
    gone: "A tab was renamed or deleted during the operation: {retry}.",
    signIn: "Your Microsoft 365 session has expired: sign in again (reload the Excel page), then {retry}.",
    unavailable: "Excel is not responding right now: wait a few moments, then {retry}.",
    conflict:
      "Another change to the workbook (a co-author, merged cells, a filter or a PivotTable) prevents writing: wait for it to end or remove it, then {retry}.",
    inactive: "Several workbooks are open and this one is no longer active: click in this workbook, then {retry}.",
    chartSheet: "A tab to write is a chart sheet or a macro sheet: rename it, then {retry}.",
    version: "This version of Excel cannot do this: update Microsoft 365 or use Excel on the web, then {retry}.",
    unknown:
      "Excel refused the operation (code {code}): {retry}; if it happens again, save the workbook, close and reopen it.",
  },
};

/** How to try again after each action. */
function retry(lang: Lang, action: ExcelAction): string {
  const button = (key: "check" | "compute" | "consolidate" | "createTemplate") => t(lang, key).replace(/…$/, "");
  const run = (key: "check" | "compute" | "consolidate" | "createTemplate") =>
    lang === "fr" ? `relancez ${button(key)}` : `run ${button(key)} again`;
  switch (action) {
    case "check":
      return run("check");
    case "compute":
      return run("compute");
    case "consolidate":
      return run("consolidate");
    case "template":
      return run("createTemplate");
    case "select":
      return lang === "fr" ? "cliquez de nouveau sur le problème" : "click the problem again";
    case "summary":
      return lang === "fr" ? "fermez et rouvrez le volet" : "close and reopen the pane";
  }
}

/**
 * The sentence for a kind of failure during an action.
 * @example adviceSentence("cellEdit", "compute", "en") // "A cell is being edited in Excel: … then run Compute again."
 */
export function adviceSentence(advice: Advice, action: ExcelAction, lang: Lang, code = ""): string {
  return ADVICE[lang][advice].replace("{retry}", retry(lang, action)).replace("{code}", code);
}

/**
 * What A1 of a tab says while it is being written: it starts with the generated mark (so the
 * next run may rewrite it, SPEC §1) and tells the reader what to do if it stays.
 */
export function interruptedMark(action: "compute" | "consolidate", lang: Lang): string {
  return lang === "fr"
    ? `${GENERATED_MARK} — écriture interrompue${NB}: ${retry(lang, action)} pour réécrire cet onglet`
    : `${GENERATED_MARK} — writing interrupted: ${retry(lang, action)} to rewrite this tab`;
}

/**
 * Créer la fiche stopped half-way and could not remove the tabs it had added: which ones, and
 * that they must be deleted before it runs again (it never touches a tab that exists).
 */
export function templateLeftoverSentence(tabs: readonly string[], lang: Lang): string {
  const names = joinNames(
    lang,
    tabs.map((tab) => q(lang, tab)),
  );
  const button = t(lang, "createTemplate").replace(/…$/, "");
  if (lang === "en") {
    return tabs.length === 1
      ? `Writing stopped half-way: the new tab ${names} may be incomplete. Delete it, then run ${button} again, which never touches an existing tab.`
      : `Writing stopped half-way: the new tabs ${names} may be incomplete. Delete them, then run ${button} again, which never touches an existing tab.`;
  }
  return tabs.length === 1
    ? `L'écriture s'est arrêtée en cours de route${NB}: le nouvel onglet ${names} est peut-être incomplet. Supprimez-le, puis relancez ${button}, qui ne touche jamais un onglet existant.`
    : `L'écriture s'est arrêtée en cours de route${NB}: les nouveaux onglets ${names} sont peut-être incomplets. Supprimez-les, puis relancez ${button}, qui ne touche jamais un onglet existant.`;
}

/**
 * The sentence that comes before the advice when a write stopped half-way: which tabs are left
 * incomplete, and that the next run rewrites them.
 */
export function interruptedSentence(tabs: readonly string[], action: "compute" | "consolidate", lang: Lang): string {
  const names = joinNames(
    lang,
    tabs.map((tab) => q(lang, tab)),
  );
  const button = t(lang, action).replace(/…$/, "");
  if (lang === "en") {
    return tabs.length === 1
      ? `Writing stopped half-way: the tab ${names} is incomplete (its cell A1 says so) and the next ${button} rewrites it.`
      : `Writing stopped half-way: the tabs ${names} are incomplete (their cell A1 says so) and the next ${button} rewrites them.`;
  }
  return tabs.length === 1
    ? `L'écriture s'est arrêtée en cours de route${NB}: l'onglet ${names} est incomplet (sa cellule A1 le signale) et le prochain ${button} le réécrira.`
    : `L'écriture s'est arrêtée en cours de route${NB}: les onglets ${names} sont incomplets (leur cellule A1 le signale) et le prochain ${button} les réécrira.`;
}

/** Before writing: a sheet to rewrite is protected; nothing was written. */
export function protectedSheetReason(sheet: string, lang: Lang): string {
  return lang === "fr"
    ? `La feuille ${q(lang, sheet)} est protégée${NB}: ôtez la protection (Révision › Ôter la protection de la feuille) pour qu'elle soit réécrite${NB}; rien n'a été écrit.`
    : `The sheet ${q(lang, sheet)} is protected: unprotect it (Review › Unprotect Sheet) so that it can be rewritten; nothing was written.`;
}

/** Before writing: a tab must be added but the workbook's structure is protected; nothing was written. */
export function protectedStructureReason(sheet: string, lang: Lang): string {
  return lang === "fr"
    ? `L'onglet ${q(lang, sheet)} doit être ajouté mais la structure du classeur est protégée${NB}: ôtez-la (Révision › Protéger le classeur)${NB}; rien n'a été écrit.`
    : `The tab ${q(lang, sheet)} must be added but the workbook's structure is protected: unprotect it (Review › Protect Workbook); nothing was written.`;
}

/** Before writing: the workbook is open read-only. */
export function readOnlySentence(action: ExcelAction, lang: Lang): string {
  return lang === "fr"
    ? `Ce classeur est ouvert en lecture seule${NB}: ouvrez-le en modification (Modifier le classeur, ou enregistrez-en une copie), puis ${retry(lang, action)}.`
    : `This workbook is open read-only: open it for editing (Edit Workbook, or save a copy), then ${retry(lang, action)}.`;
}
