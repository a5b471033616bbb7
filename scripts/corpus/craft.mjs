#!/usr/bin/env node
/**
 * Writes the pathological files of issue 15 into test/corpus/crafted/, each with its expected
 * values (same shape as the real corpus's expected/*.json). The XML is written by hand, as the
 * producer named in each case writes it, so the reader meets exactly that.
 *
 *   node scripts/corpus/craft.mjs [--out test/corpus/crafted]
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { zipParts } from "./zipWrite.mjs";

const { values: args } = parseArgs({ options: { out: { type: "string", default: "test/corpus/crafted" } } });

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** 45 cells: a header row, then 8 rows of text, amount, date (serial, style 1), boolean, formula cached 0. */
function baseGrid(skipColumnC = false) {
  const strings = ["Libellé", "Montant", "Date", "Soldé", "Reste"];
  const rows = [[1, strings.map((_, i) => ({ t: "s", v: i }))]];
  const expected = { A1: "Libellé", B1: "Montant", C1: "Date", D1: "Soldé", E1: "Reste" };
  for (let r = 2; r <= 9; r++) {
    const label = `Ligne ${r - 1}`;
    strings.push(label);
    const serial = 45_658 + r; // 2025-01-03 onwards
    const iso = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
    const cells = [
      { t: "s", v: strings.length - 1 },
      { v: 1000 * r + 0.5 },
      skipColumnC ? null : { s: 1, v: serial },
      { t: "b", v: r % 2 },
      { f: `B${r}*0`, v: 0 },
    ];
    rows.push([r, cells]);
    Object.assign(expected, { [`A${r}`]: label, [`B${r}`]: 1000 * r + 0.5, [`D${r}`]: r % 2 === 1, [`E${r}`]: 0 });
    if (!skipColumnC) expected[`C${r}`] = { kind: "date", iso };
  }
  return { strings, rows, expected };
}

function sheetData(rows, extraRows = "") {
  const cols = "ABCDE";
  const body = rows
    .map(
      ([r, cells]) =>
        `<row r="${r}" spans="1:5">${cells
          .map((c, i) =>
            c === null
              ? ""
              : `<c r="${cols[i]}${r}"${c.s ? ` s="${c.s}"` : ""}${c.t ? ` t="${c.t}"` : ""}>${c.f ? `<f>${c.f}</f>` : ""}<v>${c.v}</v></c>`,
          )
          .join("")}</row>`,
    )
    .join("");
  return `<sheetData>${body}${extraRows}</sheetData>`;
}

/** A whole workbook around one sheet's XML pieces. */
function workbook({
  dimension = "A1:E9",
  sheetDataXml,
  afterData = "",
  extraParts = [],
  sheetRels = [],
  contentTypes = "",
  strings,
}) {
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${NS}" xmlns:r="${R_NS}"><dimension ref="${dimension}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>${sheetDataXml}${afterData}</worksheet>`;
  const parts = [
    [
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${contentTypes}</Types>`,
    ],
    [
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${REL.replace("officeDocument/2006/relationships", "package/2006/relationships")}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${NS}" xmlns:r="${R_NS}"><workbookPr/><bookViews><workbookView/></bookViews><sheets><sheet name="Données" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ],
    [
      "xl/styles.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    ],
    [
      "xl/sharedStrings.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join("")}</sst>`,
    ],
    ["xl/worksheets/sheet1.xml", sheet],
  ];
  if (sheetRels.length > 0) {
    parts.push([
      "xl/worksheets/_rels/sheet1.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels.join("")}</Relationships>`,
    ]);
  }
  return zipParts([...parts, ...extraParts]);
}

const grid = baseGrid();
const merged = baseGrid(true);
const COMMENT_RELS = [
  `<Relationship Id="rId1" Type="${REL}/comments" Target="../comments1.xml"/>`,
  `<Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>`,
];
const COMMENT_PARTS = [
  [
    "xl/comments1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<comments xmlns="${NS}"><authors><author>Agent</author></authors><commentList><comment ref="XFD1048576" authorId="0"><text><r><t>Dernière cellule de la feuille</t></r></text></comment></commentList></comments>`,
  ],
  [
    "xl/drawings/vmlDrawing1.vml",
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape type="#_x0000_t202" style="position:absolute;visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>1048575</x:Row><x:Column>16383</x:Column></x:ClientData></v:shape></xml>`,
  ],
];

/** Each case: file name, what it is (the producer that writes it so), the workbook, the expected cells. */
const CASES = [
  {
    file: "dv-whole-sheet.xlsx",
    note: "a data validation on A1:XFD1048576, as Excel Online writes one",
    bytes: workbook({
      ...grid,
      sheetDataXml: sheetData(grid.rows),
      afterData: `<dataValidations count="1"><dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>`,
    }),
    cells: grid.expected,
  },
  {
    file: "dv-list-whole-columns.xlsx",
    note: "list validations on whole columns (B1:B1048576, D1:D1048576 and F:F written as F1:F1048576)",
    bytes: workbook({
      ...grid,
      sheetDataXml: sheetData(grid.rows),
      afterData: `<dataValidations count="2"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="B1:B1048576 D1:D1048576"><formula1>"oui,non"</formula1></dataValidation><dataValidation type="list" allowBlank="1" sqref="F1:F1048576"><formula1>$A$2:$A$9</formula1></dataValidation></dataValidations>`,
    }),
    cells: grid.expected,
  },
  {
    file: "merge-whole-column.xlsx",
    note: "a merge on the whole column C (C1:C1048576): C1 keeps its value, nothing else in C",
    bytes: workbook({
      ...merged,
      sheetDataXml: sheetData(merged.rows),
      afterData: `<mergeCells count="1"><mergeCell ref="C1:C1048576"/></mergeCells>`,
    }),
    cells: merged.expected,
  },
  {
    file: "lo-empty-last-row.xlsx",
    note: 'an empty <row r="1048576"> with a style, as LibreOffice writes it, and the dimension that goes with it',
    bytes: workbook({
      ...grid,
      dimension: "A1:E1048576",
      sheetDataXml: sheetData(
        grid.rows,
        `<row r="1048576" s="0" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"></row>`,
      ),
    }),
    cells: grid.expected,
  },
  {
    file: "comment-at-XFD1048576.xlsx",
    note: "a comment on the last cell of the sheet (XFD1048576), with its VML shape",
    bytes: workbook({
      ...grid,
      sheetDataXml: sheetData(grid.rows),
      afterData: `<legacyDrawing r:id="rId2"/>`,
      sheetRels: COMMENT_RELS,
      extraParts: COMMENT_PARTS,
      contentTypes: `<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`,
    }),
    cells: grid.expected,
  },
  {
    file: "dimension-whole-sheet.xlsx",
    note: 'a <dimension ref="A1:XFD1048576"> over 45 real cells',
    bytes: workbook({ ...grid, dimension: "A1:XFD1048576", sheetDataXml: sheetData(grid.rows) }),
    cells: grid.expected,
  },
  {
    file: "cols-and-cf-whole-sheet.xlsx",
    note: "a column style over all 16 384 columns and a conditional format on A1:XFD1048576",
    bytes: workbook({
      ...grid,
      sheetDataXml: `<cols><col min="1" max="16384" width="12" customWidth="1"/></cols>${sheetData(grid.rows)}`,
      afterData: `<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="cellIs" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>`,
    }),
    cells: grid.expected,
  },
];

rmSync(args.out, { recursive: true, force: true });
mkdirSync(join(args.out, "expected"), { recursive: true });
const readme = [
  "# Crafted pathological files (issue 15)",
  "",
  "Written by `node scripts/corpus/craft.mjs`; do not edit by hand. Each holds the same 45 cells (a header,",
  "then text, amounts, dates with the built-in format 14, booleans, and `=B*0` formulas whose cached",
  "result is 0) around one whole-sheet or whole-column feature. `expected/<file>.json` has the values.",
  "",
  "| file | feature |",
  "|---|---|",
];
for (const c of CASES) {
  writeFileSync(join(args.out, c.file), c.bytes);
  const expected = {
    file: c.file,
    note: c.note,
    date1904: false,
    sheets: [{ name: "Données", rows: 200, cells: c.cells }],
  };
  writeFileSync(
    join(args.out, "expected", c.file.replace(/\.xlsx$/, ".json")),
    `${JSON.stringify(expected, null, 2)}\n`,
  );
  readme.push(`| \`${c.file}\` | ${c.note} |`);
}
writeFileSync(join(args.out, "README.md"), `${readme.join("\n")}\n`);
console.log(`${CASES.length} files in ${args.out}`);
