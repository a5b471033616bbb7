/**
 * Every string the panel shows, French and English, in one catalogue. Workbook text never
 * goes through here: it is inserted with `textContent` by the renderers.
 */
import type { Lang } from "../core/types.js";

const fr = {
  product: "Fiche projet",
  langGroup: "Langue",
  langFr: "Français",
  langEn: "English",
  noProject: "Aucune fiche ouverte",
  untitledProject: "Fiche sans code ni intitulé (onglet Projet)",
  statusDate: "état au {date}",
  actions: "Actions",
  createTemplate: "Créer la fiche",
  check: "Vérifier",
  compute: "Calculer",
  consolidate: "Consolider…",
  consolidateFiles: "Choisir les classeurs projet (.xlsx)",
  folderLabel: "Dossier Google Drive (lien ou identifiant)",
  folderGo: "Consolider ce dossier",
  folderCancel: "Annuler",
  folderHelp:
    "Les fiches projet du dossier au format Google Sheets sont lues\u00A0; un .xlsx est signalé, sans être lu (ouvrez-le avec Google Sheets pour l'inclure).",
  health: "Santé du projet",
  healthBudget: "Budget",
  healthSchedule: "Délais",
  healthStaffing: "Équipe",
  health_green: "bon",
  health_amber: "à surveiller",
  health_red: "critique",
  health_unknown: "à vérifier",
  health_empty: "pas de données",
  busyTemplate: "Création des onglets…",
  busyCheck: "Vérification…",
  busyCompute: "Calcul et écriture…",
  busyConsolidate: "Consolidation…",
  progressFiles: "{done} / {total} classeurs",
  emptyNoTemplate:
    "Ce classeur n'a pas encore de fiche projet. « Créer la fiche » ajoute les onglets du modèle (Projet, Calendrier, Budget, Équipe…) sans toucher aux données existantes.",
  emptyStart:
    "« Vérifier » contrôle la fiche et liste les problèmes cellule par cellule. « Calculer » écrit les onglets Synthèse et Contrôles.",
  emptyConsolidate:
    "«\u00A0Consolider…\u00A0» lit les fiches projet d'un dossier Google Drive et écrit le portefeuille dans ce classeur\u00A0: Portefeuille, Budget consolidé, Charge services et Contrôles.",
  noIssues: "Aucun problème : la fiche est complète et cohérente.",
  issuesTitle: "Contrôles",
  countErrors: "{n} erreur|{n} erreurs",
  countWarnings: "{n} alerte|{n} alertes",
  countInfos: "{n} information|{n} informations",
  workbook: "Classeur",
  sev_error: "Erreur",
  sev_warning: "Alerte",
  sev_info: "Information",
  goToCell: "Aller à la cellule {cell}",
  moreIssues: "… et {n} autres dans l'onglet Contrôles",
  figures: "Chiffres clés",
  figBudget: "Budget",
  figCommitted: "{pct} engagé",
  figPaid: "{pct} mandaté",
  figForecast: "prévision {pct} des crédits",
  figOpen: "Crédits ouverts {amount}",
  figSchedule: "Délais",
  figOnTime: "dans les temps (fin {date})",
  figLate: "+{n} j ouvrés (fin {date})",
  figEarly: "{n} j ouvrés d'avance (fin {date})",
  figNoSchedule: "pas d'étape datée",
  figNoBudget: "aucune ligne dans l'onglet Budget",
  figUnreliable: "Chiffres à vérifier\u00A0: l'onglet {tab} contient des erreurs.",
  figNa: "n.d.",
  figStaffing: "Équipe",
  figNoOverload: "aucune surcharge",
  figNoTeam: "aucune ligne dans l'onglet Équipe",
  figOverload: "{service} · {month} · {pct}",
  figMoreOverloads: "+ {n} autres surcharges",
  gantt: "Planning : prévu et prévision",
  ganttBaseline: "prévu",
  ganttForecast: "prévision",
  ganttStep: "{id} : prévu jusqu'au {baseline}, prévision {forecast}",
  doneTemplate: "Onglets ajoutés : {tabs}.",
  doneTemplateNothing: "Tous les onglets du modèle sont déjà présents : rien n'a été modifié.",
  doneTemplateNext: "Complétez les onglets, puis «\u00A0Vérifier\u00A0».",
  blockedNoTemplate:
    "Rien n'a été calculé\u00A0: ce classeur n'a pas de fiche projet. Créez d'abord la fiche (bouton «\u00A0Créer la fiche\u00A0»).",
  doneCheck: "Vérification terminée.",
  doneWritten: "{tabs} écrits.",
  doneWrittenOne: "{tabs} écrit.",
  doneConsolidate: "{n} projet consolidé.|{n} projets consolidés.",
  doneConsolidateFailures: "{n} fichier illisible : {files}.|{n} fichiers illisibles : {files}.",
  doneConsolidateSkipped: "{files} — {reason}",
  refused: "{reason}",
  failed: "Échec : {message}",
  failedHint: "Vérifiez le classeur puis réessayez ; si cela persiste, fermez et rouvrez le volet.",
  selectFailed: "Impossible d'aller à {cell} : {message}",
  noFiles: "Aucun classeur choisi.",
  unavailable:
    "Ce volet ne fonctionne que dans Excel\u00A0: ouvrez le classeur dans Excel, puis Accueil › Fiche projet.",
  and: " et ",
};

type Key = keyof typeof fr;

const en: Record<Key, string> = {
  product: "Project sheet",
  langGroup: "Language",
  langFr: "Français",
  langEn: "English",
  noProject: "No project sheet open",
  untitledProject: "Sheet without a code or title (Projet tab)",
  statusDate: "as of {date}",
  actions: "Actions",
  createTemplate: "Create sheet",
  check: "Check",
  compute: "Compute",
  consolidate: "Consolidate…",
  consolidateFiles: "Choose project workbooks (.xlsx)",
  folderLabel: "Google Drive folder (link or ID)",
  folderGo: "Consolidate this folder",
  folderCancel: "Cancel",
  folderHelp:
    "The folder's project sheets in Google Sheets format are read; an .xlsx file is reported, not read (open it with Google Sheets to include it).",
  health: "Project health",
  healthBudget: "Budget",
  healthSchedule: "Schedule",
  healthStaffing: "Staffing",
  health_green: "on track",
  health_amber: "at risk",
  health_red: "off track",
  health_unknown: "to check",
  health_empty: "no data",
  busyTemplate: "Adding the tabs…",
  busyCheck: "Checking…",
  busyCompute: "Computing and writing…",
  busyConsolidate: "Consolidating…",
  progressFiles: "{done} / {total} workbooks",
  emptyNoTemplate:
    "This workbook has no project sheet yet. “Create sheet” adds the template tabs (Projet, Calendrier, Budget, Équipe…) without touching existing data.",
  emptyStart:
    "“Check” validates the sheet and lists problems cell by cell. “Compute” writes the Synthèse and Contrôles tabs.",
  emptyConsolidate:
    "“Consolidate…” reads the project sheets of a Google Drive folder and writes the portfolio into this spreadsheet: Portefeuille, Budget consolidé, Charge services and Contrôles.",
  noIssues: "No problem found: the sheet is complete and consistent.",
  issuesTitle: "Checks",
  countErrors: "{n} error|{n} errors",
  countWarnings: "{n} warning|{n} warnings",
  countInfos: "{n} note|{n} notes",
  workbook: "Workbook",
  sev_error: "Error",
  sev_warning: "Warning",
  sev_info: "Information",
  goToCell: "Go to cell {cell}",
  moreIssues: "… and {n} more in the Contrôles tab",
  figures: "Key figures",
  figBudget: "Budget",
  figCommitted: "{pct} committed",
  figPaid: "{pct} paid",
  figForecast: "forecast {pct} of credits",
  figOpen: "Open credits {amount}",
  figSchedule: "Schedule",
  figOnTime: "on time (finish {date})",
  figLate: "+{n} working days (finish {date})",
  figEarly: "{n} working days early (finish {date})",
  figNoSchedule: "no dated step",
  figNoBudget: "no line in the Budget tab",
  figUnreliable: "Figures to check: the {tab} tab holds errors.",
  figNa: "n/a",
  figStaffing: "Staffing",
  figNoOverload: "no overload",
  figNoTeam: "no line in the Équipe tab",
  figOverload: "{service} · {month} · {pct}",
  figMoreOverloads: "+ {n} more overloads",
  gantt: "Schedule: baseline and forecast",
  ganttBaseline: "baseline",
  ganttForecast: "forecast",
  ganttStep: "{id}: baseline until {baseline}, forecast {forecast}",
  doneTemplate: "Tabs added: {tabs}.",
  doneTemplateNothing: "Every template tab is already there: nothing was changed.",
  doneTemplateNext: "Fill in the tabs, then “Check”.",
  blockedNoTemplate:
    "Nothing was computed: this workbook has no project sheet. Create the sheet first (“Create sheet” button).",
  doneCheck: "Check complete.",
  doneWritten: "{tabs} written.",
  doneWrittenOne: "{tabs} written.",
  doneConsolidate: "{n} project consolidated.|{n} projects consolidated.",
  doneConsolidateFailures: "{n} unreadable file: {files}.|{n} unreadable files: {files}.",
  doneConsolidateSkipped: "{files} — {reason}",
  refused: "{reason}",
  failed: "Failed: {message}",
  failedHint: "Check the workbook and try again; if it persists, close and reopen the pane.",
  selectFailed: "Cannot go to {cell}: {message}",
  noFiles: "No workbook chosen.",
  unavailable: "This pane only works inside Excel: open the workbook in Excel, then Home › Project sheet.",
  and: " and ",
};

export const STRINGS: Readonly<Record<Lang, Readonly<Record<Key, string>>>> = { fr, en };

/**
 * A panel string with `{name}` placeholders filled. A template with `one|many` picks by `n`.
 * @example t("fr", "countErrors", { n: 2 }) // "2 erreurs"
 */
export function t(lang: Lang, key: Key, params: Readonly<Record<string, string | number>> = {}): string {
  let text = STRINGS[lang][key];
  if (text.includes("|")) {
    const [one, many] = text.split("|") as [string, string];
    text = Number(params.n) === 1 ? one : many;
  }
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Joins names the way a sentence does: `A, B et C`. */
export function joinNames(lang: Lang, names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")}${STRINGS[lang].and}${names[names.length - 1]}`;
}
