// A bounded, seeded fuzz run inside the suite (a few seconds): mutants of real workbooks must
// be read or refused with UnreadableWorkbookError, never anything else, the same by the Node
// reader and its page form; mutant grids must be
// analysed without a throw, every issue pointing at a valid cell. `npm run fuzz` runs the same
// for longer and saves what it finds in test/fuzz/crashes/, which this file replays.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { goodWorkbookBytes } from "../../scripts/hostile-corpus.mjs";
import { analyzeWorkbook } from "../../src/core/analyze.js";
import type { WorkbookGrid } from "../../src/core/types.js";
import { UnreadableWorkbookError } from "../../src/node/errors.js";
import { readWorkbookBuffer } from "../../src/node/readWorkbook.js";
import { XlsxReadError } from "../../src/xlsx/readErrors.js";
import { inspectXlsxArchive } from "../../src/xlsx/xlsxArchive.js";
import { readXlsxBytes } from "../../src/xlsx/zipArchive.js";
import { isA1, mutateBytes, mutateGrid, prng } from "./mutators.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const crashes = (() => {
  try {
    return readdirSync(join(here, "crashes")).filter((f) => /\.(xlsx|json)$/.test(f));
  } catch {
    return [];
  }
})();

/** What reading gives: "grid", or the name of what was thrown. */
async function outcome(bytes: Uint8Array): Promise<{ kind: string; grid?: WorkbookGrid; error?: unknown }> {
  if (typeof inspectXlsxArchive(bytes).ok !== "boolean") return { kind: "bad guard result" };
  let node: { kind: string; grid?: WorkbookGrid; error?: unknown };
  try {
    node = { kind: "grid", grid: await readWorkbookBuffer(bytes, "fuzz.xlsx") };
  } catch (e) {
    node = { kind: e instanceof UnreadableWorkbookError ? "unreadable" : "other", error: e };
  }
  // The page's form of the reader (DecompressionStream) must give the same answer.
  const web: { kind: string; grid?: WorkbookGrid; error?: unknown } = await readXlsxBytes(bytes, {
    maxFileBytes: 50 * 1024 * 1024,
  }).then(
    (grid) => ({ kind: "grid", grid }),
    (e: unknown) => ({ kind: e instanceof XlsxReadError ? "unreadable" : "other", error: e }),
  );
  if (web.kind !== node.kind)
    return { kind: "readers disagree", error: `${String(node.error)} / ${String(web.error)}` };
  if (node.grid && JSON.stringify(node.grid) !== JSON.stringify(web.grid)) return { kind: "readers disagree" };
  return node;
}

/** Analyses a grid; returns the problems found (an exception, or issue cells that are not A1). */
function analysisProblems(grid: WorkbookGrid): string[] {
  const problems: string[] = [];
  for (const lang of ["fr", "en"] as const) {
    try {
      const a = analyzeWorkbook(grid, { statusDate: "2026-06-30", lang });
      for (const issue of a.issues) {
        if (issue.cell !== null && !isA1(issue.cell)) problems.push(`${issue.code} at ${issue.cell}`);
        if (!issue.message) problems.push(`${issue.code} without message`);
      }
    } catch (e) {
      problems.push(`throws ${(e as Error).stack?.split("\n").slice(0, 3).join(" ")}`);
    }
  }
  return problems;
}

let seeds: Uint8Array[];
beforeAll(async () => {
  seeds = [
    await goodWorkbookBytes(),
    await goodWorkbookBytes({ code: "INJ", title: '=HYPERLINK("x")', extraText: "<b>x</b>" }),
  ];
});

describe("byte-level fuzzing of real workbooks (seeded)", () => {
  it.each([1, 2, 3, 4])("seed %i: 40 mutants are read or refused cleanly", async (seed) => {
    const rand = prng(seed);
    const surprises: string[] = [];
    for (let i = 0; i < 40; i++) {
      const { bytes, done } = mutateBytes(seeds[i % seeds.length]!, rand);
      const r = await outcome(bytes);
      if (r.kind !== "grid" && r.kind !== "unreadable")
        surprises.push(`#${i} ${done.join("+")}: ${r.kind} ${String(r.error ?? "")}`);
      if (r.grid) {
        const p = analysisProblems(r.grid);
        if (p.length) surprises.push(`#${i} ${done.join("+")}: ${p.join("; ")}`);
      }
    }
    expect(surprises).toEqual([]);
  });

  it.runIf(crashes.length > 0).each(crashes)("replays crash %s", async (file) => {
    const content = readFileSync(join(here, "crashes", file));
    if (file.endsWith(".json")) {
      expect(analysisProblems(JSON.parse(content.toString("utf8")) as WorkbookGrid)).toEqual([]);
      return;
    }
    const r = await outcome(content);
    expect(r.kind === "other" ? String(r.error) : r.kind).toMatch(/^(grid|unreadable)$/);
    if (r.grid) expect(analysisProblems(r.grid)).toEqual([]);
  });
});

describe("grid-level fuzzing of a real grid (seeded)", () => {
  it.each([11, 12, 13, 14])(
    "seed %i: 100 mutant grids analysed without a throw, issues at valid cells",
    async (seed) => {
      const base = await readWorkbookBuffer(seeds[0]!, "good.xlsx");
      const rand = prng(seed);
      const surprises: string[] = [];
      for (let i = 0; i < 100; i++) {
        const p = analysisProblems(mutateGrid(base, rand));
        if (p.length) surprises.push(`#${i}: ${p.join("; ")}`);
      }
      expect(surprises).toEqual([]);
    },
  );
});
