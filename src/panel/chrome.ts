/**
 * The panel's fixed parts, drawn from plain values: header with the language switch, the open
 * project line, the progress / outcome line, the Drive folder form (Sheets) and outcome texts.
 */
import { formatDate } from "../core/format.js";
import { ENUMS } from "../core/template/columns.js";
import type { Lang } from "../core/types.js";
import { button, h } from "./dom.js";
import type { ConsolidateOutcome, ProjectSummary, WriteOutcome } from "./host.js";
import type { Action, Busy, Outcome } from "./state.js";
import { joinNames, t } from "./strings.js";

/** Product name and the FR | EN switch (`aria-pressed` on the current language). */
export function renderHeader(lang: Lang, onLang: (lang: Lang) => void): HTMLElement {
  const langButton = (code: Lang, label: string, name: string) =>
    button(
      { class: "lang", "aria-pressed": String(lang === code), lang: code, title: name, "data-key": `lang:${code}` },
      label,
      () => onLang(code),
    );
  return h(
    "header",
    { class: "top" },
    h("h1", { class: "product" }, t(lang, "product")),
    h(
      "div",
      { class: "langs", role: "group", "aria-label": t(lang, "langGroup") },
      langButton("fr", "FR", t(lang, "langFr")),
      h("span", { class: "sep", "aria-hidden": "true" }, "|"),
      langButton("en", "EN", t(lang, "langEn")),
    ),
  );
}

/** `CODE · Title` and `status · état au date`, all workbook text as text. */
export function renderProjectLine(summary: ProjectSummary | null, lang: Lang): HTMLElement {
  if (!summary || (!summary.code && !summary.title)) {
    // A fiche just created has its tabs but no code or title yet: it is open, only empty.
    const key = summary?.hasTemplate ? "untitledProject" : "noProject";
    return h("p", { class: "project muted" }, t(lang, key));
  }
  const name = [summary.code, summary.title].filter((x): x is string => Boolean(x)).join(" · ");
  const status =
    lang === "en" ? (ENUMS.status.find((e) => e.value === summary.status)?.en ?? summary.status) : summary.status;
  const date = summary.statusDate ? t(lang, "statusDate", { date: formatDate(summary.statusDate, lang) }) : null;
  const meta = [status, date].filter((x): x is string => Boolean(x)).join(" · ");
  return h(
    "div",
    { class: "project" },
    h("p", { class: "project-name", title: name }, name),
    meta ? h("p", { class: "project-meta muted" }, meta) : null,
  );
}

const BUSY_KEY = {
  template: "busyTemplate",
  check: "busyCheck",
  compute: "busyCompute",
  consolidate: "busyConsolidate",
} as const;

/** The live region: a spinner and what runs (or "3 / 12 classeurs"), else the last outcome. */
export function renderStatus(busy: Busy | null, outcome: Outcome | null, lang: Lang): HTMLElement {
  const box = h("div", { class: "status", role: "status", "aria-live": "polite" });
  if (busy) {
    const counted = busy.total !== undefined && busy.done !== undefined;
    const label = counted
      ? t(lang, "progressFiles", { done: busy.done ?? 0, total: busy.total ?? 0 })
      : t(lang, BUSY_KEY[busy.action]);
    box.append(h("span", { class: "spinner", "aria-hidden": "true" }), h("span", { class: "busy-label" }, label));
    if (counted) box.append(h("progress", { max: busy.total, value: busy.done, "aria-label": label }));
  } else if (outcome) {
    box.classList.add(outcome.ok ? "ok" : "fail");
    for (const line of outcome.lines) box.append(h("p", { class: "outcome" }, line));
  }
  return box;
}

/** The Drive folder ID of a folder link, or the text itself when it is already an ID. */
export function folderIdOf(raw: string): string {
  const text = raw.trim();
  return /\/folders\/([\w-]+)/.exec(text)?.[1] ?? text;
}

/** The Sheets form asking which Drive folder to consolidate. */
export function renderFolderForm(lang: Lang, onSubmit: (folderId: string) => void, onCancel: () => void): HTMLElement {
  const input = h("input", { type: "text", id: "fp-folder", class: "text", "data-key": "folder", autocomplete: "off" });
  const form = h(
    "form",
    { class: "folder-form" },
    h("label", { for: "fp-folder" }, t(lang, "folderLabel")),
    input,
    h("p", { class: "muted small" }, t(lang, "folderHelp")),
    h(
      "div",
      { class: "row" },
      h("button", { type: "submit", class: "btn accent" }, t(lang, "folderGo")),
      button({ class: "btn" }, t(lang, "folderCancel"), onCancel),
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const folderId = folderIdOf(input.value);
    if (folderId) onSubmit(folderId);
  });
  return form;
}

/** The one-line outcome of tabs written or refused. */
export function writtenLines(outcome: WriteOutcome, lang: Lang, action: Action): string[] {
  const lines: string[] = [];
  if (action === "template") {
    lines.push(
      outcome.written.length > 0
        ? t(lang, "doneTemplate", { tabs: outcome.written.join(", ") })
        : t(lang, "doneTemplateNothing"),
    );
  } else if (outcome.written.length > 0) {
    const key = outcome.written.length === 1 ? "doneWrittenOne" : "doneWritten";
    lines.push(t(lang, key, { tabs: joinNames(lang, outcome.written) }));
  }
  for (const r of outcome.refused) lines.push(t(lang, "refused", { reason: r.reason }));
  // Consolider: what became of the files that are not projects (SPEC §6), one line each.
  const notes = "notes" in outcome ? ((outcome as ConsolidateOutcome).notes ?? []) : [];
  for (const note of notes) lines.push(t(lang, `note_${note.kind}`, { file: note.file }));
  return lines;
}
