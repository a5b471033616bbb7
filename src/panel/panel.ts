/**
 * The shared panel (Excel taskpane and Sheets sidebar): one column, 300 px, no framework.
 * State lives here; every change re-renders the panel from it and puts the focus back.
 */
import type { CheckDocument, Lang } from "../core/types.js";
import {
  type Action,
  type Busy,
  type Outcome,
  renderFolderForm,
  renderHeader,
  renderProjectLine,
  renderStatus,
  writtenLines,
} from "./chrome.js";
import { button, h } from "./dom.js";
import { renderFigures, renderHealth } from "./figures.js";
import type { PanelHost, PanelOptions, PanelStep, ProjectSummary } from "./host.js";
import { renderIssues } from "./issues.js";
import { t } from "./strings.js";

interface State {
  lang: Lang;
  summary: ProjectSummary | null;
  busy: Busy | null;
  outcome: Outcome | null;
  doc: CheckDocument | null;
  computed: boolean;
  steps: readonly PanelStep[] | null;
  collapsed: Set<string>;
  folderFormOpen: boolean;
}

/** What `mountPanel` returns: enough for a host page or a test to drive it. */
export interface PanelHandle {
  /** Re-reads the project summary (e.g. after the user switched workbooks). */
  refresh(): Promise<void>;
  setLang(lang: Lang): void;
  /** Removes the panel's DOM. */
  destroy(): void;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Mounts the panel into `root` and loads the project summary from the host.
 * @example mountPanel(document.getElementById("app")!, createExcelPanelHost(), { lang: "fr" })
 */
export function mountPanel(root: HTMLElement, host: PanelHost, options: PanelOptions = {}): PanelHandle {
  const state: State = {
    lang: options.lang ?? "fr",
    summary: null,
    busy: null,
    outcome: null,
    doc: null,
    computed: false,
    steps: null,
    collapsed: new Set(),
    folderFormOpen: false,
  };
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
      state.outcome = { ok: false, lines: [t(state.lang, "noFiles")] };
      render();
      return;
    }
    void consolidate({ files });
  });
  const container = h("div", { class: "fp-panel" });
  root.append(container, fileInput);

  async function run(action: Action, work: () => Promise<readonly string[]>): Promise<void> {
    if (state.busy) return;
    state.busy = { action };
    state.outcome = null;
    render();
    try {
      const lines = await work();
      state.outcome = { ok: true, lines };
    } catch (error) {
      state.outcome = {
        ok: false,
        lines: [t(state.lang, "failed", { message: messageOf(error) }), t(state.lang, "failedHint")],
      };
    } finally {
      state.busy = null;
      render();
    }
  }

  function adoptDocument(doc: CheckDocument): void {
    state.doc = doc;
    const p = doc.project;
    state.summary = {
      hasTemplate: true,
      code: p.code,
      title: p.title,
      status: p.status,
      statusDate: p.statusDate,
    };
  }

  const actions: Record<Exclude<Action, "consolidate">, () => Promise<readonly string[]>> = {
    template: async () => {
      const outcome = await host.createTemplate(state.lang);
      state.summary = await host.summary();
      return writtenLines(outcome, state.lang, "template");
    },
    check: async () => {
      const doc = await host.check(state.lang);
      adoptDocument(doc);
      state.computed = false;
      state.steps = null;
      return [t(state.lang, "doneCheck")];
    },
    compute: async () => {
      const result = await host.compute(state.lang);
      adoptDocument(result.document);
      state.computed = true;
      state.steps = result.steps ?? null;
      return writtenLines(result.outcome, state.lang, "compute");
    },
  };

  function consolidate(input: { files?: readonly File[]; folderId?: string }): Promise<void> {
    return run("consolidate", async () => {
      const outcome = await host.consolidate(input, state.lang, (done, total) => {
        state.busy = { action: "consolidate", done, total };
        render();
      });
      const lines = [
        t(state.lang, "doneConsolidate", { n: outcome.projects }),
        ...writtenLines(outcome, state.lang, "consolidate"),
      ];
      if (outcome.failures.length > 0) {
        const files = outcome.failures.map((f) => f.file).join(", ");
        lines.push(t(state.lang, "doneConsolidateFailures", { n: outcome.failures.length, files }));
      }
      return lines;
    });
  }

  function selectCell(sheet: string, cell: string): void {
    host.selectCell(sheet, cell).catch((error: unknown) => {
      state.outcome = {
        ok: false,
        lines: [t(state.lang, "selectFailed", { cell: `${sheet}!${cell}`, message: messageOf(error) })],
      };
      render();
    });
  }

  function actionBar(): HTMLElement {
    const busy = state.busy !== null;
    const act = (key: "template" | "check" | "compute", label: string, cls: string) =>
      button({ class: `btn ${cls}`, disabled: busy, "data-key": `action:${key}`, "data-action": key }, label, () => {
        void run(key, actions[key]);
      });
    const consolidateButton = button(
      {
        class: "btn",
        disabled: busy,
        "data-key": "action:consolidate",
        "data-action": "consolidate",
        "aria-haspopup": host.kind === "sheets" ? "true" : "dialog",
      },
      t(state.lang, "consolidate"),
      () => {
        if (host.kind === "sheets") {
          state.folderFormOpen = !state.folderFormOpen;
          render();
        } else {
          fileInput.click();
        }
      },
    );
    if (host.kind !== "sheets") consolidateButton.setAttribute("title", t(state.lang, "consolidateFiles"));
    return h(
      "nav",
      { class: "actions", "aria-label": t(state.lang, "actions") },
      act("template", t(state.lang, "createTemplate"), ""),
      act("check", t(state.lang, "check"), ""),
      act("compute", t(state.lang, "compute"), "accent"),
      consolidateButton,
    );
  }

  function folderForm(): HTMLElement | null {
    if (!state.folderFormOpen || host.kind !== "sheets") return null;
    return renderFolderForm(
      state.lang,
      (folderId) => {
        state.folderFormOpen = false;
        void consolidate({ folderId });
      },
      () => {
        state.folderFormOpen = false;
        render();
      },
    );
  }

  function body(): (HTMLElement | null)[] {
    const lang = state.lang;
    if (!state.doc) {
      const teach = state.summary && !state.summary.hasTemplate ? "emptyNoTemplate" : "emptyStart";
      return [h("p", { class: "empty" }, t(lang, teach))];
    }
    return [
      renderIssues({
        issues: state.doc.issues,
        lang,
        collapsed: state.collapsed,
        onToggle: (key) => {
          if (state.collapsed.has(key)) state.collapsed.delete(key);
          else state.collapsed.add(key);
          render();
        },
        onSelect: selectCell,
      }),
      state.computed ? renderFigures(state.doc, state.steps, lang) : null,
    ];
  }

  function render(): void {
    const active = document.activeElement;
    const focusKey = active instanceof HTMLElement && container.contains(active) ? active.dataset.key : undefined;
    document.documentElement.lang = state.lang;
    container.replaceChildren(
      ...[
        renderHeader(state.lang, (lang) => handle.setLang(lang)),
        renderProjectLine(state.summary, state.lang),
        state.doc ? renderHealth(state.doc.health, state.lang) : null,
        actionBar(),
        folderForm(),
        renderStatus(state.busy, state.outcome, state.lang),
        ...body(),
      ].filter((x): x is HTMLElement => x !== null),
    );
    if (focusKey) {
      const again = [...container.querySelectorAll<HTMLElement>("[data-key]")].find((n) => n.dataset.key === focusKey);
      again?.focus();
    }
  }

  const handle: PanelHandle = {
    async refresh() {
      try {
        state.summary = await host.summary();
      } catch (error) {
        state.outcome = { ok: false, lines: [t(state.lang, "failed", { message: messageOf(error) })] };
      }
      render();
    },
    setLang(lang) {
      state.lang = lang;
      render();
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
