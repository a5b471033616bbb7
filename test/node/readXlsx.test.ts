// The one values reader (src/xlsx/readXlsx.ts) on hand-written parts, edge by edge, against
// what ECMA-376 says the cells hold (the corpus, test/corpus, holds it to real files); the same
// grid through each host's archive (zlib, DecompressionStream, inflated parts); and exceljs as a
// writer only: what it writes is read back as it was written.
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildZip } from "../../scripts/hostile-corpus.mjs";
import type { Cell, WorkbookGrid } from "../../src/core/types.js";
import { UnreadableWorkbookError } from "../../src/node/errors.js";
import { readWorkbookBuffer } from "../../src/node/readWorkbook.js";
import { readXlsxParts } from "../../src/xlsx/partsArchive.js";
import { readXlsxBytes } from "../../src/xlsx/zipArchive.js";
import { xlsxBytes } from "../fixtures/corpus.js";
import { partsOf } from "./helpers/ooxml.js";

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

interface Hand {
  /** The worksheet's content (inside `<worksheet>`), or the whole part when it names its root `worksheet`. */
  sheet: string;
  strings?: string;
  styles?: string;
  workbookPr?: string;
  /** Entry names: workbook part, sheet part, shared strings part. */
  names?: { workbook?: string; sheet?: string; strings?: string };
  /** A prefix before every name (`/` for archives whose entries start with one). */
  prefix?: string;
  extra?: { name: string; data: string }[];
}

/** A one-sheet workbook from hand-written parts. */
function handBuilt(h: Hand): Uint8Array {
  const wbPart = h.names?.workbook ?? "xl/workbook.xml";
  const sheetPart = h.names?.sheet ?? "xl/worksheets/sheet1.xml";
  const sstPart = h.names?.strings ?? "xl/sharedStrings.xml";
  const dir = wbPart.slice(0, wbPart.lastIndexOf("/") + 1);
  const rel = (p: string) => (p.startsWith(dir) ? p.slice(dir.length) : `/${p}`);
  const relsPart = `${dir}_rels/${wbPart.slice(dir.length)}.rels`;
  const sheetXml = h.sheet.includes("worksheet") ? h.sheet : `${XML}<worksheet xmlns="${NS}">${h.sheet}</worksheet>`;
  const parts = [
    {
      name: "[Content_Types].xml",
      data: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    },
    {
      name: "_rels/.rels",
      data: `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${wbPart}"/></Relationships>`,
    },
    {
      name: wbPart,
      data: `${XML}<workbook xmlns="${NS}" xmlns:r="${REL}">${h.workbookPr ?? ""}<sheets><sheet name="Feuille &amp; co" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: relsPart,
      data:
        `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="${rel(sheetPart)}"/>` +
        `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="${rel(sstPart)}"/>` +
        `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    { name: sheetPart, data: sheetXml },
    ...(h.extra ?? []),
  ];
  if (h.strings !== undefined) parts.push({ name: sstPart, data: `${XML}<sst xmlns="${NS}">${h.strings}</sst>` });
  if (h.styles !== undefined)
    parts.push({ name: `${dir}styles.xml`, data: `${XML}<styleSheet xmlns="${NS}">${h.styles}</styleSheet>` });
  return new Uint8Array(buildZip(parts.map((p) => ({ ...p, name: `${h.prefix ?? ""}${p.name}` }))));
}

const rowsOf = async (bytes: Uint8Array) => (await readWorkbookBuffer(bytes, "x.xlsx")).sheets[0]?.rows;
const date = (iso: string): Cell => ({ kind: "date", iso });
const sheetData = (rows: string) => `<sheetData>${rows}</sheetData>`;

const STYLES =
  '<numFmts count="5"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.0,,\\ \\M"/>' +
  '<numFmt numFmtId="166" formatCode="0.0\\ \\h"/><numFmt numFmtId="167" formatCode="[h]:mm"/><numFmt numFmtId="168" formatCode="[Red]&quot;le &quot;d mmm yyyy"/></numFmts>' +
  '<cellXfs count="10"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/>' +
  '<xf numFmtId="168"/><xf numFmtId="14"/><xf numFmtId="31"/><xf numFmtId="20"/><xf numFmtId="57"/></cellXfs>';

/** [edge, parts, expected rows of the first sheet] */
const CASES: [string, Hand, Cell[][]][] = [
  [
    "cached results 0 and FALSE are values, a formula without one is empty",
    {
      sheet: sheetData(
        '<row r="1"><c r="A1"><f>1-1</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c><c r="C1"><f>NA()</f></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>',
      ),
    },
    [[0, false, null, { kind: "error", code: "#DIV/0!" }]],
  ],
  [
    "shared formulas: children keep their cached values",
    {
      sheet: sheetData(
        '<row r="1"><c r="A1"><f t="shared" si="0">B1*2</f><v>4</v></c><c r="B1"><f t="shared" si="0"/><v>0</v></c></row>',
      ),
    },
    [[4, 0]],
  ],
  [
    "dates by style: built-in 14 and CJK 31 and 57, custom, [Red] with quoted text",
    {
      sheet: sheetData(
        '<row r="1"><c r="A1" s="6"><v>40982.56313888889</v></c><c r="B1" s="7"><v>40982</v></c><c r="C1" s="9"><v>40982</v></c><c r="D1" s="1"><v>40982.999996</v></c><c r="E1" s="5"><v>40982</v></c></row>',
      ),
      styles: STYLES,
    },
    [[date("2012-03-14"), date("2012-03-14"), date("2012-03-14"), date("2012-03-15"), date("2012-03-14")]],
  ],
  [
    "numbers under escaped letters, elapsed times and times of day stay numbers",
    {
      sheet: sheetData(
        '<row r="1"><c r="A1" s="2"><v>40982.5</v></c><c r="B1" s="3"><v>40982.5</v></c><c r="C1" s="4"><v>1.25</v></c><c r="D1" s="8"><v>0.5</v></c></row>',
      ),
      styles: STYLES,
    },
    [[40982.5, 40982.5, 1.25, 0.5]],
  ],
  [
    "the 1900 system: serial 1 is 1900-01-01, 60 names no date, 61 is 1900-03-01, 0 is 1899-12-31 (as the corpus's readers agree)",
    {
      sheet: sheetData(
        '<row r="1"><c r="A1" s="6"><v>1</v></c><c r="B1" s="6"><v>60</v></c><c r="C1" s="6"><v>61</v></c><c r="D1" s="6"><v>-1</v></c><c r="E1" s="6"><v>0</v></c></row>',
      ),
      styles: STYLES,
    },
    [[date("1900-01-01"), 60, date("1900-03-01"), -1, date("1899-12-31")]],
  ],
  ...(["1", "true"] as const).map((v): [string, Hand, Cell[][]] => [
    `date1904="${v}": serial 0 is 1904-01-01`,
    {
      sheet: sheetData('<row r="1"><c r="A1" s="6"><v>0</v></c><c r="B1" s="6"><v>39520.56</v></c></row>'),
      styles: STYLES,
      workbookPr: `<workbookPr date1904="${v}"/>`,
    },
    [[date("1904-01-01"), date("2012-03-14")]],
  ]),
  [
    't="d": an ISO date is its calendar day (no time zone), a time alone its fraction of a day',
    {
      sheet: sheetData(
        '<row r="1"><c r="A1" t="d"><v>2012-03-14T23:30:00-05:00</v></c><c r="B1" t="d" s="6"><v>2012-03-14</v></c><c r="C1" t="d"><v>12:00:00</v></c><c r="D1" t="d"><v>2012-02-30</v></c></row>',
      ),
      styles: STYLES,
    },
    [[date("2012-03-14"), date("2012-03-14"), 0.5]],
  ],
  [
    "strings: shared (rich runs joined, phonetic runs dropped), inline, str, escapes, line ends",
    {
      sheet: sheetData(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>a</t></r><r><rPr><b/></rPr><t xml:space="preserve"> b</t></r></is></c><c r="D1" t="str"><f>X</f><v>x &amp;amp; y</v></c><c r="E1" t="s"><v>2</v></c><c r="F1" t="inlineStr"><v>9</v><is><t>is wins</t></is></c></row>',
      ),
      strings:
        '<si><t>ab_x000D_&#13;\r\ncd</t></si><si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></si><si><r><t><![CDATA[<x>&]]></t></r><r><t>_x005F_x000D_</t></r></si>',
    },
    [["ab\r\r\ncd", "漢字", "a b", "x &amp; y", "<x>&_x000D_", "is wins"]],
  ],
  [
    "booleans and errors",
    {
      sheet: sheetData(
        '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>true</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1"><v> 12.5e1 </v></c><c r="E1"><v>abc</v></c></row>',
      ),
    },
    [[true, true, { kind: "error", code: "#N/A" }, 125]],
  ],
  [
    "<row> and <c> without r follow the previous ones; a cell's r gives its row",
    {
      sheet: sheetData(
        '<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row><row r="4"><c><v>5</v></c></row>',
      ),
    },
    [[1, 2], [null, null, 3, 4], [], [5]],
  ],
  [
    "x:-prefixed XML (Open XML SDK, ClosedXML)",
    {
      sheet: `${XML}<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>préfixé</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    },
    [["préfixé", 2]],
  ],
  [
    "parts found through relationships: other names, a leading slash in the archive",
    {
      sheet: sheetData('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
      strings: "<si><t>trouvé</t></si>",
      names: { workbook: "wb/book.xml", sheet: "wb/tabs/data.xml", strings: "strings/shared.xml" },
      prefix: "/",
    },
    [["trouvé"]],
  ],
  [
    "merges: the top-left keeps its value, clipped to the cells that exist (whole columns too)",
    {
      sheet: `${sheetData(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row><row r="2"><c r="A2"><v>4</v></c><c r="D2"><v>5</v></c></row>',
      )}<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="D1:D1048576"/></mergeCells>`,
    },
    [[1, null, 3]],
  ],
  [
    "whole-sheet ranges cost nothing: dimension, validation, conditional format, empty last row, far hyperlink",
    {
      sheet:
        '<dimension ref="A1:XFD1048576"/><cols><col min="1" max="16384" width="9"/></cols>' +
        sheetData('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576" ht="12"/>') +
        '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>A1&gt;0</formula></cfRule></conditionalFormatting>' +
        '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>' +
        '<hyperlinks><hyperlink ref="XFD1048576" location="A1"/></hyperlinks>',
    },
    [[1]],
  ],
  [
    "comments, processing instructions and a BOM are skipped",
    {
      sheet: `\uFEFF${XML}<!-- c --><worksheet xmlns="${NS}"><?pi x?><sheetData><row r="1"><c r="A1"><!-- c --><v>7</v></c></row></sheetData></worksheet>`,
    },
    [[7]],
  ],
  [
    // `<c><v>…</v></c>` and `<si><t>…</t></si>` are read without tokens (XmlScanner.simpleChild);
    // every near miss goes the token way and must read the same.
    "a value's near misses read as the plain form does",
    {
      sheet: sheetData(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v >2</v></c><c r="C1"><v>3</v ></c><c r="D1"><v>4</v> </c>' +
          '<c r="E1"><v>5</v></c ><c r="F1"><v><![CDATA[6]]></v></c><c r="G1"><v>7<!-- x --></v></c><c r="H1"><v></v></c>' +
          '<c r="I1" t="str"><v>a &amp; b</v></c><c r="J1" t="s"><v>0</v></c><c r="K1" t="s"><v>1</v></c><c r="L1" t="s"><v>2</v></c></row>' +
          '<x:row xmlns:x="urn:x" r="2"><x:c r="A2"><x:v>8</x:v></x:c></x:row>',
      ),
      strings: '<si><t>plain</t></si><si><t xml:space="preserve"> spaced </t></si><si><t>a_x000D_b &lt;</t></si >',
    },
    [[1, 2, 3, 4, 5, 6, 7, null, "a & b", "plain", " spaced ", "a\rb <"], [8]],
  ],
];

describe("readXlsx, edge by edge", () => {
  it.each(CASES)("%s", async (_, hand, rows) => {
    expect(await rowsOf(handBuilt(hand))).toEqual(rows);
  });

  it("the sheet's name comes from the workbook, entities decoded", async () => {
    const grid = await readWorkbookBuffer(handBuilt({ sheet: sheetData("") }), "x.xlsx");
    expect(grid.sheets.map((s) => s.name)).toEqual(["Feuille & co"]);
  });
});

/** [edge, parts, reason the refusal must name] */
const REFUSED: [string, Hand, RegExp][] = [
  [
    "text outside the root",
    { sheet: `${XML}foo<worksheet xmlns="${NS}"><sheetData/></worksheet>` },
    /sheet1\.xml n'est pas du XML bien formé \(texte hors/,
  ],
  ["an end tag that closes another element", { sheet: "<sheetData><row></sheetData></row>" }, /balise de fin/],
  [
    "a value whose cell is closed by another end tag",
    { sheet: '<sheetData><row r="1"><c r="A1"><v>1</v></d></row></sheetData>' },
    /balise de fin/,
  ],
  ["a value never closed", { sheet: '<sheetData><row r="1"><c r="A1"><v>1</c></row></sheetData>' }, /balise de fin/],
  ["an unclosed root", { sheet: `${XML}<worksheet xmlns="${NS}"><sheetData>` }, /non fermé/],
  ["an unquoted attribute", { sheet: "<sheetData><row r=1></row></sheetData>" }, /attribut mal formé/],
  ["a DTD (never expanded)", { sheet: `${XML}<!DOCTYPE worksheet [<!ENTITY a "b">]><worksheet/>` }, /DTD/],
  [
    "an entity no DTD defines",
    { sheet: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row></sheetData>' },
    /entité inconnue/,
  ],
];

describe("readXlsx refuses what is not well-formed, saying where", () => {
  it.each(REFUSED)("%s", async (_, hand, reason) => {
    const error = await rowsOf(handBuilt(hand)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect((error as UnreadableWorkbookError).code).toBe("corrupt");
    expect((error as UnreadableWorkbookError).message).toMatch(reason);
  });

  it("counts cells, not dimensions: a grid past maxCells is refused with the count", async () => {
    const rows = Array.from({ length: 30 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`).join(
      "",
    );
    const bytes = handBuilt({ sheet: sheetData(rows) });
    await expect(readWorkbookBuffer(bytes, "x.xlsx", { limits: { maxCells: 60 } })).resolves.toBeTruthy();
    await expect(readWorkbookBuffer(bytes, "x.xlsx", { limits: { maxCells: 59 } })).rejects.toThrow(
      /plus de 59 cellules/,
    );
  });

  it("counts the bytes it inflates", async () => {
    const bytes = handBuilt({ sheet: sheetData('<row r="1"><c r="A1"><v>1</v></c></row>') });
    await expect(readWorkbookBuffer(bytes, "x.xlsx", { limits: { maxInflatedBytes: 100 } })).rejects.toThrow(
      /Mo de XML à lire/,
    );
  });
});

/** The same grid through each host's archive. */
async function throughEveryArchive(bytes: Uint8Array): Promise<WorkbookGrid> {
  const node = await readWorkbookBuffer(bytes, "x.xlsx");
  expect(await readXlsxBytes(bytes)).toEqual(node);
  const parts = [...partsOf(bytes)].map(([name, text]) => ({ name, read: () => new TextEncoder().encode(text) }));
  expect(readXlsxParts(parts)).toEqual(node);
  return node;
}

describe("every host's archive gives the same grid", () => {
  it.each(CASES.slice(0, 6))("%s", async (_, hand) => {
    await throughEveryArchive(handBuilt(hand));
  });

  it("Apps Script's signed bytes (Blob.getBytes) are read as bytes", () => {
    const signed = Array.from(new TextEncoder().encode("é"), (b) => (b > 127 ? b - 256 : b));
    const parts = [
      ...partsOf(handBuilt({ sheet: sheetData('<row r="1"><c r="A1" t="inlineStr"><is><t>X</t></is></c></row>') })),
    ].map(([name, text]) => ({
      name,
      read: () =>
        name.endsWith("sheet1.xml") ? signedBytes(text.replace(">X<", ">é<")) : new TextEncoder().encode(text),
    }));
    expect(signed).toEqual([-61, -87]);
    expect(readXlsxParts(parts).sheets[0]?.rows).toEqual([["é"]]);
  });
});

const signedBytes = (text: string) => Array.from(new TextEncoder().encode(text), (b) => (b > 127 ? b - 256 : b));

describe("exceljs as a writer: what it writes is read back", () => {
  it("random grids (property)", async () => {
    const cell: fc.Arbitrary<Cell> = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 12 }).filter((s) => s.trim() !== ""),
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
      fc.asyncProperty(grid, async (rows) => {
        const got = await throughEveryArchive(await xlsxBytes({ sheets: [{ name: "S", rows }] }, [], []));
        expect(got.sheets[0]?.rows).toEqual(normalized(rows));
      }),
      { numRuns: 40 },
    );
  });
});

/** A grid as the reader gives it back: holes null, no trailing empty cell or row. */
function normalized(rows: readonly (readonly Cell[])[]): Cell[][] {
  const out = rows.map((r) => {
    const cells = r.map((c) => c ?? null);
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (out.length > 0 && out[out.length - 1]?.length === 0) out.pop();
  return out;
}

describe("the Apps Script form runs where there is no TextDecoder", () => {
  it("readXlsxParts, bundled, in a context with no TextDecoder, Buffer or DecompressionStream", async () => {
    const { build } = await import("esbuild");
    const { runInNewContext } = await import("node:vm");
    const out = await build({
      stdin: {
        contents:
          'import { readXlsxParts } from "./src/xlsx/partsArchive.ts"; globalThis.readXlsxParts = readXlsxParts;',
        resolveDir: join(import.meta.dirname, "../.."),
        loader: "ts",
      },
      bundle: true,
      format: "iife",
      platform: "neutral",
      target: "es2020",
      write: false,
      logLevel: "silent",
    });
    const bytes = handBuilt({
      sheet: sheetData('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="6"><v>46090</v></c></row>'),
      strings: "<si><t>Études préalables</t></si>",
      styles: STYLES,
    });
    // Apps Script's blobs: a name and signed bytes (Blob.getBytes()).
    const parts = [...partsOf(bytes)].map(([name, text]) => ({ name, read: () => signedBytes(text) }));
    const context: Record<string, unknown> = { parts };
    runInNewContext(`${out.outputFiles[0]?.text}\nresult = JSON.stringify(readXlsxParts(parts));`, context);
    expect(context.TextDecoder).toBeUndefined();
    expect(JSON.parse(context.result as string).sheets[0].rows).toEqual([["Études préalables", date("2026-03-09")]]);
  });
});
