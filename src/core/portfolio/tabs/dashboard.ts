/**
 * `Tableau de bord` (SPEC §6), the first tab: what a comité de direction decides from, on A4
 * landscape one page wide — the status date, the strip of key figures, two charts side by side
 * (on the first page, above the table, so that no page break cuts them), then one row per
 * project, the most worrying first, whose header is repeated on every printed page. No file path.
 */
import { healthRank } from "../../compute/health.js";
import { formatDate } from "../../format.js";
import { dateCell, numberCell } from "../../report/cells.js";
import { enumWord, healthWord, labels } from "../../report/labels.js";
import { markText } from "../../report/mark.js";
import { createDraft, finishSheet, pushBlank, pushRow, styleArea } from "../../report/sheetDraft.js";
import { pushTable, type TableColumn } from "../../report/table.js";
import type { OutputSheet } from "../../types.js";
import { portfolioLabels } from "../labels.js";
import { compareKeys } from "../normalize.js";
import { portfolioTabName } from "../tabNames.js";
import type { Portfolio, PortfolioRow } from "../types.js";
import { pushStrip, toReceive } from "./dashboardStrip.js";

/**
 * Column widths (characters): about 156 in all, what an A4 landscape page prints at nearly full
 * size; the title column is the widest and wraps.
 */
const WIDTHS = [14, 34, 18, 11, 11, 16, 11, 11, 14, 16];
const HEALTH_COL = 4;

/**
 * Red, « à vérifier », amber, green, then by code.
 * @example sortForDashboard(rows).map((r) => r.health.overall) // ["red", "unknown", "amber", "green"]
 */
export function sortForDashboard(rows: readonly PortfolioRow[]): PortfolioRow[] {
  return [...rows].sort(
    (a, b) => healthRank(b.health.overall) - healthRank(a.health.overall) || compareKeys(a.code, b.code),
  );
}

/** The project table's columns (SPEC §6's list, in its order). */
function columns(portfolio: Portfolio): TableColumn<PortfolioRow>[] {
  const { lang } = portfolio;
  const t = labels(lang);
  const w = portfolioLabels(lang);
  return [
    { header: t("code"), value: (r) => r.code },
    { header: t("title"), value: (r) => r.title },
    { header: t("lead"), value: (r) => r.lead },
    { header: t("status"), value: (r) => (r.status === null ? null : enumWord(r.status, lang)) },
    { header: w("health"), value: (r) => healthWord(r.health.overall, lang) },
    { header: w("expensesForecast"), value: (r) => r.expenses.forecast, style: "money" },
    { header: t("executionRate"), value: (r) => numberCell(r.executionRate), style: "percent" },
    { header: w("slip"), value: (r) => r.slipWorkingDays, style: "integer" },
    { header: t("forecastFinish"), value: (r) => dateCell(r.forecastFinish), style: "date" },
    { header: w("toReceive"), value: (r) => r.fundingToReceive, style: "money" },
  ];
}

/** The title line: what the tab is and the status date, so that a printed page says both. */
function titleText(portfolio: Portfolio): string {
  const t = labels(portfolio.lang);
  const w = portfolioLabels(portfolio.lang);
  const date = portfolio.statusDate ? formatDate(portfolio.statusDate, portfolio.lang) : w("statusDatesDiffer");
  return `${w("dashboardTitle")} — ${portfolio.statusDate ? `${t("asOf")} ` : ""}${date}`;
}

/** Builds `Tableau de bord` (`Dashboard` in English). */
export function buildDashboardSheet(portfolio: Portfolio): OutputSheet {
  const { lang } = portfolio;
  const t = labels(lang);
  const w = portfolioLabels(lang);
  const draft = createDraft(portfolioTabName("dashboard", lang));
  pushRow(draft, [markText(t("portfolio"), portfolio.statusDate, lang)], "mark");
  pushRow(draft, [titleText(portfolio)], "title");
  pushBlank(draft);
  pushStrip(draft, portfolio);
  pushRow(draft, [w("projectList")], "subtitle");
  const rows = sortForDashboard(portfolio.rows);
  const place = pushTable(draft, columns(portfolio), rows, {
    filter: true,
    cellStyle: (r, col) => (col === HEALTH_COL ? r.health.overall : undefined),
  });
  const { expenses } = portfolio.totals.overall;
  const totalRow = pushRow(draft, [
    t("total"),
    null,
    null,
    null,
    null,
    expenses.forecast,
    null,
    null,
    null,
    toReceive(portfolio),
  ]);
  styleArea(draft, { row: totalRow, col: 0, rows: 1, cols: place.cols }, "header");
  styleArea(draft, { row: totalRow, col: 5, rows: 1, cols: 1 }, "money");
  styleArea(draft, { row: totalRow, col: 9, rows: 1, cols: 1 }, "money");
  const sheet = finishSheet(draft, WIDTHS, 0);
  return {
    ...sheet,
    landscape: true,
    fitWidth: true,
    printTitleRows: { row: place.headerRow, rows: 1 },
    // The whole row wraps and reads from the top: a long title and its figures on one line.
    wrap: [{ row: place.firstRow, col: 0, rows: place.count, cols: place.cols }],
  };
}
