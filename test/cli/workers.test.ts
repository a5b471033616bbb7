/**
 * `consolidate` in worker threads: the pool's results are those of the in-process loop, in the
 * files' order, and the built CLI prints the same JSON and writes the same portfolio with and
 * without workers. The bundles are built into node_modules/.cache (not dist/, which another
 * test rebuilds) so that exceljs resolves.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import XLSX from "xlsx";
import { MAX_WORKERS, MIN_FILES_FOR_WORKERS, summarizeInWorkers, workerCount, workerFile } from "../../src/cli/pool.js";
import { type SummarizeOptions, summarizeFile } from "../../src/cli/workerTask.js";
import { EXAMPLES } from "../../src/core/examples/index.js";
import { buildTemplateSheets } from "../../src/core/template/sheets.js";
import { writeWorkbookFile } from "../../src/node/writeWorkbook.js";
import { docxLike } from "../node/helpers/zip.js";

const exec = promisify(execFile);
const root = resolve(import.meta.dirname, "../..");
const bundles = join(root, "node_modules", ".cache", "fiche-projet", "cli-workers-test");
let dir: string;
let names: string[];

beforeAll(async () => {
  const { build } = await import(pathToFileURL(join(root, "scripts/build-cli.mjs")).href);
  await build({ outdir: bundles });
  dir = await mkdtemp(join(tmpdir(), "fp-workers-"));
  await mkdir(join(dir, "projets", "b"), { recursive: true });
  // 6 examples × 2 copies (the copies' codes are duplicates), a Word file and an empty file.
  for (const ex of EXAMPLES) {
    const first = join(dir, "projets", `${ex.project.code}.xlsx`);
    await writeWorkbookFile(first, buildTemplateSheets({ lang: "fr", example: ex }));
    await copyFile(first, join(dir, "projets", "b", `${ex.project.code}-copie.xlsx`));
  }
  await writeFile(join(dir, "projets", "rapport.xlsx"), await docxLike());
  await writeFile(join(dir, "projets", "b", "vide.xlsx"), "");
  names = [
    ...EXAMPLES.map((ex) => `projets/${ex.project.code}.xlsx`),
    ...EXAMPLES.map((ex) => `projets/b/${ex.project.code}-copie.xlsx`),
    "projets/rapport.xlsx",
    "projets/b/vide.xlsx",
  ];
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(args: string[], workers: string) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [join(bundles, "cli.js"), ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", FICHE_PROJET_WORKERS: workers },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("workerCount", () => {
  it.each([
    ["one core: in this thread", 500, {}, 1, 0],
    ["few files: in this thread", MIN_FILES_FOR_WORKERS - 1, {}, 8, 0],
    ["two cores: in this thread (workers cost more than they save there)", 500, {}, 2, 0],
    ["three cores", 500, {}, 3, 3],
    ["many cores: capped", 500, {}, 32, MAX_WORKERS],
    ["FICHE_PROJET_WORKERS=0", 500, { FICHE_PROJET_WORKERS: "0" }, 8, 0],
    ["FICHE_PROJET_WORKERS=3 on one core", 500, { FICHE_PROJET_WORKERS: "3" }, 1, 3],
    ["forced, never more than the files", 2, { FICHE_PROJET_WORKERS: "3" }, 8, 2],
    ["not a number: ignored", 500, { FICHE_PROJET_WORKERS: "beaucoup" }, 4, 4],
  ])("%s", (_name, files, env, cores, expected) => {
    expect(workerCount(files, env, cores)).toBe(expected);
  });

  it("finds no worker bundle beside the TypeScript sources, and finds the built one", () => {
    expect(workerFile()).toBeNull();
    expect(workerFile(pathToFileURL(join(bundles, "cli.js")).href)).toBe(join(bundles, "consolidate-worker.js"));
  });
});

describe("summarizeInWorkers", () => {
  const opts: SummarizeOptions = {
    job: { lang: "fr", today: "2026-11-20", statusDate: "2026-10-25" },
    debug: false,
  };
  const tasks = () => names.map((n) => ({ path: join(dir, n), display: n }));

  it("gives the in-process outcomes, in the files' order, with progress", async () => {
    const expected = [];
    for (const t of tasks()) expected.push(await summarizeFile(t, opts));
    const seen: [number, string][] = [];
    const got = await summarizeInWorkers(tasks(), opts, 3, join(bundles, "consolidate-worker.js"), (done, file) =>
      seen.push([done, file]),
    );
    expect(got).toEqual(expected);
    expect(got.flatMap(({ outcome: o }) => (o.kind === "failed" ? [o.failure.message] : []))).toEqual([
      "document Word, pas un classeur Excel",
      "fichier vide",
    ]);
    expect(
      seen
        .map(([, f]) => f)
        .filter((f) => f !== "")
        .sort(),
    ).toEqual([...names].sort());
    expect(seen.at(-1)).toEqual([names.length, ""]);
    expect(seen.map(([d]) => d)).toEqual([...seen.map(([d]) => d)].sort((a, b) => a - b));
  });

  it("a worker that dies fails its file and is replaced", async () => {
    const crashing = join(dir, "crashing-worker.mjs");
    await writeFile(
      crashing,
      'import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => { throw new Error("boum"); });\n',
    );
    const got = await summarizeInWorkers(tasks().slice(0, 3), opts, 2, crashing, () => {});
    expect(got).toEqual(
      tasks()
        .slice(0, 3)
        .map((t) => ({ outcome: { kind: "failed", failure: { file: t.display, message: "erreur interne : boum" } } })),
    );
  });
});

describe("the built CLI with and without workers", () => {
  it("prints the same --json and writes the same portfolio", async () => {
    const args = (out: string) => ["consolidate", "projets", "--json", "-o", out, "--status-date", "2026-10-25"];
    const single = await cli(args("seul.xlsx"), "0");
    const pooled = await cli(args("pool.xlsx"), "3");
    expect(single.code).toBe(1);
    expect(pooled.code).toBe(single.code);
    expect(pooled.stderr).toBe(single.stderr.replace("seul.xlsx", "pool.xlsx"));
    // Each example and its copy: counted once, the copy set aside (SPEC §6 Duplicates).
    expect(JSON.parse(single.stdout).projects).toHaveLength(EXAMPLES.length);
    expect(JSON.parse(single.stdout).duplicates).toHaveLength(EXAMPLES.length);
    expect(pooled.stdout).toBe(single.stdout);
    const [a, b] = [
      XLSX.read(await readFile(join(dir, "seul.xlsx"))),
      XLSX.read(await readFile(join(dir, "pool.xlsx"))),
    ];
    expect(b.SheetNames).toEqual(a.SheetNames);
    for (const s of a.SheetNames) {
      const rows = (wb: XLSX.WorkBook) => XLSX.utils.sheet_to_json(wb.Sheets[s] as XLSX.WorkSheet, { header: 1 });
      expect(rows(b)).toEqual(rows(a));
    }
  });
});
