/**
 * The host interface the shared panel talks to. The Excel taskpane implements it over
 * Office.js in the page; the Sheets sidebar implements it over `google.script.run`, where
 * only plain objects and ISO date strings cross. Every method resolves with plain data.
 */
import type { CheckDocument, Lang } from "../core/types.js";

/** What the panel shows in its header. */
export interface ProjectSummary {
  readonly hasTemplate: boolean;
  readonly code: string | null;
  readonly title: string | null;
  readonly status: string | null;
  readonly statusDate: string | null;
}

/** One step as the mini Gantt draws it (baseline bar against forecast bar). */
export interface PanelStep {
  readonly id: string;
  readonly name: string;
  readonly baselineStart: string;
  readonly baselineFinish: string;
  readonly forecastStart: string;
  readonly forecastFinish: string;
  readonly late: boolean;
  readonly critical: boolean;
  readonly milestone: boolean;
}

/** The one-line outcome of an action that wrote tabs. */
export interface WriteOutcome {
  /** Tabs written or created. */
  readonly written: readonly string[];
  /** Tabs left alone (e.g. a `Synthèse` tab without the generated mark), with why. */
  readonly refused: readonly { readonly sheet: string; readonly reason: string }[];
}

export interface ConsolidateOutcome extends WriteOutcome {
  readonly projects: number;
  readonly failures: readonly { readonly file: string; readonly message: string }[];
}

export type Progress = (done: number, total: number, label: string) => void;

export interface PanelHost {
  /** `excel`, `sheets` or `playground`: the panel adapts a few labels. */
  readonly kind: "excel" | "sheets" | "playground";
  summary(): Promise<ProjectSummary>;
  /** Adds the missing template tabs; never touches existing data. */
  createTemplate(lang: Lang): Promise<WriteOutcome>;
  /** The `check --json` document of the open workbook (issues and figures). */
  check(lang: Lang): Promise<CheckDocument>;
  /** Checks, computes and writes `Synthèse` and `Contrôles`. */
  compute(lang: Lang): Promise<{
    readonly document: CheckDocument;
    readonly outcome: WriteOutcome;
    /** The steps for the mini Gantt (see `panelSteps` in src/panel/steps.ts); no Gantt without them. */
    readonly steps?: readonly PanelStep[];
  }>;
  /** Selects a cell such as `Budget!L5` in the host. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * Consolidates project workbooks into portfolio tabs of the open workbook. Excel asks the
   * user for files (`files` given by the panel's file picker); Sheets reads a Drive folder.
   */
  consolidate(
    input: { readonly files?: readonly File[]; readonly folderId?: string },
    lang: Lang,
    progress: Progress,
  ): Promise<ConsolidateOutcome>;
}

/** Options of {@link PanelHost}-driven panel (implemented in `src/panel/panel.ts`). */
export interface PanelOptions {
  readonly lang?: Lang;
  /** Today as `YYYY-MM-DD`, for display only. */
  readonly today?: string;
}
// The panel's entry point, shared by the taskpane and the sidebar:
//   export function mountPanel(root: HTMLElement, host: PanelHost, options?: PanelOptions): PanelHandle
// (styles: src/panel/panel.css, to inline in the page)
