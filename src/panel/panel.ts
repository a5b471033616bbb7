/**
 * The shared panel (Excel taskpane and Sheets sidebar): one column, 300 px, no framework.
 * This module wires the three parts: the host's answers become events, `state.ts` turns each
 * event into the next state, and `render.ts` redraws the panel from it.
 */
import type { Lang } from "../core/types.js";
import { writtenLines } from "./chrome.js";
import { h } from "./dom.js";
import type { PanelHost, PanelOptions } from "./host.js";
import { type PanelHandlers, paintPanel } from "./render.js";
import {
  type Action,
  failure,
  initialState,
  nextState,
  type Outcome,
  offersProject,
  type PanelEvent,
  type PanelState,
} from "./state.js";
import { t } from "./strings.js";

/** What `mountPanel` returns: enough for a host page or a test to drive it. */
export interface PanelHandle {
  /** Re-reads the project summary (e.g. after the user switched workbooks). */
  refresh(): Promise<void>;
  setLang(lang: Lang): void;
  /** Removes the panel's DOM. */
  destroy(): void;
}

/**
 * Mounts the panel into `root` and loads the project summary from the host.
 * @example mountPanel(document.getElementById("app")!, createExcelPanelHost(), { lang: "fr" })
 */
export function mountPanel(root: HTMLElement, host: PanelHost, options: PanelOptions = {}): PanelHandle {
  let state: PanelState = initialState(options.lang ?? "fr", options.unavailable === true, options.actions);
  const fileInput = h("input", {
    type: "file",
    multiple: true,
    accept: ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    class: "visually-hidden",
    tabindex: -1,
    "aria-hidden": "true",
    "data-testid": "consolidate-files",
  });
  fileInput.addEventListener("change", () => {
    const files = [...(fileInput.files ?? [])];
    fileInput.value = "";
    if (files.length === 0) {
      show({ type: "outcome", outcome: { ok: false, lines: [t(state.lang, "noFiles")] } });
      return;
    }
    void consolidate({ files });
  });
  const container = h("div", { class: "fp-panel" });
  root.append(container, fileInput);

  /** Applies an event without redrawing (several may come before the next redraw). */
  const apply = (event: PanelEvent) => {
    state = nextState(state, event);
  };
  const render = () => paintPanel(container, state, host.kind, handlers);
  const show = (event: PanelEvent) => {
    apply(event);
    render();
  };

  /**
   * Runs one action: busy while it runs, then its outcome. What the panel showed is replaced by
   * what the action returns; when a project action (template, check, compute) fails, what was
   * shown is cleared too, so that no earlier result passes for this one's.
   */
  async function run(action: Action, work: () => Promise<Outcome>): Promise<void> {
    if (state.busy) return;
    show({ type: "start", action });
    try {
      apply({ type: "finish", outcome: await work() });
    } catch (error) {
      if (action !== "consolidate") apply({ type: "cleared" });
      apply({ type: "finish", outcome: failure(state.lang, error, true) });
    } finally {
      render();
    }
  }

  const done = (lines: readonly string[]): Outcome => ({ ok: true, lines });

  const actions: Record<Exclude<Action, "consolidate">, () => Promise<Outcome>> = {
    template: async () => {
      const outcome = await host.createTemplate(state.lang);
      // The issue list described the workbook before these tabs: it goes; Vérifier is one click away.
      apply({ type: "cleared" });
      apply({ type: "summary", summary: await host.summary(state.lang) });
      const lines = writtenLines(outcome, state.lang, "template");
      return done(outcome.written.length > 0 ? [...lines, t(state.lang, "doneTemplateNext")] : lines);
    },
    check: async () => {
      apply({ type: "checked", doc: await host.check(state.lang) });
      return done([t(state.lang, "doneCheck")]);
    },
    compute: async () => {
      const result = await host.compute(state.lang);
      if (result.blocked) {
        // Nothing was computed: the missing tabs are shown as a check shows them, without figures.
        apply({ type: "checked", doc: result.document });
        return { ok: false, lines: [t(state.lang, "blockedNoTemplate")] };
      }
      apply({ type: "computed", doc: result.document, steps: result.steps ?? null });
      return done(writtenLines(result.outcome, state.lang, "compute"));
    },
  };

  function consolidate(input: { files?: readonly File[]; folderId?: string }): Promise<void> {
    return run("consolidate", async () => {
      const outcome = await host.consolidate(input, state.lang, (done, total) => {
        show({ type: "progress", done, total });
      });
      // The portfolio's tabs (its Contrôles among them) were written into this workbook.
      if (outcome.written.length > 0) apply({ type: "cleared" });
      const lines = [
        t(state.lang, "doneConsolidate", { n: outcome.projects }),
        ...writtenLines(outcome, state.lang, "consolidate"),
      ];
      if (outcome.failures.length > 0) {
        const files = outcome.failures.map((f) => f.file).join(", ");
        lines.push(t(state.lang, "doneConsolidateFailures", { n: outcome.failures.length, files }));
      }
      return done(lines);
    });
  }

  const handlers: PanelHandlers = {
    onLang: (lang) => handle.setLang(lang),
    onAction: (action) => {
      void run(action, actions[action]);
    },
    onConsolidate: () => {
      if (host.kind === "sheets") show({ type: "folderForm", open: !state.folderFormOpen });
      else fileInput.click();
    },
    onFolderSubmit: (folderId) => {
      apply({ type: "folderForm", open: false });
      void consolidate({ folderId });
    },
    onFolderCancel: () => show({ type: "folderForm", open: false }),
    onToggleGroup: (key) => show({ type: "toggleGroup", key }),
    onSelectCell: (sheet, cell) => {
      host.selectCell(sheet, cell, state.lang).catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        const lines = [t(state.lang, "selectFailed", { cell: `${sheet}!${cell}`, message })];
        show({ type: "outcome", outcome: { ok: false, lines } });
      });
    },
  };

  const handle: PanelHandle = {
    async refresh() {
      // A portfolio's panel (Consolider only) has no project to show.
      if (state.unavailable || !offersProject(state)) return;
      try {
        apply({ type: "summary", summary: await host.summary(state.lang) });
      } catch (error) {
        apply({ type: "outcome", outcome: failure(state.lang, error, false) });
      }
      render();
    },
    setLang(lang) {
      show({ type: "lang", lang });
    },
    destroy() {
      container.remove();
      fileInput.remove();
    },
  };
  render();
  void handle.refresh();
  return handle;
}
