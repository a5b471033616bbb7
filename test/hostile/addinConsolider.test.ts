// The add-in's Consolider reads picked files in the page with the one reader over
// DecompressionStream (src/xlsx/gridFromXlsx.ts): every hostile file is refused with a one-line
// message naming the real reason, in French and English; a good workbook is read.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORPUS, goodWorkbookBytes, writeCorpus } from "../../scripts/hostile-corpus.mjs";
import { gridFromXlsx } from "../../src/xlsx/gridFromXlsx.js";

let dir: string;
let paths: Record<string, string>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fiche-addin-"));
  paths = await writeCorpus(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const arrayBuffer = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe("gridFromXlsx on the hostile corpus", () => {
  it.each(CORPUS.filter((e) => e.exit === 2).map((e) => [e.file] as const))(
    "%s is refused with a one-line message",
    async (file) => {
      const error = await gridFromXlsx(arrayBuffer(readFileSync(paths[file]!)), "fr").then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).not.toMatch(/\n/);
    },
  );

  it.each([
    ["sharedstrings-bomb.xlsx", /bombe zip/, /zip bomb/],
    ["sharedstrings-bomb-lying.xlsx", /bombe zip/, /zip bomb/],
    ["million-row.xlsx", /classeur trop grand\u00a0: plus de 2\u00a0000\u00a0000 cellules/, /more than 2000000 cells/],
    ["legacy-xls.xlsx", /\.xls/, /\.xls/],
  ])("%s names its reason, in English too", async (file, fr, en) => {
    const bytes = arrayBuffer(readFileSync(paths[file]!));
    await expect(gridFromXlsx(bytes, "fr")).rejects.toThrow(fr);
    await expect(gridFromXlsx(bytes, "en")).rejects.toThrow(en);
  });

  it("a good workbook is still read", async () => {
    const grid = await gridFromXlsx(arrayBuffer(await goodWorkbookBytes()), "fr");
    expect(grid.sheets.map((s) => s.name)).toContain("Budget");
  });
});
