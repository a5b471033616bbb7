/**
 * The fake `Excel.Chart` and what hangs from it (series, points, axes, legend, data labels):
 * every property is write-only and queued until sync, where it lands in the sheet's
 * {@link ChartRecord}. A chart made from a range gets one series per column or row of it, as
 * `ChartCollection.add(type, sourceData, seriesBy)` says; "Auto" (the host never uses it) plots
 * the shorter side as series, Excel's rule in the support article "Change how rows and columns
 * of data are plotted in a chart". Objects on a protected sheet cannot be changed (`AccessDenied`).
 */

import { type ChartAxisRecord, type ChartRecord, type ChartSeriesRecord, newSeries } from "./chartRecord.js";
import { ClientObject, type FakeContext, FakeOfficeError } from "./context.js";
import type { MemSheet } from "./memory.js";
import { addressOf, type FakeRange, quoteSheet } from "./range.js";
import type { FakeWorksheet } from "./worksheet.js";

type Located = { readonly sheet: MemSheet; readonly chart: ChartRecord };
type Writer = (apply: (place: Located) => void, payload?: number) => void;

/** An object whose listed properties are write-only: setting one queues `apply(name, value)`. */
function writeOnly(names: readonly string[], apply: (name: string, value: unknown) => void): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  for (const name of names) {
    Object.defineProperty(target, name, {
      enumerable: true,
      set: (value: unknown) => apply(name, value),
      get: () => {
        throw new FakeOfficeError("PropertyNotLoaded", `${name} is write-only in the fake`);
      },
    });
  }
  return target;
}

/** `Sheet!A1:B2` of a range, at sync time. */
export function rangeAddress(range: FakeRange | string): string {
  if (typeof range === "string") return range;
  const place = range.locate();
  return place ? `${quoteSheet(place.sheet.name)}!${addressOf(place.rect)}` : "";
}

function seriesOf(write: Writer, pick: (chart: ChartRecord) => ChartSeriesRecord) {
  const set = (fn: (s: ChartSeriesRecord) => void) => write(({ chart }) => fn(pick(chart)));
  const series = writeOnly(["name", "chartType", "markerStyle", "hasDataLabels", "gapWidth", "overlap"], (k, v) =>
    set((s) => {
      (s as unknown as Record<string, unknown>)[k] = v;
    }),
  );
  const line = writeOnly(["color", "weight"], (k, v) =>
    set((s) => {
      if (k === "color") s.lineColor = v as string;
      else s.lineWeight = v as number;
    }),
  );
  Object.assign(series, {
    format: {
      fill: { setSolidColor: (color: string) => set((s) => (s.fill = color)) },
      line,
    },
    dataLabels: writeOnly(["showValue", "position", "numberFormat"], (k, v) =>
      set((s) => {
        (s.dataLabels as Record<string, unknown>)[k] = v;
      }),
    ),
    points: {
      getItemAt: (index: number) => ({
        format: {
          fill: {
            setSolidColor: (color: string) =>
              set((s) => {
                s.pointFills[index] = color;
              }),
          },
        },
      }),
    },
  });
  return series;
}

function axisOf(write: Writer, pick: (chart: ChartRecord) => ChartAxisRecord) {
  const set = (fn: (a: ChartAxisRecord) => void) => write(({ chart }) => fn(pick(chart)));
  const axis = writeOnly(
    ["numberFormat", "minimum", "visible", "reversePlotOrder", "position", "tickLabelPosition"],
    (k, v) =>
      set((a) => {
        (a as Record<string, unknown>)[k] = v;
      }),
  );
  Object.assign(axis, {
    majorGridlines: writeOnly(["visible"], (_k, v) => set((a) => (a.gridlines = v as boolean))),
    setCategoryNames: (source: FakeRange) => set((a) => (a.categoryNames = rangeAddress(source))),
  });
  return axis;
}

export class FakeChart extends ClientObject {
  readonly title: Record<string, unknown>;
  readonly legend: Record<string, unknown>;
  readonly axes: { readonly valueAxis: Record<string, unknown>; readonly categoryAxis: Record<string, unknown> };
  readonly series: { getItemAt(index: number): Record<string, unknown> };
  private readonly locate: () => Located;

  constructor(ctx: FakeContext, locate: () => Located) {
    super(ctx);
    this.locate = locate;
    const write: Writer = (apply, payload = 0) => this.write(apply, payload);
    this.title = writeOnly(["text"], (_k, v) => write(({ chart }) => (chart.title = v as string), String(v).length));
    this.legend = writeOnly(["visible", "position"], (k, v) =>
      write(({ chart }) => {
        (chart.legend as Record<string, unknown>)[k] = v;
      }),
    );
    this.axes = {
      valueAxis: axisOf(write, (c) => c.axes.value),
      categoryAxis: axisOf(write, (c) => c.axes.category),
    };
    this.series = {
      getItemAt: (index: number) =>
        seriesOf(write, (chart) => {
          const s = chart.series[index];
          if (!s) throw new FakeOfficeError("ItemNotFound", `The chart has no series ${index}.`);
          return s;
        }),
    };
  }

  /** Queues a change of the chart; like any object on a protected sheet, it is refused. */
  private write(apply: (place: Located) => void, payload: number): void {
    this.ctx.enqueue(() => {
      const place = this.locate();
      this.ctx.guardWrite(place.sheet);
      apply(place);
      return 0;
    }, payload);
  }

  setPosition(startCell: FakeRange | string, _endCell?: FakeRange | string): void {
    this.write(({ chart }) => {
      chart.position = rangeAddress(startCell).replace(/^.*!/, "");
    }, 0);
  }
  set width(points: number) {
    this.write(({ chart }) => (chart.width = points), 0);
  }
  set height(points: number) {
    this.write(({ chart }) => (chart.height = points), 0);
  }
  delete(): void {
    this.write(({ sheet, chart }) => {
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    }, 0);
  }
}

/** `worksheet.charts`. */
export class FakeChartCollection extends ClientObject {
  private readonly sheet: FakeWorksheet;
  constructor(sheet: FakeWorksheet) {
    super(sheet.context);
    this.sheet = sheet;
  }

  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChart {
    let record: ChartRecord | null = null;
    this.ctx.enqueue(() => {
      const place = source.locate();
      const mem = this.sheet.must();
      this.ctx.guardWrite(mem);
      const rect = place?.rect ?? { rows: 1, cols: 1 };
      const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && rect.cols > rect.rows);
      record = {
        type,
        source: rangeAddress(source),
        seriesBy,
        title: "",
        position: null,
        legend: {},
        axes: { value: {}, category: {} },
        series: Array.from({ length: byRows ? rect.rows : rect.cols }, (_, i) => newSeries(i)),
      };
      mem.charts.push(record);
      return 0;
    });
    return new FakeChart(this.ctx, () => {
      if (!record) throw new FakeOfficeError("InvalidObjectPath", "chart not created");
      return { sheet: this.sheet.must(), chart: record };
    });
  }

  getItemAt(index: number): FakeChart {
    let record: ChartRecord | null = null;
    return new FakeChart(this.ctx, () => {
      const sheet = this.sheet.must();
      record ??= sheet.charts[index] ?? null;
      if (!record) throw new FakeOfficeError("ItemNotFound", `No chart at ${index}`);
      return { sheet, chart: record };
    });
  }

  protected override snapshot(props: readonly string[]): number {
    const mem = this.sheet.must();
    if (props.some((p) => p === "count" || p.startsWith("items"))) {
      this.store("count", mem.charts.length);
      this.store(
        "items",
        mem.charts.map((_, i) => this.getItemAt(i)),
      );
    }
    return 0;
  }
  get count(): number {
    return this.read("count");
  }
  get items(): FakeChart[] {
    return this.read("items");
  }
}
