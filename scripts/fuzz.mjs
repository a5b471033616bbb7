// The long fuzzer (npm run fuzz [-- --seconds N] [--seed S]): the same properties as
// test/fuzz/fuzz.test.ts for N seconds (default 60). Every input that breaks one is saved as
// test/fuzz/crashes/<sha1>.xlsx (bytes) or <sha1>.json (a grid), which the suite replays.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isA1, mutateBytes, mutateGrid, prng } from "../test/fuzz/mutators.mjs";
import { loadCoreAndNode, root } from "./bench-bundle.mjs";
import { goodWorkbookBytes } from "./hostile-corpus.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = arg("--seconds", 60);
const seed = arg("--seed", Date.now() % 1_000_000);
const crashDir = join(root, "test", "fuzz", "crashes");

const {
  analyzeWorkbook,
  readWorkbookBuffer,
  UnreadableWorkbookError,
  inspectXlsxArchive,
  readXlsxBytes,
  EXAMPLES,
  exampleGrid,
} = await loadCoreAndNode();

function analysisProblem(grid) {
  for (const lang of ["fr", "en"]) {
    try {
      for (const issue of analyzeWorkbook(grid, { statusDate: "2026-06-30", lang }).issues) {
        if (issue.cell !== null && !isA1(issue.cell)) return `${issue.code} at invalid cell ${issue.cell}`;
      }
    } catch (e) {
      return `analyzeWorkbook throws: ${e?.stack ?? e}`;
    }
  }
  return null;
}

function save(ext, content, why) {
  mkdirSync(crashDir, { recursive: true });
  const hash = createHash("sha1").update(content).digest("hex").slice(0, 16);
  writeFileSync(join(crashDir, `${hash}.${ext}`), content);
  console.log(`crash saved: test/fuzz/crashes/${hash}.${ext}\n  ${why.split("\n").slice(0, 4).join("\n  ")}`);
}

const seeds = [
  await goodWorkbookBytes(),
  await goodWorkbookBytes({ code: "INJ", title: '=HYPERLINK("x")', extraText: "<b>x</b>" }),
];
const baseGrids = [
  await readWorkbookBuffer(seeds[0], "good.xlsx"),
  ...EXAMPLES.map((p) => exampleGrid(p)),
  ...EXAMPLES.map((p) => exampleGrid(p, "en")),
];
const rand = prng(seed);
const deadline = Date.now() + seconds * 1000;
const counts = { mutants: 0, read: 0, refused: 0, grids: 0, crashes: 0 };
console.log(`fuzzing for ${seconds} s, seed ${seed}`);
while (Date.now() < deadline) {
  const { bytes, done } = mutateBytes(seeds[counts.mutants % seeds.length], rand);
  counts.mutants++;
  let problem = null;
  try {
    if (typeof inspectXlsxArchive(bytes).ok !== "boolean") problem = "inspectXlsxArchive returned no verdict";
    // The page's form of the reader (DecompressionStream) must agree with the Node one.
    const web = await readXlsxBytes(bytes, { maxFileBytes: 50 * 1024 * 1024 }).then(
      () => "grid",
      (e) => (e?.name === "XlsxReadError" ? "unreadable" : `throws ${e?.name}`),
    );
    const node = await readWorkbookBuffer(bytes, "fuzz.xlsx").then(
      () => "grid",
      (e) => (e instanceof UnreadableWorkbookError ? "unreadable" : `throws ${e?.name}`),
    );
    if (web !== node) problem = `readers disagree: node ${node}, web ${web}`;
    const grid = await readWorkbookBuffer(bytes, "fuzz.xlsx");
    counts.read++;
    problem ??= analysisProblem(grid);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) counts.refused++;
    else problem = `reading throws ${e?.name}: ${e?.stack ?? e}`;
  }
  if (problem) {
    counts.crashes++;
    save("xlsx", Buffer.from(bytes), `${done.join("+")}: ${problem}`);
  }
  const grid = mutateGrid(baseGrids[counts.grids % baseGrids.length], rand);
  counts.grids++;
  const gridProblem = analysisProblem(grid);
  if (gridProblem) {
    counts.crashes++;
    save("json", JSON.stringify(grid), gridProblem);
  }
}
console.log(
  `${counts.mutants} byte mutants (${counts.read} read, ${counts.refused} refused), ${counts.grids} mutant grids, ${counts.crashes} crashes`,
);
process.exitCode = counts.crashes ? 1 : 0;
