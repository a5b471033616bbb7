/**
 * The place where the core's .xlsx reader plugs into the direction's script
 * (src/apps-script/direction/xlsx.ts), exercised with a reader assembled from today's src/xlsx
 * parts: a Drive blob, the zip guard on its bytes, `Utilities.unzip`, the parts → the same grid
 * as the command line's fast reader gives for the same file.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { gridFromXlsxBlob, MAX_XLSX_BYTES, type XlsxReader } from "../../src/apps-script/direction/xlsx.js";
import { EXAMPLES } from "../../src/core/examples/index.js";
import { buildTemplateSheets } from "../../src/core/template/sheets.js";
import { fastRead } from "../../src/node/fastRead.js";
import { workbookBytes } from "../../src/node/writeWorkbook.js";
import { dateStyles, sharedStrings, sheetList } from "../../src/xlsx/fastReadParts.js";
import { readSheet } from "../../src/xlsx/fastReadSheet.js";
import { preparePart } from "../../src/xlsx/fastReadXml.js";
import { inspectXlsxArchive } from "../../src/xlsx/xlsxArchive.js";
import { FakeBlob, Utilities } from "../fakes/gas/index.js";

beforeAll(() => {
  Object.assign(globalThis, { Utilities });
});

const UTF8 = new TextDecoder();

/** A parts reader made of the fast reader's own parsers (what the pure reader will be). */
const reader: XlsxReader = {
  inspect(bytes, lang) {
    const result = inspectXlsxArchive(bytes, { maxFileBytes: MAX_XLSX_BYTES });
    return result.ok ? null : lang === "en" ? result.reasonEn : result.reason;
  },
  read(parts) {
    const text = (name: string) => {
      const bytes = parts.get(name);
      return bytes ? preparePart(UTF8.decode(bytes)) : null;
    };
    const refs = sheetList(
      text("xl/workbook.xml") ?? "",
      text("xl/_rels/workbook.xml.rels") ?? "",
      new Set(parts.keys()),
    );
    const shared = text("xl/sharedStrings.xml");
    const styles = text("xl/styles.xml");
    const ctx = { strings: shared ? sharedStrings(shared) : [], dateStyle: styles ? dateStyles(styles) : [] };
    return { sheets: refs.map((ref) => readSheet(text(ref.path) ?? "", ref.name, ctx)) };
  },
};

describe("gridFromXlsxBlob", () => {
  it.each(EXAMPLES.map((p) => [p.file, p] as const))("%s: the grid the command line reads", async (_file, p) => {
    const bytes = await workbookBytes(buildTemplateSheets({ lang: "fr", example: p }));
    const grid = gridFromXlsxBlob(new FakeBlob(bytes, p.file) as never, reader, "fr");
    expect(grid).toEqual(fastRead(bytes));
  });

  it.each([
    ["a CSV file named .xlsx", "fr", (_b: Uint8Array) => new TextEncoder().encode("Nom;Montant\nA;1")],
    ["a workbook cut in half", "en", (b: Uint8Array) => b.slice(0, Math.floor(b.length / 2))],
  ])("%s is refused before anything is inflated (%s)", async (_edge, lang, damage) => {
    const whole = await workbookBytes(buildTemplateSheets({ lang: "fr" }));
    const bytes = damage(whole);
    const expected = inspectXlsxArchive(bytes);
    expect(expected.ok).toBe(false);
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
      expect(() => gridFromXlsxBlob(new FakeBlob(bytes, "x.xlsx") as never, reader, lang as "fr")).toThrow(reason);
      expect(reason).not.toBe("");
      expect(unzipped).toBe(0);
    } finally {
      Object.assign(globalThis, { Utilities });
    }
  });
});
