/**
 * The `Charge services` tab (SPEC §6): the line naming the overloads; the load as a service ×
 * month matrix, amber above 100 % of the capacity and red above 120 %; below it the planned days
 * and the capacity, two matrices with the same columns; then, from a new printed page, a combo
 * chart (planned days as columns, capacity as a line) for every service overloaded in some
 * month, two side by side, and the data they draw.
 */
import { CHART_COLORS } from "../../report/chartLook.js";
import { labels } from "../../report/labels.js";
import { markText } from "../../report/mark.js";
import { createDraft, finishSheet, pushBlank, pushRow, type SheetDraft, styleArea } from "../../report/sheetDraft.js";
import type { ChartIntent, OutCell, OutputSheet, Style } from "../../types.js";
import { portfolioLabels } from "../labels.js";
import { shortMonth } from "../months.js";
import { type MatrixCell, type MatrixRow, type StaffingMatrix, staffingMatrix } from "../staffingMatrix.js";
import { portfolioTabName } from "../tabNames.js";
import type { Portfolio } from "../types.js";
import { overloadText } from "./dashboardStrip.js";

const SERVICE_WIDTH = 28;
/** `120,0 %` and `12,5` fit; a month's header wraps on two lines (`janv.` / `2026`). */
const MONTH_WIDTH = 8;
/** Above this share of the capacity a load is red (SPEC §3 staffing health: red above 120 %). */
const RED_LOAD = 1.2;
/** Two charts side by side, 400 pt each: about the width of a landscape page. */
const CHART_SIZE = { width: 400, height: 195 } as const;
/** Rows a chart covers (15 pt each), a blank one included. */
const CHART_ROWS = 14;
/** Rows of charts per printed page: 2 × 14 rows stay under an A4 landscape page's 33. */
const CHART_ROWS_PER_PAGE = 2;
/** The second chart of a row starts where the first ends: 400 pt ≈ 76 characters of column width. */
const SECOND_CHART_COL = 1 + Math.ceil((CHART_SIZE.width / 5.25 - SERVICE_WIDTH) / MONTH_WIDTH);

/**
 * The style of a load cell: red above 120 %, amber above 100 % (exactly 100 % or 120 % is the
 * lower colour), none otherwise; planned days against a capacity of zero are red.
 * @example loadStyle({ load: 1.2, overloaded: true, … }) // "amber"
 */
export function loadStyle(cell: MatrixCell): Style | undefined {
  if (cell.load === null) return cell.overloaded ? "red" : undefined;
  if (cell.load > RED_LOAD) return "red";
  return cell.load > 1 ? "amber" : undefined;
}

/** A load cell: the ratio, or a word where the capacity is zero. */
function loadValue(cell: MatrixCell, zero: string): OutCell {
  if (cell.load !== null) return cell.load;
  return cell.overloaded ? zero : null;
}

/** The month header of a matrix or a block: its first cell, then the months. */
function monthHeader(draft: SheetDraft, first: string, matrix: StaffingMatrix, lang: Portfolio["lang"]): number {
  return pushRow(draft, [first, ...matrix.months.map((m) => shortMonth(m, lang))], "header");
}

/** The load matrix: one row per service, each cell coloured by its load. */
function pushLoadMatrix(draft: SheetDraft, matrix: StaffingMatrix, portfolio: Portfolio): number {
  const { lang } = portfolio;
  const header = monthHeader(draft, labels(lang)("service"), matrix, lang);
  const zero = lang === "fr" ? "capacité 0" : "capacity 0";
  for (const r of matrix.rows) {
    const row = pushRow(draft, [r.service, ...r.cells.map((c) => loadValue(c, zero))]);
    styleArea(draft, { row, col: 1, rows: 1, cols: matrix.months.length }, "percent");
    r.cells.forEach((c, i) => {
      const style = loadStyle(c);
      if (style) styleArea(draft, { row, col: i + 1, rows: 1, cols: 1 }, style);
    });
  }
  return header;
}

/** A matrix of one figure (planned days, capacity) under its subtitle. */
function pushFigureMatrix(
  draft: SheetDraft,
  title: string,
  matrix: StaffingMatrix,
  portfolio: Portfolio,
  value: (c: MatrixCell) => OutCell,
): void {
  pushBlank(draft);
  pushRow(draft, [title], "subtitle");
  monthHeader(draft, labels(portfolio.lang)("service"), matrix, portfolio.lang);
  for (const r of matrix.rows) pushRow(draft, [r.service, ...r.cells.map(value)]);
}

/** One overloaded service's block [service, months…] / planned / capacity: its chart's data. */
function pushChartData(draft: SheetDraft, r: MatrixRow, matrix: StaffingMatrix, portfolio: Portfolio) {
  const w = portfolioLabels(portfolio.lang);
  const row = monthHeader(draft, r.service, matrix, portfolio.lang);
  pushRow(draft, [w("plannedDays"), ...r.cells.map((c) => c.planned)]);
  pushRow(draft, [w("capacityDays"), ...r.cells.map((c) => c.capacity)]);
  pushBlank(draft);
  return { row, col: 0, rows: 3, cols: matrix.months.length + 1 };
}

/** The combo chart of one overloaded service: planned days as columns, the capacity as a line. */
function comboChart(service: string, portfolio: Portfolio): Omit<ChartIntent, "anchor" | "data"> {
  const w = portfolioLabels(portfolio.lang);
  const colon = portfolio.lang === "fr" ? "\u00A0: " : ": ";
  return {
    kind: "column",
    title: `${service}${colon}${w("plannedDays").toLowerCase()} / ${w("capacityDays").toLowerCase()}`,
    seriesIn: "rows",
    series: [
      { name: w("plannedDays"), color: CHART_COLORS.planned },
      { name: w("capacityDays"), color: CHART_COLORS.capacity, line: true },
    ],
    size: CHART_SIZE,
  };
}

/**
 * From a new printed page: the charts of the overloaded services, two per row and two rows per
 * page, each page starting on a break so that no chart is cut between two pages (LibreOffice
 * splits a chart across a break); then their data, one block per service. Returns the breaks.
 */
function pushOverloadCharts(draft: SheetDraft, matrix: StaffingMatrix, portfolio: Portfolio): number[] {
  const overloaded = matrix.rows.filter((r) => r.overloaded);
  if (overloaded.length === 0) return [];
  const w = portfolioLabels(portfolio.lang);
  const breaks = [draft.rows.length];
  pushRow(draft, [w("overloadCharts")], "subtitle");
  const anchors = overloaded.map((_, i) => {
    const line = Math.floor(i / 2);
    if (i % 2 === 0) {
      if (line > 0 && line % CHART_ROWS_PER_PAGE === 0) breaks.push(draft.rows.length);
      for (let k = 0; k < CHART_ROWS; k++) pushRow(draft, []);
    }
    return { row: draft.rows.length - CHART_ROWS, col: i % 2 === 0 ? 0 : SECOND_CHART_COL };
  });
  pushRow(draft, [w("chartData")], "subtitle");
  overloaded.forEach((r, i) => {
    const data = pushChartData(draft, r, matrix, portfolio);
    draft.charts.push({ ...comboChart(r.service, portfolio), data, anchor: anchors[i] ?? { row: 0, col: 0 } });
  });
  return breaks;
}

/** Builds `Charge services` (`Service load` in English). */
export function buildStaffingSheet(portfolio: Portfolio): OutputSheet {
  const { lang } = portfolio;
  const t = labels(lang);
  const w = portfolioLabels(lang);
  const draft = createDraft(portfolioTabName("staffing", lang));
  pushRow(draft, [markText(t("portfolio"), portfolio.statusDate, lang)], "mark");
  pushRow(draft, [t("crossLoad")], "title");
  const overload = overloadText(portfolio);
  const matrix = staffingMatrix(portfolio);
  const widths = [SERVICE_WIDTH, ...matrix.months.map(() => MONTH_WIDTH)];
  const overloadRow = pushRow(draft, [overload.text]);
  styleArea(draft, { row: overloadRow, col: 0, rows: 1, cols: widths.length }, overload.style);
  if (matrix.rows.length === 0) {
    pushRow(draft, [w("noStaffing")], "muted");
    return { ...finishSheet(draft, widths, 2), landscape: true };
  }
  if (portfolio.capacity.length === 0) pushRow(draft, [w("noCapacity")], "muted");
  pushRow(draft, [w("loadLegend")], "muted");
  pushBlank(draft);
  pushRow(draft, [w("loadTitle")], "subtitle");
  const header = pushLoadMatrix(draft, matrix, portfolio);
  pushFigureMatrix(draft, w("plannedDays"), matrix, portfolio, (c) => c.planned);
  pushFigureMatrix(draft, w("capacityDays"), matrix, portfolio, (c) => c.capacity);
  pushBlank(draft);
  const pageBreaks = pushOverloadCharts(draft, matrix, portfolio);
  return {
    ...finishSheet(draft, widths, header + 1),
    frozenColumns: 1,
    landscape: true,
    printTitleRows: { row: header, rows: 1 },
    pageBreaks,
  };
}
