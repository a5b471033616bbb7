// The add-in's Consolider reads picked files in the page with exceljs: the zip guard, in its
// web-API form (guardXlsxWeb), stops every hostile file before exceljs.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORPUS, goodWorkbookBytes, writeCorpus } from "../../scripts/hostile-corpus.mjs";
import { gridFromXlsx } from "../../src/xlsx/exceljsGrid.js";

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

  it.each(["sharedstrings-bomb.xlsx", "sharedstrings-bomb-lying.xlsx"])(
    "%s is named a zip bomb, in English too",
    async (file) => {
      const bytes = arrayBuffer(readFileSync(paths[file]!));
      await expect(gridFromXlsx(bytes, "fr")).rejects.toThrow(/bombe zip/);
      await expect(gridFromXlsx(bytes, "en")).rejects.toThrow(/zip bomb/);
    },
  );

  it("a million-row sheet is refused before exceljs", async () => {
    await expect(gridFromXlsx(arrayBuffer(readFileSync(paths["million-row.xlsx"]!)), "fr")).rejects.toThrow(
      /feuille trop grande/,
    );
  });

  it("a good workbook is still read", async () => {
    const grid = await gridFromXlsx(arrayBuffer(await goodWorkbookBytes()), "fr");
    expect(grid.sheets.map((s) => s.name)).toContain("Budget");
  });
});
