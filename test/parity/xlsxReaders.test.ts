/**
 * The one reader in its two forms — the CLI's (src/node: zlib, synchronous) and the taskpane's
 * for Consolider (src/xlsx/gridFromXlsx.ts: DecompressionStream, in the page) — gives the same
 * grid for every fixture file.
 */
import { describe, expect, it } from "vitest";
import { readWorkbookBuffer } from "../../src/node/readWorkbook.js";
import { gridFromXlsx } from "../../src/xlsx/gridFromXlsx.js";
import { buildCorpus, xlsxBytes } from "../fixtures/corpus.js";

describe.concurrent("the CLI's and the taskpane's .xlsx readers agree", () => {
  const fixtures = buildCorpus().filter((f) => f.name !== "large-workbook");
  it.each(fixtures.map((f) => [f.name, f] as const))("%s", async (_name, fixture) => {
    const bytes = await xlsxBytes(fixture.grid, fixture.times, fixture.dateFormats);
    const page = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(await gridFromXlsx(page, "fr")).toEqual(await readWorkbookBuffer(bytes, "fixture.xlsx"));
  });
});
