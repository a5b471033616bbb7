/** The `Contrôles` tab of a project workbook: one row per issue, each pointing at its cell. */
import type { Analysis, Issue, OutCell, OutputSheet } from "../types.js";
import { labels, severityWord } from "./labels.js";
import { markText } from "./mark.js";
import { createDraft, finishSheet, pushRow } from "./sheetDraft.js";
import { pushTable } from "./table.js";

export const CONTROLS_SHEET = "Contrôles";

/** `Budget!L5` as a link to that cell, the tab name alone when the issue has no cell. */
export function issuePlaceCell(issue: Pick<Issue, "sheet" | "cell">): OutCell {
  if (issue.sheet === null) return null;
  if (issue.cell === null) return issue.sheet;
  return { kind: "link", text: `${issue.sheet}!${issue.cell}`, sheet: issue.sheet, cell: issue.cell };
}

/**
 * Builds `Contrôles`: the mark, a header (Gravité, Code, Onglet, Cellule, Message), one row per
 * issue styled by severity, an auto-filter over the table and the header frozen.
 */
export function buildControls(analysis: Analysis): OutputSheet {
  const { lang } = analysis;
  const t = labels(lang);
  const draft = createDraft(CONTROLS_SHEET);
  pushRow(draft, [markText(analysis.fiche.project.code, analysis.results.statusDate, lang)], "mark");
  pushTable(
    draft,
    [
      { header: t("severity"), value: (i: Issue) => severityWord(i.severity, lang) },
      { header: t("issueCode"), value: (i) => i.code },
      { header: t("sheet"), value: (i) => i.sheet },
      { header: t("cell"), value: issuePlaceCell },
      { header: t("message"), value: (i) => i.message },
    ],
    analysis.issues,
    { cellStyle: (i, col) => (col === 0 ? i.severity : undefined), filter: true },
  );
  if (analysis.issues.length === 0) pushRow(draft, [t("noIssue")], "muted");
  return { ...finishSheet(draft, [12, 30, 16, 16, 90], 2), landscape: true };
}
