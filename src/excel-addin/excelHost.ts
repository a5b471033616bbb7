/**
 * The PanelHost of the Excel taskpane: the panel's actions over {@link ExcelWorkbookIO}, each one
 * a job of the application layer (src/core/app). Round trips: Vérifier = 1 sync, Calculer = 2
 * (read with the A1 marks, then one write), once the sheet names are known (the panel's opening
 * reads them). An Office failure reaches the panel as one sentence that says what to do
 * (officeErrors.ts), never as Office's own localised message.
 */
import {
  type ConsolidateOutcome,
  checkWorkbook,
  computeWorkbook,
  consolidate,
  type FileOutcome,
  failedWorkbook,
  fileNotes,
  findCapacity,
  findTabName,
  type JobOptions,
  portfolioSheets,
  projectHeader,
  summarizeWorkbook,
} from "../core/app/index.js";
import type { IsoDate, Lang } from "../core/types.js";
import type { PanelHost, Progress } from "../panel/host.js";
import { gridFromXlsx } from "../xlsx/gridFromXlsx.js";
import type { ExcelAction } from "./messages.js";
import { explainedError } from "./officeErrors.js";
import type { ExcelWorkbookIO } from "./workbookIO.js";

export {
  delayedRun,
  type ExcelRun,
  ExcelWorkbookIO,
  type SheetState,
  type WorkbookSnapshot,
} from "./workbookIO.js";

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
  const job = (lang: Lang): JobOptions => ({ lang, today: today() });
  // The panel gives no language to summary() and selectCell(): the last one an action used.
  let lastLang: Lang = "fr";
  async function explained<T>(action: ExcelAction, lang: Lang, work: () => Promise<T>): Promise<T> {
    lastLang = lang;
    try {
      return await work();
    } catch (error) {
      throw explainedError(error, action, lang);
    }
  }

  return {
    kind: options.kind ?? "excel",
    summary() {
      return explained("summary", lastLang, async () => {
        const { grid } = await io.readAll();
        const names = grid.sheets.map((s) => s.name);
        const projet = findTabName(names, "projet");
        return projectHeader(names, grid.sheets.find((s) => s.name === projet) ?? null, today());
      });
    },
    createTemplate(lang) {
      return explained("template", lang, () => io.createTemplateTabs(lang));
    },
    check(lang) {
      return explained("check", lang, async () => {
        const snapshot = await io.readAll();
        return checkWorkbook(snapshot.grid, job(lang)).document;
      });
    },
    compute(lang) {
      return explained("compute", lang, async () => {
        const snapshot = await io.readAll();
        const computed = computeWorkbook(snapshot.grid, job(lang));
        if (computed.blocked)
          return { document: computed.document, outcome: { written: [], refused: [] }, blocked: computed.blocked };
        const outcome = await io.writeSheets(computed.sheets, { lang, snapshot, action: "compute" });
        return { document: computed.document, outcome, steps: computed.steps };
      });
    },
    selectCell(sheet, cell) {
      return explained("select", lastLang, () => io.selectCell(sheet, cell));
    },
    consolidate(input, lang, progress: Progress): Promise<ConsolidateOutcome> {
      return explained("consolidate", lang, async () => {
        const files = input.files ?? [];
        if (files.length === 0) throw new Error(lang === "fr" ? "aucun classeur choisi" : "no workbook chosen");
        const outcomes: FileOutcome[] = [];
        for (const [i, file] of files.entries()) {
          progress(i, files.length, file.name);
          try {
            outcomes.push(summarizeWorkbook(file.name, await gridFromXlsx(await file.arrayBuffer(), lang), job(lang)));
          } catch (error) {
            outcomes.push(failedWorkbook(file.name, messageOf(error)));
          }
        }
        progress(files.length, files.length, "");
        const snapshot = await io.readAll();
        // The open workbook's Capacité tab, if any, is the portfolio capacity; else a capacity
        // workbook among the chosen files is (the application layer decides).
        const portfolio = consolidate({ outcomes, capacity: findCapacity(snapshot.grid) }, { lang });
        const outcome = await io.writeSheets(portfolioSheets(portfolio), { lang, snapshot, action: "consolidate" });
        return {
          ...outcome,
          projects: portfolio.rows.length,
          failures: portfolio.failures,
          notes: fileNotes(portfolio),
        };
      });
    },
  };
}
