/**
 * A {@link ChartIntent} drawn with the Excel JavaScript API as the .xlsx writer draws it
 * (src/node/chartXml.ts): columns or bars, clustered or stacked, series in columns or rows, each
 * series named and coloured, a `line` series over the columns, per-point colours, the value
 * axis' format, data labels, position and size ("Create and customize charts with the Excel
 * JavaScript API", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts).
 *
 * The chart is made from the value cells only, with the series direction said (`seriesBy`), and
 * its categories linked with `setCategoryNames`: Excel's own guess on a block with headers can
 * take a column of years for a series. Values and categories stay linked to the cells; series
 * names are set as text (the API cannot link a name to a cell).
 *
 * Requirement sets (all within the manifest's ExcelApi 1.9): `charts.add`, `title`, `legend`,
 * `setPosition`, `width`/`height`, `series.getItemAt`, `series.name`, `format.fill.setSolidColor`,
 * `format.line.color`, `points.getItemAt(i).format.fill`, `axis.minimum`, `majorGridlines` 1.1;
 * `series.chartType`, `markerStyle`, `hasDataLabels`, `gapWidth`, `format.line.weight`,
 * `axis.visible`, `reversePlotOrder`, `tickLabelPosition`, `setCategoryNames` 1.7;
 * `series.dataLabels`, `overlap`, `axis.numberFormat`, `axis.position` 1.8.
 */
import { a1 } from "../core/cells/a1.js";
import { type Area, type ChartIntent, DEFAULT_CHART_SIZE, type OutCell, type OutputSheet } from "../core/types.js";

/** Excel's line width of the capacity line (2¼ pt, as the .xlsx's 28 575 EMU). */
const LINE_WEIGHT = 2.25;
/** Space between groups of columns, in % of a column (the .xlsx's `gapWidth`). */
const GAP_WIDTH = 60;

function chartType(intent: ChartIntent): Excel.ChartType {
  const kind = intent.kind === "bar" ? "Bar" : "Column";
  return `${kind}${intent.stacked ? "Stacked" : "Clustered"}` as Excel.ChartType;
}

/** The text a cell shows in a legend. */
function cellText(v: OutCell | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v !== "object") return String(v);
  return v.kind === "date" ? v.iso : v.text;
}

/** Where a chart's parts are in its sheet: the value block, the category cells, the series' names. */
export interface ChartLayout {
  readonly values: Area;
  readonly categories: Area;
  readonly seriesBy: "Columns" | "Rows";
  readonly names: readonly string[];
  /** Every value is a number ≥ 0 (or empty): the value axis starts at zero. */
  readonly positive: boolean;
}

/**
 * The parts of a chart's data block: the first row and column hold the headers.
 * @example chartLayout({ data: { row: 1, col: 0, rows: 5, cols: 2 }, … }, sheet).values // { row: 2, col: 1, rows: 4, cols: 1 }
 */
export function chartLayout(intent: ChartIntent, sheet: OutputSheet): ChartLayout {
  const { row, col, rows, cols } = intent.data;
  if (rows < 2 || cols < 2)
    throw new Error(`chart « ${intent.title} » on ${sheet.name}: data needs headers and values`);
  const byRows = intent.seriesIn === "rows";
  const values = { row: row + 1, col: col + 1, rows: rows - 1, cols: cols - 1 };
  const count = byRows ? rows - 1 : cols - 1;
  const names = Array.from(
    { length: count },
    (_, i) =>
      intent.series?.[i]?.name ?? cellText(byRows ? sheet.rows[row + 1 + i]?.[col] : sheet.rows[row]?.[col + 1 + i]),
  );
  let positive = true;
  for (let r = values.row; r < values.row + values.rows; r++)
    for (let c = values.col; c < values.col + values.cols; c++) {
      const v = sheet.rows[r]?.[c];
      if (typeof v === "number" && v < 0) positive = false;
    }
  return {
    values,
    categories: byRows
      ? { row, col: col + 1, rows: 1, cols: cols - 1 }
      : { row: row + 1, col, rows: rows - 1, cols: 1 },
    seriesBy: byRows ? "Rows" : "Columns",
    names,
    positive,
  };
}

const rangeOf = (ws: Excel.Worksheet, area: Area) => ws.getRangeByIndexes(area.row, area.col, area.rows, area.cols);

/** Queues the series' look: name, colour or line, point colours, data labels. */
function queueSeries(chart: Excel.Chart, intent: ChartIntent, names: readonly string[]): void {
  names.forEach((name, i) => {
    const series = chart.series.getItemAt(i);
    const look = intent.series?.[i];
    series.name = name;
    if (look?.line) {
      series.chartType = "Line";
      series.markerStyle = "None";
      if (look.color) {
        series.format.line.color = look.color;
        series.format.line.weight = LINE_WEIGHT;
      }
    } else {
      if (look?.color) series.format.fill.setSolidColor(look.color);
      look?.pointColors?.forEach((color, p) => {
        series.points.getItemAt(p).format.fill.setSolidColor(color);
      });
      series.gapWidth = GAP_WIDTH;
      if (intent.stacked) series.overlap = 100;
    }
    if (intent.dataLabels) {
      series.hasDataLabels = true;
      series.dataLabels.showValue = true;
      series.dataLabels.position = look?.line ? "Top" : intent.stacked ? "Center" : "OutsideEnd";
      if (intent.valueFormat) series.dataLabels.numberFormat = intent.valueFormat;
    }
  });
}

/**
 * Queues the chart of `intent` on `ws` (the sheet `sheet` is being written to). No sync.
 * @example queueChart(ws, { kind: "column", title: "Projets par santé", data, anchor, dataLabels: true }, sheet)
 */
export function queueChart(ws: Excel.Worksheet, intent: ChartIntent, sheet: OutputSheet): void {
  const layout = chartLayout(intent, sheet);
  const chart = ws.charts.add(chartType(intent), rangeOf(ws, layout.values), layout.seriesBy);
  chart.title.text = intent.title;
  // A legend says which series is which; one series is named by the title.
  chart.legend.visible = layout.names.length > 1;
  if (layout.names.length > 1) chart.legend.position = "Bottom";
  const { valueAxis, categoryAxis } = chart.axes;
  categoryAxis.setCategoryNames(rangeOf(ws, layout.categories));
  categoryAxis.tickLabelPosition = "Low";
  if (intent.kind === "bar") {
    // Categories top-down as in the table beside them; the value axis stays at the bottom.
    categoryAxis.reversePlotOrder = true;
    categoryAxis.position = "Maximum";
  }
  queueSeries(chart, intent, layout.names);
  if (intent.valueFormat) valueAxis.numberFormat = intent.valueFormat;
  // Bars from zero: 24 500 € next to 1 038 600 € must not look like nothing.
  if (layout.positive) valueAxis.minimum = 0;
  if (intent.dataLabels) {
    // With its values on the columns, a chart needs no value axis nor grid.
    valueAxis.visible = false;
    valueAxis.majorGridlines.visible = false;
  }
  chart.setPosition(a1(intent.anchor.row + 1, intent.anchor.col));
  const size = intent.size ?? DEFAULT_CHART_SIZE;
  chart.width = size.width;
  chart.height = size.height;
}
