#!/usr/bin/env node
/**
 * Runs the product's reader over the corpus exactly as test/corpus/corpus.test.ts does and
 * writes test/corpus/known-failures.json: each failing file with the cause of its differences,
 * named by the XML feature behind them (read from the file's parts). Run it after a change to
 * the corpus or the reader, then read the diff: this is the reader's to-do list.
 *
 * A file on which the reader takes too long or too much memory to run in every test (from
 * measure.mjs's --json output, else as the current list says) is marked `heavy` and not read here.
 *
 *   node scripts/corpus/known-failures.mjs [--measured measure.json] [--print]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { bundleModules, root } from "../bench-bundle.mjs";
import { rawCells, workbookStructure } from "./parts.mjs";
import { unzip, xmlText } from "./zip.mjs";

const CORPUS = join(root, "test", "corpus");
const { values: args } = parseArgs({
  options: { measured: { type: "string" }, print: { type: "boolean", default: false } },
});

/** Heavier than this, a file is not read in every test run. */
const HEAVY_MS = 15_000;
const HEAVY_MB = 1024;
const previous = new Map(JSON.parse(readFileSync(join(CORPUS, "known-failures.json"), "utf8")).map((k) => [k.file, k]));
const measured = args.measured
  ? new Map(JSON.parse(readFileSync(args.measured, "utf8")).map((r) => [r.file, r]))
  : null;

/** Why a file is heavy, or null. */
function heavyOf(id) {
  if (!measured) return previous.get(id)?.heavy ?? null;
  const r = measured.get(id);
  if (!r) return null;
  if (!Number.isFinite(r.ms)) return `the reader did not finish (${r.outcome}) in measure.mjs's time limit`;
  if (r.ms > HEAVY_MS || r.peakMB > HEAVY_MB)
    return `the reader takes ${(r.ms / 1000).toFixed(0)} s and ${r.peakMB.toFixed(0)} MB on it (measure.mjs)`;
  return null;
}
const m = await bundleModules("corpus", [
  'export * from "./test/corpus/compare.ts";',
  'export { readXlsx, UnreadableWorkbookError } from "./test/corpus/reader.ts";',
]);

/** What the reader says of a file it refuses: the reader engineer's first clue. */
async function pathErrors(bytes) {
  try {
    await m.readXlsx(bytes, "file");
    return "reader: reads";
  } catch (e) {
    return `reader: ${String(e?.message ?? e).slice(0, 160)}`;
  }
}

const DAY = 86_400_000;
const dayDiff = (a, b) => Math.round((Date.parse(a) - Date.parse(b)) / DAY);
const isDate = (v) => v !== null && typeof v === "object" && v.kind === "date";

const colNumber = (letters) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Ranges over more than a million cells (whole columns, whole sheets) in a worksheet's XML, counted by element. */
function hugeRanges(xml) {
  const byElement = new Map();
  for (const m of xml.matchAll(
    /<(?:\w+:)?(dataValidation|mergeCell|conditionalFormatting|dimension|hyperlink|autoFilter)\b[^>]*?\b(?:sqref|ref)="([^"]+)"/g,
  )) {
    for (const ref of m[2].split(/\s+/)) {
      const r = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ref);
      if (r && (Number(r[4]) - Number(r[2]) + 1) * (colNumber(r[3]) - colNumber(r[1]) + 1) > 1_000_000) {
        byElement.set(m[1], [...(byElement.get(m[1]) ?? []), ref]);
      }
    }
  }
  const found = [...byElement].map(([el, refs]) =>
    refs.length === 1 ? `${el} on ${refs[0]}` : `${refs.length} ${el} ranges of a million cells or more (${refs[0]}…)`,
  );
  const last = Math.max(0, ...[...xml.matchAll(/<(?:\w+:)?row\b[^>]*?\br="(\d+)"/g)].map((m) => Number(m[1])));
  if (last > 100_000) found.push(`<row r="${last}">`);
  return found;
}

/** The features of a file's XML that readers trip on, found in its parts. */
function featuresOf(bytes) {
  const found = [];
  let parts;
  try {
    parts = unzip(bytes);
  } catch {
    return found;
  }
  const names = [...parts.keys()];
  const all = (re) => names.filter((n) => re.test(n));
  const sheetXml = all(/worksheets\/.*\.xml$/).map((n) => xmlText(parts.get(n)));
  for (const x of sheetXml) found.push(...hugeRanges(x).filter((h) => !found.includes(h)));
  if (sheetXml.some((x) => /<\w+:worksheet\b/.test(x))) found.push("prefixed worksheet XML (x:worksheet)");
  for (const [name, data] of parts) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const head = data.toString("latin1", 0, 400);
    if (data[0] === 0xff || data[0] === 0xfe || data[0] === 0) found.push("UTF-16 parts");
    else if (/encoding="utf-8"/.test(head)) found.push('encoding="utf-8" in lower case');
    if (/<!DOCTYPE/i.test(data.toString("latin1", 0, 4000))) found.push(`DOCTYPE in ${name}`);
    const root = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, "").match(/<([\w:.-]+)/)?.[1];
    // Core properties and themes are prefixed by everyone; elsewhere a prefix is a producer's habit.
    if (root?.includes(":") && !/worksheet$|^cp:|^a:theme|^xdr:|^c:chartSpace/.test(root))
      found.push(`prefixed root <${root}> in ${name}`);
    if (/^\s*<(?!\?xml)/.test(xmlText(data).slice(0, 100)) && /workbook\.xml$|worksheets\//.test(name))
      found.push("parts without an XML declaration");
  }
  if (sheetXml.some((x) => /t="inlineStr"/.test(x))) found.push("inline strings");
  if (sheetXml.some((x) => /t="d"/.test(x))) found.push('ISO date cells t="d"');
  if (names.some((n) => /purl\.oclc\.org/.test(parts.get(n).toString("latin1", 0, 2000))))
    found.push("Strict OOXML namespaces");
  if (!names.some((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)))
    found.push("worksheet parts not named xl/worksheets/sheetN.xml");
  if (all(/sharedStrings/i).length === 0 && all(/strings/i).length > 0)
    found.push("shared strings part under another name");
  if (!names.includes("xl/workbook.xml"))
    found.push(`workbook part is ${names.find((n) => /workbook\.xml$/i.test(n)) ?? "missing"}`);
  if (names.some((n) => /comments/i.test(n))) found.push("comments");
  if (names.some((n) => /drawings\//.test(n))) found.push("drawings");
  if (names.some((n) => /tables\//.test(n))) found.push("tables");
  if (/<HyperlinkBase/.test(parts.get("docProps/app.xml")?.toString("utf8") ?? ""))
    found.push("<HyperlinkBase> in app.xml");
  return [...new Set(found)];
}

/** A cause for one mismatch, from its shape and the raw cell behind it. */
function causeOf(mm, raw, structure, date1904) {
  const { expected: e, actual: a } = mm;
  if (mm.cell === null) return `worksheet list differs (expected ${e}; read ${a})`;
  const rc = raw.get(mm.sheet)?.get(mm.cell);
  const fmt = rc ? structure.formatOf(rc.s) : null;
  if ((e === 0 || e === false) && a === null && rc?.f) return "formula whose cached result is 0/FALSE read as empty";
  if (isDate(e) && isDate(a)) {
    const d = dayDiff(e.iso, a.iso);
    if (Math.abs(d) === 1462)
      return `date1904 ${date1904 ? "workbook read in the 1900 system" : "confusion"} (dates 1 462 days off)`;
    if (rc?.t === "d") return 't="d" ISO date misread';
    if (e.iso < "1900-03-01") return "1900-system serials before 1900-03-01 (Excel's calendar: serial 1 = 1900-01-01)";
    return `date ${d > 0 ? "one day early" : "one day late"} (datetime rounded to the second: Excel's display)`;
  }
  if (isDate(e) && typeof a === "number") {
    if (rc?.t === "d") return 't="d" ISO date cell read as a number';
    return `date format not recognised (${fmt?.code ?? "?"})`;
  }
  if (isDate(e)) return rc?.t === "d" ? 't="d" ISO date misread' : `date read as ${JSON.stringify(a)}`;
  if (typeof e === "number" && isDate(a) && (e < 0 || e > 2_958_465))
    return "a serial that names no date (negative, or after 9999) read as a date";
  if (typeof e === "number" && isDate(a)) return `number format read as a date (${fmt?.code ?? "?"})`;
  if (typeof e === "string" && typeof a === "number") return "shared strings not found: string indices read as numbers";
  if (typeof e === "string" && typeof a === "string")
    return "text differs (rich text runs, phonetic runs, _xHHHH_ escapes or whitespace)";
  if (e?.kind === "error") return `error cell ${e.code} read as ${JSON.stringify(a)}`;
  if (typeof e === "boolean" && typeof a !== "boolean") return `boolean read as ${JSON.stringify(a)}`;
  if (e === null && a !== null)
    return rc?.f
      ? "formula without cached value read as a value"
      : "a value where none is expected (merged or hidden cell, or outside the data)";
  if (e !== null && a === null) return "cells missing";
  if (typeof e === "number" && typeof a === "number") return "number differs";
  return `expected ${typeof e}, read ${typeof a}`;
}

/** Why a file fails (its causes, each with a count and an example), or null when it reads right. */
async function reasonFor(f, bytes) {
  try {
    const grid = await m.readXlsx(bytes, f.id);
    const mismatches = m.compareWorkbook(grid, f.expected);
    if (mismatches.length === 0) return null;
    const parts = unzip(bytes);
    const structure = workbookStructure(parts);
    const raw = new Map(
      structure.sheets
        .filter((s) => s.part && parts.has(s.part))
        .map((s) => [s.name, rawCells(xmlText(parts.get(s.part)), structure.sst)]),
    );
    const causes = new Map();
    for (const mm of mismatches) {
      const c = causeOf(mm, raw, structure, structure.date1904);
      if (!causes.has(c)) causes.set(c, { n: 0, example: m.describeMismatch(mm) });
      causes.get(c).n++;
    }
    const features = featuresOf(bytes);
    let reason = [...causes]
      .map(([c, { n, example }]) => `${c} [${n} cell${n > 1 ? "s" : ""}, e.g. ${example}]`)
      .join("; ");
    if (causes.has("cells missing") && features.length > 0) reason += ` — file has: ${features.join(", ")}`;
    return reason;
  } catch (e) {
    if (!(e instanceof m.UnreadableWorkbookError)) throw e;
    const features = featuresOf(bytes).join(", ");
    const paths = e.code === "corrupt" || e.code === "notWorkbook" ? ` (${await pathErrors(bytes)})` : "";
    return `false refusal (${e.code}): ${e.reason}${paths}${features ? ` — file has: ${features}` : ""}`;
  }
}

const files = [
  ...m.craftedFiles(CORPUS),
  ...m.caseFiles(CORPUS),
  ...(m.realCorpusDir(CORPUS) ? m.realFiles(m.realCorpusDir(CORPUS)) : []),
];
const known = [];
for (const f of files) {
  const heavy = heavyOf(f.id);
  if (heavy) {
    const bytes = readFileSync(f.path);
    known.push({
      file: f.id,
      reason: `too slow or too large to read in every test — file has: ${featuresOf(bytes).join(", ")}`,
      heavy,
    });
    continue;
  }
  const t0 = performance.now();
  if (process.env.CORPUS_PROGRESS) process.stderr.write(`reading ${f.id}\n`);
  const reason = await reasonFor(f, readFileSync(f.path));
  if (reason !== null) known.push({ file: f.id, reason });
  const ms = performance.now() - t0;
  if (ms > 2000) process.stderr.write(`  slow: ${f.id} ${(ms / 1000).toFixed(1)} s\n`);
}
writeFileSync(join(root, "test/corpus/known-failures.json"), `${JSON.stringify(known, null, 2)}\n`);
console.log(`${known.length} of ${files.length} files fail`);
if (args.print) for (const k of known) console.log(`${k.file}\n    ${k.reason}`);
