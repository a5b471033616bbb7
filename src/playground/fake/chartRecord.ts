/**
 * What the fake keeps of a chart: what the add-in set through the Excel JavaScript API, so that
 * tests can assert how a `ChartIntent` was drawn. Properties never set stay absent (Excel's
 * defaults then apply).
 */

/** `chart.axes.valueAxis` or `categoryAxis`. */
export interface ChartAxisRecord {
  numberFormat?: string;
  minimum?: number;
  visible?: boolean;
  reversePlotOrder?: boolean;
  /** Where the other axis crosses this one (`Maximum`: at the last category). */
  position?: string;
  tickLabelPosition?: string;
  /** `majorGridlines.visible`. */
  gridlines?: boolean;
  /** The range `setCategoryNames` linked, as `Sheet!A2:A5`. */
  categoryNames?: string;
}

/** One series: its name and what was set on it. */
export interface ChartSeriesRecord {
  name: string;
  /** `series.chartType`, when it differs from the chart's (a line over columns). */
  chartType?: string;
  /** `series.format.fill.setSolidColor`. */
  fill?: string;
  /** `series.format.line.color` / `weight`. */
  lineColor?: string;
  lineWeight?: number;
  markerStyle?: string;
  /** `series.points.getItemAt(i).format.fill.setSolidColor`, by point index. */
  pointFills: Record<number, string>;
  hasDataLabels?: boolean;
  dataLabels: { showValue?: boolean; position?: string; numberFormat?: string };
  gapWidth?: number;
  overlap?: number;
}

export interface ChartRecord {
  readonly type: string;
  /** The range the chart was created from, as `Sheet!B2:C5`. */
  readonly source: string;
  readonly seriesBy: string;
  title: string;
  /** The top-left cell of `setPosition`. */
  position: string | null;
  /** Size in points. */
  width?: number;
  height?: number;
  legend: { visible?: boolean; position?: string };
  axes: { value: ChartAxisRecord; category: ChartAxisRecord };
  series: ChartSeriesRecord[];
}

/** A new series as Excel names it before the add-in renames it. */
export function newSeries(index: number): ChartSeriesRecord {
  return { name: `Series${index + 1}`, pointFills: {}, dataLabels: {} };
}
