/**
 * The .xlsx files of the direction's folder, read by the core's reader over `Utilities.unzip`
 * (src/apps-script/direction/xlsx.ts): a Drive blob (signed bytes), the zip guard on its bytes,
 * the unzipped entries (blobs named by their path) → the same grid as the command line reads
 * from the same file; a file the guard refuses is never unzipped.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildZip } from "../../scripts/hostile-corpus.mjs";
import { CORE_XLSX_READER, gridFromXlsxBlob } from "../../src/apps-script/direction/xlsx.js";
import { EXAMPLES } from "../../src/core/examples/index.js";
import { buildTemplateSheets } from "../../src/core/template/sheets.js";
import { readWorkbookBufferSync } from "../../src/node/readWorkbook.js";
import { workbookBytes } from "../../src/node/writeWorkbook.js";
import { inspectXlsxArchive } from "../../src/xlsx/xlsxArchive.js";
import { FakeBlob, Utilities } from "../fakes/gas/index.js";

beforeAll(() => {
  Object.assign(globalThis, { Utilities });
});

/** 16 MB of shared strings deflated to a few KB, sizes declared: the guard's ratio refuses it. */
const declaredBomb = () =>
  new Uint8Array(
    buildZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "xl/workbook.xml", data: "<workbook/>" },
      { name: "xl/sharedStrings.xml", data: `<sst><si><t>${"A".repeat(16 * 1024 * 1024)}</t></si></sst>` },
    ]),
  );

describe("gridFromXlsxBlob with the core's reader", () => {
  it.each(EXAMPLES.map((p) => [p.file, p] as const))("%s: the grid the command line reads", async (_file, p) => {
    const bytes = await workbookBytes(buildTemplateSheets({ lang: "fr", example: p }));
    const grid = gridFromXlsxBlob(new FakeBlob(bytes, p.file) as never, CORE_XLSX_READER, "fr");
    expect(grid).toEqual(readWorkbookBufferSync(bytes, p.file));
  });

  it.each([
    ["a CSV file named .xlsx", "fr", (_b: Uint8Array) => new TextEncoder().encode("Nom;Montant\nA;1"), "NOT_ZIP"],
    ["a workbook cut in half", "en", (b: Uint8Array) => b.slice(0, Math.floor(b.length / 2)), "TRUNCATED"],
    ["a zip bomb (declared sizes)", "fr", (_b: Uint8Array) => declaredBomb(), "ZIP_BOMB"],
    ["a Word document renamed", "en", (_b: Uint8Array) => wordDocument(), "NOT_WORKBOOK"],
  ])("%s is refused with its reason before anything is inflated (%s)", async (_edge, lang, damage, code) => {
    const whole = await workbookBytes(buildTemplateSheets({ lang: "fr" }));
    const bytes = damage(whole);
    const expected = inspectXlsxArchive(bytes);
    expect(expected).toMatchObject({ ok: false, code });
    const reason = expected.ok ? "" : lang === "en" ? expected.reasonEn : expected.reason;
    let unzipped = 0;
    const spy = {
      ...Utilities,
      unzip: (b: FakeBlob) => {
        unzipped++;
        return Utilities.unzip(b);
      },
    };
    Object.assign(globalThis, { Utilities: spy });
    try {
      expect(() => gridFromXlsxBlob(new FakeBlob(bytes, "x.xlsx") as never, CORE_XLSX_READER, lang as "fr")).toThrow(
        reason,
      );
      expect(reason).not.toBe("");
      expect(unzipped).toBe(0);
    } finally {
      Object.assign(globalThis, { Utilities });
    }
  });

  it("a refusal found while reading the parts (a sheet with a DTD) is one sentence in the user's language", () => {
    const bytes = new Uint8Array(
      buildZip([
        {
          name: "_rels/.rels",
          data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        },
        {
          name: "xl/workbook.xml",
          data: '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Projet" sheetId="1" r:id="rId1"/></sheets></workbook>',
        },
        {
          name: "xl/_rels/workbook.xml.rels",
          data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        },
        {
          name: "xl/worksheets/sheet1.xml",
          data: '<!DOCTYPE worksheet [<!ENTITY a "ha">]><worksheet><sheetData/></worksheet>',
        },
      ]),
    );
    expect(inspectXlsxArchive(bytes).ok).toBe(true);
    expect(() => gridFromXlsxBlob(new FakeBlob(bytes, "x.xlsx") as never, CORE_XLSX_READER, "en")).toThrow(
      /^workbook refused: xl\/worksheets\/sheet1\.xml/,
    );
  });
});

function wordDocument(): Uint8Array {
  return new Uint8Array(
    buildZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "word/document.xml", data: "<w:document/>" },
    ]),
  );
}
