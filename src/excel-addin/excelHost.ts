/**
 * The PanelHost of the Excel taskpane: the panel's actions over {@link ExcelWorkbookIO}.
 * Round trips: Vérifier = 1 sync, Calculer = 2 (read with the A1 marks, then one write), once
 * the sheet names are known (the panel's opening reads them).
 */
import { analyzeWorkbook } from "../core/analyze.js";
import { toCheckDocument } from "../core/output/checkDocument.js";
import { parseWorkbook } from "../core/parse/index.js";
import { buildPortfolioSheets, consolidatePortfolio, summarizeProject } from "../core/portfolio/index.js";
import type { ProjectSummaryForPortfolio } from "../core/portfolio/types.js";
import { buildProjectReport } from "../core/report/projectReport.js";
import { TABS } from "../core/template/columns.js";
import type { Analysis, IsoDate, Lang, PortfolioFailure, WorkbookGrid } from "../core/types.js";
import type { ConsolidateOutcome, PanelHost, Progress, ProjectSummary } from "../panel/host.js";
import { panelSteps } from "../panel/steps.js";
import { type ExcelWorkbookIO, tabKey } from "./workbookIO.js";

export { type ExcelRun, ExcelWorkbookIO, type SheetState, type WorkbookSnapshot } from "./workbookIO.js";

export interface ExcelHostOptions {
  readonly io: ExcelWorkbookIO;
  /** `playground` when the workbook is the in-memory fake. */
  readonly kind?: "excel" | "playground";
  /** Today as `YYYY-MM-DD`: the status date when the sheet gives none. */
  readonly today?: () => IsoDate;
}

/** Today in the user's calendar (the browser's local date), as `YYYY-MM-DD`. */
export function localToday(): IsoDate {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const REQUIRED_KEYS = TABS.filter((t) => t.required).map((t) => [t.fr, t.en, ...t.aliases].map(tabKey));
const projectSpec = TABS.find((t) => t.key === "projet");
const PROJECT_KEYS = new Set(projectSpec ? [projectSpec.fr, projectSpec.en, ...projectSpec.aliases].map(tabKey) : []);

/**
 * What the panel header shows, from a workbook grid — as the Sheets sidebar shows it
 * (src/apps-script/projectLead.ts `projectSummary`): the template is there when every required
 * tab is; the project fields come from the Projet tab; the status date is its Date d'état,
 * else today.
 */
export function summarize(grid: WorkbookGrid, today: IsoDate): ProjectSummary {
  const names = new Set(grid.sheets.map((s) => tabKey(s.name)));
  const hasTemplate = REQUIRED_KEYS.every((keys) => keys.some((k) => names.has(k)));
  const projet = grid.sheets.find((s) => PROJECT_KEYS.has(tabKey(s.name)));
  if (!projet) return { hasTemplate, code: null, title: null, status: null, statusDate: today };
  const project = parseWorkbook({ sheets: [projet] }).fiche.project;
  return {
    hasTemplate,
    code: project.code,
    title: project.title,
    status: project.status,
    statusDate: project.statusDate ?? today,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The panel host over Office.js.
 * @example mountPanel(root, createExcelPanelHost({ io: new ExcelWorkbookIO(Excel.run) }))
 */
export function createExcelPanelHost(options: ExcelHostOptions): PanelHost {
  const { io } = options;
  const today = options.today ?? localToday;
  const analyze = (grid: WorkbookGrid, lang: Lang): Analysis => analyzeWorkbook(grid, { statusDate: today(), lang });

  return {
    kind: options.kind ?? "excel",
    async summary() {
      return summarize((await io.readAll()).grid, today());
    },
    createTemplate(lang) {
      return io.createTemplateTabs(lang);
    },
    async check(lang) {
      const snapshot = await io.readAll();
      return toCheckDocument(analyze(snapshot.grid, lang));
    },
    async compute(lang) {
      const snapshot = await io.readAll();
      const analysis = analyze(snapshot.grid, lang);
      const outcome = await io.writeSheets(buildProjectReport(analysis), { lang, snapshot });
      return { document: toCheckDocument(analysis), outcome, steps: panelSteps(analysis) };
    },
    selectCell(sheet, cell) {
      return io.selectCell(sheet, cell);
    },
    async consolidate(input, lang, progress: Progress): Promise<ConsolidateOutcome> {
      const files = input.files ?? [];
      if (files.length === 0) throw new Error(lang === "fr" ? "aucun classeur choisi" : "no workbook chosen");
      // exceljs (about 1 MB) is loaded only when the user consolidates.
      const { gridFromXlsx } = await import("./exceljsGrid.js");
      const summaries: ProjectSummaryForPortfolio[] = [];
      const failures: PortfolioFailure[] = [];
      for (const [i, file] of files.entries()) {
        progress(i, files.length, file.name);
        try {
          const grid = await gridFromXlsx(await file.arrayBuffer(), lang);
          summaries.push(summarizeProject(file.name, analyze(grid, lang)));
        } catch (error) {
          failures.push({ file: file.name, message: messageOf(error) });
        }
      }
      progress(files.length, files.length, "");
      const snapshot = await io.readAll();
      // The open workbook's Capacité tab, if any, is the portfolio capacity.
      const capacity = parseWorkbook(snapshot.grid).fiche.capacity;
      const portfolio = consolidatePortfolio(summaries, { capacity, failures, lang });
      const outcome = await io.writeSheets(buildPortfolioSheets(portfolio, lang), { lang, snapshot });
      return { ...outcome, projects: portfolio.rows.length, failures: portfolio.failures };
    },
  };
}
