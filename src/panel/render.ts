/**
 * The panel drawn from a state: DOM only, no host call and no state of its own. What a click
 * means is the caller's ({@link PanelHandlers}); the same state always draws the same panel.
 */
import { renderFolderForm, renderHeader, renderProjectLine, renderStatus } from "./chrome.js";
import { healthChips, templateCoverage } from "./claims.js";
import { button, h } from "./dom.js";
import { renderFigures, renderHealth } from "./figures.js";
import type { PanelHost } from "./host.js";
import { renderIssues } from "./issues.js";
import { offersProject, type PanelState } from "./state.js";
import { t } from "./strings.js";

/** The actions a rendered panel can ask for. */
export interface PanelHandlers {
  readonly onLang: (lang: PanelState["lang"]) => void;
  readonly onAction: (action: "template" | "check" | "compute") => void;
  /** The Consolidate button: the Drive folder form (Sheets) or the file picker (Excel). */
  readonly onConsolidate: () => void;
  readonly onFolderSubmit: (folderId: string) => void;
  readonly onFolderCancel: () => void;
  readonly onToggleGroup: (key: string) => void;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/**
 * Redraws `container` from `state`, and puts the focus back on the control (same `data-key`)
 * that had it, so that a keyboard user does not lose their place on every change.
 */
export function paintPanel(
  container: HTMLElement,
  state: PanelState,
  kind: PanelHost["kind"],
  on: PanelHandlers,
): void {
  const active = document.activeElement;
  const focusKey = active instanceof HTMLElement && container.contains(active) ? active.dataset.key : undefined;
  document.documentElement.lang = state.lang;
  container.replaceChildren(...renderPanel(state, kind, on));
  if (focusKey) {
    const again = [...container.querySelectorAll<HTMLElement>("[data-key]")].find((n) => n.dataset.key === focusKey);
    again?.focus();
  }
}

/** The panel's parts, top to bottom. */
export function renderPanel(state: PanelState, kind: PanelHost["kind"], on: PanelHandlers): HTMLElement[] {
  const chips = state.doc ? healthChips(state.doc) : null;
  return [
    renderHeader(state.lang, on.onLang),
    offersProject(state) ? renderProjectLine(state.summary, state.lang) : null,
    chips ? renderHealth(chips, state.lang) : null,
    actionBar(state, kind, on),
    state.folderFormOpen && kind === "sheets"
      ? renderFolderForm(state.lang, on.onFolderSubmit, on.onFolderCancel)
      : null,
    renderStatus(state.busy, state.outcome, state.lang),
    ...body(state, on),
  ].filter((x): x is HTMLElement => x !== null);
}

function actionBar(state: PanelState, kind: PanelHost["kind"], on: PanelHandlers): HTMLElement {
  const { lang } = state;
  const disabled = state.busy !== null || state.unavailable;
  const act = (key: "template" | "check" | "compute", label: string, cls: string) =>
    button({ class: `btn ${cls}`, disabled, "data-key": `action:${key}`, "data-action": key }, label, () =>
      on.onAction(key),
    );
  const consolidateButton = button(
    {
      class: "btn",
      disabled,
      "data-key": "action:consolidate",
      "data-action": "consolidate",
      "aria-haspopup": kind === "sheets" ? "true" : "dialog",
    },
    t(lang, "consolidate"),
    on.onConsolidate,
  );
  if (kind !== "sheets") consolidateButton.setAttribute("title", t(lang, "consolidateFiles"));
  const buttons = {
    template: () => act("template", t(lang, "createTemplate"), ""),
    check: () => act("check", t(lang, "check"), ""),
    compute: () => act("compute", t(lang, "compute"), "accent"),
    consolidate: () => consolidateButton,
  };
  return h("nav", { class: "actions", "aria-label": t(lang, "actions") }, ...state.actions.map((a) => buttons[a]()));
}

function body(state: PanelState, on: PanelHandlers): (HTMLElement | null)[] {
  const { lang, doc } = state;
  if (state.unavailable) return [h("p", { class: "empty unavailable", role: "alert" }, t(lang, "unavailable"))];
  if (!doc) {
    const project = state.summary && !state.summary.hasTemplate ? "emptyNoTemplate" : "emptyStart";
    const teach = offersProject(state) ? project : "emptyConsolidate";
    return [h("p", { class: "empty" }, t(lang, teach))];
  }
  // Without any tab of the fiche there is nothing to judge: the lesson, then the missing tabs.
  const noFiche = templateCoverage(doc) === "none";
  return [
    noFiche ? h("p", { class: "empty" }, t(lang, "emptyNoTemplate")) : null,
    renderIssues({
      issues: doc.issues,
      lang,
      collapsed: state.collapsed,
      onToggle: on.onToggleGroup,
      onSelect: on.onSelectCell,
    }),
    state.computed && !noFiche ? renderFigures(doc, state.steps, lang) : null,
  ];
}
