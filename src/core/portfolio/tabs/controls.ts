/** The portfolio's `Contrôles` tab: every issue of every project with its file, then the failures. */
import { labels, severityWord } from "../../report/labels.js";
import { markText } from "../../report/mark.js";
import { createDraft, finishSheet, pushBlank, pushRow } from "../../report/sheetDraft.js";
import { pushTable } from "../../report/table.js";
import type { OutputSheet, PortfolioFailure } from "../../types.js";
import type { Portfolio, PortfolioIssue } from "../types.js";
import { fitWidth } from "./overview.js";

export const PORTFOLIO_CONTROLS_SHEET = "Contrôles";

/**
 * Builds the portfolio `Contrôles`. Cells are written as text (`Budget!L5`): they live in the
 * project's own workbook, so no link can reach them.
 */
export function buildPortfolioControlsSheet(portfolio: Portfolio): OutputSheet {
  const { lang } = portfolio;
  const t = labels(lang);
  const draft = createDraft(PORTFOLIO_CONTROLS_SHEET);
  pushRow(draft, [markText(t("portfolio"), portfolio.statusDate, lang)], "mark");
  pushTable(
    draft,
    [
      { header: t("file"), value: (i: PortfolioIssue) => i.file },
      { header: t("severity"), value: (i) => severityWord(i.severity, lang) },
      { header: t("issueCode"), value: (i) => i.code },
      { header: t("sheet"), value: (i) => i.sheet },
      { header: t("cell"), value: (i) => (i.sheet !== null && i.cell !== null ? `${i.sheet}!${i.cell}` : i.cell) },
      { header: t("message"), value: (i) => i.message },
    ],
    portfolio.issues,
    { filter: true, cellStyle: (i, col) => (col === 1 ? i.severity : undefined) },
  );
  if (portfolio.issues.length === 0) pushRow(draft, [t("noIssue")], "muted");
  if (portfolio.failures.length > 0) {
    pushBlank(draft);
    pushRow(draft, [t("failures")], "subtitle");
    pushTable(
      draft,
      [
        { header: t("file"), value: (f: PortfolioFailure) => f.file },
        { header: t("reason"), value: (f) => f.message },
      ],
      portfolio.failures,
      { rowStyle: () => "error" },
    );
  }
  const files = [...portfolio.issues.map((i) => i.file), ...portfolio.failures.map((f) => f.file)];
  const widths = [fitWidth(files, 28, 40), 12, 28, 16, 18, 84];
  return { ...finishSheet(draft, widths, 2), landscape: true };
}
