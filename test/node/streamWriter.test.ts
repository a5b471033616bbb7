/**
 * The direct writer (used for the portfolio) against exceljs's in-memory one: read back with
 * exceljs, every cell's value and style, column widths, row heights, frozen panes, tab colour,
 * auto-filter, print setup and print titles are the same; and SheetJS reads the same values.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import XLSX from "xlsx";
import { analyzeWorkbook } from "../../src/core/analyze.js";
import { EXAMPLE_CAPACITY, EXAMPLE_STATUS_DATE, EXAMPLES } from "../../src/core/examples/index.js";
import { consolidatePortfolio } from "../../src/core/portfolio/consolidate.js";
import { buildPortfolioSheets } from "../../src/core/portfolio/sheets.js";
import { summarizeProject } from "../../src/core/portfolio/summarize.js";
import { exampleGrid } from "../../src/core/template/grid.js";
import type { OutputSheet } from "../../src/core/types.js";
import { RowFormats } from "../../src/node/rowShapes.js";
import { streamable, streamWorkbookFile } from "../../src/node/streamWriter.js";
import { writeWorkbookFile } from "../../src/node/writeWorkbook.js";
import { StyleTable } from "../../src/node/xlsxStyles.js";
import { partsOf, validateParts } from "./helpers/ooxml.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fp-stream-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A portfolio of the examples, each three times under other file names (duplicate codes add issues). */
function portfolioSheets(lang: "fr" | "en"): OutputSheet[] {
  const summaries = [1, 2, 3].flatMap((copy) =>
    EXAMPLES.map((ex) =>
      summarizeProject(
        `copie-${copy}/${ex.project.code}.xlsx`,
        analyzeWorkbook(exampleGrid(ex, lang), { statusDate: EXAMPLE_STATUS_DATE, lang }),
      ),
    ),
  );
  const failures = [{ file: "vide.xlsx", message: "fichier vide" }];
  return buildPortfolioSheets(
    consolidatePortfolio(summaries, {
      capacity: EXAMPLE_CAPACITY.map((c, i) => ({ ...c, row: i + 2 })),
      failures,
      lang,
    }),
    lang,
  );
}

/** Every style feature: dates, booleans, styled empty cells, overlapping areas, header wrap, filter, freeze. */
const SYNTHETIC: OutputSheet = {
  name: "Essai d'écriture",
  rows: [
    ["Titre", null, null],
    ["Libellé assez long pour tenir sur plusieurs lignes", "Montant", "Date"],
    ['=HYPERLINK("http://x")', 1234.5, { kind: "date", iso: "2026-02-28" }],
    [true, -0.25, null],
    [null, "", 0],
    ["fin", Number.NaN, "\u0001contrôle"],
  ],
  columnWidths: [12, 10, 0],
  frozenRows: 2,
  frozenColumns: 1,
  tabColor: "#1F4E79",
  landscape: true,
  styles: [
    { row: 0, col: 0, rows: 1, cols: 3, style: "title" },
    { row: 1, col: 0, rows: 1, cols: 3, style: "header" },
    { row: 2, col: 1, rows: 3, cols: 1, style: "money" },
    { row: 3, col: 0, rows: 2, cols: 3, style: "red" },
    { row: 3, col: 1, rows: 1, cols: 2, style: "error" },
    { row: 5, col: 0, rows: 1, cols: 2, style: "muted" },
  ],
  filters: [{ row: 1, col: 0, rows: 5, cols: 3 }],
  charts: [],
} as unknown as OutputSheet;

const plain = (x: unknown) => JSON.parse(JSON.stringify(x ?? null));

/** What a reader sees of a workbook: per sheet, its setup and every cell's value and style. */
async function readBack(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return {
    definedNames: plain(wb.definedNames.model),
    sheets: wb.worksheets.map((ws) => {
      const cells: unknown[] = [];
      const heights: unknown[] = [];
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        if (row.height) heights.push([r, row.height]);
        row.eachCell({ includeEmpty: true }, (cell) => {
          cells.push([cell.address, plain(cell.value), plain(cell.style)]);
        });
      });
      const p = ws.pageSetup;
      return {
        name: ws.name,
        state: ws.state,
        views: plain(ws.views),
        tabColor: plain(ws.properties.tabColor),
        autoFilter: plain(ws.autoFilter),
        page: plain([
          p.orientation,
          p.paperSize,
          p.fitToPage,
          p.fitToWidth,
          p.fitToHeight,
          p.printTitlesRow,
          p.printTitlesColumn,
        ]),
        // exceljs's writer drops a width of 9 (its default); the direct writer keeps it (Excel's is 8.43).
        widths: (ws.columns ?? []).map((c) => (c.width === 9 ? null : (c.width ?? null))),
        heights,
        cells,
      };
    }),
  };
}

describe("streamWorkbookFile writes what writeWorkbookFile writes", () => {
  it.each([
    ["portfolio (fr)", () => portfolioSheets("fr")],
    ["portfolio (en)", () => portfolioSheets("en")],
    ["synthetic sheet with every style feature", () => [SYNTHETIC]],
    [
      // exceljs's streaming writer dropped such a row, styles and all; the direct writer keeps it.
      "a styled row without a value",
      () => [
        {
          ...SYNTHETIC,
          rows: [...SYNTHETIC.rows, [], ["fin"]],
          styles: [...SYNTHETIC.styles, { row: SYNTHETIC.rows.length, col: 0, rows: 1, cols: 2, style: "red" }],
        } as OutputSheet,
      ],
    ],
  ])("%s", async (name, make) => {
    const sheets = make();
    expect(streamable(sheets)).toBe(true);
    const memory = join(dir, `${name}-memory.xlsx`);
    const streamed = join(dir, `${name}-stream.xlsx`);
    await writeWorkbookFile(memory, sheets);
    await streamWorkbookFile(streamed, sheets);
    const [a, b] = [await readBack(memory), await readBack(streamed)];
    expect(b.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    expect(b.sheets.reduce((n, s) => n + s.cells.length, 0)).toBeGreaterThan(10);
    expect(b).toEqual(a);
    const [x, y] = [XLSX.read(await readFile(memory)), XLSX.read(await readFile(streamed))];
    for (const s of x.SheetNames) {
      expect(XLSX.utils.sheet_to_json(y.Sheets[s] as XLSX.WorkSheet, { header: 1, raw: true })).toEqual(
        XLSX.utils.sheet_to_json(x.Sheets[s] as XLSX.WorkSheet, { header: 1, raw: true }),
      );
    }
  });

  it("writes parts that ECMA-376's schemas accept: workbook, styles, strings, sheets, charts, properties", async () => {
    const path = join(dir, "schemas.xlsx");
    await streamWorkbookFile(path, [...portfolioSheets("fr"), SYNTHETIC]);
    const parts = partsOf(new Uint8Array(await readFile(path)));
    const matching = (re: RegExp) =>
      [...parts].filter(([n]) => re.test(n)).map(([fileName, contents]) => ({ fileName, contents }));
    const sml = matching(/^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+)\.xml$/);
    expect(sml.length).toBe(3 + 8);
    expect(await validateParts(sml, "sml.xsd")).toEqual([]);
    expect(matching(/^xl\/charts\//).length).toBeGreaterThan(0);
    expect(await validateParts(matching(/^xl\/charts\/chart\d+\.xml$/), "dml-chart.xsd")).toEqual([]);
    expect(await validateParts(matching(/^xl\/drawings\/drawing\d+\.xml$/), "dml-spreadsheetDrawing.xsd")).toEqual([]);
    expect(await validateParts(matching(/^docProps\/app\.xml$/), "shared-documentPropertiesExtended.xsd")).toEqual([]);
    // Every part a relationship names is in the archive, with its content type.
    const types = parts.get("[Content_Types].xml") ?? "";
    for (const [name, xml] of parts) {
      if (!name.endsWith(".rels")) continue;
      const base = name.replace(/_rels\/[^/]*\.rels$/, "");
      for (const [, target] of xml.matchAll(/Target="([^"]+)"/g)) {
        const resolved = new URL(target as string, `http://x/${base}`).pathname.slice(1);
        expect(parts.has(resolved), `${name} → ${resolved}`).toBe(true);
        if (!resolved.endsWith(".rels")) expect(types).toContain(`PartName="/${resolved}"`);
      }
    }
  });

  it("keeps text as text: markup, a carriage return, a literal _x0041_, spaces at the ends", async () => {
    const path = join(dir, "text.xlsx");
    const texts = ["a < b & c > d", "ligne 1\r\nligne 2", "code _x0041_ brut", "  espacé  ", "\u0001contrôle"];
    await streamWorkbookFile(path, [{ ...SYNTHETIC, rows: texts.map((t) => [t]), styles: [], filters: [] }]);
    const cells = (await readBack(path)).sheets[0]?.cells.map((c) => (c as unknown[])[1]);
    expect(cells).toEqual([...texts.slice(0, 4), "\uFFFDcontrôle"]);
  });

  it("keeps a formula-looking title as a string cell", async () => {
    const path = join(dir, "injection.xlsx");
    await streamWorkbookFile(path, [SYNTHETIC]);
    const cell = XLSX.read(await readFile(path)).Sheets[SYNTHETIC.name]?.A3;
    expect(cell).toMatchObject({ t: "s", v: '=HYPERLINK("http://x")' });
    expect(cell?.f).toBeUndefined();
  });

  it.each([
    ["an internal link", { ...SYNTHETIC, rows: [[{ kind: "link", text: "voir", sheet: SYNTHETIC.name, cell: "A1" }]] }],
    [
      "a drop-down list",
      { ...SYNTHETIC, validations: [{ area: { row: 1, col: 0, rows: 1, cols: 1 }, values: ["a"] }] },
    ],
  ])("falls back to the in-memory writer for %s", (_name, sheet) => {
    expect(streamable([sheet as unknown as OutputSheet])).toBe(false);
  });
});

describe("RowFormats: a row that looks like the one before reuses its shape", () => {
  type Areas = OutputSheet["styles"];
  const at = (row: number, col: number, cols: number, style: Areas[number]["style"]) => ({
    row,
    col,
    rows: 1,
    cols,
    style,
  });
  it.each([
    ["same style over the same columns", [at(0, 1, 2, "red"), at(1, 1, 2, "red")], true],
    ["same style, other columns", [at(0, 1, 2, "red"), at(1, 1, 3, "red")], false],
    ["same columns, another style", [at(0, 1, 2, "red"), at(1, 1, 2, "green")], false],
    [
      "the same areas in another order",
      [at(0, 0, 1, "red"), at(0, 1, 1, "money"), at(1, 1, 1, "money"), at(1, 0, 1, "red")],
      false,
    ],
    ["one more area", [at(0, 1, 2, "red"), at(1, 1, 2, "red"), at(1, 4, 1, "muted")], false],
    ["one area over both rows", [{ row: 0, col: 0, rows: 2, cols: 3, style: "header" as const }], true],
    ["no area on either row", [], true],
  ] as [string, Areas, boolean][])("%s", (_edge, styles, reused) => {
    const sheet = { ...SYNTHETIC, styles, rows: [[], []] } as OutputSheet;
    const table = new StyleTable();
    const formats = new RowFormats(sheet, table);
    const first = formats.shapeAt(0);
    const second = formats.shapeAt(1);
    expect(second === first).toBe(reused);
    // The same formats as a row shaped on its own, cell by cell, for a date or not.
    const alone = new RowFormats(sheet, table);
    const own = alone.shapeAt(1);
    for (let c = 0; c < 6; c++)
      for (const isDate of [false, true]) expect(formats.xf(second, c, isDate)).toBe(alone.xf(own, c, isDate));
  });
});
