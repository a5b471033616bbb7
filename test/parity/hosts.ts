/**
 * Runs one fixture through each host the way a user would, and gives back what the user would
 * see: the `check` document and the values of the generated `Synthèse` / `Contrôles` tabs, as
 * core {@link Cell} grids so the three hosts can be compared.
 *
 * The only normalisations are representational, and host-specific by nature:
 * - a date cell: exceljs gives a `Date` at UTC midnight, Excel a serial number with a date
 *   number format, Sheets a `Date` at midnight in the spreadsheet's time zone → `{kind:"date", iso}`
 *   (each read the way the host's own reader reads it: `toCell`, `cellFromExcel`, the zone);
 * - an empty cell: exceljs has no cell, Excel and Sheets give `""` → `null`; trailing empty
 *   cells and rows are dropped (a host pads a range to a rectangle);
 * - a link cell (an issue's `Budget!L5`): a hyperlink object in exceljs, a hyperlinked text in
 *   Excel, a rich text with a link in Sheets → its displayed text (the value every host reads);
 * - the leading apostrophe that protects text in Sheets is consumed by `setValues` (the fake
 *   stores the text without it, as Sheets does), so nothing is left to strip.
 */
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/runCli.js";
import { CONTROLS_SHEET, SYNTHESIS_SHEET } from "../../src/core/report/index.js";
import type { Cell, CheckDocument, Lang } from "../../src/core/types.js";
import { cellFromExcel } from "../../src/excel-addin/cells.js";
import type { MemWorkbook } from "../../src/playground/fake/index.js";
import { toCell } from "../../src/xlsx/cellValue.js";
import { isDateFormat } from "../../src/xlsx/dateFormats.js";
import { fakeExcelOver } from "../fakes/excel.js";
import { execute, formatDate, GasWorld } from "../fakes/gas/index.js";
import { type Fixture, formatExcelModel, seedSpreadsheet, timeExcelModel, xlsxBytes } from "../fixtures/corpus.js";

/** What a host produced for one fixture. */
export interface HostRun {
  readonly check: CheckDocument;
  /** The document the compute action returned (the CLI: the same `--json` run that wrote `-o`). */
  readonly computed: CheckDocument;
  /** Generated tab name → its values. */
  readonly tabs: Readonly<Record<string, Cell[][]>>;
  /**
   * Generated tab name → `row,col:kind` of every non-empty cell, where kind is what its number
   * format shows (money, percent, date, decimal, integer, general). The format codes themselves
   * are host-specific (`0.0 %` in the .xlsx, `0.0%` in Excel and Sheets); what they show must agree.
   */
  readonly formats: Readonly<Record<string, string[]>>;
  /** The in-workbook hosts' compute extras: what was written or refused, the Gantt steps. */
  readonly panel?: { readonly outcome: unknown; readonly steps: unknown };
}

/** Today for every host, should a fixture lack a Date d'état: 2026-11-20 in Paris, Santiago and Kiritimati. */
export const NOW = new Date("2026-11-20T05:00:00Z");
export const TODAY = "2026-11-20";

/** The generated tab names (French in both languages, SPEC §1). */
const GENERATED = [SYNTHESIS_SHEET, CONTROLS_SHEET];

/** What a number format shows. */
export function formatKind(format: string | undefined): string {
  const f = (format ?? "").trim();
  if (f === "" || /^(general|@)$/i.test(f)) return "general";
  if (f.includes("€")) return "money";
  if (f.includes("%")) return "percent";
  if (isDateFormat(f)) return "date";
  if (/^[#,]*0\.0+$/.test(f)) return "decimal";
  if (/^[#,]*0$/.test(f)) return "integer";
  return `other ${f}`;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

/** Drops trailing empty cells of each row and trailing empty rows; `""` → null. */
export function trimGrid(rows: readonly (readonly Cell[])[]): Cell[][] {
  const out = rows.map((r) => {
    const row = r.map((c) => (c === "" || c === undefined ? null : c));
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (out.length > 0 && (out[out.length - 1] as Cell[]).length === 0) out.pop();
  return out;
}

async function readXlsxTabs(file: string, names: readonly string[]): Promise<Pick<HostRun, "tabs" | "formats">> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const tabs: Record<string, Cell[][]> = {};
  const formats: Record<string, string[]> = {};
  for (const ws of wb.worksheets) {
    if (!names.includes(ws.name)) continue;
    const rows: Cell[][] = [];
    const kinds: string[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const line: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        line[c - 1] = toCell(cell.value);
        // An empty string written by exceljs is an empty cell for the user.
        if (line[c - 1] !== null && line[c - 1] !== "") kinds.push(`${r},${c}:${formatKind(cell.numFmt)}`);
      });
      rows[r - 1] = Array.from(line, (c) => c ?? null);
    });
    tabs[ws.name] = trimGrid(Array.from(rows, (r) => r ?? []));
    formats[ws.name] = kinds;
  }
  return { tabs, formats };
}

/** The fixture written as a real .xlsx in a fresh directory; also names the report beside it. */
async function fixtureFile(fixture: Fixture): Promise<{ dir: string; file: string; report: string }> {
  const dir = mkdtempSync(join(tmpdir(), "fiche-projet-parity-"));
  const file = join(dir, `${fixture.name}.xlsx`);
  await writeFile(file, await xlsxBytes(fixture.grid, fixture.times, fixture.dateFormats));
  return { dir, file, report: join(dir, `${fixture.name}-rapport.xlsx`) };
}

/**
 * The built command (a bundle of src/cli/main.ts, as dist/cli.js is) spawned with `TZ=zone`:
 * `check FILE --json -o REPORT.xlsx --lang L`.
 */
export async function runBuiltCli(cli: string, fixture: Fixture, lang: Lang, zone: string): Promise<HostRun> {
  const { dir, file, report } = await fixtureFile(fixture);
  const { stdout } = await new Promise<{ stdout: string }>((done, fail) => {
    execFile(
      process.execPath,
      [cli, "check", file, "--json", "--lang", lang, "-o", report],
      { cwd: dir, env: { PATH: process.env.PATH ?? "", TZ: zone }, maxBuffer: 64 << 20 },
      (error, out, err) => {
        if (error && error.code !== 1) fail(new Error(`built CLI exit ${error.code}: ${err}`));
        else done({ stdout: out });
      },
    );
  });
  const doc = JSON.parse(stdout) as CheckDocument;
  return { check: doc, computed: doc, ...(await readXlsxTabs(report, GENERATED)) };
}

/** The CLI: `check FILE --json -o REPORT.xlsx --lang L` on a real .xlsx, the report read back with exceljs. */
export async function runCliHost(fixture: Fixture, lang: Lang): Promise<HostRun> {
  const { dir, file, report } = await fixtureFile(fixture);
  let stdout = "";
  let stderr = "";
  const code = await runCli(["check", file, "--json", "--lang", lang, "-o", report], {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY: false,
    stderrIsTTY: false,
    cwd: dir,
    now: () => NOW,
    env: {},
  });
  if (code > 1) throw new Error(`CLI exit ${code}: ${stderr}`);
  const doc = JSON.parse(stdout) as CheckDocument;
  return { check: doc, computed: doc, ...(await readXlsxTabs(report, GENERATED)) };
}

function excelTabs(model: MemWorkbook, names: readonly string[]): Pick<HostRun, "tabs" | "formats"> {
  const tabs: Record<string, Cell[][]> = {};
  const formats: Record<string, string[]> = {};
  for (const name of names) {
    const sheet = model.sheet(name);
    if (!sheet) continue;
    formats[sheet.name] = sheet.rows.flatMap((line, r) =>
      Array.from(line ?? [], (c, col) =>
        c && c.value !== "" ? [`${r + 1},${col + 1}:${formatKind(c.numberFormat)}`] : [],
      ).flat(),
    );
    // A hyperlink cell's value is its displayed text; a date is a serial with a date format.
    tabs[sheet.name] = trimGrid(
      sheet.rows.map((line) => Array.from(line ?? [], (c) => cellFromExcel(c?.value, c?.numberFormat))),
    );
  }
  return { tabs, formats };
}

/** The Excel taskpane's host (Vérifier, then Calculer) over the in-memory Excel. */
export async function runExcelHost(fixture: Fixture, lang: Lang): Promise<HostRun> {
  const { fake, host } = fakeExcelOver(fixture.grid, { today: TODAY });
  formatExcelModel(timeExcelModel(fake.model, fixture.times ?? []), fixture.dateFormats ?? []);
  const check = await host.check(lang);
  const { document, outcome, steps } = await host.compute(lang);
  return { check, computed: document, ...excelTabs(fake.model, GENERATED), panel: { outcome, steps } };
}

/** The Apps Script bundle in its vm: ficheProjetCheck then ficheProjetCompute, spreadsheet in `timeZone`. */
export function runSheetsHost(code: string, fixture: Fixture, lang: Lang, timeZone: string): HostRun {
  const world = new GasWorld({ timeZone, start: NOW.getTime(), htmlDir: "", scriptTimeZone: "Europe/Paris" });
  seedSpreadsheet(world.active, fixture.grid, fixture.times);
  const check = execute(code, world, "ficheProjetCheck", lang) as CheckDocument;
  const { document: computed, ...panel } = execute(code, world, "ficheProjetCompute", lang) as {
    document: CheckDocument;
    outcome: unknown;
    steps: unknown;
  };
  const tabs: Record<string, Cell[][]> = {};
  const formats: Record<string, string[]> = {};
  for (const name of GENERATED) {
    const sheet = world.active.getSheetByName(name);
    if (!sheet) continue;
    formats[name] = sheet
      .dump()
      .flatMap((line, r) =>
        line.flatMap((v, c) =>
          v === "" ? [] : [`${r + 1},${c + 1}:${formatKind(sheet.numberFormats.get(`${r + 1},${c + 1}`))}`],
        ),
      );
    tabs[name] = trimGrid(
      sheet
        .dump()
        .map((r) => r.map((v): Cell => (isDate(v) ? { kind: "date", iso: formatDate(v, timeZone, "yyyy-MM-dd") } : v))),
    );
  }
  return { check, computed, tabs, formats, panel };
}
