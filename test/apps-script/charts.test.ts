/**
 * Charts and layout in Sheets: every field of a ChartIntent drawn with EmbeddedChartBuilder (the
 * fake records each chart with its options, and refuses an option no doc names), wrapped areas,
 * frozen rows and columns. The three charts of SPEC §6 are declared here as the portfolio
 * declares them (types/chart.ts), on a tab shaped like the dashboard's.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { chartPlan, icuFormat } from "../../src/apps-script/chart.js";
import { writeOutputSheets } from "../../src/apps-script/write.js";
import { CHART_COLORS, HEALTH_POINT_COLORS, MONEY_AXIS_FORMAT } from "../../src/core/report/chartLook.js";
import type { ChartIntent, OutputSheet } from "../../src/core/types.js";
import { type ChartRecord, GasWorld } from "../fakes/gas/index.js";

/** A dashboard-like tab: health counts (A3:B7), investment per year (D3:E6), a service's load by month (A10:D12). */
const TAB: OutputSheet = {
  name: "Tableau de bord",
  rows: [
    ["Généré par fiche-projet"],
    [],
    ["Santé", "Projets", null, "Exercice", "Investissement"],
    ["Vert", 3, null, 2026, 1_038_600],
    ["Orange", 2, null, 2027, 24_500],
    ["Rouge", 1, null, 2028, 410_000],
    ["À vérifier", 0],
    [],
    ["Usages numériques — jours"],
    ["Service", "sept. 2026", "oct. 2026", "nov. 2026"],
    ["Jours prévus", 24, 31, 28],
    ["Capacité", 20, 20, 20],
    ["Un intitulé de projet assez long pour devoir passer à la ligne dans sa colonne", "x"],
  ],
  columnWidths: [30, 12, 4, 12, 16],
  frozenRows: 3,
  frozenColumns: 1,
  styles: [{ row: 3, col: 4, rows: 3, cols: 1, style: "money" }],
  filters: [],
  wrap: [{ row: 12, col: 0, rows: 1, cols: 2 }],
  charts: [],
};

const HEALTH: ChartIntent = {
  kind: "column",
  title: "Projets par santé",
  data: { row: 2, col: 0, rows: 5, cols: 2 },
  series: [{ name: "Projets", pointColors: HEALTH_POINT_COLORS }],
  dataLabels: true,
  anchor: { row: 1, col: 6 },
};
const INVESTMENT: ChartIntent = {
  kind: "column",
  title: "Investissement par exercice",
  data: { row: 2, col: 3, rows: 4, cols: 2 },
  series: [{ name: "Investissement", color: CHART_COLORS.investment }],
  valueFormat: MONEY_AXIS_FORMAT,
  anchor: { row: 1, col: 12 },
  size: { width: 300, height: 180 },
};
const LOAD: ChartIntent = {
  kind: "column",
  title: "Usages numériques : jours prévus et capacité",
  data: { row: 9, col: 0, rows: 3, cols: 4 },
  seriesIn: "rows",
  series: [
    { name: "Jours prévus", color: CHART_COLORS.planned },
    { name: "Capacité disponible", color: CHART_COLORS.capacity, line: true },
  ],
  anchor: { row: 14, col: 0 },
};

describe("chartPlan: each ChartIntent field", () => {
  const base: ChartIntent = { kind: "column", title: "T", data: INVESTMENT.data, anchor: { row: 4, col: 6 } };
  const option = (intent: ChartIntent, name: string) => chartPlan(intent, TAB).options.find(([n]) => n === name)?.[1];

  it.each<[string, ChartIntent, (plan: ReturnType<typeof chartPlan>) => void]>([
    [
      "the bare minimum: columns from A3 at G5, 12 × 7 cm, axis from zero, no legend for one series",
      base,
      (p) => {
        expect(p).toMatchObject({ type: "column", transpose: false, stacked: false, title: "T", row: 5, col: 7 });
        expect(Object.fromEntries(p.options)).toEqual({
          useFirstColumnAsDomain: true,
          legend: { position: "none" },
          vAxis: { minValue: 0 },
          width: 453,
          height: 264,
        });
      },
    ],
    [
      "horizontal bars: the value axis is horizontal",
      { ...base, kind: "bar", valueFormat: "0" },
      (p) => {
        expect(p.type).toBe("bar");
        expect(Object.fromEntries(p.options).hAxis).toEqual({ minValue: 0, format: "0" });
      },
    ],
    ["stacked", { ...base, stacked: true }, (p) => expect(p.stacked).toBe(true)],
    [
      "series in rows: rows and columns transposed",
      { kind: "column", title: "L", data: LOAD.data, seriesIn: "rows", anchor: LOAD.anchor },
      (p) => expect(p.transpose).toBe(true),
    ],
    [
      "size in points, drawn in pixels (× 4/3)",
      INVESTMENT,
      (p) => {
        expect(Object.fromEntries(p.options)).toMatchObject({ width: 400, height: 240 });
      },
    ],
  ])("%s", (_edge, intent, check) => {
    check(chartPlan(intent, TAB));
  });

  it("a series named by its header cell gets no legend label; a colour is the series' colour", () => {
    expect(option(INVESTMENT, "series")).toEqual({ 0: { color: CHART_COLORS.investment } });
  });

  it("a series named otherwise is named in the legend", () => {
    expect(option({ ...INVESTMENT, series: [{ name: "Dépenses d'investissement" }] }, "series")).toEqual({
      0: { labelInLegend: "Dépenses d'investissement" },
    });
  });

  it("a line series over columns: a combo chart, bars by default, the capacity as a line", () => {
    const plan = chartPlan(LOAD, TAB);
    expect(plan).toMatchObject({ type: "combo", transpose: true });
    expect(Object.fromEntries(plan.options)).toMatchObject({
      seriesType: "bars",
      legend: { position: "bottom" },
      series: {
        0: { color: CHART_COLORS.planned, type: "bars" },
        1: { color: CHART_COLORS.capacity, labelInLegend: "Capacité disponible", type: "line" },
      },
    });
  });

  it("per-point colours: each category drawn as its own coloured series (transposed), in the legend", () => {
    const plan = chartPlan(HEALTH, TAB);
    expect(plan.transpose).toBe(true);
    expect(Object.fromEntries(plan.options)).toMatchObject({
      legend: { position: "bottom" },
      series: Object.fromEntries(HEALTH_POINT_COLORS.map((color, i) => [i, { color, dataLabel: "value" }])),
    });
  });

  it("data labels: each series shows its values, and the value axis its labels no more", () => {
    expect(option({ ...base, dataLabels: true }, "vAxis")).toEqual({
      minValue: 0,
      textPosition: "none",
      gridlines: { count: 0 },
    });
    expect(option({ ...base, dataLabels: true }, "series")).toEqual({ 0: { dataLabel: "value" } });
  });

  it.each([
    ["money, whole euros", '#,##0 "€"', "#,##0 €"],
    ["a percentage", "0.0 %", "0.0 %"],
    ["an escaped literal", "0\\ \\j", "0 j"],
    ["a quoted literal holding ICU specials", '0" #"', "0' #'"],
    ["Excel's currency bracket and padding", "[$€-40C] #,##0_)", "€ #,##0 "],
  ])("the value format: %s → %j", (_edge, excel, icu) => {
    expect(icuFormat(excel)).toBe(icu);
  });
});

describe("written by the script: the fake's records", () => {
  let w: GasWorld;
  let charts: ChartRecord[];
  beforeAll(() => {
    w = new GasWorld();
    const globals = w.globals() as { SpreadsheetApp: unknown; Utilities: unknown };
    Object.assign(globalThis, { SpreadsheetApp: globals.SpreadsheetApp, Utilities: globals.Utilities });
    const tab = { ...TAB, charts: [HEALTH, INVESTMENT, LOAD] };
    writeOutputSheets(w.active as never, [tab], { lang: "fr", mode: "generated" });
    charts = w.active.getSheetByName("Tableau de bord")?.charts ?? [];
  });

  it("one chart per intent, each over its own cells, placed at its anchor", () => {
    expect(charts.map((c) => [c.type, c.ranges, c.position, c.transpose, c.numHeaders])).toEqual([
      ["COLUMN", ["A3:B7"], { row: 2, col: 7 }, true, 1],
      ["COLUMN", ["D3:E6"], { row: 2, col: 13 }, false, 1],
      ["COMBO", ["A10:D12"], { row: 15, col: 1 }, true, 1],
    ]);
    expect(charts.map((c) => c.options.title)).toEqual([HEALTH.title, INVESTMENT.title, LOAD.title]);
  });

  it("the money axis in whole euros", () => {
    expect(charts[1]?.options.vAxis).toEqual({ minValue: 0, format: "#,##0 €" });
  });

  it("long text wraps in its area, the rest overflows; titles and first column frozen", () => {
    const sheet = w.active.getSheetByName("Tableau de bord");
    expect(sheet?.wraps.get("13,1")).toBe("WRAP");
    expect(sheet?.wraps.get("13,2")).toBe("WRAP");
    expect(sheet?.wraps.get("3,1")).toBe("OVERFLOW");
    expect([sheet?.frozenRows, sheet?.frozenColumns]).toEqual([3, 1]);
  });

  it("a second write replaces the charts and unfreezes what the new tab does not freeze", () => {
    const { frozenColumns: _, ...unfrozen } = TAB;
    const tab = { ...unfrozen, charts: [INVESTMENT] };
    writeOutputSheets(w.active as never, [tab], { lang: "fr", mode: "generated" });
    const sheet = w.active.getSheetByName("Tableau de bord");
    expect(sheet?.charts.map((c) => c.options.title)).toEqual([INVESTMENT.title]);
    expect(sheet?.frozenColumns).toBe(0);
  });

  it("an option no doc names is refused by the fake (a typo the real builder would ignore)", () => {
    expect(() => w.active.getSheetByName("Tableau de bord")?.newChart().setOption("vAxes.format", "0")).toThrow(
      /undocumented chart option/,
    );
  });
});
