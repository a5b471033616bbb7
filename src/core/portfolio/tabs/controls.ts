/**
 * The portfolio's `Contrôles` tab: every issue of every project with its file (the files skipped
 * as not projects among them, as info), then the workbooks not consolidated, then the workbooks
 * set aside because their code is counted from another one (SPEC §6 Duplicates).
 */
import { dateCell } from "../../report/cells.js";
import { labels, severityWord } from "../../report/labels.js";
import { markText } from "../../report/mark.js";
import { createDraft, finishSheet, pushBlank, pushRow, type SheetDraft } from "../../report/sheetDraft.js";
import { pushTable } from "../../report/table.js";
import type { OutputSheet, PortfolioFailure } from "../../types.js";
import { portfolioLabels } from "../labels.js";
import { portfolioTabName } from "../tabNames.js";
import type { DuplicateFile, DuplicateGroup, Portfolio, PortfolioIssue } from "../types.js";
import { fitWidth } from "./overview.js";

const MESSAGE_COL = 5;

/** The workbooks set aside, each with its code, its Date d'état and the workbook counted instead. */
function pushSetAside(draft: SheetDraft, portfolio: Portfolio): void {
  const t = labels(portfolio.lang);
  const w = portfolioLabels(portfolio.lang);
  const rows = portfolio.duplicates.flatMap((g) => g.setAside.map((file) => ({ g, file })));
  if (rows.length === 0) return;
  pushBlank(draft);
  pushRow(draft, [w("setAside")], "subtitle");
  pushTable(
    draft,
    [
      { header: t("file"), value: (r: { g: DuplicateGroup; file: DuplicateFile }) => r.file.file },
      { header: t("code"), value: (r) => r.g.code },
      { header: w("statusDate"), value: (r) => dateCell(r.file.statusDate) ?? w("none"), style: "date" },
      { header: w("keptFile"), value: (r) => r.g.kept.file },
      { header: w("statusDate"), value: (r) => dateCell(r.g.kept.statusDate) ?? w("none"), style: "date" },
    ],
    rows,
    { rowStyle: () => "warning" },
  );
}

/**
 * Builds the portfolio `Contrôles`. Cells are written as text (`Budget!L5`): they live in the
 * project's own workbook, so no link can reach them.
 */
export function buildPortfolioControlsSheet(portfolio: Portfolio): OutputSheet {
  const { lang } = portfolio;
  const t = labels(lang);
  const draft = createDraft(portfolioTabName("controls", lang));
  pushRow(draft, [markText(t("portfolio"), portfolio.statusDate, lang)], "mark");
  const issues = pushTable(
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
  pushSetAside(draft, portfolio);
  const files = [...portfolio.issues.map((i) => i.file), ...portfolio.failures.map((f) => f.file)];
  const widths = [fitWidth(files, 28, 40), 12, 28, 16, 18, 84];
  return {
    ...finishSheet(draft, widths, 2),
    landscape: true,
    fitWidth: true,
    wrap: [{ row: issues.firstRow, col: 0, rows: issues.count, cols: MESSAGE_COL + 1 }],
  };
}
