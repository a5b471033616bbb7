#!/usr/bin/env node
/**
 * Writes the expected values of the real-file corpus: `<corpus>/expected/<file>.json`, the cells a
 * correct reader returns, as the core's Cell. Two independent readers are compared, SheetJS
 * (raw `t`/`v` with the parts' styles) and LibreOffice (`soffice --convert-to fods`); where they
 * disagree the rules of test/corpus/real/README.md decide, and every disagreement is counted by
 * rule. Slow (LibreOffice): run by hand, never in CI.
 *
 *   TZ=UTC node scripts/corpus/build-expected.mjs [--corpus test/corpus/real] [--fods /tmp/lo-fods] [--skip-convert] [--only FILE.xlsx]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import XLSX from "xlsx";
import { colName, readFods } from "./fods.mjs";
import { serialToIso } from "./numfmt.mjs";
import { mergeRefs, rawCells, workbookStructure } from "./parts.mjs";
import { unzip, xmlText } from "./zip.mjs";

const { values: args } = parseArgs({
  options: {
    corpus: { type: "string", default: "test/corpus/real" },
    fods: { type: "string", default: "/tmp/corpus-fods" },
    "skip-convert": { type: "boolean", default: false },
    only: { type: "string" },
    report: { type: "string" },
  },
});

export const MAX_ROWS = 200;
export const MAX_COLS = 50;
export const MAX_CELLS = 2000;
const ERRORS = {
  0: "#NULL!",
  7: "#DIV/0!",
  15: "#VALUE!",
  23: "#REF!",
  29: "#NAME?",
  36: "#NUM!",
  42: "#N/A",
  43: "#GETTING_DATA",
};

/** An ISO 8601 time of day ("10:10:10", "T23:44:51.894") as a fraction of a day, or null. */
function isoTimeFraction(text) {
  const m = text?.match(/^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/);
  return m ? (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) / 86_400 : null;
}

/** When SheetJS cannot open a file: its cell as SheetJS would give it, from the raw cell. */
function cellFromRaw(raw) {
  if (raw?.v === undefined) return undefined;
  if (raw.t === "b") return { t: "b", v: raw.v === "1" || raw.v === "true" };
  if (raw.t === "e") return { t: "e", v: 0, w: raw.v };
  if (raw.t === "n") return { t: "n", v: Number(raw.v) };
  return undefined;
}

/** Text counts as a value unless it is empty or only whitespace (the core reads those as an empty cell). */
const textValue = (s) => (typeof s === "string" && s.trim() !== "" ? s : undefined);

/**
 * The expected Cell of one cell by the README's rules, from the raw cell (type, style, formula,
 * text decoded by the spec) and SheetJS's parse of it; undefined for an empty cell.
 */
function expectedCell(cell, raw, date1904, dateStyle) {
  if (raw?.t === "d") {
    const iso = raw.v?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
    if (iso) return { value: { kind: "date", iso } };
    const time = isoTimeFraction(raw.v);
    if (time !== null) return { value: time };
  }
  if (raw && (raw.t === "s" || raw.t === "str" || raw.t === "inlineStr")) return { value: textValue(raw.text) };
  if (cell === undefined || cell.v === undefined || cell.v === null) return { value: undefined };
  switch (cell.t) {
    case "s":
    case "str":
      return { value: textValue(cell.v) };
    case "b":
      return { value: Boolean(cell.v) };
    case "e":
      return { value: { kind: "error", code: cell.w ?? ERRORS[cell.v] ?? `#${cell.v}` } };
    case "n":
    case "d": {
      const isDate = raw ? dateStyle(raw.s) : null;
      const dated = isDate ?? (cell.z ? XLSX.SSF.is_date(cell.z) : false);
      const iso = dated ? serialToIso(cell.v, date1904) : null;
      return { value: iso ? { kind: "date", iso } : cell.v };
    }
    default:
      return { value: undefined };
  }
}

const same = (a, b) => {
  if (typeof a === "number" && typeof b === "number")
    return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return JSON.stringify(a) === JSON.stringify(b);
};

/**
 * Which rule of the README explains a disagreement with LibreOffice (or "unexplained").
 * `where` says what the sheet holds: a pivot table, a what-if data table, dynamic arrays.
 */
function ruleFor(mine, lo, raw, sheetjsType, where) {
  if (where.pivot) return "R10 pivot table: the cells stored in the sheet (LibreOffice lays the table out anew)";
  if (mine === undefined && raw === undefined) return "R4 no cell in the file (LibreOffice computed a formula over it)";
  if (mine === undefined && raw?.f) return "R4 formula without a cached value is empty";
  if (raw?.t === "b" || sheetjsType === "b") return 'R8 t="b" is a boolean';
  if (mine?.kind === "date" && lo?.kind === "date" && mine.iso < "1900-03-01")
    return "R6 1900 system: Excel's calendar (serial 1 = 1900-01-01)";
  if (raw?.f) return "R9 formula: the file's cached value (LibreOffice recalculated)";
  if (where.dataTable || where.dynamicArrays)
    return "R9 what-if data table or dynamic-array spill: the stored values (LibreOffice recalculated)";
  if (raw?.t === "d") return 'R5 t="d": the ISO 8601 value';
  if (raw?.t === "inlineStr") return "R3 inline string: the <is> text (a stray <v> beside it is not the value)";
  if (lo === undefined && mine !== undefined) return "unexplained: LibreOffice has no value";
  if (mine === undefined) return "unexplained: no value in the file";
  const loNum = typeof lo === "number" ? lo : lo?.kind === "time" ? lo.days : null;
  if (typeof mine === "number" && loNum !== null && Math.abs(mine - loNum) <= 1e-6 * Math.max(1, Math.abs(mine)))
    return "R2 number precision or a time of day";
  if (mine?.kind === "date" && lo?.kind === "date")
    return "R6 1900 system: Excel's calendar (serial 1 = 1900-01-01), the time rounded to the second";
  if (mine?.kind === "date" || lo?.kind === "date" || lo?.kind === "time")
    return "R1 date format, or a serial that names no date";
  if (typeof mine === "string" && typeof lo === "string")
    return "R3 text: XML line ends, _xHHHH_ escapes, rich and phonetic runs";
  return "unexplained";
}

/** Converts to .fods in batches (one LibreOffice start each); a file that crashes LibreOffice is retried alone, then skipped. */
function convertAll(files) {
  mkdirSync(args.fods, { recursive: true });
  const missing = (list) => list.filter((f) => !existsSync(join(args.fods, f.replace(/\.xlsx$/i, ".fods"))));
  const convert = (batch) => {
    try {
      execFileSync(
        "soffice",
        [
          "-env:UserInstallation=file:///tmp/corpus-lo-profile",
          "--headless",
          "--norestore",
          "--convert-to",
          "fods",
          "--outdir",
          args.fods,
          ...batch.map((f) => join(args.corpus, "files", f)),
        ],
        { stdio: "ignore", timeout: 600_000 },
      );
    } catch {
      // Reported below as "LibreOffice could not convert".
    }
  };
  const todo = missing(files);
  for (let i = 0; i < todo.length; i += 20) {
    const batch = todo.slice(i, i + 20);
    convert(batch);
    for (const f of missing(batch)) convert([f]);
  }
}

const manifest = JSON.parse(readFileSync(join(args.corpus, "manifest.json"), "utf8"));
// --only FILE rebuilds one file's expected values and leaves the others as they are.
const names = manifest.files.map((f) => f.file).filter((f) => !args.only || f === args.only);
if (args.only && names.length === 0) throw new Error(`${args.only} is not in the manifest`);
if (!args["skip-convert"]) convertAll(names);
const outDir = join(args.corpus, "expected");
if (!args.only) rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const tally = new Map();
const unexplained = [];
const report = [];
const textDiffs = [];
for (const file of names) {
  const bytes = readFileSync(join(args.corpus, "files", file));
  const parts = unzip(bytes);
  const structure = workbookStructure(parts);
  let wb;
  let sheetjsError = null;
  try {
    wb = XLSX.read(bytes, { type: "buffer", cellDates: false, cellNF: true, cellFormula: true, dense: false });
  } catch (e) {
    // SheetJS gives up on a few sound files (a missing optional part): LibreOffice alone then, by the same rules.
    sheetjsError = String(e.message ?? e);
    wb = { Sheets: {} };
  }
  const fodsPath = join(args.fods, file.replace(/\.xlsx$/i, ".fods"));
  const lo = existsSync(fodsPath) ? readFods(readFileSync(fodsPath, "utf8"), MAX_ROWS, MAX_COLS) : null;
  const sheets = [];
  const disagreements = [];
  let budget = MAX_CELLS;
  for (const sh of structure.sheets.filter((s) => s.kind === "worksheet")) {
    const ws = wb.Sheets[sh.name] ?? {};
    const xml = sh.part && parts.has(sh.part) ? xmlText(parts.get(sh.part)) : "";
    const raw = rawCells(xml, structure.sst);
    const where = {
      pivot: sh.pivot,
      dataTable: xml.includes('t="dataTable"'),
      dynamicArrays: [...parts.keys()].some((n) => /metadata\.xml$/.test(n)),
    };
    const covered = new Set();
    for (const m of mergeRefs(xml).map((ref) => XLSX.utils.decode_range(ref))) {
      for (let r = m.s.r; r <= Math.min(m.e.r, MAX_ROWS - 1); r++) {
        for (let c = m.s.c; c <= Math.min(m.e.c, MAX_COLS - 1); c++)
          if (r !== m.s.r || c !== m.s.c) covered.add(`${colName(c)}${r + 1}`);
      }
    }
    const byRow = new Map();
    const loCells = lo?.find((s) => s.name === sh.name)?.cells ?? new Map();
    const addresses = new Set([...Object.keys(ws).filter((k) => k[0] !== "!"), ...loCells.keys()]);
    for (const addr of addresses) {
      const { r, c } = XLSX.utils.decode_cell(addr);
      if (r >= MAX_ROWS || c >= MAX_COLS || covered.has(addr)) continue;
      const loValue = loCells.get(addr);
      const loCell =
        loValue?.kind === "date"
          ? { kind: "date", iso: loValue.iso }
          : loValue?.kind === "time"
            ? loValue.days
            : typeof loValue === "string"
              ? textValue(loValue)
              : loValue;
      const rc = raw.get(addr);
      const { value } = expectedCell(
        ws[addr] ?? (sheetjsError ? cellFromRaw(rc) : undefined),
        rc,
        structure.date1904,
        structure.dateStyle,
      );
      const sj = ws[addr] && (ws[addr].t === "s" || ws[addr].t === "str") ? textValue(ws[addr].v) : undefined;
      if (typeof value === "string" && sj !== undefined && sj !== value)
        textDiffs.push(`${file} ${sh.name}!${addr} SheetJS ${JSON.stringify(sj)} spec ${JSON.stringify(value)}`);
      if (typeof value === "string" && sj !== undefined && sj !== value)
        tally.set(
          "(SheetJS text differs from the spec's decoding)",
          (tally.get("(SheetJS text differs from the spec's decoding)") ?? 0) + 1,
        );
      if (lo && !same(value, loCell) && !(value === undefined && loCell === undefined)) {
        const rule = ruleFor(value, loValue, rc, ws[addr]?.t, where);
        tally.set(rule, (tally.get(rule) ?? 0) + 1);
        if (disagreements.length < 20)
          disagreements.push({
            sheet: sh.name,
            cell: addr,
            sheetjs: value ?? null,
            libreoffice: loValue ?? null,
            rule,
          });
        report.push({
          file,
          sheet: sh.name,
          cell: addr,
          sheetjs: value ?? null,
          libreoffice: loValue ?? null,
          rule,
          t: rc?.t,
          f: rc?.f,
          format: rc ? structure.formatOf(rc.s)?.code : null,
        });
        if (rule.startsWith("unexplained"))
          unexplained.push(`${file} ${sh.name}!${addr} ${JSON.stringify(value)} vs ${JSON.stringify(loValue)}`);
      }
      if (value === undefined) continue;
      if (!byRow.has(r)) byRow.set(r, []);
      byRow.get(r).push([c, addr, value]);
    }
    // The cell budget is spent by whole rows, so a sheet's expected region is "its first N rows".
    const cells = {};
    let rows = MAX_ROWS;
    for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
      const row = byRow.get(r);
      if (row.length > budget) {
        rows = r;
        break;
      }
      budget -= row.length;
      for (const [, addr, value] of row.sort((a, b) => a[0] - b[0])) cells[addr] = value;
    }
    sheets.push({ name: sh.name, rows, cells });
  }
  const expected = {
    file,
    date1904: structure.date1904,
    region: `first ${MAX_ROWS} rows × ${MAX_COLS} columns of each worksheet, at most ${MAX_CELLS} cells in all`,
    readers: sheetjsError
      ? `the parts read by the spec and LibreOffice (SheetJS: ${sheetjsError})`
      : lo
        ? "SheetJS and LibreOffice"
        : "SheetJS only (LibreOffice could not convert)",
    disagreements,
    sheets,
  };
  if (sheetjsError || !lo) console.error(`${file}: ${expected.readers}`);
  writeFileSync(join(outDir, file.replace(/\.xlsx$/i, ".json")), `${JSON.stringify(expected)}\n`);
}
if (args.report) writeFileSync(args.report, JSON.stringify(report, null, 1));
console.log("disagreements by rule:");
for (const [rule, n] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(7)}  ${rule}`);
console.log(`SheetJS's text against the spec's decoding (${textDiffs.length}):`);
for (const t of textDiffs.slice(0, 60)) console.log(`  ${t}`);
console.log(`unexplained (${unexplained.length}):`);
for (const u of unexplained.slice(0, 200)) console.log(`  ${u}`);
