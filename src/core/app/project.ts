/**
 * The jobs on one project workbook, written once for every host: the panel header, Créer la
 * fiche, Vérifier and Calculer. A host reads the grid, calls one of these,
 * and writes the sheets it gets back.
 */
import { analyzeWorkbook } from "../analyze.js";
import { normalizeLabel } from "../cells/normalize.js";
import type { ExampleProject } from "../examples/types.js";
import { toCheckDocument } from "../output/checkDocument.js";
import { parseWorkbook } from "../parse/index.js";
import { hasTemplate, tabKeyOf } from "../parse/tabs.js";
import { buildProjectReport } from "../report/projectReport.js";
import { TABS } from "../template/columns.js";
import { INSTRUCTIONS_SHEET } from "../template/instructions.js";
import { buildTemplateSheets } from "../template/sheets.js";
import type { Analysis, CheckDocument, IsoDate, Lang, OutputSheet, Sheet, WorkbookGrid } from "../types.js";
import { analyzeOptionsOf, type JobOptions } from "./options.js";
import type { ComputeBlocked, PanelStep, ProjectSummary } from "./protocol.js";
import { panelSteps } from "./steps.js";

/** Vérifier: the analysis and its SPEC §4 document. */
export interface Checked {
  readonly analysis: Analysis;
  readonly document: CheckDocument;
}

/** Calculer: the check, plus the generated tabs to write and the Gantt rows of the panel. */
export interface Computed extends Checked {
  /** `Synthèse` then `Contrôles`; none when `blocked`. */
  readonly sheets: readonly OutputSheet[];
  readonly steps: readonly PanelStep[];
  /** Why there is nothing to write (the host writes nothing and says what to do), or null. */
  readonly blocked: ComputeBlocked | null;
}

/**
 * Reads, checks and computes a workbook (Vérifier, `check`).
 * @example checkWorkbook(grid, { lang: "fr", today: "2026-11-20" }).document.health.overall // "amber"
 */
export function checkWorkbook(grid: WorkbookGrid, options: JobOptions): Checked {
  const analysis = analyzeWorkbook(grid, analyzeOptionsOf(options));
  return { analysis, document: toCheckDocument(analysis) };
}

const REQUIRED_TABS: ReadonlySet<string> = new Set(TABS.filter((tab) => tab.required).map((tab) => tab.key));

/**
 * Whether the workbook holds none of the fiche's required tabs (by any accepted name): a blank
 * workbook, a capacity workbook, a portfolio. There is then no project to report on.
 * @example hasNoFicheTab(["Feuil1", "Capacité"]) // true
 */
export function hasNoFicheTab(sheetNames: readonly string[]): boolean {
  return !sheetNames.some((name) => REQUIRED_TABS.has(tabKeyOf(name) ?? ""));
}

/**
 * Checks and computes a workbook and builds the tabs to write (Calculer). A workbook
 * without any tab of the fiche is `blocked`: its check (the missing tabs) is returned, and no tab
 * is to be written — a Synthèse of nothing would look like a report.
 * @example computeWorkbook(grid, options).sheets.map((s) => s.name) // ["Synthèse", "Contrôles"]
 * @example computeWorkbook({ sheets: [{ name: "Feuil1", rows: [] }] }, options).blocked // "noTemplate"
 */
export function computeWorkbook(grid: WorkbookGrid, options: JobOptions): Computed {
  const checked = checkWorkbook(grid, options);
  if (hasNoFicheTab(grid.sheets.map((s) => s.name)))
    return { ...checked, sheets: [], steps: [], blocked: "noTemplate" };
  return {
    ...checked,
    sheets: buildProjectReport(checked.analysis),
    steps: panelSteps(checked.analysis),
    blocked: null,
  };
}

/**
 * The panel's header: whether the template is there (every required tab, by any accepted
 * name), and the project's code, title, status and status date (its `Date d'état`, else today).
 * Only the `Projet` tab is needed: `projet` is that sheet, or null when the workbook has none.
 * @example projectHeader(["Projet"], projetSheet, "2026-11-20").code // "MED-2025-01"
 */
export function projectHeader(sheetNames: readonly string[], projet: Sheet | null, today: IsoDate): ProjectSummary {
  const complete = hasTemplate(sheetNames);
  if (!projet) return { hasTemplate: complete, code: null, title: null, status: null, statusDate: today };
  const project = parseWorkbook({ sheets: [projet] }).fiche.project;
  return {
    hasTemplate: complete,
    code: project.code,
    title: project.title,
    status: project.status,
    statusDate: project.statusDate ?? today,
  };
}

/** Whether a template tab is already there, under any name it is accepted by. */
function isPresent(templateSheet: string, present: readonly string[]): boolean {
  const key = tabKeyOf(templateSheet);
  if (key !== null) return present.some((name) => tabKeyOf(name) === key);
  const instructions = [INSTRUCTIONS_SHEET.fr, INSTRUCTIONS_SHEET.en].map(normalizeLabel);
  const wanted = instructions.includes(normalizeLabel(templateSheet)) ? instructions : [normalizeLabel(templateSheet)];
  return present.some((name) => wanted.includes(normalizeLabel(name)));
}

/**
 * Créer la fiche: the template tabs the workbook lacks, in template order (existing tabs, in any
 * language or spelling, are never touched). `example` fills them with an example project.
 * @example templateTabsToAdd(["Projet", "Budget"], "fr").map((s) => s.name) // ["Mode d'emploi", "Validation", …]
 */
export function templateTabsToAdd(
  sheetNames: readonly string[],
  lang: Lang,
  example?: ExampleProject,
): readonly OutputSheet[] {
  const template = buildTemplateSheets(example ? { lang, example } : { lang });
  return template.filter((sheet) => !isPresent(sheet.name, sheetNames));
}
