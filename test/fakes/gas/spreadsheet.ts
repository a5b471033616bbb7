/**
 * In-memory Spreadsheet / Sheet / Range, faithful to the parts of SpreadsheetApp the scripts use:
 * `''` for empty cells, `Date`s at midnight in the spreadsheet's time zone, `setValues` that
 * parses strings as typed input in the spreadsheet's locale (typed.ts: formulas, numbers, dates,
 * booleans; `'` forces text), an error when the array does not match the range, sheets of
 * 1000 × 26 cells until grown, charts recorded with their options.
 */
import { type ChartRecord, FakeChartBuilder, type ValidationRecord } from "./builders.js";
import { isDate, key, parseA1Range, type Stored } from "./cells.js";
import type { SimClock } from "./clock.js";
import { midnightIn } from "./dates.js";
import { FakeRange } from "./range.js";

export * from "./builders.js";
export { colLetter, type Stored } from "./cells.js";
export { FakeRange } from "./range.js";

export class FakeSheet {
  /** The gid. */
  readonly id: number;
  maxRows = 1000;
  maxCols = 26;
  hidden = false;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  readonly values = new Map<string, Stored>();
  readonly formulas = new Map<string, string>();
  readonly numberFormats = new Map<string, string>();
  readonly backgrounds = new Map<string, string>();
  readonly fontWeights = new Map<string, string>();
  readonly fontColors = new Map<string, string>();
  /** Wrap strategies set (WRAP, OVERFLOW, CLIP); a cell without one overflows, Sheets' default. */
  readonly wraps = new Map<string, string>();
  readonly links = new Map<string, string>();
  readonly columnWidths = new Map<number, number>();
  validations: ValidationRecord[] = [];
  charts: ChartRecord[] = [];
  filter: string | null = null;

  constructor(
    readonly parent: FakeSpreadsheet,
    public name: string,
    id: number,
  ) {
    this.id = id;
  }

  get clock(): SimClock {
    return this.parent.clock;
  }

  getName() {
    return this.name;
  }
  setName(n: string) {
    this.name = n;
    return this;
  }
  getSheetId() {
    return this.id;
  }
  getParent() {
    return this.parent;
  }
  getMaxRows() {
    return this.maxRows;
  }
  getMaxColumns() {
    return this.maxCols;
  }
  insertRowsAfter(_after: number, n: number) {
    this.maxRows += n;
    return this;
  }
  insertColumnsAfter(_after: number, n: number) {
    this.maxCols += n;
    return this;
  }
  getLastRow() {
    let last = 0;
    for (const k of this.values.keys()) last = Math.max(last, Number(k.split(",")[0]));
    return last;
  }
  getLastColumn() {
    let last = 0;
    for (const k of this.values.keys()) last = Math.max(last, Number(k.split(",")[1]));
    return last;
  }
  getDataRange() {
    this.clock.spend("Sheet.getDataRange");
    return new FakeRange(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  getRange(a: number | string, col?: number, rows = 1, cols = 1) {
    if (typeof a === "string") {
      const r = parseA1Range(a);
      return new FakeRange(this, r.row, r.col, r.rows, r.cols);
    }
    return new FakeRange(this, a, col ?? 1, rows, cols);
  }
  clear() {
    this.clock.spend("Sheet.clear");
    for (const m of [
      this.values,
      this.formulas,
      this.numberFormats,
      this.backgrounds,
      this.fontWeights,
      this.fontColors,
      this.wraps,
      this.links,
    ])
      m.clear();
    return this;
  }
  clearConditionalFormatRules() {}
  setFrozenRows(n: number) {
    this.frozenRows = n;
  }
  getFrozenRows() {
    return this.frozenRows;
  }
  setFrozenColumns(n: number) {
    this.frozenColumns = n;
  }
  getFrozenColumns() {
    return this.frozenColumns;
  }
  setColumnWidth(col: number, px: number) {
    this.columnWidths.set(col, px);
    return this;
  }
  setColumnWidths(start: number, n: number, px: number) {
    for (let i = 0; i < n; i++) this.columnWidths.set(start + i, px);
    return this;
  }
  setTabColor(c: string | null) {
    this.tabColor = c;
    return this;
  }
  hideSheet() {
    this.hidden = true;
    return this;
  }
  showSheet() {
    this.hidden = false;
    return this;
  }
  isSheetHidden() {
    return this.hidden;
  }
  activate() {
    this.parent.activeSheet = this;
    return this;
  }
  newChart() {
    return new FakeChartBuilder(this);
  }
  insertChart(chart: ChartRecord) {
    this.clock.spend("Sheet.insertChart");
    this.charts.push(chart);
  }
  getCharts() {
    return [...this.charts];
  }
  removeChart(chart: ChartRecord) {
    this.clock.spend("Sheet.removeChart");
    this.charts = this.charts.filter((c) => c !== chart);
  }
  getFilter() {
    if (this.filter === null) return null;
    return {
      remove: () => {
        this.filter = null;
      },
      getRange: () => this.getRange(this.filter as string),
    };
  }
  getDataValidations() {
    return this.validations;
  }

  /** Test helper: the stored value of a cell (1-based), `''` when empty. */
  cell(row: number, col: number): Stored {
    return this.values.get(key(row, col)) ?? "";
  }
  /** Test helper: the formula of a cell, `''` when none. */
  formula(row: number, col: number): string {
    return this.formulas.get(key(row, col)) ?? "";
  }
  /** Test helper: the whole used grid as getValues would give it (no cost). */
  dump(): Stored[][] {
    const rows = this.getLastRow();
    const cols = this.getLastColumn();
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => this.cell(r + 1, c + 1)));
  }
}

let nextSheetId = 1000;

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  activeSheet: FakeSheet | null = null;
  activeRange: string | null = null;
  readonly toasts: { message: string; title: string }[] = [];

  constructor(
    readonly clock: SimClock,
    readonly id: string,
    public name: string,
    readonly timeZone: string,
    /** File › Settings › Locale: how typed strings are read (typed.ts). */
    readonly locale = "fr_FR",
  ) {}

  getId() {
    return this.id;
  }
  getName() {
    return this.name;
  }
  getUrl() {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone() {
    return this.timeZone;
  }
  getSpreadsheetLocale() {
    return this.locale;
  }
  getSheets() {
    this.clock.spend("Spreadsheet.getSheets");
    return [...this.sheets];
  }
  getSheetByName(name: string) {
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  getActiveSheet() {
    return this.activeSheet ?? this.sheets[0] ?? null;
  }
  insertSheet(name: string, index?: number) {
    this.clock.spend("Spreadsheet.insertSheet");
    if (this.getSheetByName(name)) {
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this, name, nextSheetId++);
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(index, 0, sheet);
    return sheet;
  }
  deleteSheet(sheet: FakeSheet) {
    const i = this.sheets.indexOf(sheet);
    if (i >= 0) this.sheets.splice(i, 1);
  }
  toast(message: string, title = "", _timeout?: number) {
    this.toasts.push({ message: String(message), title: String(title) });
  }

  /** Test helper: fills a new tab with typed values (no cost); CellDate-like `{iso}` become Dates. */
  addSheet(name: string, rows: readonly (readonly unknown[])[]): FakeSheet {
    const sheet = new FakeSheet(this, name, nextSheetId++);
    this.sheets.push(sheet);
    sheet.maxRows = Math.max(1000, rows.length);
    sheet.maxCols = Math.max(26, ...rows.map((r) => r.length));
    rows.forEach((row, i) => {
      row.forEach((v, j) => {
        const k = key(i + 1, j + 1);
        if (v === null || v === undefined || v === "") return;
        if (typeof v === "object" && !isDate(v)) {
          const o = v as { kind?: string; iso?: string; code?: string };
          if (o.kind === "date" && o.iso) sheet.values.set(k, midnightIn(o.iso, this.timeZone));
          else if (o.kind === "error" && o.code) sheet.values.set(k, o.code);
          else throw new Error(`addSheet: unsupported cell ${JSON.stringify(v)}`);
        } else sheet.values.set(k, v as Stored);
      });
    });
    return sheet;
  }
}
