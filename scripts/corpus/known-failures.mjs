#!/usr/bin/env node
/**
 * Runs the product's reader over the corpus exactly as test/corpus/corpus.test.ts does and
 * writes test/corpus/known-failures.json: each failing file with the cause of its differences,
 * named by the XML feature behind them (read from the file's parts). Run it after a change to
 * the corpus or the reader, then read the diff: this is the reader's to-do list.
 *
 *   node scripts/corpus/known-failures.mjs [--print]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundleModules, root } from "../bench-bundle.mjs";
import { rawCells, workbookStructure } from "./parts.mjs";
import { unzip } from "./zip.mjs";

const CORPUS = join(root, "test", "corpus");
const m = await bundleModules("corpus", [
  'export * from "./test/corpus/compare.ts";',
  'export { readXlsx, UnreadableWorkbookError } from "./test/corpus/reader.ts";',
]);

const DAY = 86_400_000;
const dayDiff = (a, b) => Math.round((Date.parse(a) - Date.parse(b)) / DAY);
const isDate = (v) => v !== null && typeof v === "object" && v.kind === "date";

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
  const sheetXml = all(/worksheets\/.*\.xml$/).map((n) => parts.get(n).toString("utf8"));
  if (sheetXml.some((x) => /<\w+:worksheet\b/.test(x))) found.push("prefixed worksheet XML (x:worksheet)");
  if (sheetXml.some((x) => /<(\w+:)?c(?![\w:-])(?![^>]*\br=)[^>]*>/.test(x))) found.push("<c> without r");
  if (sheetXml.some((x) => /<(\w+:)?row(?![\w:-])(?![^>]*\br=)[^>]*>/.test(x))) found.push("<row> without r");
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
  return found;
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
        .map((s) => [s.name, rawCells(parts.get(s.part).toString("utf8"), structure.sst)]),
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
    return `false refusal (${e.code}): ${e.reason} — file has: ${featuresOf(bytes).join(", ") || "nothing unusual found"}`;
  }
}

const files = [
  ...m.craftedFiles(CORPUS),
  ...m.caseFiles(CORPUS),
  ...(m.realCorpusDir(CORPUS) ? m.realFiles(m.realCorpusDir(CORPUS)) : []),
];
const known = [];
for (const f of files) {
  const t0 = performance.now();
  const reason = await reasonFor(f, readFileSync(f.path));
  if (reason !== null) known.push({ file: f.id, reason });
  const ms = performance.now() - t0;
  if (ms > 2000) process.stderr.write(`  slow: ${f.id} ${(ms / 1000).toFixed(1)} s\n`);
}
writeFileSync(join(root, "test/corpus/known-failures.json"), `${JSON.stringify(known, null, 2)}\n`);
console.log(`${known.length} of ${files.length} files fail`);
if (process.argv.includes("--print")) for (const k of known) console.log(`${k.file}\n    ${k.reason}`);
