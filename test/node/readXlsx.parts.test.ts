// A fiche whose amounts are formulas (some of them worth 0) gives the same document whichever
// other parts its zip holds: the reader never opens drawings, comments, tables, pivot caches,
// external links, custom XML or printer settings, and skips what a sheet says about ranges
// (validations, conditional formats, hyperlinks) whatever their size. Before issue 15 any of
// these sent the file through exceljs, which read a formula worth 0 as an empty cell.
import { describe, expect, it } from "vitest";
import { buildZip, goodWorkbook } from "../../scripts/hostile-corpus.mjs";
import { checkWorkbook } from "../../src/core/app/index.js";
import { readWorkbookBuffer } from "../../src/node/readWorkbook.js";
import { partsOf } from "./helpers/ooxml.js";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const OPTIONS = { lang: "fr", today: "2026-06-30" } as const;

/** The good fiche with its Budget amounts as formulas, the committed and paid ones worth 0. */
async function formulaFiche(): Promise<Uint8Array> {
  const wb = goodWorkbook();
  const budget = wb.getWorksheet("Budget");
  if (!budget) throw new Error("no Budget tab");
  budget.getCell("F2").value = { formula: "100000+20000", result: 120000 };
  budget.getCell("H4").value = { formula: "F4*0", result: 0 };
  budget.getCell("I4").value = { formula: "H4", result: 0 };
  budget.getCell("F4").value = { formula: "SUM(200000)", result: 200000 };
  budget.getCell("I2").value = { formula: "0", result: 0 };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

type Parts = Map<string, string>;
/** A change to the parts of the zip: extra parts, and text inserted into the Budget sheet. */
type Variant = (parts: Parts, sheet: string) => void;

const insertBefore = (parts: Parts, part: string, marker: string, xml: string) => {
  const text = parts.get(part) ?? "";
  const at = text.lastIndexOf(marker);
  if (at < 0) throw new Error(`${marker} not in ${part}`);
  parts.set(part, `${text.slice(0, at)}${xml}${text.slice(at)}`);
};
const relsOf = (sheet: string) => sheet.replace("worksheets/", "worksheets/_rels/").concat(".rels");
const addRel = (parts: Parts, sheet: string, id: string, type: string, target: string) => {
  const rels = relsOf(sheet);
  const text =
    parts.get(rels) ??
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  parts.set(
    rels,
    text.replace(
      "</Relationships>",
      `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/></Relationships>`,
    ),
  );
};
/** Inserted just before `</worksheet>`, after what exceljs writes (order does not matter to the reader). */
const inSheet = (parts: Parts, sheet: string, xml: string) => insertBefore(parts, sheet, "</worksheet>", xml);

const VARIANTS: [string, Variant][] = [
  ["nothing added", () => {}],
  [
    "a drawing with a picture",
    (p, s) => {
      p.set(
        "xl/drawings/drawing1.xml",
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
      );
      p.set("xl/media/image1.png", "\u0089PNG");
      addRel(p, s, "rIdD1", "drawing", "../drawings/drawing1.xml");
      inSheet(
        p,
        s,
        '<drawing r:id="rIdD1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>',
      );
    },
  ],
  [
    "comments and their VML",
    (p, s) => {
      p.set(
        "xl/comments1.xml",
        '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>A</author></authors><commentList><comment ref="XFD1048576" authorId="0"><text><t>loin</t></text></comment></commentList></comments>',
      );
      p.set("xl/drawings/vmlDrawing1.vml", "<xml><v:shape/></xml>");
      addRel(p, s, "rIdC1", "comments", "../comments1.xml");
      addRel(p, s, "rIdV1", "vmlDrawing", "../drawings/vmlDrawing1.vml");
      inSheet(
        p,
        s,
        '<legacyDrawing r:id="rIdV1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>',
      );
    },
  ],
  [
    "a table over the budget lines",
    (p, s) => {
      p.set(
        "xl/tables/table1.xml",
        '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T" displayName="T" ref="A1:I4"><autoFilter ref="A1:I4"/><tableColumns count="1"><tableColumn id="1" name="Poste"/></tableColumns></table>',
      );
      addRel(p, s, "rIdT1", "table", "../tables/table1.xml");
      inSheet(
        p,
        s,
        '<tableParts count="1"><tablePart r:id="rIdT1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></tableParts>',
      );
    },
  ],
  [
    "a pivot cache, an external link, custom XML, printer settings",
    (p) => {
      p.set("xl/pivotCache/pivotCacheDefinition1.xml", "<pivotCacheDefinition/>");
      p.set("xl/pivotCache/pivotCacheRecords1.xml", "<pivotCacheRecords/>");
      p.set("xl/externalLinks/externalLink1.xml", "<externalLink/>");
      p.set("customXml/item1.xml", "<b:Sources xmlns:b='x'/>");
      p.set("xl/printerSettings/printerSettings1.bin", "\u0000\u0001binary");
    },
  ],
  [
    "whole-sheet validation, conditional format and a far hyperlink",
    (p, s) => {
      insertBefore(
        p,
        s,
        "<pageMargins",
        '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>A1&gt;0</formula></cfRule></conditionalFormatting>' +
          '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"oui,non"</formula1></dataValidation></dataValidations>' +
          '<hyperlinks><hyperlink ref="XFD1048576" location="Budget!A1" display="loin"/></hyperlinks>',
      );
    },
  ],
];

describe("a fiche whose amounts are formulas, whatever other parts its zip holds", () => {
  it.each(VARIANTS)("%s: the same document", async (_, variant) => {
    const bytes = await formulaFiche();
    const reference = checkWorkbook(await readWorkbookBuffer(bytes, "fiche.xlsx"), OPTIONS).document;
    const parts = partsOf(bytes);
    // Budget is the third tab; exceljs names its part after its position.
    const sheet = "xl/worksheets/sheet3.xml";
    expect(parts.get(sheet)).toContain("<f>SUM(200000)</f>");
    variant(parts, sheet);
    const changed = new Uint8Array(buildZip([...parts].map(([name, data]) => ({ name, data }))));
    const grid = await readWorkbookBuffer(changed, "fiche.xlsx");
    // The formulas worth 0 are read as 0, not as empty cells.
    const budget = grid.sheets.find((s) => s.name === "Budget");
    expect([budget?.rows[3]?.[7], budget?.rows[3]?.[8], budget?.rows[1]?.[8]]).toEqual([0, 0, 0]);
    expect(checkWorkbook(grid, OPTIONS).document).toEqual(reference);
  });
});
