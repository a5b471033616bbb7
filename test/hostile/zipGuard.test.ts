// The hostile corpus against the reader's guard (the archive-level checks, never inflating) and
// the reader itself, in both its forms — Node's zlib and a page's DecompressionStream — which
// must give the same answer: each part it reads is inflated with its output capped at the size
// the directory declares, and the cells it keeps are counted.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildZip, CORPUS, goodWorkbookBytes, writeCorpus } from "../../scripts/hostile-corpus.mjs";
import { zlibInflate } from "../../src/node/zlibInflate.js";
import { XlsxReadError } from "../../src/xlsx/readErrors.js";
import { type DEFAULT_LIMITS, inspectXlsxArchive } from "../../src/xlsx/xlsxArchive.js";
import { readXlsxBytes, readXlsxBytesSync } from "../../src/xlsx/zipArchive.js";
import { readCentralDirectory } from "../../src/xlsx/zipEntries.js";

let dir: string;
let paths: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fiche-hostile-"));
  paths = await writeCorpus(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const codeOf = (r: { ok: boolean; code?: string }) => (r.ok ? null : r.code);

/** The code the reader refuses with (null when it reads), in Node and in a page. */
async function readCodes(bytes: Uint8Array, limits: Partial<typeof DEFAULT_LIMITS> = {}) {
  const code = (e: unknown) => {
    if (e instanceof XlsxReadError) return e.code;
    throw e;
  };
  let node: string | null = null;
  try {
    readXlsxBytesSync(bytes, zlibInflate, limits);
  } catch (e) {
    node = code(e);
  }
  const web = await readXlsxBytes(bytes, limits).then(() => null, code);
  return { node, web };
}

describe("the hostile corpus", () => {
  it.each(CORPUS.map((e) => [e.file, e] as const))("%s: the guard's code, then the reader's", async (_, entry) => {
    const bytes = readFileSync(paths[entry.file]!);
    expect(codeOf(inspectXlsxArchive(bytes))).toBe(entry.guard);
    expect(await readCodes(bytes)).toEqual({ node: entry.read, web: entry.read });
  });

  it("every refusal has a French and an English reason, on one line", async () => {
    for (const entry of CORPUS.filter((e) => e.read)) {
      const error = await readXlsxBytes(readFileSync(paths[entry.file]!)).then(
        () => null,
        (e: unknown) => e,
      );
      if (!(error instanceof XlsxReadError)) throw new Error(`${entry.file}: ${String(error)}`);
      expect(error.reason).toMatch(/\S/);
      expect(error.reasonEn).toMatch(/\S/);
      expect(`${error.reason}${error.reasonEn}`).not.toMatch(/\n/);
      // French typography: a no-break space before ":", never an ordinary one.
      expect(error.reason).not.toMatch(/ :/);
    }
  });

  it("names what it recognises", () => {
    const reason = (file: string) => {
      const r = inspectXlsxArchive(readFileSync(paths[file]!));
      return r.ok ? "ok" : r.reason;
    };
    expect(reason("docx-renamed.xlsx")).toBe("document Word, pas un classeur Excel");
    expect(reason("encrypted.xlsx")).toMatch(/^classeur protégé par mot de passe/);
    expect(reason("legacy-xls.xlsx")).toMatch(/^ancien format Excel 97-2003 \(\.xls\)/);
  });
});

/** A one-sheet workbook zip, with extra entries. */
const workbookZip = (extra: Parameters<typeof buildZip>[0] = []) =>
  buildZip([
    { name: "[Content_Types].xml", data: "<Types/>" },
    {
      name: "xl/workbook.xml",
      data: '<workbook><sheets><sheet name="S" r:id="rId1" xmlns:r="r"/></sheets></workbook>',
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    },
    {
      name: "xl/worksheets/sheet1.xml",
      data: '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>',
    },
    ...extra,
  ]);
const stored = (name: string, data: string) => ({ name, data, store: true });

describe("inspectXlsxArchive, edge by edge", () => {
  const cases: [string, Uint8Array, Partial<typeof DEFAULT_LIMITS>, string | null, RegExp?][] = [
    ["a minimal workbook", workbookZip(), {}, null],
    ["an empty zip archive", Buffer.from([0x50, 0x4b, 5, 6, ...Array(18).fill(0)]), {}, "NOT_ZIP", /archive zip vide/],
    ["three bytes", Buffer.from("PK\x03"), {}, "NOT_ZIP"],
    ["a CSV renamed", Buffer.from("Poste;Montant\nÉtudes;1200\n"), {}, "NOT_ZIP", /fichier texte \(CSV/],
    ["a PDF renamed", Buffer.from("%PDF-1.7\n…"), {}, "NOT_ZIP", /document PDF/],
    ["a web page renamed", Buffer.from("<!DOCTYPE html><html><table>"), {}, "NOT_ZIP", /page HTML/],
    ["a zip local header and nothing else", Buffer.from([0x50, 0x4b, 3, 4, 0, 0]), {}, "TRUNCATED"],
    [
      "a PowerPoint renamed",
      buildZip([stored("[Content_Types].xml", "<T/>"), stored("ppt/presentation.xml", "<p/>")]),
      {},
      "NOT_WORKBOOK",
      /présentation PowerPoint/,
    ],
    [
      "an OpenDocument spreadsheet renamed",
      buildZip([stored("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), stored("content.xml", "<c/>")]),
      {},
      "NOT_WORKBOOK",
      /classeur OpenDocument \(\.ods\)/,
    ],
    [
      "an .xlsb renamed",
      buildZip([stored("[Content_Types].xml", "<T/>"), stored("_rels/.rels", "<R/>"), stored("xl/workbook.bin", "b")]),
      {},
      "NOT_WORKBOOK",
      /\.xlsb/,
    ],
    [
      "entry names with backslashes",
      buildZip([stored("[Content_Types].xml", "<T/>"), stored("xl\\workbook.xml", "<w/>")]),
      {},
      "NOT_WORKBOOK",
      /«\u00a0\\\u00a0»/,
    ],
    [
      "names matched case-insensitively",
      buildZip([stored("[content_types].xml", "<T/>"), stored("XL/Workbook.xml", "<w/>")]),
      {},
      null,
    ],
    [
      "names with a leading slash",
      buildZip([stored("/[Content_Types].xml", "<T/>"), stored("/xl/workbook.xml", "<w/>")]),
      {},
      null,
    ],
    [
      "a workbook part elsewhere, found through _rels/.rels",
      buildZip([stored("_rels/.rels", "<R/>"), stored("wtf/book.xml", "<w/>")]),
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
  ];
  it.each(cases)("%s", (_, bytes, limits, code, reason) => {
    const r = inspectXlsxArchive(bytes, limits);
    expect(codeOf(r)).toBe(code);
    if (reason && !r.ok) expect(r.reason).toMatch(reason);
  });

  it("refuses an entry with the encryption flag", () => {
    const zip = workbookZip();
    const cd = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
    zip.writeUInt16LE(zip.readUInt16LE(cd + 8) | 1, cd + 8);
    expect(codeOf(inspectXlsxArchive(zip))).toBe("ENCRYPTED");
  });

  it("refuses an unknown compression method", () => {
    const zip = workbookZip();
    const cd = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
    zip.writeUInt16LE(12, cd + 10); // bzip2
    expect(codeOf(inspectXlsxArchive(zip))).toBe("NOT_WORKBOOK");
  });

  it("reads ZIP64 end records (more than 65 535 entries)", () => {
    const many = Array.from({ length: 70_000 }, (_, i) => ({ name: `xl/m/${i}`, data: "", store: true }));
    const zip = workbookZip(many);
    expect(codeOf(inspectXlsxArchive(zip, { maxEntries: 100_000 }))).toBeNull();
    expect(readCentralDirectory(zip, { ...limitsAll, maxEntries: 100_000 })).toHaveLength(70_004);
    expect(codeOf(inspectXlsxArchive(zip))).toBe("TOO_MANY_ENTRIES");
  });
});

const limitsAll = {
  maxFileBytes: 2 ** 30,
  maxEntries: 10_000,
  maxTotalUncompressed: 2 ** 30,
  maxRatio: 200,
  ratioMinBytes: 2 ** 20,
  maxInflatedBytes: 2 ** 28,
  maxCells: 2_000_000,
};

describe("the reader inflates each part it reads, capped at its declared size", () => {
  it.each([
    ["less than declared", 400, "TRUNCATED"],
    ["more than declared (a directory that lies)", 200, "ZIP_BOMB"],
    ["exactly as declared", 300, null],
  ])("a part that inflates to %s", async (_, declaredSize, code) => {
    const zip = workbookZip([
      { name: "xl/sharedStrings.xml", data: `<sst><si><t>${"a".repeat(273)}</t></si></sst>`, declaredSize },
    ]);
    expect(await readCodes(zip)).toEqual({ node: code, web: code });
  });

  it("never inflates a part it does not need: a lying drawing is not its business", async () => {
    const zip = workbookZip([{ name: "xl/drawings/drawing1.xml", data: "abc".repeat(100), declaredSize: 10 }]);
    expect(await readCodes(zip)).toEqual({ node: null, web: null });
  });

  it("refuses a damaged deflate stream in a part it reads", async () => {
    const raw = Buffer.from([0xff, 0xff, 0xff, 0xff]);
    const zip = workbookZip([{ name: "xl/sharedStrings.xml", raw, size: 10, crc: 0 }]);
    expect(await readCodes(zip)).toEqual({ node: "TRUNCATED", web: "TRUNCATED" });
  });

  it("reads a real workbook in both forms", async () => {
    expect(await readCodes(await goodWorkbookBytes())).toEqual({ node: null, web: null });
  });

  it.each(["zipArchive.ts", "readXlsx.ts", "gridFromXlsx.ts", "partsArchive.ts"])(
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
