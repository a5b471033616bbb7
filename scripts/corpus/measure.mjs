#!/usr/bin/env node
/**
 * Measures the product's reader on every corpus file, each in its own process: wall time and
 * peak memory (max RSS, and the heap) of reading it, against the floor of reading its bytes and
 * inflating every zip entry (best of 3, warm). The child reads two small files first, so the JIT
 * and module loading are not counted; the peak memory includes them (about 75 MB of baseline,
 * shown apart as "+MB"). Prints the worst cases and a summary; the bound is
 * "no real file takes more than 3 s or 400 MB".
 *
 * `--in-process` reads every file in this one warm process instead (much faster on a busy
 * machine): the time is then the best of 3 reads, the memory only the RSS after each read, and
 * the files marked `heavy` in known-failures.json are left out.
 *
 *   node scripts/corpus/measure.mjs [--json out.json] [--timeout 120] [--in-process]
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bundleModules, root } from "../bench-bundle.mjs";
import { unzip } from "./zip.mjs";

const CORPUS = join(root, "test", "corpus");
const self = fileURLToPath(import.meta.url);
const BUNDLE = join(root, "node_modules", ".cache", "fiche-projet", "corpus-measure.mjs");
const WARM_UP = ["00-base-rezipped.xlsx", "18b-formula-cached-zero-fallback.xlsx"].map((f) => join(CORPUS, "cases", f));

if (process.argv[2] === "--child") {
  // One file, in a fresh process: what is measured is this read alone.
  const { readXlsx, UnreadableWorkbookError } = await import(BUNDLE);
  // Warm both read paths (the fast reader and exceljs) so that what is timed is the file, not the JIT.
  for (const warm of WARM_UP) await readXlsx(readFileSync(warm), warm);
  const bytes = readFileSync(process.argv[3]);
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  let outcome = "read";
  try {
    await readXlsx(bytes, process.argv[3]);
  } catch (e) {
    outcome = e instanceof UnreadableWorkbookError ? `refused (${e.code})` : `threw ${e?.name}`;
  }
  const ms = performance.now() - t0;
  const peak = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ ms, peakMB: peak / 2 ** 20, baseMB: before / 2 ** 20, outcome }));
  process.exit(0);
}

const { values: args } = parseArgs({
  options: {
    json: { type: "string" },
    timeout: { type: "string", default: "120" },
    "in-process": { type: "boolean", default: false },
  },
});
const m = await bundleModules("corpus-measure", [
  'export { readXlsx, UnreadableWorkbookError } from "./test/corpus/reader.ts";',
  'export { craftedFiles, caseFiles, realFiles, realCorpusDir } from "./test/corpus/compare.ts";',
]);

/** Reading the bytes and inflating every entry: the cost no reader can avoid (best of 3). */
function floorMs(path) {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const bytes = readFileSync(path);
    try {
      unzip(bytes);
    } catch {
      // Not a zip: the floor is the read alone.
    }
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const real = m.realCorpusDir(CORPUS);
const files = [...(real ? m.realFiles(real) : []), ...m.craftedFiles(CORPUS), ...m.caseFiles(CORPUS)];
/** One file read in this process: the best of 3 reads, and the RSS after them. */
async function inProcess(f) {
  const bytes = readFileSync(f.path);
  let best = Number.POSITIVE_INFINITY;
  let outcome = "read";
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    try {
      await m.readXlsx(bytes, f.id);
    } catch (e) {
      outcome = e instanceof m.UnreadableWorkbookError ? `refused (${e.code})` : `threw ${e?.name}`;
    }
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, peakMB: process.memoryUsage().rss / 2 ** 20, baseMB: 0, outcome };
}

const heavy = new Set(
  JSON.parse(readFileSync(join(CORPUS, "known-failures.json"), "utf8"))
    .filter((k) => k.heavy)
    .map((k) => k.file),
);
if (args["in-process"]) for (const warm of WARM_UP) await m.readXlsx(readFileSync(warm), warm);
const rows = [];
for (const f of files) {
  if (args["in-process"]) {
    if (heavy.has(f.id)) continue;
    rows.push({
      file: f.id,
      kB: Math.round(readFileSync(f.path).length / 1024),
      floorMs: floorMs(f.path),
      ...(await inProcess(f)),
    });
    continue;
  }
  const child = spawnSync(process.execPath, [self, "--child", f.path], {
    encoding: "utf8",
    timeout: Number(args.timeout) * 1000,
  });
  const size = readFileSync(f.path).length;
  const base = { file: f.id, kB: Math.round(size / 1024), floorMs: floorMs(f.path) };
  if (child.status !== 0 || !child.stdout) {
    rows.push({
      ...base,
      ms: Number.NaN,
      peakMB: Number.NaN,
      baseMB: Number.NaN,
      outcome: child.error ? "timeout" : `exit ${child.status}`,
    });
  } else rows.push({ ...base, ...JSON.parse(child.stdout) });
  process.stderr.write(".");
}
process.stderr.write("\n");

const fmt = (r) =>
  `${r.file.padEnd(64)} ${String(r.kB).padStart(6)} ${r.ms.toFixed(0).padStart(8)} ${r.floorMs.toFixed(1).padStart(8)} ${(r.ms / r.floorMs).toFixed(0).padStart(6)}× ${r.peakMB.toFixed(0).padStart(7)} ${(r.peakMB - r.baseMB).toFixed(0).padStart(7)}  ${r.outcome}`;
const header = `${"file".padEnd(64)} ${"kB".padStart(6)} ${"read ms".padStart(8)} ${"floor ms".padStart(8)} ${"ratio".padStart(7)} ${"peak MB".padStart(7)} ${"+MB".padStart(7)}  outcome`;
const sum = (list, k) => list.reduce((s, r) => s + (Number.isFinite(r[k]) ? r[k] : 0), 0);
console.log("Slowest 15:");
console.log(header);
const worst = (k) => (r) => (Number.isFinite(r[k]) ? r[k] : Number.POSITIVE_INFINITY);
for (const r of rows.toSorted((a, b) => worst("ms")(b) - worst("ms")(a)).slice(0, 15)) console.log(fmt(r));
console.log("\nLargest peak memory 10:");
console.log(header);
for (const r of rows.toSorted((a, b) => worst("peakMB")(b) - worst("peakMB")(a)).slice(0, 10)) console.log(fmt(r));
for (const [label, list] of [
  ["real", rows.filter((r) => r.file.startsWith("real/"))],
  ["crafted", rows.filter((r) => r.file.startsWith("crafted/"))],
  ["cases", rows.filter((r) => r.file.startsWith("cases/"))],
]) {
  if (list.length === 0) continue;
  // In one process the RSS only grows: there the bound is checked on time alone.
  const over = list.filter((r) => !(r.ms <= 3000 && (args["in-process"] || r.peakMB <= 400)));
  const median = (k) => list.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? Number.NaN;
  const ratios = list.map((r) => r.ms / Math.max(r.floorMs, 0.001));
  console.log(
    `\n${label}: ${list.length} files, read ${(sum(list, "ms") / 1000).toFixed(1)} s in all against a floor of ${(sum(list, "floorMs") / 1000).toFixed(2)} s (${(sum(list, "ms") / sum(list, "floorMs")).toFixed(1)}×); ` +
      `median ${median("ms").toFixed(1)} ms a file against ${median("floorMs").toFixed(2)} ms (median ratio ${ratios.sort((a, b) => a - b)[Math.floor(ratios.length / 2)]?.toFixed(0)}×); ` +
      `max ${Math.max(...list.map((r) => r.ms || 0)).toFixed(0)} ms, max ${args["in-process"] ? "RSS" : "peak"} ${Math.max(...list.map((r) => r.peakMB || 0)).toFixed(0)} MB; ` +
      `over 3 s${args["in-process"] ? "" : " or 400 MB"} (or failed): ${over.length ? over.map((r) => r.file).join(", ") : "none"}`,
  );
}
if (args.json) writeFileSync(args.json, `${JSON.stringify(rows, null, 2)}\n`);
