import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UnreadableWorkbookError } from "../../src/node/errors.js";
import { readWorkbookBuffer, readWorkbookFile } from "../../src/node/readWorkbook.js";
import { kitchenSinkWorkbook } from "./fixtures.js";
import { docxLike, oleFile, storedZip } from "./helpers/zip.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fp-read-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readWorkbookBuffer", () => {
  it("reads every kind of cell as the core expects", async () => {
    const grid = await readWorkbookBuffer(await kitchenSinkWorkbook(), "cuisine.xlsx");
    expect(grid.sheets.map((s) => s.name)).toEqual(["Calendrier", "Vide"]);
    expect(grid.sheets[0]?.rows).toEqual([
      ["Calendrier du projet"],
      ["ID", "Étape", "Début prévu", "Fin prévue", "Budget"],
      ["E1", "Études préalables", { kind: "date", iso: "2026-01-05" }, { kind: "date", iso: "2026-02-27" }, 12000],
      ["E2", "Lien vers la note", { kind: "error", code: "#REF!" }, { kind: "error", code: "#N/A" }, 12000],
      [],
      [true, '=HYPERLINK("http://x")', { kind: "date", iso: "2026-11-28" }, "ab"],
    ]);
    expect(grid.sheets[1]?.rows).toEqual([]);
  });

  it("keeps a merged range's value in its top-left cell only", async () => {
    const grid = await readWorkbookBuffer(await kitchenSinkWorkbook(), "cuisine.xlsx");
    expect(grid.sheets[0]?.rows[0]).toEqual(["Calendrier du projet"]);
  });
});

const cases: [string, () => Uint8Array | Promise<Uint8Array>, string, RegExp][] = [
  ["empty file", () => new Uint8Array(), "empty", /fichier vide/],
  [
    "random bytes",
    () => new Uint8Array(Array.from({ length: 500 }, (_, i) => (i * 7919) % 251)),
    "notZip",
    /pas un classeur/,
  ],
  ["truncated workbook", async () => (await kitchenSinkWorkbook()).slice(0, 900), "corrupt", /tronqué|endommagé/],
  ["zip of text files", () => storedZip({ "a.txt": "bonjour", "b.txt": "salut" }), "notWorkbook", /workbook\.xml/],
  ["Word document renamed", docxLike, "notWorkbook", /document Word, pas un classeur Excel/],
  ["password-protected workbook", () => oleFile(true), "encrypted", /protégé par mot de passe/],
  ["Excel 97-2003 file", () => oleFile(false), "legacyXls", /\.xls/],
];

describe("unreadable files", () => {
  it.each(cases)("%s → UnreadableWorkbookError, one line naming the file", async (_name, make, code, reason) => {
    const file = join(dir, `${code}.xlsx`);
    await writeFile(file, await make());
    const error = await readWorkbookFile(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    const e = error as UnreadableWorkbookError;
    expect(e.name).toBe("UnreadableWorkbookError");
    expect(e.code).toBe(code);
    expect(e.message).toMatch(reason);
    expect(e.message.startsWith(`${file} : `)).toBe(true);
    expect(e.message).not.toContain("\n");
    expect(e.file).toBe(file);
  });

  it("a missing file is named in the message", async () => {
    await expect(readWorkbookFile(join(dir, "absent.xlsx"))).rejects.toThrow(/absent\.xlsx : fichier introuvable/);
  });

  it("a folder is not a workbook", async () => {
    await expect(readWorkbookFile(dir)).rejects.toThrow(/ce n'est pas un fichier/);
  });

  it("speaks English on request and uses the display name", async () => {
    const file = join(dir, "vide-en.xlsx");
    await writeFile(file, "");
    await expect(readWorkbookFile(file, { lang: "en", displayName: "vide-en.xlsx" })).rejects.toThrow(
      /^vide-en\.xlsx: empty file$/,
    );
  });
});
