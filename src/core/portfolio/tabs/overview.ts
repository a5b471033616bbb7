/**
 * The `Portefeuille` tab (v1, kept): KPIs on top, then one row per project with every figure and
 * its health in words and colours. Code and title lead and are repeated on every page printed
 * across; the file comes last (the dashboard has none).
 */

import { dateCell, numberCell } from "../../report/cells.js";
import { enumWord, healthWord, type LabelKey, labels, yesNo } from "../../report/labels.js";
import { markText } from "../../report/mark.js";
import { createDraft, finishSheet, pushBlank, pushRow, styleArea } from "../../report/sheetDraft.js";
import { pushTable, type TableColumn } from "../../report/table.js";
import type { Measures, OutCell, OutputSheet, Style } from "../../types.js";
import { portfolioTabName } from "../tabNames.js";
import type { Portfolio, PortfolioRow } from "../types.js";

const MEASURE_KEYS = ["initial", "open", "committed", "paid", "forecast"] as const;
const HEALTH_KEYS = [
  ["budget", "healthBudget"],
  ["schedule", "healthSchedule"],
  ["staffing", "healthStaffing"],
  ["overall", "healthOverall"],
] as const;

function flowColumns(t: (k: LabelKey) => string, flow: "expenses" | "revenues"): TableColumn<PortfolioRow>[] {
  return MEASURE_KEYS.map((key) => ({
    header: `${t(flow)} — ${t(key)}`,
    value: (r: PortfolioRow) => (r[flow] as Measures)[key],
    style: "money" as const,
  }));
}

/** The project table's columns, in the tab's language. */
export function projectColumns(portfolio: Portfolio): TableColumn<PortfolioRow>[] {
  const { lang } = portfolio;
  const t = labels(lang);
  return [
    { header: t("code"), value: (r) => r.code },
    { header: t("title"), value: (r) => r.title },
    { header: t("lead"), value: (r) => r.lead },
    { header: t("leadService"), value: (r) => r.leadService },
    { header: t("status"), value: (r) => (r.status === null ? null : enumWord(r.status, lang)) },
    ...flowColumns(t, "expenses"),
    ...flowColumns(t, "revenues"),
    { header: `${t("netCost")} — ${t("forecast")}`, value: (r) => r.netCost.forecast, style: "money" },
    { header: t("executionRate"), value: (r) => numberCell(r.executionRate), style: "percent" },
    { header: t("forecastVariance"), value: (r) => r.forecastVariance, style: "money" },
    { header: t("baselineFinish"), value: (r) => dateCell(r.baselineFinish), style: "date" },
    { header: t("forecastFinish"), value: (r) => dateCell(r.forecastFinish), style: "date" },
    { header: t("slipWorkingDays"), value: (r) => r.slipWorkingDays, style: "integer" },
    { header: t("cpi"), value: (r) => numberCell(r.cpi), style: "ratio" },
    { header: t("spi"), value: (r) => numberCell(r.spi), style: "ratio" },
    { header: t("digitalInvolved"), value: (r) => yesNo(r.digitalServiceInvolved, lang) },
    { header: t("errors"), value: (r) => r.errors, style: "integer" },
    { header: t("warnings"), value: (r) => r.warnings, style: "integer" },
    ...HEALTH_KEYS.map(([key, label]) => ({
      header: t(label),
      value: (r: PortfolioRow) => healthWord(r.health[key], lang),
    })),
    { header: t("file"), value: (r) => r.file },
  ];
}

const TITLE_COL = 1;
const FILE_COL = 30;
const WIDTHS = [
  14,
  36,
  20,
  20,
  12,
  ...new Array<number>(11).fill(15),
  12,
  15,
  13,
  13,
  12,
  8,
  8,
  12,
  9,
  9,
  10,
  10,
  10,
  10,
  28,
];

/** The KPI block: labels in one row, values under them. */
function pushKpis(draft: ReturnType<typeof createDraft>, portfolio: Portfolio): void {
  const { lang, kpis, totals } = portfolio;
  const t = labels(lang);
  const statuses = Object.keys(kpis.byStatus) as (keyof typeof kpis.byStatus)[];
  const items: [string, OutCell, Style?][] = [
    [t("projects"), kpis.projects, "integer"],
    ...statuses.map((s): [string, OutCell, Style] => [enumWord(s, lang), kpis.byStatus[s], "integer"]),
    [t("projectsGreen"), kpis.projectsInGreen, "green"],
    [t("projectsAmber"), kpis.projectsInAmber, "amber"],
    [t("projectsRed"), kpis.projectsInRed, "red"],
    [t("projectsToCheck"), kpis.projectsToCheck, "unknown"],
    [t("digitalShare"), numberCell(kpis.digitalInvolvementRate), "percent"],
    [`${t("expenses")} — ${t("forecast")}`, totals.overall.expenses.forecast, "money"],
    [`${t("revenues")} — ${t("forecast")}`, totals.overall.revenues.forecast, "money"],
    [`${t("netCost")} — ${t("forecast")}`, totals.overall.netCost.forecast, "money"],
    [t("errors"), kpis.errors, "integer"],
    [t("warnings"), kpis.warnings, "integer"],
    [t("failures"), kpis.failures, "integer"],
  ];
  pushRow(
    draft,
    items.map((i) => i[0]),
    "header",
  );
  const row = pushRow(
    draft,
    items.map((i) => i[1]),
  );
  items.forEach(([, , style], col) => {
    if (style) styleArea(draft, { row, col, rows: 1, cols: 1 }, style);
  });
}

/** Builds `Portefeuille`: the mark, the KPIs, then the filtered project table with its header frozen. */
export function buildOverviewSheet(portfolio: Portfolio): OutputSheet {
  const t = labels(portfolio.lang);
  const draft = createDraft(portfolioTabName("overview", portfolio.lang));
  pushRow(draft, [markText(t("portfolio"), portfolio.statusDate, portfolio.lang)], "mark");
  pushRow(draft, [t("portfolio")], "title");
  pushBlank(draft);
  pushKpis(draft, portfolio);
  pushBlank(draft);
  const columns = projectColumns(portfolio);
  const firstHealth = columns.length - 1 - HEALTH_KEYS.length;
  const place = pushTable(draft, columns, portfolio.rows, {
    filter: true,
    cellStyle: (r, col) => {
      const key = HEALTH_KEYS[col - firstHealth]?.[0];
      return key ? r.health[key] : undefined;
    },
  });
  const widths = [...WIDTHS];
  widths[FILE_COL] = fitWidth(
    portfolio.rows.map((r) => r.file),
    WIDTHS[FILE_COL] ?? 28,
    40,
  );
  // Code and title stay in view while the reader scrolls right to the figures and the health.
  return {
    ...finishSheet(draft, widths, place.headerRow + 1),
    frozenColumns: TITLE_COL + 1,
    landscape: true,
    // Whole rows wrap and read from the top: a long title and its figures on one line.
    wrap: [{ row: place.firstRow, col: 0, rows: place.count, cols: place.cols }],
  };
}

/** A column width that shows the longest text, between `min` and `max` characters. */
export function fitWidth(texts: readonly (string | null)[], min: number, max: number): number {
  const longest = Math.max(0, ...texts.map((t) => (t ?? "").length));
  return Math.min(max, Math.max(min, longest + 2));
}
