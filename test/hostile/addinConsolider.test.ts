// The add-in's Consolider reads picked files in the page with exceljs: the zip guard's
// archive-level checks (browser-safe) stop the hostile files they can see before exceljs.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORPUS, goodWorkbookBytes, writeCorpus } from "../../scripts/hostile-corpus.mjs";
import { gridFromXlsx } from "../../src/excel-addin/exceljsGrid.js";

let dir: string;
let paths: Record<string, string>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fiche-addin-"));
  paths = await writeCorpus(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const arrayBuffer = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe("gridFromXlsx on the hostile corpus", () => {
  it.each(
    CORPUS.filter(
      (e) => e.exit === 2 && e.file !== "million-row.xlsx" && e.file !== "sharedstrings-bomb-lying.xlsx",
    ).map((e) => [e.file] as const),
  )("%s is refused with a one-line message", async (file) => {
    const error = await gridFromXlsx(arrayBuffer(readFileSync(paths[file]!)), "fr").then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).not.toMatch(/\n/);
  });

  it("a zip bomb is named as such, in English too", async () => {
    const bytes = arrayBuffer(readFileSync(paths["sharedstrings-bomb.xlsx"]!));
    await expect(gridFromXlsx(bytes, "fr")).rejects.toThrow(/bombe zip/);
    await expect(gridFromXlsx(bytes, "en")).rejects.toThrow(/zip bomb/);
  });

  it("a good workbook is still read", async () => {
    const grid = await gridFromXlsx(arrayBuffer(await goodWorkbookBytes()), "fr");
    expect(grid.sheets.map((s) => s.name)).toContain("Budget");
  });
});
