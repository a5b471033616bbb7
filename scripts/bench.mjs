// npm run bench — ratios against a baseline measured in the same run (no absolute thresholds):
//
//  (a) issue 3: a generated project of 20 000 budget lines, 2 000 linked steps, 50 000
//      staffing rows and 2 000 funding rows, and the same ×10: the core's parse + check + compute time against
//      exceljs's load time of the same file (target ≤ 0.25), and ×10 time / ×1 time (target ≤ 12).
//  (b) issues 4 and 15: 300 typical project workbooks: full `consolidate` in one thread against
//      the floor of reading the same files and inflating every zip entry (target ≤ 6), the
//      worker pool's wall time against a bare exceljs read (target ≤ 0.7), and the peak memory
//      of `consolidate` over 100, 500 and 1 000 files, each in its own process (target ≤ 300 MB, flat).
//
// Options: --quick (×1/×3 and 50/100/200 files, for a smoke run), --skip-big, --skip-portfolio,
// --doc (also write what is printed into docs/bench.md).
// Generated inputs are cached in node_modules/.cache/fiche-projet/bench-inputs (delete to redo).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { bundleModules, root } from "./bench-bundle.mjs";
import { writeBigProject, writeTypicalProject } from "./bench-projects.mjs";

const GENERATOR_VERSION = 2;
const STATUS_DATE = "2026-06-30";
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const cache = join(root, "node_modules", ".cache", "fiche-projet", `bench-inputs-v${GENERATOR_VERSION}`);
const self = fileURLToPath(import.meta.url);

const loadModules = () =>
  bundleModules("bench", [
    'export { analyzeWorkbook } from "./src/core/analyze.ts";',
    'export { toCell } from "./src/xlsx/cellValue.ts";',
    'export { runCli } from "./src/cli/runCli.ts";',
    'export { readWorkbookBuffer } from "./src/node/readWorkbook.ts";',
    'export { workerCount } from "./src/cli/pool.ts";',
  ]);

/** The grid of an exceljs workbook, as the Node host builds it (without the guard's limits). */
function gridOf(wb, toCell) {
  return {
    sheets: wb.worksheets.map((ws) => {
      const rows = [];
      ws.eachRow({ includeEmpty: false }, (row, n) => {
        const cells = [];
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const v = toCell(cell.value);
          if (v !== null) cells[c - 1] = v;
        });
        for (let i = 0; i < cells.length; i++) cells[i] ??= null;
        rows[n - 1] = cells;
      });
      for (let i = 0; i < rows.length; i++) rows[i] ??= [];
      return { name: ws.name, rows };
    }),
  };
}

const ms = (t) => `${(t / 1000).toFixed(2)} s`;
const now = () => performance.now();
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** Starts a measurement; calling the result gives `{ wall, cpu }` in ms (CPU of all the process's threads). */
/**
 * Starts a measurement; the returned function ends it. The heap is collected first and V8's
 * background sweeping given time to finish (the bench runs with --expose-gc), so a measurement
 * does not pay for the garbage the previous one left (300 exceljs models of the bare read, for
 * instance) — only for its own.
 */
const settle = async () => {
  globalThis.gc?.();
  await new Promise((r) => setTimeout(r, 200));
};
const measure = async () => {
  await settle();
  const w = now();
  const c = cpuMs();
  return () => ({ wall: now() - w, cpu: cpuMs() - c });
};
const both = (m) => `${ms(m.cpu)} (${ms(m.wall)})`;

// ---------------------------------------------------------------------------------------------
// Child: one big project, measured in a fresh process
// ---------------------------------------------------------------------------------------------

async function childBig(file) {
  const { analyzeWorkbook, toCell } = await loadModules();
  const bytes = readFileSync(file);
  const load = await measure();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const loaded = load();
  const conv = await measure();
  const grid = gridOf(wb, toCell);
  const toGrid = conv();
  const runs = [];
  let issues = 0;
  for (let i = 0; i < 3; i++) {
    const run = await measure();
    issues = analyzeWorkbook(grid, { statusDate: STATUS_DATE }).issues.length;
    runs.push(run());
  }
  const rows = grid.sheets.reduce((n, s) => n + s.rows.length, 0);
  const core = [...runs].sort((a, b) => a.cpu - b.cpu)[1];
  console.log(JSON.stringify({ load: loaded, toGrid, coreFirst: runs[0], core, rows, issues, bytes: bytes.length }));
}

// ---------------------------------------------------------------------------------------------
// (a) issue 3
// ---------------------------------------------------------------------------------------------

async function benchBig() {
  const scales = quick ? [1, 3] : [1, 10];
  const results = {};
  for (const scale of scales) {
    const file = join(cache, `big-x${scale}.xlsx`);
    if (!existsSync(file)) {
      process.stderr.write(`generating the ×${scale} project…\n`);
      await writeBigProject(file, scale);
    }
    process.stderr.write(`measuring the ×${scale} project…\n`);
    const run = spawnSync(process.execPath, ["--max-old-space-size=16000", self, "--child-big", file], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    if (run.status !== 0) throw new Error(`child ×${scale} failed: ${run.stderr}`);
    results[scale] = JSON.parse(run.stdout.trim().split("\n").pop());
  }
  const [a, b] = scales;
  const A = results[a];
  const B = results[b];
  console.log("\n(a) issue 3 — one big project: core (parse + check + compute) against exceljs's load");
  table(
    ["project", "rows", "file", "exceljs load", "cells → grid", "core (median of 3)", "core / load", "target"],
    scales.map((sc) => {
      const r = results[sc];
      return [
        `×${sc}`,
        r.rows,
        `${(r.bytes / 1e6).toFixed(1)} MB`,
        both(r.load),
        both(r.toGrid),
        both(r.core),
        ratio(r.core.cpu / r.load.cpu),
        "≤ 0.25",
      ];
    }),
  );
  console.log("  times: CPU (wall); ratios on CPU time");
  console.log(
    `  ×${b} / ×${a} core CPU time: ${ratio(B.core.cpu / A.core.cpu)} (target ≤ ${ratio((b / a) * 1.2)}); wall ${ratio(B.core.wall / A.core.wall)}; first runs ${ratio(B.coreFirst.cpu / A.coreFirst.cpu)}; exceljs load ×${b}/×${a}: ${ratio(B.load.cpu / A.load.cpu)}`,
  );
  return results;
}

// ---------------------------------------------------------------------------------------------
// (b) issue 4
// ---------------------------------------------------------------------------------------------

/** A folder holding copies of the first `n` typical projects (consolidate skips symlinks). */
function folderOf(n, all) {
  const dir = join(tmpdir(), `fiche-bench-${process.pid}-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (const f of all.slice(0, n)) copyFileSync(join(cache, "typical", f), join(dir, f));
  return dir;
}

async function ensureTypical(n) {
  const dir = join(cache, "typical");
  mkdirSync(dir, { recursive: true });
  const have = new Set(readdirSync(dir));
  let made = 0;
  for (let i = 1; i <= n; i++) {
    const name = `projet-${String(i).padStart(4, "0")}.xlsx`;
    if (have.has(name)) continue;
    if (made++ === 0) process.stderr.write(`generating typical projects up to ${n}…\n`);
    await writeTypicalProject(join(dir, name), i);
  }
  return Array.from({ length: n }, (_, i) => `projet-${String(i + 1).padStart(4, "0")}.xlsx`);
}

const silentIo = (errors = [], env = {}) => ({
  stdout() {},
  stderr(s) {
    errors.push(s);
  },
  isTTY: false,
  stderrIsTTY: false,
  cwd: process.cwd(),
  now: () => new Date(),
  env,
});

/**
 * The worker thread's bundle beside the bench's bundles (src/cli/pool.ts looks for
 * consolidate-worker.js next to the module that runs `consolidate`).
 */
async function buildWorker() {
  const { build } = await import("esbuild");
  await build({
    entryPoints: [join(root, "src/cli/worker.ts")],
    outfile: join(root, "node_modules", ".cache", "fiche-projet", "consolidate-worker.js"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
  });
}

/** Peak RSS and time of `consolidate` over a folder, in its own process. */
function consolidateChild(cli, dir, json = false, workers = undefined) {
  const out = join(tmpdir(), `fiche-bench-out-${process.pid}.xlsx`);
  const target = json ? ["--json"] : ["-o", out];
  const env = { ...process.env };
  if (workers === undefined) delete env.FICHE_PROJET_WORKERS;
  else env.FICHE_PROJET_WORKERS = String(workers);
  const run = spawnSync(
    "/usr/bin/time",
    ["-v", process.execPath, cli, "consolidate", dir, ...target, "--status-date", STATUS_DATE],
    { encoding: "utf8", maxBuffer: 1 << 30, env },
  );
  rmSync(out, { force: true });
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  const wall = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+(?:\.\d+)?)$/m.exec(run.stderr);
  return {
    exit: run.status,
    peakMb: peak ? Number(peak[1]) / 1024 : Number.NaN,
    seconds: wall ? Number(wall[1] ?? 0) * 60 + Number(wall[2]) : Number.NaN,
  };
}

/** The zip entries of a file: where each one's data starts, its sizes and method (central directory only). */
function zipEntries(bytes) {
  let eocd = bytes.length - 22;
  while (eocd > 0 && bytes.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const out = [];
  let p = bytes.readUInt32LE(eocd + 16);
  for (let k = bytes.readUInt16LE(eocd + 10); k > 0; k--) {
    const local = bytes.readUInt32LE(p + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    out.push({ method: bytes.readUInt16LE(p + 10), start, size: bytes.readUInt32LE(p + 20) });
    p += 46 + bytes.readUInt16LE(p + 28) + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return out;
}

/** The floor no reader can go under: read each file and inflate every entry of its zip. */
function readAndInflate(files) {
  for (const f of files) {
    const bytes = readFileSync(f);
    for (const e of zipEntries(bytes)) if (e.method === 8) inflateRawSync(bytes.subarray(e.start, e.start + e.size));
  }
}

const median = (xs) => {
  const sorted = xs.toSorted((a, b) => a.cpu - b.cpu);
  return sorted[sorted.length >> 1];
};

async function benchPortfolio() {
  const counts = quick ? [50, 100, 200] : [100, 500, 1000];
  const ratioCount = quick ? 100 : 300;
  const rounds = quick ? 3 : 5;
  const all = await ensureTypical(Math.max(...counts));
  const { runCli, readWorkbookBuffer, analyzeWorkbook, workerCount } = await loadModules();
  await buildWorker();
  const workers = workerCount(ratioCount, {});
  const dir = folderOf(ratioCount, all);
  const files = all.slice(0, ratioCount).map((f) => join(dir, f));

  // Warm-up (JIT, page cache), then each measurement `rounds` times, interleaved; medians.
  for (const f of files.slice(0, 20)) await new ExcelJS.Workbook().xlsx.load(readFileSync(f));
  readAndInflate(files);
  const floor = [];
  const bare = [];
  const full = [];
  const single = [];
  const out = join(tmpdir(), `fiche-bench-portfolio-${process.pid}.xlsx`);
  const consolidate = async (env) => {
    const errors = [];
    const code = await runCli(
      ["consolidate", dir, "-o", out, "--status-date", STATUS_DATE, "--force"],
      silentIo(errors, env),
    );
    if (code > 1) throw new Error(`consolidate exited ${code}: ${errors.join("")}`);
  };
  for (let round = 0; round < rounds; round++) {
    let m = await measure();
    readAndInflate(files);
    floor.push(m());
    m = await measure();
    for (const f of files) await new ExcelJS.Workbook().xlsx.load(readFileSync(f));
    bare.push(m());
    m = await measure();
    await consolidate({});
    full.push(m());
    m = await measure();
    await consolidate({ FICHE_PROJET_WORKERS: "0" });
    single.push(m());
  }
  rmSync(out, { force: true });
  const [floorT, bareT, fullT, singleT] = [floor, bare, full, single].map(median);
  // Where the one-thread time goes: the Node host's read (the one reader), the core, the rest.
  // Three passes over the files, from a collected heap; the median pass of each phase.
  const passes = [];
  for (let pass = 0; pass < 3; pass++) {
    await settle();
    const p = { read: 0, core: 0 }; // CPU ms
    for (const f of files) {
      const bytes = readFileSync(f);
      let t = cpuMs();
      const grid = await readWorkbookBuffer(bytes, f);
      p.read += cpuMs() - t;
      t = cpuMs();
      analyzeWorkbook(grid, { statusDate: STATUS_DATE });
      p.core += cpuMs() - t;
    }
    passes.push(p);
  }
  const mid = (key) => passes.map((p) => p[key]).sort((a, b) => a - b)[1];
  const phase = { read: mid("read"), core: mid("core") };

  const cli = join(root, "node_modules", ".cache", "fiche-projet", "bench-cli.mjs");
  const { build } = await import("esbuild");
  await build({
    entryPoints: [join(root, "src/cli/main.ts")],
    outfile: cli,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
  });
  const peaks = counts.map((n) => {
    process.stderr.write(`consolidate over ${n} files in a child process…\n`);
    const folder = folderOf(n, all);
    const r = consolidateChild(cli, folder);
    const j = consolidateChild(cli, folder, true);
    const one = consolidateChild(cli, folder, false, 0);
    rmSync(folder, { recursive: true, force: true });
    return { n, ...r, jsonPeakMb: j.peakMb, singlePeakMb: one.peakMb, singleSeconds: one.seconds };
  });
  rmSync(dir, { recursive: true, force: true });

  console.log(
    `\n(b) issues 4 and 15 — consolidate ${ratioCount} typical workbooks against reading and inflating them, and against a bare exceljs read`,
  );
  table(
    ["what", "threads", "time", "against", "CPU ratio", "wall ratio", "target"],
    [
      ["read + inflate every entry (floor)", 1, both(floorT), "", "", "", ""],
      ["bare exceljs read", 1, both(bareT), "", "", "", ""],
      [
        "full consolidate",
        1,
        both(singleT),
        "floor",
        ratio(singleT.cpu / floorT.cpu),
        ratio(singleT.wall / floorT.wall),
        "≤ 6 (CPU)",
      ],
      [
        "full consolidate",
        workers === 0 ? "1 (the default here)" : `${workers} workers`,
        both(fullT),
        "bare exceljs read",
        ratio(fullT.cpu / bareT.cpu),
        ratio(fullT.wall / bareT.wall),
        "≤ 0.7 (wall)",
      ],
    ],
  );
  console.log(
    `  times: CPU of all threads (wall), medians of ${rounds} interleaved runs, each from a collected heap. CPU of the one-thread run: host read ${ms(phase.read)} (${ratio(phase.read / floorT.cpu)} × the floor), core ${ms(phase.core)}, the rest (summaries, portfolio, writing the workbook) ${ms(singleT.cpu - phase.read - phase.core)}`,
  );
  console.log(
    `  this machine: ${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")} at the end of the run (other processes compete for the cores).`,
  );
  console.log("\n  peak memory of `fiche-projet consolidate` (one process per run, /usr/bin/time -v)");
  table(
    [
      "files",
      "peak RSS (-o .xlsx)",
      "(--json only)",
      "(-o, 1 thread)",
      "wall (-o)",
      "(-o, 1 thread)",
      "exit",
      "target",
    ],
    peaks.map((p) => [
      p.n,
      `${p.peakMb.toFixed(0)} MB`,
      `${p.jsonPeakMb.toFixed(0)} MB`,
      `${p.singlePeakMb.toFixed(0)} MB`,
      `${p.seconds.toFixed(1)} s`,
      `${p.singleSeconds.toFixed(1)} s`,
      p.exit,
      "≤ 300 MB, flat",
    ]),
  );
  const flat = peaks.at(-1).peakMb / peaks[0].peakMb;
  console.log(`  peak(${peaks.at(-1).n}) / peak(${peaks[0].n}) = ${ratio(flat)}`);
  return { floorT, bareT, fullT, peaks };
}

// ---------------------------------------------------------------------------------------------

function ratio(x) {
  return Number.isFinite(x) ? x.toFixed(2) : "n/a";
}

function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => `  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ")}`;
  console.log(line(all[0]));
  console.log(`  ${widths.map((w) => "─".repeat(w)).join("  ")}`);
  for (const r of all.slice(1)) console.log(line(r));
}

/** With --doc, everything printed also replaces the numbers in docs/bench.md. */
const printed = [];
if (args.includes("--doc")) {
  const log = console.log;
  console.log = (...xs) => {
    printed.push(xs.join(" "));
    log(...xs);
  };
}

/** A part of the printed text, from its heading — `(a) issue 3` or `(b) issue 4` — to the next part. */
function partOf(text, letter) {
  const m = new RegExp(`\\n\\(${letter}\\) issue[\\s\\S]*?(?=\\n\\([ab]\\) issue|\\ntotal |$)`).exec(text);
  return m ? m[0] : "";
}

/** Replaces the numbers in docs/bench.md; a part skipped in this run (--skip-big, --skip-portfolio) keeps its last numbers. */
function writeDoc() {
  const path = join(root, "docs", "bench.md");
  const doc = readFileSync(path, "utf8");
  const old = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/.exec(doc)?.[0] ?? "";
  const text = `\n${printed.join("\n").trim()}`;
  const first = text.search(/\n\([ab]\) issue|\ntotal /);
  const header = first < 0 ? text : text.slice(0, first);
  const kept = (l) => {
    const earlier = partOf(old, l)
      .replace(/\n {2}\(numbers of an earlier run[^\n]*/g, "")
      .trimEnd();
    return earlier ? `${earlier}\n  (numbers of an earlier run: this part was skipped)\n` : "";
  };
  const parts = ["a", "b"].map((l) => partOf(text, l) || kept(l)).join("");
  const total = /\ntotal [^\n]*/.exec(text)?.[0] ?? "";
  const partial = args.includes("--skip-big") || args.includes("--skip-portfolio") ? ", part of it" : "";
  const block = `<!-- bench:start -->\n_${new Date().toISOString().slice(0, 10)}, \`npm run bench -- --doc\`${partial}:_\n\n\`\`\`\n${`${header}${parts}${total}`.trim()}\n\`\`\`\n<!-- bench:end -->`;
  writeFileSync(path, doc.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block));
}

if (args[0] === "--child-big") {
  await childBig(args[1]);
} else {
  mkdirSync(cache, { recursive: true });
  const started = now();
  console.log(
    `fiche-projet bench — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "?"}${quick ? " (quick)" : ""}`,
  );
  if (!args.includes("--skip-big")) await benchBig();
  if (!args.includes("--skip-portfolio")) await benchPortfolio();
  console.log(`\ntotal ${ms(now() - started)}`);
  if (args.includes("--doc")) writeDoc();
}
