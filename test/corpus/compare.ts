/**
 * The corpus's expected values and how a grid is held to them: the shape of
 * `expected/<file>.json` (real and crafted) and of the cases' `expected.json`, and one compare.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Cell, WorkbookGrid } from "../../src/core/types.js";

/** A non-empty cell as a correct reader returns it (the core's Cell without null). */
export type ExpectedCell = Exclude<Cell, null>;

/**
 * One worksheet's expected cells by A1 address. `rows` bounds the region compared both ways
 * (rows 1..rows, columns A..AX); 0 means "only the listed cells" (the cases' few cells).
 * A null `name` is not checked.
 */
export interface ExpectedSheet {
  readonly name: string | null;
  readonly rows: number;
  readonly cells: Readonly<Record<string, ExpectedCell>>;
}

export interface ExpectedWorkbook {
  readonly file: string;
  readonly sheets: readonly ExpectedSheet[];
}

/** Columns compared: A..AX, as build-expected.mjs caps them. */
export const MAX_COLS = 50;

/** One difference between what was read and what was expected. */
export interface Mismatch {
  readonly sheet: string;
  readonly cell: string | null;
  readonly expected: ExpectedCell | string | null;
  readonly actual: ExpectedCell | string | null;
}

/** A1 column letters of a 0-based column. */
export function columnName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseA1(addr: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(addr);
  if (!m) throw new Error(`not an A1 address: ${addr}`);
  let col = 0;
  for (const ch of m[1] ?? "") col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** null, undefined, "" and whitespace-only text are all an empty cell: the core reads them alike (isBlank). */
const filled = (c: Cell | undefined): ExpectedCell | null =>
  c === null || c === undefined || (typeof c === "string" && c.trim() === "") ? null : c;

function sameCell(a: ExpectedCell | null, b: ExpectedCell | null): boolean {
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b;
  if (a.kind === "date" && b.kind === "date") return a.iso === b.iso;
  if (a.kind === "error" && b.kind === "error") return a.code === b.code;
  return false;
}

/**
 * Every difference between a grid and the expected values: the worksheet names in order, then
 * each expected sheet's region cell by cell (sheets matched by name, else by position).
 * @example compareWorkbook({ sheets: [{ name: "S", rows: [[1]] }] }, { file: "f", sheets: [{ name: "S", rows: 200, cells: { A1: 2 } }] })
 * // [{ sheet: "S", cell: "A1", expected: 2, actual: 1 }]
 */
export function compareWorkbook(grid: WorkbookGrid, expected: ExpectedWorkbook): Mismatch[] {
  const out: Mismatch[] = [];
  const names = expected.sheets.map((s) => s.name);
  if (names.every((n) => n !== null)) {
    const got = grid.sheets.map((s) => s.name);
    if (got.join("\u0000") !== names.join("\u0000")) {
      out.push({ sheet: "(worksheets)", cell: null, expected: names.join(" | "), actual: got.join(" | ") });
    }
  }
  expected.sheets.forEach((exp, index) => {
    const sheet = grid.sheets.find((s) => s.name === exp.name) ?? (exp.name === null ? grid.sheets[index] : undefined);
    const label = exp.name ?? sheet?.name ?? `#${index + 1}`;
    if (!sheet) {
      if (Object.keys(exp.cells).length > 0)
        out.push({ sheet: label, cell: null, expected: "a worksheet", actual: null });
      return;
    }
    const at = (row: number, col: number) => filled(sheet.rows[row]?.[col]);
    for (const [addr, want] of Object.entries(exp.cells)) {
      const { row, col } = parseA1(addr);
      const got = at(row, col);
      if (!sameCell(want, got)) out.push({ sheet: label, cell: addr, expected: want, actual: got });
    }
    // Within the region, a value where none is expected is a difference too.
    for (let row = 0; row < Math.min(exp.rows, sheet.rows.length); row++) {
      const cells = sheet.rows[row] ?? [];
      for (let col = 0; col < Math.min(MAX_COLS, cells.length); col++) {
        const addr = `${columnName(col)}${row + 1}`;
        const got = at(row, col);
        if (got !== null && !(addr in exp.cells)) out.push({ sheet: label, cell: addr, expected: null, actual: got });
      }
    }
  });
  return out;
}

/** A mismatch as one line of a test message. */
export function describeMismatch(m: Mismatch): string {
  return `${m.sheet}${m.cell ? `!${m.cell}` : ""}: expected ${JSON.stringify(m.expected)}, read ${JSON.stringify(m.actual)}`;
}

/** One corpus file: its id in known-failures.json (`real/x.xlsx`), its path and its expected values. */
export interface CorpusFile {
  readonly id: string;
  readonly path: string;
  readonly expected: ExpectedWorkbook;
}

/** This folder (test/corpus); scripts that bundle this module pass it explicitly. */
export const CORPUS = fileURLToPath(new URL(".", import.meta.url));

/**
 * Where the real files are: `$FICHE_CORPUS_REAL`, else `test/corpus/real` when its files are
 * there, else `../shared/xlsx-corpus`; null when none is (the files are not in git: README) or when
 * `FICHE_CORPUS_REAL=none`.
 */
export function realCorpusDir(corpus: string = CORPUS): string | null {
  if (process.env.FICHE_CORPUS_REAL === "none") return null;
  const candidates = [
    process.env.FICHE_CORPUS_REAL,
    join(corpus, "real"),
    resolve(corpus, "../../../shared/xlsx-corpus"),
  ];
  return candidates.find((d): d is string => d !== undefined && existsSync(join(d, "files"))) ?? null;
}

const xlsxIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".xlsx"))
        .sort()
    : [];
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

/** The real files with their expected values (files/ and expected/ of a corpus folder). */
export function realFiles(dir: string): CorpusFile[] {
  return xlsxIn(join(dir, "files")).map((f) => ({
    id: `real/${f}`,
    path: join(dir, "files", f),
    expected: readJson(join(dir, "expected", f.replace(/\.xlsx$/, ".json"))) as ExpectedWorkbook,
  }));
}

/** The crafted pathological files (scripts/corpus/craft.mjs). */
export function craftedFiles(corpus: string = CORPUS): CorpusFile[] {
  const dir = join(corpus, "crafted");
  return xlsxIn(dir).map((f) => ({
    id: `crafted/${f}`,
    path: join(dir, f),
    expected: readJson(join(dir, "expected", f.replace(/\.xlsx$/, ".json"))) as ExpectedWorkbook,
  }));
}

/** Files written here by other producers (XlsxWriter, openpyxl, LibreOffice: scripts/corpus/producers.py). */
export function producerFiles(corpus: string = CORPUS): CorpusFile[] {
  const dir = join(corpus, "producers");
  return xlsxIn(join(dir, "files")).map((f) => ({
    id: `producers/${f}`,
    path: join(dir, "files", f),
    expected: readJson(join(dir, "expected", f.replace(/\.xlsx$/, ".json"))) as ExpectedWorkbook,
  }));
}

/** The feature cases copied from shared/xlsx-cases: a few cells of the first sheet each. */
export function caseFiles(corpus: string = CORPUS): CorpusFile[] {
  const dir = join(corpus, "cases");
  const all = readJson(join(dir, "expected.json")) as Record<string, { cells: Record<string, ExpectedCell> }>;
  return xlsxIn(dir).map((f) => {
    const entry = all[basename(f, ".xlsx")];
    if (!entry) throw new Error(`cases/expected.json has no entry for ${f}`);
    return {
      id: `cases/${f}`,
      path: join(dir, f),
      expected: { file: f, sheets: [{ name: null, rows: 0, cells: entry.cells }] },
    };
  });
}

/** A file the product must refuse, and the reason codes (UnreadableReason) that are right for it. */
export interface RefusedFile {
  readonly id: string;
  readonly path: string;
  readonly codes: readonly string[];
}

/** What each kind of unopenable file must be refused as (test/corpus/real/README.md, "Refusals"). */
export const REFUSAL_CODES: Readonly<Record<string, readonly string[]>> = {
  encrypted: ["encrypted"],
  ole: ["legacyXls"],
  notZip: ["notZip"],
  badZip: ["notWorkbook"],
  malformedXml: ["corrupt"],
  noSheets: ["notWorkbook"],
};

/** The real corpus's files that must be refused (manifest.json's `refuse`). */
export function refusedFiles(dir: string): RefusedFile[] {
  const manifest = readJson(join(dir, "manifest.json")) as { refuse: { file: string; kind: string }[] };
  return manifest.refuse.map((r) => ({
    id: `real/refuse/${r.file}`,
    path: join(dir, "refuse", r.file),
    codes: REFUSAL_CODES[r.kind] ?? [],
  }));
}
