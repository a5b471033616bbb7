import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildZip, CORPUS, goodWorkbookBytes, writeCorpus } from "../../scripts/hostile-corpus.mjs";
import {
  boundedInflate,
  type DEFAULT_LIMITS,
  guardXlsx,
  InflateLimitError,
  inspectXlsx,
  inspectXlsxArchive,
  listZipEntries,
  verifyXlsxInflation,
} from "../../src/node/zipGuard.js";
import { guardXlsxWeb } from "../../src/xlsx/webGuard.js";

let dir: string;
let paths: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fiche-hostile-"));
  paths = await writeCorpus(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const codeOf = (r: { ok: boolean; code?: string }) => (r.ok ? null : r.code);

describe("the hostile corpus", () => {
  it.each(CORPUS.map((e) => [e.file, e] as const))(
    "%s: inspectXlsx and guardXlsx give the expected code",
    async (_, entry) => {
      const bytes = readFileSync(paths[entry.file]!);
      expect(codeOf(inspectXlsx(bytes))).toBe(entry.inspect);
      expect(codeOf(await guardXlsx(bytes))).toBe(entry.guard);
    },
  );

  it("every refusal has a French and an English reason, on one line", async () => {
    for (const entry of CORPUS.filter((e) => e.guard)) {
      const r = await guardXlsx(readFileSync(paths[entry.file]!));
      if (r.ok) throw new Error(`${entry.file} passed`);
      expect(r.reason).toMatch(/\S/);
      expect(r.reasonEn).toMatch(/\S/);
      expect(`${r.reason}${r.reasonEn}`).not.toMatch(/\n/);
    }
  });

  it("catches the lying directory only by inflating", () => {
    const bytes = readFileSync(paths["sharedstrings-bomb-lying.xlsx"]!);
    expect(codeOf(inspectXlsx(bytes, { verifyInflation: false }))).toBeNull();
    expect(codeOf(inspectXlsx(bytes))).toBe("ZIP_BOMB");
  });

  it("names what it recognises", async () => {
    const word = inspectXlsx(readFileSync(paths["docx-renamed.xlsx"]!));
    expect(word.ok || word.reason).toBe("document Word, pas un classeur Excel");
    const ole = inspectXlsx(readFileSync(paths["encrypted.xlsx"]!));
    expect(ole.ok || ole.reason).toContain("protégé par mot de passe ou ancien format .xls");
  });
});

/** A one-sheet workbook zip whose sheet declares `ref`. */
const workbookZip = (extra: Parameters<typeof buildZip>[0] = [], ref = "A1:B2") =>
  buildZip([
    { name: "[Content_Types].xml", data: "<Types/>" },
    { name: "xl/workbook.xml", data: "<workbook/>" },
    { name: "xl/worksheets/sheet1.xml", data: `<worksheet><dimension ref="${ref}"/><sheetData/></worksheet>` },
    ...extra,
  ]);

describe("inspectXlsx, edge by edge", () => {
  const stored = (name: string, data: string) => ({ name, data, store: true });
  const cases: [string, Uint8Array, Partial<typeof DEFAULT_LIMITS>, string | null][] = [
    ["a minimal workbook", workbookZip(), {}, null],
    ["an empty zip archive", Buffer.from([0x50, 0x4b, 5, 6, ...Array(18).fill(0)]), {}, "NOT_WORKBOOK"],
    ["three bytes", Buffer.from("PK\x03"), {}, "NOT_ZIP"],
    ["a zip local header and nothing else", Buffer.from([0x50, 0x4b, 3, 4, 0, 0]), {}, "TRUNCATED"],
    [
      "a PowerPoint renamed",
      buildZip([stored("[Content_Types].xml", "<T/>"), stored("ppt/presentation.xml", "<p/>")]),
      {},
      "NOT_WORKBOOK",
    ],
    [
      "an OpenDocument spreadsheet renamed",
      buildZip([stored("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), stored("content.xml", "<c/>")]),
      {},
      "NOT_WORKBOOK",
    ],
    [
      "names matched case-insensitively",
      buildZip([stored("[content_types].xml", "<T/>"), stored("XL/Workbook.xml", "<w/>")]),
      {},
      null,
    ],
    ["a file over maxFileBytes", workbookZip(), { maxFileBytes: 100 }, "TOO_LARGE"],
    ["more entries than maxEntries", workbookZip(), { maxEntries: 2 }, "TOO_MANY_ENTRIES"],
    [
      "a total uncompressed size over the limit",
      workbookZip([{ name: "xl/big.bin", data: "x".repeat(5000) }]),
      { maxTotalUncompressed: 4000 },
      "TOO_LARGE",
    ],
    [
      "a ratio over the limit above ratioMinBytes",
      workbookZip([{ name: "xl/big.bin", data: "x".repeat(50_000) }]),
      { ratioMinBytes: 1000 },
      "ZIP_BOMB",
    ],
    ["the same ratio under ratioMinBytes", workbookZip([{ name: "xl/big.bin", data: "x".repeat(50_000) }]), {}, null],
    ["a dimension over maxSheetRows", workbookZip([], "A1:C200001"), {}, "SHEET_TOO_LARGE"],
    ["a dimension at maxSheetRows", workbookZip([], "A1:C200000"), {}, null],
    ["a dimension over maxSheetCells", workbookZip([], "A1:XFD400"), {}, "SHEET_TOO_LARGE"],
    ["a one-cell dimension far away", workbookZip([], "XFD1048576"), {}, "SHEET_TOO_LARGE"],
    ["absolute references in the dimension", workbookZip([], "$A$1:$C$300000"), {}, "SHEET_TOO_LARGE"],
  ];
  it.each(cases)("%s", (_, bytes, limits, code) => {
    expect(codeOf(inspectXlsx(bytes, limits))).toBe(code);
  });

  it("refuses an entry with the encryption flag", () => {
    const zip = workbookZip();
    const cd = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
    zip.writeUInt16LE(zip.readUInt16LE(cd + 8) | 1, cd + 8);
    expect(codeOf(inspectXlsx(zip))).toBe("ENCRYPTED");
  });

  it("refuses an unknown compression method", () => {
    const zip = workbookZip();
    const cd = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
    zip.writeUInt16LE(12, cd + 10); // bzip2
    expect(codeOf(inspectXlsx(zip))).toBe("NOT_WORKBOOK");
  });

  it("reads ZIP64 end records (more than 65 535 entries)", () => {
    const many = Array.from({ length: 70_000 }, (_, i) => ({ name: `xl/m/${i}`, data: "", store: true }));
    const zip = workbookZip(many);
    expect(codeOf(inspectXlsx(zip, { maxEntries: 100_000 }))).toBeNull();
    expect(listZipEntries(zip, { maxEntries: 100_000 })).toHaveLength(70_003);
    expect(codeOf(inspectXlsx(zip))).toBe("TOO_MANY_ENTRIES");
  });

  it("reads a real exceljs workbook's entries", async () => {
    const names = listZipEntries(await goodWorkbookBytes())?.map((e) => e.name) ?? [];
    expect(names).toContain("xl/workbook.xml");
    expect(names).toContain("xl/worksheets/sheet1.xml");
  });
});

describe("verifyXlsxInflation and boundedInflate", () => {
  it("accepts a workbook whose entries inflate to their declared sizes", async () => {
    expect(await verifyXlsxInflation(await goodWorkbookBytes(), { verifyAboveBytes: 0 })).toEqual({ ok: true });
    expect(inspectXlsx(await goodWorkbookBytes(), { verifyAboveBytes: 0 })).toEqual({ ok: true });
  });

  it.each([
    ["less than declared", 400, "TRUNCATED"],
    ["more than declared", 200, "ZIP_BOMB"],
    ["exactly as declared", 300, null],
  ])("inspectXlsx checks an entry that inflates to %s", (_, declaredSize, code) => {
    const zip = workbookZip([{ name: "xl/a.xml", data: "abc".repeat(100), declaredSize }]);
    expect(codeOf(inspectXlsx(zip, { verifyAboveBytes: 0 }))).toBe(code);
    // A file too small to inflate past verifyAboveBytes whatever it declares is not inflated.
    expect(codeOf(inspectXlsx(zip))).toBeNull();
  });

  it("refuses an entry that inflates to less than declared (damaged)", async () => {
    const zip = workbookZip([{ name: "xl/a.xml", data: "abc".repeat(100), declaredSize: 400 }]);
    expect(codeOf(await verifyXlsxInflation(zip, { verifyAboveBytes: 0 }))).toBe("TRUNCATED");
  });

  it("refuses an entry that inflates beyond its declared size", async () => {
    const zip = workbookZip([{ name: "xl/a.xml", data: "abc".repeat(100), declaredSize: 200 }]);
    expect(codeOf(await verifyXlsxInflation(zip, { verifyAboveBytes: 0 }))).toBe("ZIP_BOMB");
  });

  it("refuses a damaged deflate stream", async () => {
    const raw = Buffer.from([0xff, 0xff, 0xff, 0xff]);
    const zip = workbookZip([{ name: "xl/a.xml", raw, size: 10, crc: 0 }]);
    expect(codeOf(await verifyXlsxInflation(zip, { verifyAboveBytes: 0 }))).toBe("TRUNCATED");
  });

  it.each([
    ["under the limit", 3, 10, "abc"],
    ["at the limit", 3, 3, "abc"],
  ])("boundedInflate %s returns the bytes", async (_, __, max, text) => {
    expect((await boundedInflate(deflateRawSync(text), max)).toString()).toBe(text);
  });

  it("boundedInflate stops past the limit", async () => {
    await expect(boundedInflate(deflateRawSync(Buffer.alloc(1_000_000)), 1000)).rejects.toBeInstanceOf(
      InflateLimitError,
    );
  });
});

describe("inspectXlsxArchive, the browser-safe half", () => {
  /** What the archive-level checks cannot see: sheet dimensions, and a directory that lies. */
  const needsInflation = new Set(["SHEET_TOO_LARGE"]);
  const lying = new Set(["sharedstrings-bomb-lying.xlsx"]);

  it.each(CORPUS.map((e) => [e.file, e] as const))("%s", (_, entry) => {
    const expected =
      entry.inspect && !needsInflation.has(entry.inspect) && !lying.has(entry.file) ? entry.inspect : null;
    expect(codeOf(inspectXlsxArchive(readFileSync(paths[entry.file]!)))).toBe(expected);
  });

  it.each(["xlsxArchive.ts", "webGuard.ts"])(
    "%s bundles for a browser page: no Node module, no Buffer",
    async (file) => {
      const out = await build({
        entryPoints: [join(import.meta.dirname, "../../src/xlsx", file)],
        bundle: true,
        platform: "browser",
        format: "esm",
        write: false,
        logLevel: "silent",
      });
      const code = out.outputFiles[0]!.text;
      expect(code).not.toMatch(/\bBuffer\b|\brequire\(|from "node:/);
    },
  );
});

describe("guardXlsxWeb, the whole guard with web APIs (DecompressionStream)", () => {
  it.each(CORPUS.map((e) => [e.file, e] as const))("%s: the same code as guardXlsx", async (_, entry) => {
    expect(codeOf(await guardXlsxWeb(readFileSync(paths[entry.file]!)))).toBe(entry.guard);
  });

  it.each([
    ["less than declared", 400, "TRUNCATED"],
    ["more than declared", 200, "ZIP_BOMB"],
    ["exactly as declared", 300, null],
  ])("an entry that inflates to %s", async (_, declaredSize, code) => {
    const zip = workbookZip([{ name: "xl/a.xml", data: "abc".repeat(100), declaredSize }]);
    expect(codeOf(await guardXlsxWeb(zip, { verifyAboveBytes: 0 }))).toBe(code);
  });

  it.each([
    ["over maxSheetRows", "A1:C200001", "SHEET_TOO_LARGE"],
    ["at maxSheetRows", "A1:C200000", null],
  ])("a dimension %s", async (_, ref, code) => {
    expect(codeOf(await guardXlsxWeb(workbookZip([], ref)))).toBe(code);
  });

  it("reads a real workbook, inflating every entry", async () => {
    expect(await guardXlsxWeb(await goodWorkbookBytes(), { verifyAboveBytes: 0 })).toEqual({ ok: true });
  });
});
