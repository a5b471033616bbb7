#!/usr/bin/env node
/**
 * Assembles the real-file corpus from local snapshots of the sources (sources.mjs): lists each
 * repository's .xlsx, describes them (describe.mjs), picks a diverse set per source (producers
 * or file-name stems in turn, duplicates by content dropped), and writes the files, their
 * licences, `manifest.json` and `SOURCES.md`.
 *
 *   node scripts/corpus/assemble.mjs [--mirrors /work/.mirror] [--out test/corpus/real]
 *
 * Snapshots are bare git directories `<mirrors>/<owner>+<name>/repo` (the search tool's fetch).
 * Deterministic: the same snapshots give the same corpus.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { describe } from "./describe.mjs";
import { HARD_MAX_BYTES, MAX_LARGE_FILES, REFUSALS_PER_KIND, SOFT_MAX_BYTES, SOURCES } from "./sources.mjs";
import { unzip } from "./zip.mjs";

const { values: args } = parseArgs({
  options: {
    mirrors: { type: "string", default: "/work/.mirror" },
    out: { type: "string", default: "test/corpus/real" },
  },
});

const git = (dir, ...a) => execFileSync("git", ["--git-dir", dir, ...a], { maxBuffer: 1 << 30 });

/** Reads many blobs with one `git cat-file --batch`, by sha. */
function blobs(dir, shas) {
  const buf = execFileSync("git", ["--git-dir", dir, "cat-file", "--batch"], {
    input: `${shas.join("\n")}\n`,
    maxBuffer: 2 ** 31,
  });
  const map = new Map();
  let p = 0;
  for (const sha of shas) {
    const nl = buf.indexOf(10, p);
    const [got, , size] = buf.toString("latin1", p, nl).split(" ");
    const n = Number(size);
    map.set(got, buf.subarray(nl + 1, nl + 1 + n));
    p = nl + 1 + n + 1;
    if (got !== sha) throw new Error(`cat-file order: ${got} for ${sha}`);
  }
  return map;
}

/** The parts a values reader must parse: a file with one of them not well-formed is not meant to open. */
const NEEDED_PART =
  /^\[Content_Types\]\.xml$|\.rels$|workbook\.xml$|worksheets\/[^/]+\.xml$|sharedStrings\.xml$|styles\.xml$/i;

/** The first needed part that xmllint finds not well-formed, or null. */
function malformedPart(bytes) {
  for (const [name, data] of unzip(bytes)) {
    if (!NEEDED_PART.test(name)) continue;
    if (spawnSync("xmllint", ["--noout", "-"], { input: data, stdio: ["pipe", "ignore", "ignore"] }).status !== 0)
      return name;
  }
  return null;
}

/** Map.groupBy, which Node 20 lacks. */
function groupBy(list, keyOf) {
  const map = new Map();
  for (const x of list) {
    const k = keyOf(x);
    if (!map.has(k)) map.set(k, []);
    map.get(k).push(x);
  }
  return map;
}

const hash = (s) => createHash("sha256").update(s).digest("hex");

/** Round-robin over groups (sorted), each group in a stable pseudo-random order. */
function pickRoundRobin(items, keyOf, quota, priority) {
  const groups = new Map();
  for (const it of items.toSorted((a, b) => hash(a.path).localeCompare(hash(b.path)))) {
    const k = keyOf(it);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(it);
  }
  const order = [...groups.keys()].sort((a, b) => priority(a) - priority(b) || a.localeCompare(b));
  const picked = [];
  while (picked.length < quota && order.some((k) => groups.get(k).length > 0)) {
    for (const k of order) {
      const g = groups.get(k);
      if (g.length > 0 && picked.length < quota) picked.push(g.shift());
    }
  }
  return picked;
}

/** Excel first: files Excel wrote come before the rest when a group is chosen. */
const excelFirst = (producer) => (/^Excel/.test(producer) ? 0 : 1);
/** Excel versions are told apart; other producers by family, so that five LibreOffice versions do not take five turns. */
const familyOf = (producer) => (/^Excel/.test(producer) ? producer : producer.split(/[ /]/)[0]);
const stemOf = (path) =>
  path
    .split("/")
    .pop()
    .replace(/\.xlsx$/i, "")
    .replace(/\d+[a-z]?$/i, "");

const seen = new Set();
const manifest = [];
const refusals = [];
let large = 0;
for (const dir of ["files", "refuse", "LICENSES"]) {
  rmSync(join(args.out, dir), { recursive: true, force: true });
  mkdirSync(join(args.out, dir), { recursive: true });
}

for (const src of SOURCES) {
  const gitDir = join(args.mirrors, src.repo.replace("/", "+"), "repo");
  const commit = git(gitDir, "rev-parse", "HEAD").toString().trim();
  const listing = git(gitDir, "ls-tree", "-r", "-l", "HEAD").toString().split("\n");
  const entries = [];
  for (const line of listing) {
    const m = line.match(/^\S+ blob (\w+)\s+(\d+)\t(.*)$/);
    if (!m || !/\.xlsx$/i.test(m[3]) || !src.include.test(m[3]) || src.exclude?.test(m[3])) continue;
    if (Number(m[2]) > HARD_MAX_BYTES) continue;
    entries.push({ sha: m[1], size: Number(m[2]), path: m[3] });
  }
  const bytesOf = blobs(
    gitDir,
    entries.map((e) => e.sha),
  );
  const good = [];
  const bad = [];
  for (const e of entries) {
    const bytes = bytesOf.get(e.sha);
    const sha256 = hash(bytes);
    if (seen.has(sha256)) continue;
    const d = describe(bytes);
    const producer = src.producer?.(e.path, d.producerFromFile ?? null) ?? d.producerFromFile ?? "unknown";
    const item = { ...e, bytes, sha256, d, producer };
    // A workbook with no <sheet> at all (excelize's BadWorkbook) is not a workbook to read.
    if (d.kind === "xlsx" && d.sheets === 0) item.d = { ...d, kind: "noSheets" };
    (item.d.kind === "xlsx" ? good : bad).push(item);
  }
  const keyOf = src.groupBy === "stem" ? (it) => stemOf(it.path) : (it) => familyOf(it.producer);
  const sized = good.filter((it) => it.size <= SOFT_MAX_BYTES || large < MAX_LARGE_FILES);
  const picked = pickRoundRobin(sized, keyOf, src.quota, src.groupBy === "stem" ? () => 0 : excelFirst);
  const licenseName = `${src.short}-${src.licenseFile
    .split("/")
    .pop()
    .replace(/\.(md|txt)$/i, "")}.txt`;
  writeFileSync(join(args.out, "LICENSES", licenseName), git(gitDir, "show", `HEAD:${src.licenseFile}`));
  if (src.extraLicense) copyFileSync(src.extraLicense.from, join(args.out, "LICENSES", src.extraLicense.name));
  const record = (it, folder, extra) => {
    seen.add(it.sha256);
    const base = it.path
      .split("/")
      .pop()
      .replace(/[^\w.-]+/g, "_");
    let file = `${src.short}__${base}`;
    for (let n = 2; manifest.some((m) => m.file === file) || refusals.some((m) => m.file === file); n++) {
      file = `${src.short}__${base.replace(/\.xlsx$/i, `-${n}.xlsx`)}`;
    }
    writeFileSync(join(args.out, folder, file), it.bytes);
    return {
      file,
      repo: src.repo,
      commit,
      path: it.path,
      license: src.licenseOf?.(it.path) ?? src.license,
      licenseText:
        src.licenseOf?.(it.path) && src.extraLicense
          ? `LICENSES/${licenseName}, LICENSES/${src.extraLicense.name}`
          : `LICENSES/${licenseName}`,
      producer: it.producer,
      application: it.d.application ?? null,
      appVersion: it.d.appVersion ?? null,
      size: it.size,
      sha256: it.sha256,
      ...extra,
    };
  };
  for (const it of picked) {
    const bad = malformedPart(it.bytes);
    if (bad) {
      refusals.push(record(it, "refuse", { kind: "malformedXml", part: bad }));
      continue;
    }
    if (it.size > SOFT_MAX_BYTES) large++;
    manifest.push(record(it, "files", { strict: it.d.strict, date1904: it.d.date1904 }));
  }
  // A few files that must be refused, by kind (encrypted, not a zip, a damaged zip, an old .xls).
  const byKind = groupBy(bad, (it) => it.d.kind);
  for (const [kind, items] of byKind) {
    const already = refusals.filter((r) => r.kind === kind).length;
    for (const it of items.slice(0, Math.max(0, REFUSALS_PER_KIND - already))) {
      refusals.push(record(it, "refuse", { kind }));
    }
  }
  console.error(`${src.repo}: ${picked.length} of ${good.length} taken, ${bad.length} not openable`);
}

writeFileSync(join(args.out, "manifest.json"), `${JSON.stringify({ files: manifest, refuse: refusals }, null, 2)}\n`);
writeFileSync(join(args.out, "SOURCES.md"), sourcesMarkdown(manifest, refusals));
// The repository's formatter lays the tables out (lint checks Markdown too).
spawnSync("npx", ["biome", "format", "--write", join(args.out, "SOURCES.md")], { stdio: "ignore" });
console.error(`${manifest.length} files, ${refusals.length} to refuse`);

function sourcesMarkdown(files, refuse) {
  const count = (list, key) => [...groupBy(list, key)].map(([k, v]) => [k, v.length]).sort((a, b) => b[1] - a[1]);
  const lines = [
    "# Sources of the real-file corpus",
    "",
    "Written by `scripts/corpus/assemble.mjs` from snapshots of the repositories below; `manifest.json`",
    "has the same data per file (repository, commit, original path, licence, producer, size, sha256).",
    "",
    "## Repositories",
    "",
    "| repository | commit | licence | licence text | files | note |",
    "|---|---|---|---|---|---|",
  ];
  for (const src of SOURCES) {
    const mine = files.filter((f) => f.repo === src.repo);
    const lic = mine[0]?.licenseText ?? "";
    lines.push(
      `| ${src.repo} | ${mine[0]?.commit.slice(0, 12) ?? ""} | ${src.license} | ${lic} | ${mine.length} | ${src.note ?? ""} |`,
    );
  }
  lines.push("", "## Producers", "", "| producer | files |", "|---|---|");
  for (const [k, v] of count(files, (f) => f.producer)) lines.push(`| ${k} | ${v} |`);
  lines.push("", "## Files", "", "| file | repository | original path | producer | bytes |", "|---|---|---|---|---|");
  for (const f of files) lines.push(`| ${f.file} | ${f.repo} | ${f.path} | ${f.producer} | ${f.size} |`);
  lines.push(
    "",
    "## Files that must be refused",
    "",
    "| file | repository | original path | kind | bytes |",
    "|---|---|---|---|---|",
  );
  for (const f of refuse)
    lines.push(`| ${f.file} | ${f.repo} | ${f.path} | ${f.kind}${f.part ? ` (${f.part})` : ""} | ${f.size} |`);
  return `${lines.join("\n")}\n`;
}
