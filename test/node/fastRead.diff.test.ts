// Differential fuzzing: mutants of real workbooks (bytes flipped inside the zip's XML parts, then
// re-zipped) read by the fast reader and by exceljs. Whenever the fast reader gives a grid,
// exceljs must give the same grid: the fast path never accepts what exceljs refuses, nor reads
// anything differently. (Seeded; the mutators are test/fuzz's.)
import { beforeAll, describe, expect, it } from "vitest";
import { goodWorkbookBytes } from "../../scripts/hostile-corpus.mjs";
import type { WorkbookGrid } from "../../src/core/types.js";
import { FastReadUnsupported, fastRead } from "../../src/node/fastRead.js";
import { readWorkbookBufferWithExceljs } from "../../src/node/readWorkbook.js";
import { inspectXlsx } from "../../src/node/zipGuard.js";
import { mutateBytes, mutateInside, prng } from "../fuzz/mutators.mjs";

let seeds: Uint8Array[];
beforeAll(async () => {
  seeds = [
    new Uint8Array(await goodWorkbookBytes()),
    new Uint8Array(await goodWorkbookBytes({ code: "INJ", title: '=HYPERLINK("x")', extraText: "<b>&amp;x</b>" })),
  ];
});

async function reference(bytes: Uint8Array): Promise<WorkbookGrid | "unreadable"> {
  try {
    return await readWorkbookBufferWithExceljs(bytes, "m.xlsx");
  } catch {
    return "unreadable";
  }
}

describe("fastRead against exceljs on mutants (seeded)", () => {
  // FASTREAD_FUZZ_SEEDS=200 npx vitest run test/node/fastRead.diff.test.ts for a longer run.
  const count = Number(process.env.FASTREAD_FUZZ_SEEDS ?? 12);
  it.each(Array.from({ length: count }, (_, k) => 21 + k))(
    "seed %i: 60 mutants, a fast grid is always exceljs's grid",
    async (seed) => {
      const rand = prng(seed);
      const surprises: string[] = [];
      for (let i = 0; i < 60; i++) {
        const base = seeds[i % seeds.length] as Uint8Array;
        const bytes = i % 3 === 2 ? mutateBytes(base, rand).bytes : mutateInside(base, rand);
        if (!inspectXlsx(bytes).ok) continue; // the guard refuses it before any reader
        let grid: WorkbookGrid;
        try {
          grid = fastRead(bytes);
        } catch (e) {
          if (!(e instanceof FastReadUnsupported)) surprises.push(`#${i}: ${String(e)}`);
          continue;
        }
        const ref = await reference(bytes);
        if (process.env.FASTREAD_DUMP && (ref === "unreadable" || JSON.stringify(ref) !== JSON.stringify(grid)))
          (await import("node:fs")).writeFileSync(`/tmp/mutant-${seed}-${i}.xlsx`, bytes);
        if (ref === "unreadable") surprises.push(`#${i}: fast reads what exceljs refuses`);
        else if (JSON.stringify(ref) !== JSON.stringify(grid)) surprises.push(`#${i}: grids differ`);
      }
      expect(surprises).toEqual([]);
    },
  );
});
