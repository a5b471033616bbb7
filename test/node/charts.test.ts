/**
 * Native charts in the .xlsx (chartPackage.ts): both writers add, for every ChartIntent, a chart
 * part that references the sheet's cells, a drawing that anchors it, and the relationships and
 * content types that tie them; every part validates against ECMA-376 (schemas/ooxml); exceljs,
 * SheetJS and our own reader read the same cell values as without charts.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import XLSX from "xlsx";
import { analyzeWorkbook } from "../../src/core/analyze.js";
import { capacityOf, consolidate, portfolioSheets, summarizeWorkbook } from "../../src/core/app/index.js";
import { EXAMPLE_CAPACITY, EXAMPLE_STATUS_DATE, EXAMPLES } from "../../src/core/examples/index.js";
import { CHART_COLORS, HEALTH_POINT_COLORS, MONEY_AXIS_FORMAT } from "../../src/core/report/chartLook.js";
import { buildProjectReport } from "../../src/core/report/index.js";
import { exampleGrid, outputSheetsToGrid } from "../../src/core/template/grid.js";
import { buildCapacitySheets } from "../../src/core/template/sheets.js";
import type { ChartIntent, OutputSheet } from "../../src/core/types.js";
import { REL_NS as REL } from "../../src/node/chartDrawing.js";
import { addChartParts, insertDrawing } from "../../src/node/chartPackage.js";
import { ChartIntentError } from "../../src/node/chartSeries.js";
import { readWorkbookFile } from "../../src/node/readWorkbook.js";
import { streamWorkbookFile } from "../../src/node/streamWriter.js";
import { workbookBytes, writeWorkbookFile } from "../../src/node/writeWorkbook.js";
import { crc32, ZipArchive, ZipRewriteError } from "../../src/node/zipRewrite.js";
import { partsOf, validateParts, withoutExtensions } from "./helpers/ooxml.js";
import { storedZip } from "./helpers/zip.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fp-charts-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const HEALTH: ChartIntent = {
  kind: "column",
  title: "Projets par santé",
  data: { row: 1, col: 0, rows: 5, cols: 2 },
  anchor: { row: 1, col: 5 },
  series: [{ name: "Projets", pointColors: HEALTH_POINT_COLORS }],
  dataLabels: true,
};
const INVESTMENT: ChartIntent = {
  kind: "column",
  title: "Investissement par exercice",
  data: { row: 7, col: 0, rows: 4, cols: 2 },
  anchor: { row: 16, col: 5 },
  valueFormat: MONEY_AXIS_FORMAT,
  series: [{ name: "Prévision finale", color: CHART_COLORS.investment }],
  size: { width: 400, height: 220 },
};
const LOAD: ChartIntent = {
  kind: "column",
  title: "Usages numériques : jours prévus et capacité",
  data: { row: 12, col: 0, rows: 3, cols: 4 },
  seriesIn: "rows",
  anchor: { row: 31, col: 5 },
  series: [
    { name: "Jours prévus", color: CHART_COLORS.planned },
    { name: "Capacité", color: CHART_COLORS.capacity, line: true },
  ],
};
const SLIP: ChartIntent = {
  kind: "bar",
  title: "Glissement par étape (jours ouvrés)",
  data: { row: 16, col: 0, rows: 4, cols: 2 },
  anchor: { row: 46, col: 5 },
};
const STACKED: ChartIntent = {
  kind: "column",
  title: "Prévision par exercice",
  data: { row: 7, col: 0, rows: 4, cols: 3 },
  stacked: true,
  dataLabels: true,
  valueFormat: '#,##0 "€"',
  anchor: { row: 61, col: 5 },
};

/** A dashboard-like tab: a chart of each kind, each over its own small table. */
const DASHBOARD: OutputSheet = {
  name: "Tableau de bord",
  rows: [
    ["Généré par fiche-projet — tableau de bord", null, null, null],
    ["Santé", "Projets", null, null],
    ["Vert", 3, null, null],
    ["Orange", 2, null, null],
    ["Rouge", 1, null, null],
    ["À vérifier", 0, null, null],
    [null, null, null, null],
    ["Exercice", "Prévision finale", "Fonctionnement", null],
    [2025, 1_200_000, 10_000, null],
    [2026, 2_500_000.5, 12_000, null],
    [2027, 800_000, null, null],
    [null, null, null, null],
    ["Usages numériques", "janv. 2026", "févr. 2026", "mars 2026"],
    ["Jours prévus", 30, 45, 12],
    ["Capacité", 35, 35, 35],
    [null, null, null, null],
    ["Étape", "Glissement (j ouvrés)", null, null],
    ["E1 — Études <préalables> & « diagnostic »", -3, null, null],
    ["E2 — Travaux", 12, null, null],
    ["E3 — Réception", { kind: "date", iso: "2026-05-04" }, null, null],
  ],
  columnWidths: [28, 14, 14, 14],
  frozenRows: 1,
  styles: [{ row: 8, col: 1, rows: 3, cols: 2, style: "money" }],
  filters: [],
  charts: [HEALTH, INVESTMENT, LOAD, SLIP, STACKED],
};
const PLAIN: OutputSheet = {
  name: "Sans graphique",
  rows: [["Généré par fiche-projet"], ["a", 1]],
  columnWidths: [10, 10],
  frozenRows: 0,
  styles: [],
  filters: [],
  charts: [],
};
/** A name to quote in a reference, and an internal link: the sheet already has relationships. */
const LINKED: OutputSheet = {
  ...PLAIN,
  name: "Suivi d'Anne & Cie",
  rows: [
    [{ kind: "link", text: "voir le tableau", sheet: "Tableau de bord", cell: "A1" }, null],
    ["Mois", "Jours"],
    ["janv.", 4],
    ["févr.", 6],
  ],
  charts: [{ kind: "column", title: "Jours", data: { row: 1, col: 0, rows: 3, cols: 2 }, anchor: { row: 0, col: 3 } }],
};

const report = () =>
  buildProjectReport(
    analyzeWorkbook(exampleGrid(EXAMPLES[0] as (typeof EXAMPLES)[number], "fr"), { statusDate: EXAMPLE_STATUS_DATE }),
  );

/** The demo portfolio (SPEC §6): the dashboard's charts, the combo chart of an overloaded service, page breaks. */
const portfolio = () => {
  const options = { lang: "fr", today: EXAMPLE_STATUS_DATE } as const;
  const outcomes = EXAMPLES.map((e) => summarizeWorkbook(e.file, exampleGrid(e, "fr"), options));
  const capacity = capacityOf(outputSheetsToGrid(buildCapacitySheets(EXAMPLE_CAPACITY, "fr")));
  return portfolioSheets(consolidate({ outcomes, capacity }, { lang: "fr" }));
};

/** XML-escaped text, as the chart parts carry it. */
const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[c]};`);

const attr = (xml: string, tag: string, name: string) =>
  new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml)?.[1] ?? null;

const relTarget = (rels: string, id: string) =>
  new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ??
  new RegExp(`<Relationship\\b[^>]*Target="([^"]*)"[^>]*Id="${id}"`).exec(rels)?.[1] ??
  null;

/** Follows workbook → sheet → drawing → charts; returns the chart parts of each sheet by name. */
function chartsBySheet(parts: Map<string, string>): Map<string, { drawing: string; charts: string[] }> {
  const out = new Map<string, { drawing: string; charts: string[] }>();
  const wbRels = parts.get("xl/_rels/workbook.xml.rels") ?? "";
  for (const tag of (parts.get("xl/workbook.xml") ?? "").match(/<sheet\b[^>]*>/g) ?? []) {
    const name = /name="([^"]*)"/.exec(tag)?.[1] ?? "";
    const sheetPart = `xl/${relTarget(wbRels, /r:id="([^"]*)"/.exec(tag)?.[1] ?? "")}`;
    const drawingId = attr(parts.get(sheetPart) ?? "", "drawing", "r:id");
    if (drawingId === null) continue;
    const sheetRels = parts.get(sheetPart.replace(/([^/]+)$/, "_rels/$1.rels")) ?? "";
    const drawing = `xl/${(relTarget(sheetRels, drawingId) ?? "").replace(/^\.\.\//, "")}`;
    const drawingXml = parts.get(drawing) ?? "";
    const drawingRels = parts.get(drawing.replace(/([^/]+)$/, "_rels/$1.rels")) ?? "";
    const charts = [...drawingXml.matchAll(/<c:chart\b[^>]*r:id="([^"]*)"/g)].map(
      (m) => `xl/${(relTarget(drawingRels, m[1] as string) ?? "").replace(/^\.\.\//, "")}`,
    );
    out.set(name.replace(/&apos;/g, "'").replace(/&amp;/g, "&"), { drawing, charts });
  }
  return out;
}

const WRITERS = [
  ["in memory", (path: string, sheets: readonly OutputSheet[]) => writeWorkbookFile(path, sheets)],
  ["streaming", (path: string, sheets: readonly OutputSheet[]) => streamWorkbookFile(path, sheets)],
] as const;

const CASES = [
  ["a chart of each kind, and a tab without", () => [DASHBOARD, PLAIN]],
  ["a quoted tab name with links (relationships already there)", () => [LINKED, DASHBOARD]],
  ["the check report of the médiathèque", report],
  ["the demo portfolio", portfolio],
] as const;

describe.each(WRITERS)("charts written by the %s writer", (writer, write) => {
  /** Each case's sheets and the parts of the workbook written from them. */
  const written: { sheets: readonly OutputSheet[]; parts: Map<string, string> }[] = [];
  beforeAll(async () => {
    for (const [i, [, make]] of CASES.entries()) {
      const sheets = make();
      const path = join(dir, `${writer}-case-${i}.xlsx`);
      await write(path, sheets);
      written.push({ sheets, parts: partsOf(await readFile(path)) });
    }
  });

  it.each(CASES.map(([name], i) => [name, i] as const))("%s: every intent is a chart tied to its sheet", (_, i) => {
    const { sheets, parts } = written[i] as (typeof written)[number];
    const bySheet = chartsBySheet(parts);
    const charted = sheets.filter((s) => s.charts.length > 0);
    expect([...bySheet.keys()].sort()).toEqual(charted.map((s) => s.name).sort());
    const types = parts.get("[Content_Types].xml") ?? "";
    for (const sheet of charted) {
      const found = bySheet.get(sheet.name);
      expect(found?.charts).toHaveLength(sheet.charts.length);
      for (const part of [found?.drawing ?? "", ...(found?.charts ?? [])]) {
        expect(parts.has(part), part).toBe(true);
        expect(types).toContain(`PartName="/${part}"`);
      }
      // The title and every reference point at this sheet.
      sheet.charts.forEach((intent, c) => {
        const xml = parts.get(found?.charts[c] ?? "") ?? "";
        expect(xml).toContain(`<a:t>${esc(intent.title)}</a:t>`);
        const refs = [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]);
        const quoted = esc(`'${sheet.name.replace(/'/g, "''")}'!`);
        expect(refs.length).toBeGreaterThan(0);
        for (const ref of refs) expect(ref?.startsWith(quoted), ref).toBe(true);
      });
    }
  });

  it("writes chart, drawing and worksheet parts that ECMA-376's schemas accept", async () => {
    const all = (test: RegExp, clean = (x: string) => x) =>
      written.flatMap(({ parts }, i) =>
        [...parts.keys()]
          .filter((p) => test.test(p))
          .map((p) => ({ fileName: `case${i}-${p}`, contents: clean(parts.get(p) ?? "") })),
      );
    const charts = all(/^xl\/charts\/chart\d+\.xml$/);
    const drawings = all(/^xl\/drawings\/drawing\d+\.xml$/);
    expect(charts).toHaveLength(CASES.reduce((n, [, make]) => n + make().reduce((k, s) => k + s.charts.length, 0), 0));
    expect(drawings.length).toBeGreaterThanOrEqual(CASES.length);
    expect(await validateParts(charts, "dml-chart.xsd")).toEqual([]);
    expect(await validateParts(drawings, "dml-spreadsheetDrawing.xsd")).toEqual([]);
    expect(await validateParts(all(/^xl\/worksheets\/sheet\d+\.xml$/, withoutExtensions), "sml.xsd")).toEqual([]);
  });

  it("references the cells of each series, with today's values cached", async () => {
    const path = join(dir, `${writer}-refs.xlsx`);
    await write(path, [DASHBOARD]);
    const parts = partsOf(await readFile(path));
    const charts =
      chartsBySheet(parts)
        .get("Tableau de bord")
        ?.charts.map((p) => parts.get(p) ?? "") ?? [];
    const [health, investment, load, slip, stacked] = charts;
    const refs = (xml = "") => [...xml.matchAll(/<c:f>&apos;Tableau de bord&apos;!([^<]*)<\/c:f>/g)].map((m) => m[1]);
    expect(refs(health)).toEqual(["$B$2", "$A$3:$A$6", "$B$3:$B$6"]);
    expect(health).toMatch(/<c:dPt><c:idx val="3"\/>.*<a:srgbClr val="A6A6A6"\/>/);
    expect(health).toContain('<c:delete val="1"/>'); // labelled: no value axis
    expect(health).toContain('<c:pt idx="3"><c:v>À vérifier</c:v></c:pt>');
    expect(investment).toContain('formatCode="#,##0 &quot;€&quot;" sourceLinked="0"');
    expect(investment).toContain("<c:cat><c:numRef>"); // the years are numbers
    expect(investment).toContain("<c:v>2500000.5</c:v>");
    expect(refs(load)).toEqual(["$A$14", "$B$13:$D$13", "$B$14:$D$14", "$A$15", "$B$13:$D$13", "$B$15:$D$15"]);
    expect(load).toMatch(/<c:barChart>.*Jours prévus.*<\/c:barChart><c:lineChart>.*Capacité.*<\/c:lineChart>/);
    expect(slip).toContain('<c:barDir val="bar"/>');
    expect(slip).toContain("<c:v>E1 — Études &lt;préalables&gt; &amp; « diagnostic »</c:v>");
    // A date is not a number of days to plot: that point is left empty.
    expect(slip).toMatch(
      /<c:numCache><c:formatCode>General<\/c:formatCode><c:ptCount val="3"\/><c:pt idx="0"><c:v>-3<\/c:v><\/c:pt><c:pt idx="1"><c:v>12<\/c:v><\/c:pt><\/c:numCache>/,
    );
    expect(stacked).toContain('<c:grouping val="stacked"/>');
    expect(refs(stacked)).toEqual(["$B$8", "$A$9:$A$11", "$B$9:$B$11", "$C$8", "$A$9:$A$11", "$C$9:$C$11"]);
  });

  it("leaves every cell as it is: exceljs, SheetJS and our reader read what they read without charts", async () => {
    const sheets = [LINKED, DASHBOARD, PLAIN].map((s) => (writer === "streaming" && s === LINKED ? PLAIN : s));
    const unique = [...new Set(sheets)];
    const withCharts = join(dir, `${writer}-values.xlsx`);
    const without = join(dir, `${writer}-values-bare.xlsx`);
    await write(withCharts, unique);
    await write(
      without,
      unique.map((s) => ({ ...s, charts: [] })),
    );
    const excel = async (p: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(p);
      return wb.worksheets.map((ws) => (ws.getSheetValues() as unknown[]).map((r) => JSON.stringify(r)));
    };
    const sheetjs = async (p: string) => {
      const wb = XLSX.read(await readFile(p));
      return wb.SheetNames.map((n) =>
        XLSX.utils.sheet_to_json(wb.Sheets[n] as XLSX.WorkSheet, { header: 1, raw: true }),
      );
    };
    expect(await excel(withCharts)).toEqual(await excel(without));
    expect(await sheetjs(withCharts)).toEqual(await sheetjs(without));
    expect((await sheetjs(withCharts))[unique.indexOf(DASHBOARD)]?.[9]).toEqual([2026, 2_500_000.5, 12_000]);
    expect(await readWorkbookFile(withCharts)).toEqual(await readWorkbookFile(without));
  });
});

describe("addChartParts", () => {
  it("returns the very bytes when no sheet has a chart", async () => {
    const bytes = await workbookBytes([PLAIN]);
    expect(addChartParts(bytes, [PLAIN])).toBe(bytes);
  });

  it.each([
    ["a header without data", { ...HEALTH, data: { row: 1, col: 0, rows: 1, cols: 2 } }],
    ["more series declared than in the data", { ...HEALTH, series: [{ name: "a" }, { name: "b" }] }],
    ["a line in a bar chart", { ...SLIP, series: [{ name: "Glissement (j ouvrés)", line: true }] }],
    ["a line in a stacked chart", { ...STACKED, series: [{ name: "a" }, { name: "b", line: true }] }],
    ["a colour that is not #RRGGBB", { ...HEALTH, series: [{ name: "Projets", color: "green" }] }],
    ["a negative anchor", { ...HEALTH, anchor: { row: -1, col: 0 } }],
    ["a size of zero", { ...HEALTH, size: { width: 0, height: 100 } }],
  ])("throws on %s (a bug in the core's layout)", async (_edge, intent) => {
    await expect(workbookBytes([{ ...DASHBOARD, charts: [intent as ChartIntent] }])).rejects.toThrow(ChartIntentError);
  });
});

describe("the schema check itself", () => {
  it("fails a chart whose elements are out of order", async () => {
    const parts = partsOf(await workbookBytes([DASHBOARD]));
    const chart = parts.get("xl/charts/chart1.xml") ?? "";
    const swapped = chart
      .replace('<c:roundedCorners val="0"/>', "")
      .replace("<c:chart>", '<c:chart><c:roundedCorners val="0"/>');
    expect(swapped).not.toBe(chart);
    expect(await validateParts([{ fileName: "chart1.xml", contents: chart }], "dml-chart.xsd")).toEqual([]);
    expect(await validateParts([{ fileName: "chart1.xml", contents: swapped }], "dml-chart.xsd")).not.toEqual([]);
  });
});

describe("insertDrawing", () => {
  const head = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">`;
  it.each([
    [
      "at the end of a plain sheet",
      `${head}<sheetData/><pageSetup/></worksheet>`,
      '<pageSetup/><drawing r:id="rId9"/></worksheet>',
    ],
    [
      "before the comments' drawing",
      `${head}<sheetData></sheetData><legacyDrawing r:id="rId1"/></worksheet>`,
      '</sheetData><drawing r:id="rId9"/><legacyDrawing',
    ],
    [
      "before the tables and extensions",
      `${head}<sheetData/><tableParts count="0"/><extLst/></worksheet>`,
      '<sheetData/><drawing r:id="rId9"/><tableParts',
    ],
    [
      "declaring the prefix when the root does not",
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
      `<drawing xmlns:r="${REL}" r:id="rId9"/></worksheet>`,
    ],
    [
      "after a cell whose text names a tag",
      `${head}<sheetData><row><c t="inlineStr"><is><t>&lt;extLst</t></is></c></row></sheetData></worksheet>`,
      '</sheetData><drawing r:id="rId9"/></worksheet>',
    ],
  ])("%s", (_edge, xml, expected) => {
    expect(insertDrawing(xml, "rId9")).toContain(expected);
  });

  it.each([
    ["a sheet that has a drawing already", `${head}<sheetData/><drawing r:id="rId1"/></worksheet>`],
    ["a sheet in another namespace", '<x:worksheet xmlns:x="urn:other"><x:sheetData/></x:worksheet>'],
  ])("refuses %s", (_edge, xml) => {
    expect(() => insertDrawing(xml, "rId9")).toThrow(ZipRewriteError);
  });
});

describe("ZipArchive", () => {
  it.each([
    ["empty", "", 0],
    ["abc", "abc", 0x352441c2],
    ["the check string", "123456789", 0xcbf43926],
  ])("crc32 of %s", (_name, text, crc) => {
    expect(crc32(new TextEncoder().encode(text))).toBe(crc);
  });

  it("replaces, adds and copies entries; another reader opens the result", () => {
    const zip = new ZipArchive(storedZip({ "a.xml": "<a/>", "b.xml": "<b/>", "c/c.xml": "<c/>" }));
    expect(zip.text("b.xml")).toBe("<b/>");
    const changes = new Map([
      ["b.xml", "<b>changed</b>"],
      ["d/new.xml", "<new>é</new>"],
    ]);
    expect(Object.fromEntries(partsOf(zip.rewrite(changes)))).toEqual({
      "a.xml": "<a/>",
      "b.xml": "<b>changed</b>",
      "c/c.xml": "<c/>",
      "d/new.xml": "<new>é</new>",
    });
    expect(new ZipArchive(zip.rewrite(changes)).names()).toEqual(["a.xml", "b.xml", "c/c.xml", "d/new.xml"]);
  });

  it("keeps a name that is not ASCII (flagged UTF-8)", () => {
    const out = new ZipArchive(storedZip({ "a.xml": "<a/>" })).rewrite(new Map([["é.xml", "<é/>"]]));
    const again = new ZipArchive(out);
    expect(again.names()).toEqual(["a.xml", "é.xml"]);
    expect(again.text("é.xml")).toBe("<é/>");
  });

  it("refuses what is not a zip", () => {
    expect(() => new ZipArchive(new TextEncoder().encode("not a zip at all, just text"))).toThrow(ZipRewriteError);
  });
});
