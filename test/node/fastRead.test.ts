// The fast reader must give exactly the grid of exceljs's full load, on every workbook the suites
// build; what it does not model it refuses with FastReadUnsupported (readWorkbookBuffer then
// falls back to exceljs), and it never returns a different grid.

import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCorpus as buildHostileCorpus, buildZip, goodWorkbookBytes } from "../../scripts/hostile-corpus.mjs";
import { EXAMPLE_CAPACITY, EXAMPLES } from "../../src/core/examples/index.js";
import { buildCapacitySheets, buildTemplateSheets } from "../../src/core/template/sheets.js";
import type { Cell, WorkbookGrid } from "../../src/core/types.js";
import { FastReadUnsupported, fastRead } from "../../src/node/fastRead.js";
import { readWorkbookBuffer, readWorkbookBufferWithExceljs } from "../../src/node/readWorkbook.js";
import { workbookBytes } from "../../src/node/writeWorkbook.js";
import { buildCorpus, DATE_FORMATS, xlsxBytes } from "../fixtures/corpus.js";
import { kitchenSinkWorkbook } from "./fixtures.js";

type Outcome = { kind: "grid"; grid: WorkbookGrid } | { kind: "unsupported" } | { kind: "error"; error: unknown };

function fast(bytes: Uint8Array): Outcome {
  try {
    return { kind: "grid", grid: fastRead(bytes) };
  } catch (e) {
    return e instanceof FastReadUnsupported ? { kind: "unsupported" } : { kind: "error", error: e };
  }
}

/** Reads with both; the fast grid must equal exceljs's, and the public reader must give it too. */
async function same(bytes: Uint8Array): Promise<Outcome["kind"]> {
  const reference = await readWorkbookBufferWithExceljs(bytes, "x.xlsx");
  const got = fast(bytes);
  if (got.kind === "error") throw got.error;
  if (got.kind === "grid") expect(got.grid).toStrictEqual(reference);
  expect(await readWorkbookBuffer(bytes, "x.xlsx")).toStrictEqual(reference);
  return got.kind;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A one-sheet workbook from raw sheetData XML (and optional sharedStrings / styles / rels target). */
function handBuilt(
  sheetData: string,
  opts: { strings?: string; styles?: string; target?: string; after?: string } = {},
) {
  const parts = [
    {
      name: "[Content_Types].xml",
      data: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    },
    {
      name: "_rels/.rels",
      data: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `${XML}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Données &amp; co" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="${opts.target ?? "worksheets/sheet1.xml"}"/></Relationships>`,
    },
    {
      name: "xl/worksheets/sheet1.xml",
      data: `${XML}<worksheet xmlns="${NS}"><sheetData>${sheetData}</sheetData>${opts.after ?? ""}</worksheet>`,
    },
  ];
  if (opts.strings !== undefined)
    parts.push({ name: "xl/sharedStrings.xml", data: `${XML}<sst xmlns="${NS}">${opts.strings}</sst>` });
  if (opts.styles !== undefined)
    parts.push({ name: "xl/styles.xml", data: `${XML}<styleSheet xmlns="${NS}">${opts.styles}</styleSheet>` });
  return new Uint8Array(buildZip(parts));
}

const DATE_STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="&quot;d&quot;0.00"/></numFmts>' +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="4"/></cellXfs>';

/** Hand-written XML for what exceljs never writes itself. [name, sheetData, options, fast path expected] */
const HAND: [string, string, Parameters<typeof handBuilt>[1], Outcome["kind"]][] = [
  [
    "inline strings, entities, xml:space",
    '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> a &amp; b &#x263A; &#65; </t></is></c><c r="C1" t="str"><v>&amp;lt;x&amp;gt; &amp;amp;</v></c></row>',
    {},
    "grid",
  ],
  [
    "booleans, errors, t=d, NaN and odd numbers",
    '<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c><c r="C2" t="e"><v>#DIV/0!</v></c><c r="D2" t="d"><v>2026-03-09T00:00:00Z</v></c><c r="E2"><v>abc</v></c><c r="F2"><v> 12.5e1 </v></c><c r="G2"><v>-0</v></c></row><row r="5"><c r="A5" s="1"/></row>',
    { styles: DATE_STYLES },
    "grid",
  ],
  [
    "dates under built-in and custom formats, quoted letters, fractions",
    '<row r="1"><c r="A1" s="1"><v>46090.75</v></c><c r="B1" s="2"><v>46090</v></c><c r="C1" s="3"><v>45000.999999</v></c><c r="D1" s="4"><v>46090</v></c><c r="E1" s="1"><v>-700000</v></c><c r="F1" s="1"><v>3000000</v></c></row>',
    { styles: DATE_STYLES },
    "grid",
  ],
  [
    "formulas: cached results of every type, date-formatted results, no result",
    '<row r="1"><c r="A1" t="str"><f>"a"&amp;"b"</f><v>a&amp;amp;b</v></c><c r="B1" t="b"><f>TRUE()</f><v>1</v></c><c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D1" s="1"><f>TODAY()</f><v>46090</v></c><c r="E1" s="1" t="e"><f>NA()</f><v>#N/A</v></c><c r="F1"><f>NA()</f></c><c r="G1" s="1" t="b"><f>TRUE()</f><v>1</v></c></row><row r="2"><c r="A2"><f t="shared" ref="A2:B2" si="0">1+1</f><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>2</v></c></row>',
    { styles: DATE_STYLES },
    "grid",
  ],
  [
    "shared strings: plain, rich, phonetic, escapes, empty",
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>',
    {
      strings:
        '<si><t>a_x000D_b</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Études </t></r><r><t>préalables</t></r></si><si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh></si><si><t/></si><si><t>x&#10;y</t></si>',
    },
    "grid",
  ],
  [
    "style 0 with a date format: exceljs ignores it",
    '<row r="1"><c r="A1"><v>46000</v></c><c r="B1" s="0"><v>46000</v></c><c r="C1" s="1"><v>46000</v></c><c r="D1" s="9"><v>46000</v></c></row>',
    { styles: '<cellXfs count="2"><xf numFmtId="14"/><xf numFmtId="14"/></cellXfs>' },
    "grid",
  ],
  ["line ends normalised", '<row r="1"><c r="A1" t="inlineStr"><is><t>a\r\nb\rc</t></is></c></row>', {}, "grid"],
  [
    "merged cells, rows only merged",
    '<row r="1"><c r="A1" t="inlineStr"><is><t>titre</t></is></c><c r="B1" t="inlineStr"><is><t>caché</t></is></c></row><row r="3"><c r="C3"><v>1</v></c></row>',
    { after: '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="D4:E6"/></mergeCells>' },
    "grid",
  ],
  [
    "empty and styled-empty cells, self-closing rows",
    '<row r="1"/><row r="2"><c r="A2"/><c r="B2" s="1"/></row><row r="4"><c r="B4"><v>7</v></c></row>',
    { styles: DATE_STYLES },
    "grid",
  ],
  ["absolute sheet target", '<row r="1"><c r="A1"><v>1</v></c></row>', { target: "/xl/worksheets/sheet1.xml" }, "grid"],
  ["no styles part", '<row r="1"><c r="A1"><v>1</v></c></row>', {}, "grid"],
  [
    "a cell without r after one with: unsupported",
    '<row r="1"><c r="A1"><v>1</v></c><c><v>2</v></c></row>',
    {},
    "unsupported",
  ],
  [
    "rich inline string: unsupported",
    '<row r="1"><c r="A1" t="inlineStr"><is><r><t>a</t></r></is></c></row>',
    {},
    "unsupported",
  ],
  [
    "hyperlinks: unsupported",
    '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>',
    { after: '<hyperlinks><hyperlink ref="A1" location="B2"/></hyperlinks>' },
    "unsupported",
  ],
];

describe("fastRead gives exceljs's grid", () => {
  it.each(["fr", "en"] as const)("the six examples and the capacity workbook, template writer (%s)", async (lang) => {
    for (const example of EXAMPLES) {
      expect(await same(await workbookBytes(buildTemplateSheets({ lang, example })))).toBe("grid");
    }
    expect(await same(await workbookBytes(buildTemplateSheets({ lang })))).toBe("grid");
    expect(await same(await workbookBytes(buildCapacitySheets(EXAMPLE_CAPACITY, lang)))).toBe("grid");
  });

  it("every fixture of the parity corpus, as exceljs writes it", async () => {
    const kinds: string[] = [];
    for (const f of buildCorpus()) kinds.push(await same(await xlsxBytes(f.grid, f.times ?? [], f.dateFormats ?? [])));
    expect(kinds.filter((k) => k !== "grid")).toEqual([]);
  });

  it("the hostile corpus's readable files (the others are refused before the fast reader)", async () => {
    const files = await buildHostileCorpus();
    const read: string[] = [];
    for (const [name, bytes] of Object.entries(files)) {
      const data = new Uint8Array(bytes as Buffer);
      try {
        await readWorkbookBufferWithExceljs(data, name);
      } catch {
        continue;
      }
      read.push(`${name}: ${await same(data)}`);
    }
    expect(read).toContain("injection.xlsx: grid");
  });

  it("typical project workbooks of the benchmark (scripts/bench-projects.mjs)", async () => {
    // @ts-expect-error: a JavaScript script without type declarations
    const { writeTypicalProject } = (await import("../../scripts/bench-projects.mjs")) as {
      writeTypicalProject: (path: string, seed: number) => Promise<void>;
    };
    const dir = await mkdtemp(join(tmpdir(), "fp-fastread-"));
    try {
      for (const seed of [1, 2, 3, 4, 5]) {
        const file = join(dir, `p${seed}.xlsx`);
        await writeTypicalProject(file, seed);
        expect(await same(new Uint8Array(await readFile(file)))).toBe("grid");
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("the kitchen-sink workbook (hyperlink: falls back) and the fuzz seeds", async () => {
    expect(await same(await kitchenSinkWorkbook())).toBe("unsupported");
    expect(await same(await goodWorkbookBytes())).toBe("grid");
    expect(await same(await goodWorkbookBytes({ code: "INJ", title: '=HYPERLINK("x")', extraText: "<b>x</b>" }))).toBe(
      "grid",
    );
  });

  it("exceljs-written rich text, formulas, shared formulas, errors, merges, dates under every format", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tout");
    ws.getCell("A1").value = "Titre fusionné";
    ws.mergeCells("A1:D2");
    ws.getCell("A3").value = { richText: [{ text: "gras ", font: { bold: true } }, { text: "<&>\"'" }] };
    ws.getCell("B3").value = { formula: "1+1", result: 2 };
    ws.getCell("C3").value = { formula: "A9", result: { error: "#REF!" } } as unknown as ExcelJS.CellValue;
    ws.getCell("D3").value = { error: "#VALUE!" } as ExcelJS.CellErrorValue;
    ws.getCell("E3").value = { formula: "B3*2", result: 4, shareType: "shared", ref: "E3:E5" } as ExcelJS.CellValue;
    ws.getCell("E4").value = { sharedFormula: "E3", result: 6 } as ExcelJS.CellValue;
    ws.getCell("F3").value = "ligne\r\nsuivante\t_x000D_ ";
    ws.getCell("G3").value = "";
    ws.getCell("H3").value = false;
    ws.getCell("I3").value = 1e-7;
    ws.getCell("J3").value = { formula: '"x"&"<y>"', result: "x<y>" };
    DATE_FORMATS.forEach((fmt, i) => {
      const cell = ws.getCell(5 + i, 1);
      cell.value = new Date(Date.UTC(2026, i % 12, 1 + i, i % 3 === 0 ? 23 : 0, 59, 59, 999));
      cell.numFmt = fmt;
      const serial = ws.getCell(5 + i, 2);
      serial.value = 46000 + i / 7;
      serial.numFmt = fmt;
      const formula = ws.getCell(5 + i, 3);
      formula.value = { formula: "TODAY()", result: new Date(Date.UTC(2026, 0, 1 + i)) };
      formula.numFmt = fmt;
    });
    ["0.00", "#,##0 €", '"jour "0', "[Red]0", "0%", "@", "General", "mm:ss", "[h]:mm"].forEach((fmt, i) => {
      const cell = ws.getCell(40 + i, 4);
      cell.value = 46000.25 + i;
      cell.numFmt = fmt;
    });
    ws.getCell("Z60").value = "loin";
    wb.addWorksheet("Vide");
    const hidden = wb.addWorksheet("Cachée", { state: "hidden" });
    hidden.getCell("B2").value = 3;
    expect(await same(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))).toBe("grid");
  });

  it.each(HAND)("hand-written XML: %s", async (_name, sheetData, opts, expected) => {
    expect(await same(handBuilt(sheetData, opts))).toBe(expected);
  });

  it("random grids written by exceljs (property)", async () => {
    const cell: fc.Arbitrary<Cell> = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 12 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.boolean(),
      fc.constantFrom({ kind: "error", code: "#REF!" } as const, { kind: "error", code: "#N/A" } as const),
      fc
        .date({ min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(9000, 0, 1)), noInvalidDate: true })
        .map((d) => ({ kind: "date", iso: d.toISOString().slice(0, 10) }) as const),
    );
    const grid = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(grid, fc.subarray([...DATE_FORMATS]), async (rows, formats) => {
        const bytes = await xlsxBytes({ sheets: [{ name: "S", rows }] }, [], formats);
        expect(await same(bytes)).toBe("grid");
      }),
      { numRuns: 60 },
    );
  });
});

describe("fastRead on damaged bytes", () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = await goodWorkbookBytes();
  });

  it("flipped or cut bytes: a grid or FastReadUnsupported, never another exception", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.nat({ max: good.length }),
        (flips, cut) => {
          const bytes = good.slice(0, Math.max(cut, 1));
          for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
          expect(fast(bytes).kind).not.toBe("error");
        },
      ),
      { numRuns: 200 },
    );
  });
});
