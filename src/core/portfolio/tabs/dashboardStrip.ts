/**
 * The top of `Tableau de bord`: the strip of key figures (SPEC §6) in three small blocks side by
 * side — key figures, projects by health, investment by year — then a line of projects by status,
 * the line of overloaded services, and the two charts drawn from the health and investment blocks.
 */

import { numberCell } from "../../report/cells.js";
import { CHART_COLORS, HEALTH_POINT_COLORS, MONEY_AXIS_FORMAT } from "../../report/chartLook.js";
import { enumWord, healthWord, labels } from "../../report/labels.js";
import { pushBlank, pushRow, type SheetDraft, styleArea } from "../../report/sheetDraft.js";
import type { Health, OutCell, Status, Style } from "../../types.js";
import { portfolioLabels } from "../labels.js";
import { overloadedServices } from "../months.js";
import type { Portfolio } from "../types.js";

/** Where the blocks sit: first column of each (0-based), in the dashboard's columns. */
const KEY_COL = 0;
const KEY_VALUE_COL = 2;
const HEALTH_COL = 4;
const YEAR_COL = 8;
/** The dashboard's width in columns: a line of text is styled across it. */
export const DASHBOARD_COLS = 10;

/** Chart height in points: 13 rows of 15 pt, the rows left empty under it. */
export const CHART_HEIGHT = 195;
export const CHART_ROWS = 14;

const HEALTH_ORDER: readonly Health[] = ["green", "amber", "red", "unknown"];
const STATUSES: readonly Status[] = ["en cours", "prévu", "réalisé", "suspendu", "abandonné"];

/** Sets one cell of the draft (rows and cells are created as needed). */
function put(draft: SheetDraft, row: number, col: number, value: OutCell, style?: Style): void {
  while (draft.rows.length <= row) draft.rows.push([]);
  const line = draft.rows[row] as OutCell[];
  while (line.length <= col) line.push(null);
  line[col] = value;
  if (style) styleArea(draft, { row, col, rows: 1, cols: 1 }, style);
}

/** The funding still to receive of the counted projects (SPEC §5.2 toReceive, summed). */
export function toReceive(portfolio: Portfolio): number {
  return portfolio.rows.reduce((sum, r) => sum + r.fundingToReceive, 0);
}

/** The key figures block: label (over two columns), value. */
function keyFigures(portfolio: Portfolio): [string, OutCell, Style][] {
  const t = labels(portfolio.lang);
  const w = portfolioLabels(portfolio.lang);
  const { kpis, totals } = portfolio;
  const items: [string, OutCell, Style][] = [
    [w("projectsCounted"), kpis.projects, "integer"],
    [w("expensesForecast"), totals.overall.expenses.forecast, "money"],
    [w("netCostForecast"), totals.overall.netCost.forecast, "money"],
    [w("toReceive"), toReceive(portfolio), "money"],
    [t("digitalShare"), numberCell(kpis.digitalInvolvementRate), "percent"],
  ];
  if (kpis.failures > 0) items.push([w("notConsolidated"), kpis.failures, "error"]);
  if (kpis.setAside > 0) items.push([w("setAsideCount"), kpis.setAside, "warning"]);
  return items;
}

/** A line of text, styled across the dashboard's width when a style is given. */
function pushLine(draft: SheetDraft, text: string, style?: Style): void {
  const row = pushRow(draft, [text]);
  if (style) styleArea(draft, { row, col: 0, rows: 1, cols: DASHBOARD_COLS }, style);
}

/**
 * Projects by status, the statuses that have some: `Statuts : 4 en cours, 1 prévu, 1 réalisé`.
 * @example statusText(portfolio) // "Statuts : 4 en cours, 1 prévu, 1 réalisé"
 */
export function statusText(portfolio: Portfolio): string {
  const { lang, kpis } = portfolio;
  const w = portfolioLabels(lang);
  const colon = lang === "fr" ? "\u00A0: " : ": ";
  const parts = STATUSES.filter((s) => kpis.byStatus[s] > 0).map((s) => `${kpis.byStatus[s]} ${enumWord(s, lang)}`);
  return `${w("statuses")}${colon}${parts.length > 0 ? parts.join(", ") : w("overloadNone")}`;
}

/** The one line naming the overloaded services and their months. */
export function overloadText(portfolio: Portfolio): { text: string; style: Style } {
  const w = portfolioLabels(portfolio.lang);
  const colon = portfolio.lang === "fr" ? "\u00A0: " : ": ";
  const head = `${w("overloadedServices")}${colon}`;
  if (portfolio.capacity.length === 0) return { text: head + w("capacityMissing"), style: "muted" };
  const overloads = portfolio.staffing.filter((l) => l.overloaded);
  if (overloads.length === 0) return { text: head + w("overloadNone"), style: "muted" };
  return { text: head + overloadedServices(overloads, portfolio.lang), style: "overload" };
}

/**
 * Pushes the strip from the draft's next row, then the overload line and the charts over the
 * empty rows left for them; returns the next free row.
 */
export function pushStrip(draft: SheetDraft, portfolio: Portfolio): number {
  const { lang, kpis, ppi } = portfolio;
  const t = labels(lang);
  const w = portfolioLabels(lang);
  const top = draft.rows.length;
  put(draft, top, KEY_COL, w("keyFigures"), "header");
  styleArea(draft, { row: top, col: KEY_COL + 1, rows: 1, cols: 2 }, "header");
  keyFigures(portfolio).forEach(([label, value, style], i) => {
    put(draft, top + 1 + i, KEY_COL, label);
    put(draft, top + 1 + i, KEY_VALUE_COL, value, style);
  });
  put(draft, top, HEALTH_COL, w("health"), "header");
  put(draft, top, HEALTH_COL + 1, w("projects"), "header");
  const counts: Record<Health, number> = {
    green: kpis.projectsInGreen,
    amber: kpis.projectsInAmber,
    red: kpis.projectsInRed,
    unknown: kpis.projectsToCheck,
  };
  HEALTH_ORDER.forEach((h, i) => {
    put(draft, top + 1 + i, HEALTH_COL, healthWord(h, lang), h);
    put(draft, top + 1 + i, HEALTH_COL + 1, counts[h], "integer");
  });
  put(draft, top, YEAR_COL, t("year"), "header");
  put(draft, top, YEAR_COL + 1, w("investmentForecast"), "header");
  // Years as text: every host then takes them as the chart's categories, not as a series.
  ppi.years.forEach((year, i) => {
    put(draft, top + 1 + i, YEAR_COL, String(year));
    put(draft, top + 1 + i, YEAR_COL + 1, ppi.totals[i] ?? 0, "money");
  });
  if (ppi.years.length === 0) put(draft, top + 1, YEAR_COL, w("noInvestment"), "muted");
  pushBlank(draft);
  pushLine(draft, statusText(portfolio));
  const overload = overloadText(portfolio);
  pushLine(draft, overload.text, overload.style);
  pushBlank(draft);
  const chartRow = draft.rows.length;
  draft.charts.push({
    kind: "column",
    title: w("projectsByHealth"),
    data: { row: top, col: HEALTH_COL, rows: HEALTH_ORDER.length + 1, cols: 2 },
    series: [{ name: w("projects"), pointColors: HEALTH_POINT_COLORS }],
    dataLabels: true,
    anchor: { row: chartRow, col: 0 },
    size: { width: 400, height: CHART_HEIGHT },
  });
  if (ppi.years.length > 0)
    draft.charts.push({
      kind: "column",
      title: w("investmentByYear"),
      data: { row: top, col: YEAR_COL, rows: ppi.years.length + 1, cols: 2 },
      series: [{ name: w("investmentForecast"), color: CHART_COLORS.investment }],
      valueFormat: MONEY_AXIS_FORMAT,
      anchor: { row: chartRow, col: HEALTH_COL },
      size: { width: 400, height: CHART_HEIGHT },
    });
  for (let i = 0; i < CHART_ROWS; i++) pushRow(draft, []);
  return draft.rows.length;
}
