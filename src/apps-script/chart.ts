/**
 * A {@link ChartIntent} as an embedded Sheets chart (`EmbeddedChartBuilder`), every field of it,
 * reading the same rectangle of cells as the .xlsx chart (src/node/chartXml.ts), so that
 * editing a cell updates it. Options are Google Charts' configuration options, which
 * `setOption` takes ("Chart configuration options"), and the few Sheets adds (`dataLabel`,
 * `useFirstColumnAsDomain`); docs/google-sheets.md lists each with its source.
 *
 * Per-point colours (a health chart's green, amber, red, grey): Google Charts colours points by
 * a `style` role column, which a chart drawn from cells cannot have, and `colors` colours
 * series, not points. So a single series with point colours is drawn with rows and columns
 * swapped: each category becomes a series of one value, coloured, named in the legend.
 */
import { type ChartIntent, DEFAULT_CHART_SIZE, type OutputSheet } from "../core/types.js";

type SheetT = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Points (1/72 in) to pixels (1/96 in): chart sizes are declared in points, Sheets sizes in pixels. */
export const PX_PER_PT = 4 / 3;

/** What a chart intent becomes in Sheets: the builder's type and switches, and its options. */
export interface SheetsChartPlan {
  readonly type: "column" | "bar" | "combo";
  /** `setTransposeRowsAndColumns`: series read from rows. */
  readonly transpose: boolean;
  readonly stacked: boolean;
  readonly title: string;
  /** 1-based, for `setPosition`. */
  readonly row: number;
  readonly col: number;
  /** `setOption(name, value)`, in order. */
  readonly options: readonly (readonly [string, unknown])[];
}

const ICU_SPECIAL = /[0-9#.,;%‰¤E'+\-*@]/;

/**
 * An Excel number format as a Google Charts axis format (a subset of ICU decimal patterns):
 * quoted text kept literal, Excel's brackets, padding and fill marks dropped.
 * @example icuFormat('#,##0 "€"') // "#,##0 €"
 */
export function icuFormat(excel: string): string {
  const literal = (text: string) => (ICU_SPECIAL.test(text) ? `'${text.replace(/'/g, "''")}'` : text);
  return excel
    .replace(/\[\$([^\]-]*)[^\]]*\]/g, (_, symbol: string) => literal(symbol))
    .replace(/\[[^\]]*\]/g, "")
    .replace(/"([^"]*)"/g, (_, text: string) => literal(text))
    .replace(/\\(.)/g, (_, c: string) => literal(c))
    .replace(/_./g, " ")
    .replace(/\*./g, "");
}

/** The header cell's text of a series, as the chart names it when no name is declared. */
function headerText(out: OutputSheet, row: number, col: number): string {
  const v = out.rows[row]?.[col];
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return v.kind === "date" ? v.iso : v.text;
  return String(v);
}

/**
 * The Sheets form of `intent`, a chart of the tab `out`.
 * @example chartPlan({ kind: "column", title: "T", data, anchor: { row: 4, col: 6 } }, out).type // "column"
 */
export function chartPlan(intent: ChartIntent, out: OutputSheet): SheetsChartPlan {
  const { data } = intent;
  const byRows = intent.seriesIn === "rows";
  const count = byRows ? data.rows - 1 : data.cols - 1;
  const categories = byRows ? data.cols - 1 : data.rows - 1;
  const declared = intent.series ?? [];
  const pointColors = count === 1 ? (declared[0]?.pointColors ?? []) : [];
  const pointsAsSeries = pointColors.length > 0;
  const combo = intent.kind === "column" && !intent.stacked && !pointsAsSeries && declared.some((s) => s.line);
  const series: Record<number, Record<string, unknown>> = {};
  const label = intent.dataLabels ? { dataLabel: "value" } : {};
  if (pointsAsSeries) {
    for (let p = 0; p < categories; p++) {
      const color = pointColors[p] ?? declared[0]?.color;
      series[p] = { ...(color ? { color } : {}), ...label };
    }
  } else {
    declared.forEach((s, i) => {
      const header = byRows ? headerText(out, data.row + 1 + i, data.col) : headerText(out, data.row, data.col + 1 + i);
      series[i] = {
        ...(s.color ? { color: s.color } : {}),
        ...(s.name !== header ? { labelInLegend: s.name } : {}),
        ...(combo ? { type: s.line ? "line" : "bars" } : {}),
        ...label,
      };
    });
    if (declared.length === 0 && intent.dataLabels) for (let i = 0; i < count; i++) series[i] = { ...label };
  }
  const shown = pointsAsSeries ? categories : count;
  const size = intent.size ?? DEFAULT_CHART_SIZE;
  // A value axis from zero (bars do not start near the smallest value); with values on the bars,
  // no axis labels nor grid, as in the .xlsx (a count reads 3, not 2.5).
  const axis = {
    minValue: 0,
    ...(intent.valueFormat ? { format: icuFormat(intent.valueFormat) } : {}),
    ...(intent.dataLabels ? { textPosition: "none", gridlines: { count: 0 } } : {}),
  };
  const options: [string, unknown][] = [
    ["useFirstColumnAsDomain", true],
    ["legend", { position: shown > 1 ? "bottom" : "none" }],
    [intent.kind === "bar" ? "hAxis" : "vAxis", axis],
    ["width", Math.round(size.width * PX_PER_PT)],
    ["height", Math.round(size.height * PX_PER_PT)],
  ];
  if (combo) options.push(["seriesType", "bars"]);
  if (Object.values(series).some((s) => Object.keys(s).length > 0)) options.push(["series", series]);
  return {
    type: combo ? "combo" : intent.kind,
    transpose: byRows !== pointsAsSeries,
    stacked: intent.stacked === true,
    title: intent.title,
    row: intent.anchor.row + 1,
    col: intent.anchor.col + 1,
    options,
  };
}

/** Draws `intent` (a chart of `out`) on `sheet` from the cells of `range`. */
export function insertChart(sheet: SheetT, range: Range, intent: ChartIntent, out: OutputSheet): void {
  const plan = chartPlan(intent, out);
  const base = sheet
    .newChart()
    .addRange(range)
    .setNumHeaders(1)
    .setTransposeRowsAndColumns(plan.transpose)
    .setPosition(plan.row, plan.col, 0, 0);
  const typed =
    plan.type === "combo" ? base.asComboChart() : plan.type === "bar" ? base.asBarChart() : base.asColumnChart();
  typed.setTitle(plan.title);
  if (plan.stacked) typed.setStacked();
  for (const [name, value] of plan.options) typed.setOption(name, value);
  sheet.insertChart(typed.build());
}
