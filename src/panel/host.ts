/**
 * The host interface the shared panel talks to. The Excel taskpane implements it over
 * Office.js in the page; the Sheets sidebar implements it over `google.script.run`, where
 * only plain objects and ISO date strings cross. Every method resolves with plain data, in the
 * shapes of the application layer's protocol (src/core/app/protocol.ts).
 */
import type {
  ComputeBlocked,
  ConsolidateOutcome,
  PanelStep,
  Progress,
  ProjectSummary,
  WriteOutcome,
} from "../core/app/index.js";
import type { CheckDocument, Lang } from "../core/types.js";
import type { Action } from "./state.js";

export type {
  ComputeBlocked,
  ConsolidateOutcome,
  PanelStep,
  Progress,
  ProjectSummary,
  WriteOutcome,
} from "../core/app/index.js";
export type { Action } from "./state.js";

/**
 * What the panel asks of a host. A method may reject with an {@link ActionableError}: its message
 * already says what to do, and the panel adds no generic advice after it.
 */
export interface PanelHost {
  /** `excel`, `sheets` or `playground`: the panel adapts a few labels. */
  readonly kind: "excel" | "sheets" | "playground";
  /** `lang`: the panel's language, for a failure's sentence. */
  summary(lang?: Lang): Promise<ProjectSummary>;
  /** Adds the missing template tabs; never touches existing data. */
  createTemplate(lang: Lang): Promise<WriteOutcome>;
  /** The `check --json` document of the open workbook (issues and figures). */
  check(lang: Lang): Promise<CheckDocument>;
  /** Checks, computes and writes `Synthèse` and `Contrôles`. */
  compute(lang: Lang): Promise<{
    readonly document: CheckDocument;
    readonly outcome: WriteOutcome;
    /** The steps for the mini Gantt (`panelSteps` of the application layer); no Gantt without them. */
    readonly steps?: readonly PanelStep[];
    /** Nothing was written because there is nothing to compute (`computeWorkbook`'s `blocked`). */
    readonly blocked?: ComputeBlocked;
  }>;
  /** Selects a cell such as `Budget!L5` in the host; `lang` as for {@link summary}. */
  selectCell(sheet: string, cell: string, lang?: Lang): Promise<void>;
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

/**
 * An error whose message is already one sentence for the user that says what to do (a host turned
 * its platform's failure into it): the panel shows it without its generic advice. Recognised by
 * name, so that it survives a copy across realms.
 */
export class ActionableError extends Error {
  override readonly name = "ActionableError";
}

/** Whether `error` is an {@link ActionableError}. */
export function isActionable(error: unknown): boolean {
  return error instanceof Error && error.name === "ActionableError";
}

/** Options of {@link PanelHost}-driven panel (implemented in `src/panel/panel.ts`). */
export interface PanelOptions {
  readonly lang?: Lang;
  /** Today as `YYYY-MM-DD`, for display only. */
  readonly today?: string;
  /**
   * The page runs outside Excel (office.js reported no host, or did not load): the panel says
   * where to open it, disables its actions and never calls the host.
   */
  readonly unavailable?: boolean;
  /**
   * The actions this panel offers, in the bar's order; default all four. The direction's Sheets
   * sidebar offers `consolidate` only: its spreadsheet is the portfolio, not a project.
   */
  readonly actions?: readonly Action[];
}
