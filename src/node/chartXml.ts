/**
 * The DrawingML chart part (`xl/charts/chartN.xml`) of a {@link ChartIntent}: a bar chart
 * (columns or horizontal bars, clustered or stacked), with a line chart on the same axes for
 * the series marked `line` (a combo). Every series points at its sheet's cells (`c:f`), so
 * editing a cell updates the chart; the caches hold today's values for readers that do not
 * recompute. Element order follows ECMA-376's dml-chart.xsd (test/node/charts.test.ts
 * validates it).
 */
import { a1 } from "../core/cells/a1.js";
import type { ChartIntent, OutputSheet } from "../core/types.js";
import { type CellRun, type ResolvedChart, type ResolvedSeries, resolveChart } from "./chartSeries.js";

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const CAT_AX = 500000001;
const VAL_AX = 500000002;
const GRID = "D9D9D9";
const AXIS = "808080";

/** Text or attribute value escaped for XML. */
export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[c]};`);
}

/** `'Tableau de bord'!$A$2:$A$5`: an absolute reference, the sheet name always quoted. */
export function sheetRef(sheet: string, r: CellRun): string {
  const abs = (row: number, col: number) => a1(row + 1, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const first = abs(r.row, r.col);
  const last = abs(r.lastRow, r.lastCol);
  return `'${sheet.replace(/'/g, "''")}'!${first === last ? first : `${first}:${last}`}`;
}

const val = (tag: string, v: string | number) => `<c:${tag} val="${v}"/>`;
const solid = (hex: string) => `<a:solidFill><a:srgbClr val="${hex.slice(1).toUpperCase()}"/></a:solidFill>`;
const line = (hex: string, w: number) => `<a:ln w="${w}" cap="rnd">${solid(hex)}<a:round/></a:ln>`;
const noLine = "<a:ln><a:noFill/></a:ln>";

function strCache(texts: readonly string[]): string {
  const pts = texts.map((t, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(t)}</c:v></c:pt>`).join("");
  return `<c:strCache>${val("ptCount", texts.length)}${pts}</c:strCache>`;
}

function numCache(numbers: readonly (number | null)[], format: string | null = null): string {
  const pts = numbers.map((n, i) => (n === null ? "" : `<c:pt idx="${i}"><c:v>${n}</c:v></c:pt>`)).join("");
  const code = xmlEscape(format ?? "General");
  return `<c:numCache><c:formatCode>${code}</c:formatCode>${val("ptCount", numbers.length)}${pts}</c:numCache>`;
}

function seriesName(sheet: string, s: ResolvedSeries): string {
  if (s.nameCell === null) return `<c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>`;
  const at = { row: s.nameCell.row, col: s.nameCell.col, lastRow: s.nameCell.row, lastCol: s.nameCell.col };
  return `<c:tx><c:strRef><c:f>${xmlEscape(sheetRef(sheet, at))}</c:f>${strCache([s.name])}</c:strRef></c:tx>`;
}

function categories(sheet: string, chart: ResolvedChart): string {
  const f = `<c:f>${xmlEscape(sheetRef(sheet, chart.categories))}</c:f>`;
  if (chart.numericCategories) {
    const numbers = chart.labels.map(Number);
    return `<c:cat><c:numRef>${f}${numCache(numbers)}</c:numRef></c:cat>`;
  }
  return `<c:cat><c:strRef>${f}${strCache(chart.labels)}</c:strRef></c:cat>`;
}

function dataLabels(intent: ChartIntent, position: string | null): string {
  const fmt = intent.valueFormat ? `<c:numFmt formatCode="${xmlEscape(intent.valueFormat)}" sourceLinked="0"/>` : "";
  const pos = position ? val("dLblPos", position) : "";
  const flags = ["showLegendKey", "showVal", "showCatName", "showSerName", "showPercent", "showBubbleSize"]
    .map((f) => val(f, f === "showVal" ? 1 : 0))
    .join("");
  return `<c:dLbls>${fmt}<c:spPr><a:noFill/>${noLine}</c:spPr>${pos}${flags}</c:dLbls>`;
}

function barSeries(intent: ChartIntent, sheet: string, chart: ResolvedChart, s: ResolvedSeries, i: number): string {
  const color = s.look?.color;
  const points = (s.look?.pointColors ?? [])
    .map((c, p) => `<c:dPt>${val("idx", p)}${val("invertIfNegative", 0)}<c:spPr>${solid(c)}</c:spPr></c:dPt>`)
    .join("");
  const labels = intent.dataLabels ? dataLabels(intent, intent.stacked ? "ctr" : "outEnd") : "";
  return (
    `<c:ser>${val("idx", i)}${val("order", i)}${seriesName(sheet, s)}` +
    (color ? `<c:spPr>${solid(color)}</c:spPr>` : "") +
    `${val("invertIfNegative", 0)}${points}${labels}${categories(sheet, chart)}` +
    `<c:val><c:numRef><c:f>${xmlEscape(sheetRef(sheet, s.values))}</c:f>${numCache(s.numbers, s.format)}</c:numRef></c:val></c:ser>`
  );
}

function lineSeries(intent: ChartIntent, sheet: string, chart: ResolvedChart, s: ResolvedSeries, i: number): string {
  const color = s.look?.color;
  return (
    `<c:ser>${val("idx", i)}${val("order", i)}${seriesName(sheet, s)}` +
    (color ? `<c:spPr>${line(color, 28575)}</c:spPr>` : "") +
    `<c:marker>${val("symbol", "none")}</c:marker>` +
    (intent.dataLabels ? dataLabels(intent, "t") : "") +
    `${categories(sheet, chart)}` +
    `<c:val><c:numRef><c:f>${xmlEscape(sheetRef(sheet, s.values))}</c:f>${numCache(s.numbers, s.format)}</c:numRef></c:val>` +
    `${val("smooth", 0)}</c:ser>`
  );
}

const axisIds = `${val("axId", CAT_AX)}${val("axId", VAL_AX)}`;

function plotArea(intent: ChartIntent, sheet: string, chart: ResolvedChart): string {
  const bars = chart.series.map((s, i) => (s.look?.line ? "" : barSeries(intent, sheet, chart, s, i))).join("");
  const lines = chart.series.map((s, i) => (s.look?.line ? lineSeries(intent, sheet, chart, s, i) : "")).join("");
  const horizontal = intent.kind === "bar";
  const grouping = intent.stacked ? "stacked" : "clustered";
  const barChart =
    `<c:barChart>${val("barDir", horizontal ? "bar" : "col")}${val("grouping", grouping)}${val("varyColors", 0)}` +
    `${bars}${val("gapWidth", 60)}${intent.stacked ? val("overlap", 100) : ""}${axisIds}</c:barChart>`;
  const lineChart = lines
    ? `<c:lineChart>${val("grouping", "standard")}${val("varyColors", 0)}${lines}${val("marker", 1)}${axisIds}</c:lineChart>`
    : "";
  // Horizontal bars list the categories top-down, as the table beside them; the value axis
  // then crosses at the last category to stay at the bottom. Labels sit low so that negative
  // values (a step ahead of time) do not run over them.
  const catAx =
    `<c:catAx>${val("axId", CAT_AX)}<c:scaling>${val("orientation", horizontal ? "maxMin" : "minMax")}</c:scaling>` +
    `${val("delete", 0)}${val("axPos", horizontal ? "l" : "b")}` +
    `${val("majorTickMark", "none")}${val("minorTickMark", "none")}${val("tickLblPos", "low")}` +
    `<c:spPr>${line(`#${AXIS}`, 9525)}</c:spPr>${val("crossAx", VAL_AX)}${val("crosses", "autoZero")}` +
    `${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}${val("noMultiLvlLbl", 0)}</c:catAx>`;
  // Without a format of its own the axis shows the cells' (money, days…), which readers take
  // from the series' cache when they do not look the cells up.
  const source = chart.series[0]?.format ?? "General";
  const numFmt = `<c:numFmt formatCode="${xmlEscape(intent.valueFormat ?? source)}" sourceLinked="${intent.valueFormat ? 0 : 1}"/>`;
  // Bars start at zero: a reader may otherwise start the axis near the smallest value, which
  // makes 24 500 € look like nothing next to 1 038 600 €.
  const positive = chart.series.every((s) => s.numbers.every((n) => n === null || n >= 0));
  // With its values on the columns, a chart needs no value axis nor grid (a count reads 3, not 2,5).
  const labelled = intent.dataLabels === true;
  const grid = labelled ? "" : `<c:majorGridlines><c:spPr>${line(`#${GRID}`, 6350)}</c:spPr></c:majorGridlines>`;
  const valAx =
    `<c:valAx>${val("axId", VAL_AX)}<c:scaling>${val("orientation", "minMax")}${positive ? val("min", 0) : ""}</c:scaling>` +
    `${val("delete", labelled ? 1 : 0)}${val("axPos", horizontal ? "b" : "l")}${grid}${numFmt}` +
    `${val("majorTickMark", "none")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}` +
    `<c:spPr><a:noFill/>${noLine}</c:spPr>${val("crossAx", CAT_AX)}${val("crosses", horizontal ? "max" : "autoZero")}` +
    `${val("crossBetween", "between")}</c:valAx>`;
  return `<c:plotArea><c:layout/>${barChart}${lineChart}${catAx}${valAx}</c:plotArea>`;
}

function title(text: string): string {
  const run = `<a:r><a:rPr lang="fr-FR" sz="1200" b="1"/><a:t>${xmlEscape(text)}</a:t></a:r>`;
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>${run}</a:p>` +
    `</c:rich></c:tx>${val("overlay", 0)}</c:title>${val("autoTitleDeleted", 0)}`
  );
}

/**
 * The chart part of `intent`, drawn from `sheet`'s cells.
 * @example chartXml({ kind: "column", title: "Projets par santé", data, anchor }, sheet) // '<?xml …><c:chartSpace …'
 */
export function chartXml(intent: ChartIntent, sheet: OutputSheet): string {
  const chart = resolveChart(intent, sheet);
  // A legend says which series is which; one series is named by the title.
  const legend = chart.series.length > 1 ? `<c:legend>${val("legendPos", "b")}${val("overlay", 0)}</c:legend>` : "";
  const font = '<a:latin typeface="Calibri"/>';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}>` +
    `${val("date1904", 0)}${val("lang", "fr-FR")}${val("roundedCorners", 0)}` +
    `<c:chart>${title(intent.title)}${plotArea(intent, sheet.name, chart)}${legend}` +
    `${val("plotVisOnly", 1)}${val("dispBlanksAs", "gap")}</c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>${line(`#${GRID}`, 9525)}</c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900">${font}</a:defRPr></a:pPr>` +
    `<a:endParaRPr lang="fr-FR"/></a:p></c:txPr></c:chartSpace>`
  );
}
