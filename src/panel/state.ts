/**
 * The panel's state and its transitions: plain data and one pure function, no DOM, so that what
 * a click or a host answer does to the panel is tested without a browser. `mountPanel` keeps
 * one state, applies each event with {@link nextState} and re-renders from the result.
 */
import type { CheckDocument, Lang } from "../core/types.js";
import { templateCoverage } from "./claims.js";
import { isActionable, type PanelStep, type ProjectSummary } from "./host.js";
import { t } from "./strings.js";

/** What the action bar can run. */
export type Action = "template" | "check" | "compute" | "consolidate";

/** Every action, in the bar's order: what a panel offers unless its host says otherwise. */
export const ALL_ACTIONS: readonly Action[] = ["template", "check", "compute", "consolidate"];

/** The action running, with its progress when it counts files. */
export interface Busy {
  readonly action: Action;
  readonly done?: number;
  readonly total?: number;
}

/** The last outcome shown in the status line. */
export interface Outcome {
  readonly ok: boolean;
  readonly lines: readonly string[];
}

export interface PanelState {
  readonly lang: Lang;
  readonly summary: ProjectSummary | null;
  readonly busy: Busy | null;
  readonly outcome: Outcome | null;
  /**
   * The document of the last Vérifier or Calculer; its issues and figures are what the panel
   * shows. Null before either, and again after any action that makes it stale.
   */
  readonly doc: CheckDocument | null;
  /** Whether `doc` came from Compute (figures shown) rather than Check (issues only). */
  readonly computed: boolean;
  readonly steps: readonly PanelStep[] | null;
  /** Issue groups the user folded, by group key. */
  readonly collapsed: ReadonlySet<string>;
  readonly folderFormOpen: boolean;
  /** Opened outside Excel: the panel says where to open it and never calls the host. */
  readonly unavailable: boolean;
  /** The actions offered (PanelOptions.actions). */
  readonly actions: readonly Action[];
}

/** Something that happened: a click, a host answer, a progress report. */
export type PanelEvent =
  | { readonly type: "lang"; readonly lang: Lang }
  | { readonly type: "summary"; readonly summary: ProjectSummary }
  | { readonly type: "start"; readonly action: Action }
  | { readonly type: "progress"; readonly done: number; readonly total: number }
  /** An outcome to show, the running action (if any) going on. */
  | { readonly type: "outcome"; readonly outcome: Outcome }
  /** The running action ended with this outcome. */
  | { readonly type: "finish"; readonly outcome: Outcome }
  | { readonly type: "checked"; readonly doc: CheckDocument }
  | { readonly type: "computed"; readonly doc: CheckDocument; readonly steps: readonly PanelStep[] | null }
  /**
   * What the panel shows no longer describes the workbook: tabs were added (Créer la fiche), a
   * portfolio was written over its tabs (Consolider), or the action failed.
   */
  | { readonly type: "cleared" }
  | { readonly type: "toggleGroup"; readonly key: string }
  | { readonly type: "folderForm"; readonly open: boolean };

/**
 * The state of a panel just mounted: nothing read yet.
 * @example initialState("en").busy // null
 */
export function initialState(lang: Lang, unavailable = false, actions: readonly Action[] = ALL_ACTIONS): PanelState {
  return {
    lang,
    unavailable,
    actions,
    summary: null,
    busy: null,
    outcome: null,
    doc: null,
    computed: false,
    steps: null,
    collapsed: new Set(),
    folderFormOpen: false,
  };
}

/**
 * The state after `event`; `state` itself is left as it was.
 * @example nextState(initialState("fr"), { type: "start", action: "check" }).busy // { action: "check" }
 */
export function nextState(state: PanelState, event: PanelEvent): PanelState {
  switch (event.type) {
    case "lang":
      return { ...state, lang: event.lang };
    case "summary":
      return { ...state, summary: event.summary };
    case "start":
      return { ...state, busy: { action: event.action }, outcome: null };
    case "progress":
      return { ...state, busy: { action: "consolidate", done: event.done, total: event.total } };
    case "outcome":
      return { ...state, outcome: event.outcome };
    case "finish":
      return { ...state, busy: null, outcome: event.outcome };
    case "checked":
      return { ...adopt(state, event.doc), computed: false, steps: null };
    case "computed":
      return { ...adopt(state, event.doc), computed: true, steps: event.steps };
    case "cleared":
      return { ...state, doc: null, computed: false, steps: null, collapsed: new Set() };
    case "toggleGroup":
      return { ...state, collapsed: toggled(state.collapsed, event.key) };
    case "folderForm":
      return { ...state, folderFormOpen: event.open };
  }
}

/** A document read: it is shown, and the project line follows it (with what it says of the template). */
function adopt(state: PanelState, doc: CheckDocument): PanelState {
  const p = doc.project;
  const hasTemplate = templateCoverage(doc) === "complete";
  const summary = { hasTemplate, code: p.code, title: p.title, status: p.status, statusDate: p.statusDate };
  return { ...state, doc, summary };
}

function toggled(keys: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(keys);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}

/** Whether a panel offers project actions (a project's workbook), not only Consolider (a portfolio's). */
export function offersProject(state: PanelState): boolean {
  return state.actions.some((a) => a !== "consolidate");
}

/**
 * The outcome of a host call that threw: its message, and with `hint` what to try next.
 * @example failure("en", new Error("no workbook"), false).lines // ["Failed: no workbook"]
 */
export function failure(lang: Lang, error: unknown, hint: boolean): Outcome {
  const message = error instanceof Error ? error.message : String(error);
  const lines = [t(lang, "failed", { message })];
  // A host's sentence already says what to do: no generic advice after it.
  if (hint && !isActionable(error)) lines.push(t(lang, "failedHint"));
  return { ok: false, lines };
}
