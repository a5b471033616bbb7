/**
 * What crosses between a host and the panel: plain data only (it travels through
 * `google.script.run` as JSON-like objects and ISO date strings). Every host returns these
 * shapes; the panel renders them.
 */
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

/**
 * Why Calculer (`check -o`) wrote nothing although the workbook was read: `noTemplate`, it holds
 * none of the fiche's required tabs (Projet, Calendrier, Budget, Équipe). Each host says what to
 * do in its own words (a button, a menu, a command).
 */
export type ComputeBlocked = "noTemplate";

/** A tab a write left alone, and why (one sentence for the user). */
export interface RefusedTab {
  readonly sheet: string;
  readonly reason: string;
}

/** The one-line outcome of an action that wrote tabs. */
export interface WriteOutcome {
  /** Tabs written or created. */
  readonly written: readonly string[];
  /** Tabs left alone (e.g. a `Synthèse` tab without the generated mark), with why. */
  readonly refused: readonly RefusedTab[];
}

/** A workbook that was not consolidated, with why. */
export interface FileProblem {
  readonly file: string;
  readonly message: string;
}

/**
 * A file consolidated otherwise than as a project (SPEC §6): the capacity workbook found among
 * the files (`capacity`), a previous portfolio or report (`generated`), a capacity workbook not
 * used (`capacityIgnored`), a workbook whose code another one carries (`setAside`).
 */
export interface FileNote {
  readonly file: string;
  readonly kind: "capacity" | "generated" | "capacityIgnored" | "setAside";
}

/** What Consolider reports, whichever host ran it. */
export interface ConsolidateOutcome extends WriteOutcome {
  readonly projects: number;
  readonly failures: readonly FileProblem[];
  /** Files not counted as projects that are not failures either; absent means none. */
  readonly notes?: readonly FileNote[];
}

/**
 * Where a consolidation in several executions stands (the direction's Drive folder: each
 * execution of Apps Script is limited to 6 minutes, so the job continues from triggers).
 */
export interface ConsolidationStatus extends ConsolidateOutcome {
  /** `running`: more batches to come; `done`: portfolio written (or refused); `busy`: another batch holds the lock. */
  readonly state: "idle" | "running" | "done" | "busy";
  readonly folderId?: string | null;
  readonly processed: number;
  readonly total: number;
}

/** Progress of a long action: `done` of `total`, and what is being read. */
export type Progress = (done: number, total: number, label: string) => void;
