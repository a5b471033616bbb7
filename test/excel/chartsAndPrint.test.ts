/**
 * Issue 12 in Excel: every `ChartIntent` field drawn with Office.js (the fake records what was
 * set), every generated tab's print set-up through `worksheet.pageLayout` — the same layout the
 * .xlsx gets — and long text wrapped in rows that grow for it; still one write request.
 */
import { describe, expect, it } from "vitest";
import { MEDIATHEQUE } from "../../src/core/examples/index.js";
import { CHART_COLORS, HEALTH_POINT_COLORS, MONEY_AXIS_FORMAT } from "../../src/core/report/chartLook.js";
import { FOOTER_SECTIONS, PRINT_MARGINS } from "../../src/core/report/print.js";
import { exampleGrid } from "../../src/core/template/grid.js";
import { type ChartIntent, DEFAULT_CHART_SIZE, GENERATED_MARK, type OutputSheet } from "../../src/core/types.js";
import { pageSetupOf } from "../../src/node/printSetup.js";
import { type ChartRecord, fakeExcelOver } from "../fakes/excel.js";

const MONTHS = ["2026-01", "2026-02", "2026-03"];

/** A dashboard-like tab: health counts (B3:C7), investment per year (E3:F5), a service × month block (H3:K5). */
const BASE: OutputSheet = {
  name: "Tableau de bord",
  rows: [
    [`${GENERATED_MARK} — test`],
    [],
    ["Santé", "Projets", null, null, "Année", "Investissement", null, "Service", ...MONTHS],
    ["Vert", 3, null, null, 2026, 120_000, null, "Jours prévus", 40, 55, 30],
    ["Orange", 1, null, null, 2027, 80_000, null, "Capacité", 45, 45, 45],
    ["Rouge", 1, null, null, 2028, -5_000],
    ["À vérifier", 0],
  ],
  columnWidths: [14, 10, 4, 4, 8, 16, 4, 14, 9, 9, 9],
  frozenRows: 3,
  styles: [{ row: 2, col: 0, rows: 1, cols: 11, style: "header" }],
  filters: [],
  charts: [],
};

const HEALTH: ChartIntent = {
  kind: "column",
  title: "Projets par santé",
  data: { row: 2, col: 0, rows: 5, cols: 2 },
  series: [{ name: "Projets", pointColors: HEALTH_POINT_COLORS }],
  dataLabels: true,
  anchor: { row: 8, col: 0 },
};
const INVESTMENT: ChartIntent = {
  kind: "column",
  title: "Investissement par année",
  data: { row: 2, col: 4, rows: 4, cols: 2 },
  series: [{ name: "Investissement TTC", color: CHART_COLORS.investment }],
  valueFormat: MONEY_AXIS_FORMAT,
  anchor: { row: 8, col: 4 },
  size: { width: 400, height: 240 },
};
const CAPACITY: ChartIntent = {
  kind: "column",
  title: "Voirie : jours prévus et capacité",
  data: { row: 2, col: 7, rows: 3, cols: 4 },
  seriesIn: "rows",
  series: [
    { name: "Jours prévus", color: CHART_COLORS.planned },
    { name: "Capacité", color: CHART_COLORS.capacity, line: true },
  ],
  anchor: { row: 24, col: 0 },
};
const STACKED_BARS: ChartIntent = {
  kind: "bar",
  title: "Écarts",
  data: { row: 2, col: 4, rows: 4, cols: 2 },
  stacked: true,
  dataLabels: true,
  anchor: { row: 24, col: 8 },
};

async function drawn(intent: ChartIntent): Promise<ChartRecord> {
  const { io, fake } = fakeExcelOver({ sheets: [] });
  await io.writeSheets([{ ...BASE, charts: [intent] }]);
  const charts = fake.model.sheet(BASE.name)?.charts ?? [];
  expect(charts).toHaveLength(1);
  return charts[0] as ChartRecord;
}

const at = (range: string) => `'Tableau de bord'!${range}`;

describe("every ChartIntent field, drawn with Office.js", () => {
  it.each([
    [
      "health: one series by its name, a colour per point, values on the columns and no value axis",
      HEALTH,
      {
        type: "ColumnClustered",
        source: at("B4:B7"),
        seriesBy: "Columns",
        title: "Projets par santé",
        position: "A9",
        width: DEFAULT_CHART_SIZE.width,
        height: DEFAULT_CHART_SIZE.height,
        legend: { visible: false },
        axes: {
          category: { categoryNames: at("A4:A7"), tickLabelPosition: "Low" },
          value: { minimum: 0, visible: false, gridlines: false },
        },
        series: [
          {
            name: "Projets",
            pointFills: {
              0: HEALTH_POINT_COLORS[0],
              1: HEALTH_POINT_COLORS[1],
              2: HEALTH_POINT_COLORS[2],
              3: HEALTH_POINT_COLORS[3],
            },
            gapWidth: 60,
            hasDataLabels: true,
            dataLabels: { showValue: true, position: "OutsideEnd" },
          },
        ],
      },
    ],
    [
      "investment: a money axis, a colour, its own size, a literal name, a negative value keeps the axis free",
      INVESTMENT,
      {
        type: "ColumnClustered",
        source: at("F4:F6"),
        seriesBy: "Columns",
        position: "E9",
        width: 400,
        height: 240,
        axes: {
          category: { categoryNames: at("E4:E6"), tickLabelPosition: "Low" },
          value: { numberFormat: MONEY_AXIS_FORMAT },
        },
        series: [
          { name: "Investissement TTC", fill: CHART_COLORS.investment, gapWidth: 60, pointFills: {}, dataLabels: {} },
        ],
      },
    ],
    [
      "capacity: series in rows, planned as columns, capacity as a line, a legend below",
      CAPACITY,
      {
        type: "ColumnClustered",
        source: at("I4:K5"),
        seriesBy: "Rows",
        position: "A25",
        legend: { visible: true, position: "Bottom" },
        axes: { category: { categoryNames: at("I3:K3"), tickLabelPosition: "Low" }, value: { minimum: 0 } },
        series: [
          { name: "Jours prévus", fill: CHART_COLORS.planned, gapWidth: 60, pointFills: {}, dataLabels: {} },
          {
            name: "Capacité",
            chartType: "Line",
            markerStyle: "None",
            lineColor: CHART_COLORS.capacity,
            lineWeight: 2.25,
            pointFills: {},
            dataLabels: {},
          },
        ],
      },
    ],
    [
      "stacked bars: categories top-down, the value axis at the bottom, labels centred, names from the header",
      STACKED_BARS,
      {
        type: "BarStacked",
        seriesBy: "Columns",
        axes: {
          category: {
            reversePlotOrder: true,
            position: "Maximum",
            tickLabelPosition: "Low",
            categoryNames: at("E4:E6"),
          },
          value: { visible: false, gridlines: false },
        },
        series: [
          {
            name: "Investissement",
            gapWidth: 60,
            overlap: 100,
            hasDataLabels: true,
            dataLabels: { showValue: true, position: "Center" },
            pointFills: {},
          },
        ],
      },
    ],
  ] as const)("%s", async (_edge, intent, expected) => {
    const record = await drawn(intent);
    expect(record).toMatchObject(expected);
    if (intent === INVESTMENT) expect(record.axes.value.minimum).toBeUndefined();
  });

  it("Calculer draws Synthèse's charts, every series named, within its two requests", async () => {
    const { host, fake } = fakeExcelOver(exampleGrid(MEDIATHEQUE));
    await host.summary();
    const before = fake.stats.syncs;
    await host.compute("fr");
    expect(fake.stats.syncs - before).toBe(2);
    const charts = fake.model.sheet("Synthèse")?.charts ?? [];
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.title).not.toBe("");
      expect(chart.series.every((s) => !/^Series\d+$/.test(s.name))).toBe(true);
      expect(chart.axes.category.categoryNames).toMatch(/^'Synthèse'!/);
    }
  });
});

describe("print set-up through worksheet.pageLayout", () => {
  const wide = { ...BASE, columnWidths: [100, 100, 100] };
  it.each([
    ["portrait, titles repeated", BASE, "Portrait", 1, "$1:$3", undefined],
    ["300 characters in portrait: three pages wide", wide, "Portrait", 3, "$1:$3", undefined],
    ["landscape: two pages", { ...wide, landscape: true }, "Landscape", 2, "$1:$3", undefined],
    ["one page wide when asked", { ...wide, fitWidth: true }, "Portrait", 1, "$1:$3", undefined],
    ["frozen columns repeated", { ...BASE, frozenColumns: 2, frozenRows: 0 }, "Portrait", 1, undefined, "$A:$B"],
  ] as const)("%s", async (_edge, sheet, orientation, pages, titleRows, titleColumns) => {
    const { io, fake } = fakeExcelOver({ sheets: [] });
    await io.writeSheets([sheet as OutputSheet]);
    const layout = fake.model.sheet(BASE.name)?.pageLayout;
    expect(layout).toEqual({
      orientation,
      paperSize: "A4",
      zoom: { horizontalFitToPages: pages },
      ...(titleRows ? { titleRows } : {}),
      ...(titleColumns ? { titleColumns } : {}),
      margins: { unit: "Inches", ...PRINT_MARGINS },
      footer: { left: FOOTER_SECTIONS.left, center: FOOTER_SECTIONS.center },
      header: {},
    });
    // The .xlsx of the same tab prints as many pages wide.
    expect(pageSetupOf(sheet as OutputSheet).fitToWidth).toBe(pages);
  });
});

describe("manual page breaks through worksheet.horizontalPageBreaks", () => {
  it.each([
    ["none declared", undefined, []],
    ["a block of charts on its own page", [24], [24]],
    ["two breaks", [12, 40], [12, 40]],
  ] as const)("%s", async (_edge, pageBreaks, expected) => {
    const { io, fake } = fakeExcelOver({ sheets: [] });
    await io.writeSheets([{ ...BASE, ...(pageBreaks ? { pageBreaks } : {}) }]);
    expect(fake.model.sheet(BASE.name)?.pageBreaks).toEqual(expected);
  });

  it("a rewrite replaces last time's breaks", async () => {
    const { io, fake } = fakeExcelOver({ sheets: [] });
    await io.writeSheets([{ ...BASE, pageBreaks: [30] }]);
    await io.writeSheets([{ ...BASE, pageBreaks: [12] }]);
    expect(fake.model.sheet(BASE.name)?.pageBreaks).toEqual([12]);
  });
});

describe("long text wraps and rows grow", () => {
  it("header cells wrap, centred over a rule; wrap areas wrap from the top; their rows are autofitted", async () => {
    const sheet: OutputSheet = { ...BASE, wrap: [{ row: 3, col: 0, rows: 2, cols: 2 }] };
    const { io, fake } = fakeExcelOver({ sheets: [] });
    await io.writeSheets([sheet]);
    const mem = fake.model.sheet(BASE.name)!;
    expect(mem.cell(2, 5)).toMatchObject({ wrap: true, verticalAlignment: "Center", bottomBorder: "#808080" });
    expect(mem.cell(4, 1)).toMatchObject({ wrap: true, verticalAlignment: "Top" });
    expect(mem.cell(6, 1)?.wrap).toBeUndefined();
    expect([...mem.autofitRows].sort()).toEqual([2, 3, 4]);
  });
});
