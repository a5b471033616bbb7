/**
 * In-memory Spreadsheet / Sheet / Range, faithful to the parts of SpreadsheetApp the scripts use:
 * `''` for empty cells, `Date`s at midnight in the spreadsheet's time zone, `setValues` that
 * parses strings as typed input in the spreadsheet's locale (typed.ts: formulas, numbers, dates,
 * booleans; `'` forces text), an error when the array does not match the range, sheets of
 * 1000 × 26 cells until grown, charts recorded with their options.
 */
import type { SimClock } from "./clock.js";
import { formatDate, midnightIn } from "./dates.js";
import { typed } from "./typed.js";

export type Stored = string | number | boolean | Date;

export interface ChartRecord {
  /** COLUMN, BAR or COMBO (`asColumnChart`, `asBarChart`, `asComboChart`). */
  type: string;
  ranges: string[];
  position: { row: number; col: number };
  /** `setOption(name, value)`: the last value set for each name, as the builder keeps it. */
  options: Record<string, unknown>;
  /** `setTransposeRowsAndColumns`: series read from rows. */
  transpose: boolean;
  numHeaders: number | null;
}

/**
 * The options the scripts may set, each documented: Google Charts' configuration options of
 * column, bar and combo charts ("Chart configuration options", which `setOption` points to):
 * title, legend.position, hAxis / vAxis (format, minValue, textPosition, gridlines.count), series
 * (color, labelInLegend, type), seriesType, isStacked, width, height, colors; and two that Sheets
 * adds, known from use rather than documented (docs/google-sheets.md, assumptions):
 * useFirstColumnAsDomain and series.N.dataLabel. Any other name is a typo the real builder would
 * silently ignore: the fake refuses it.
 */
export const CHART_OPTIONS: ReadonlySet<string> = new Set([
  "title",
  "legend",
  "hAxis",
  "vAxis",
  "series",
  "seriesType",
  "isStacked",
  "width",
  "height",
  "colors",
  "useFirstColumnAsDomain",
]);

export interface ValidationRecord {
  range: string;
  values: string[];
  allowInvalid: boolean;
}

const key = (r: number, c: number) => `${r},${c}`;
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

export function colLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function parseA1Range(a1: string): { row: number; col: number; rows: number; cols: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!m) throw new Error(`Range not found: ${a1}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r1 = Number(m[2]);
  const c1 = col(m[1]!);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? col(m[3]) : c1;
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

export class FakeRichTextValue {
  constructor(
    readonly text: string,
    readonly url: string | null,
  ) {}
  getText() {
    return this.text;
  }
  getLinkUrl() {
    return this.url;
  }
}

export class FakeRichTextBuilder {
  private text = "";
  private url: string | null = null;
  setText(t: string) {
    this.text = String(t);
    return this;
  }
  setLinkUrl(u: string) {
    this.url = u;
    return this;
  }
  build() {
    return new FakeRichTextValue(this.text, this.url);
  }
}

export class FakeValidationBuilder {
  private values: string[] = [];
  private allowInvalid = true;
  requireValueInList(values: string[], _showDropdown?: boolean) {
    if (values.length > 500) throw new Error("Data validation lists are limited to 500 items.");
    this.values = [...values];
    return this;
  }
  setAllowInvalid(b: boolean) {
    this.allowInvalid = b;
    return this;
  }
  setHelpText(_t: string) {
    return this;
  }
  build() {
    return { values: this.values, allowInvalid: this.allowInvalid };
  }
}

export class FakeChartBuilder {
  readonly record: ChartRecord = {
    type: "",
    ranges: [],
    position: { row: 1, col: 1 },
    options: {},
    transpose: false,
    numHeaders: null,
  };
  constructor(private readonly sheet: FakeSheet) {}
  asComboChart() {
    this.record.type = "COMBO";
    return this;
  }
  setTransposeRowsAndColumns(t: boolean) {
    this.record.transpose = t;
    return this;
  }
  asColumnChart() {
    this.record.type = "COLUMN";
    return this;
  }
  asBarChart() {
    this.record.type = "BAR";
    return this;
  }
  setChartType(t: string) {
    this.record.type = String(t);
    return this;
  }
  addRange(r: FakeRange) {
    const where = r.getSheet() === this.sheet ? "" : `${r.getSheet().getName()}!`;
    this.record.ranges.push(`${where}${r.getA1Notation()}`);
    return this;
  }
  setPosition(row: number, col: number, _ox: number, _oy: number) {
    this.record.position = { row, col };
    return this;
  }
  setOption(k: string, v: unknown) {
    if (!CHART_OPTIONS.has(k)) throw new Error(`FakeChartBuilder: undocumented chart option "${k}"`);
    this.record.options[k] = v;
    return this;
  }
  setTitle(t: string) {
    return this.setOption("title", t);
  }
  setStacked() {
    return this.setOption("isStacked", true);
  }
  setNumHeaders(n: number) {
    this.record.numHeaders = n;
    return this;
  }
  build() {
    if (!this.record.type) throw new Error("Chart type not set");
    return { ...this.record, ranges: [...this.record.ranges], options: { ...this.record.options } };
  }
}

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

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    if (row < 1 || col < 1 || rows < 1 || cols < 1)
      throw new Error("The starting row/column of the range is too small.");
    if (row + rows - 1 > sheet.maxRows || col + cols - 1 > sheet.maxCols) {
      throw new Error("Exception: The coordinates of the range are outside the dimensions of the sheet.");
    }
  }
  getSheet() {
    return this.sheet;
  }
  getRow() {
    return this.row;
  }
  getColumn() {
    return this.col;
  }
  getNumRows() {
    return this.rows;
  }
  getNumColumns() {
    return this.cols;
  }
  getA1Notation() {
    const tl = `${colLetter(this.col - 1)}${this.row}`;
    if (this.rows === 1 && this.cols === 1) return tl;
    return `${tl}:${colLetter(this.col + this.cols - 2)}${this.row + this.rows - 1}`;
  }
  activate() {
    this.sheet.parent.activeSheet = this.sheet;
    this.sheet.parent.activeRange = `${this.sheet.name}!${this.getA1Notation()}`;
    return this;
  }

  private each<T>(fn: (r: number, c: number) => T): T[][] {
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from({ length: this.cols }, (_, j) => fn(this.row + i, this.col + j)),
    );
  }

  private checkShape(name: string, data: unknown): unknown[][] {
    if (!Array.isArray(data))
      throw new Error(`The parameters (${typeof data}) don't match the method signature for ${name}.`);
    if (data.length !== this.rows) {
      throw new Error(
        `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.rows}.`,
      );
    }
    for (const row of data) {
      if (!Array.isArray(row) || row.length !== this.cols) {
        throw new Error(
          `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.cols}.`,
        );
      }
    }
    return data as unknown[][];
  }

  getValues(): Stored[][] {
    this.sheet.clock.spend("Range.getValues", this.rows * this.cols);
    return this.each((r, c) => {
      const v = this.sheet.values.get(key(r, c));
      return isDate(v) ? new Date(v.getTime()) : (v ?? "");
    });
  }

  getFormulas(): string[][] {
    return this.each((r, c) => this.sheet.formulas.get(key(r, c)) ?? "");
  }

  setValues(data: unknown[][]) {
    const rows = this.checkShape("Range.setValues", data);
    this.sheet.clock.spend("Range.setValues", this.rows * this.cols);
    const tz = this.sheet.parent.timeZone;
    rows.forEach((row, i) => {
      row.forEach((v, j) => {
        this.enter(this.row + i, this.col + j, v, tz);
      });
    });
    return this;
  }

  setValue(v: unknown) {
    return this.setValues([[v]]);
  }

  /** Like typing into the cell: what Range.setValues does to strings (see typed.ts for the rules and their sources). */
  private enter(r: number, c: number, v: unknown, tz: string) {
    const k = key(r, c);
    this.sheet.formulas.delete(k);
    this.sheet.links.delete(k);
    if (v === "" || v === null || v === undefined) {
      this.sheet.values.delete(k);
      return;
    }
    if (typeof v === "number" || typeof v === "boolean") {
      this.sheet.values.set(k, v);
      return;
    }
    if (isDate(v)) {
      this.sheet.values.set(k, new Date(v.getTime()));
      return;
    }
    if (typeof v !== "string")
      throw new Error(`Exception: Cannot convert ${Object.prototype.toString.call(v)} to a cell value.`);
    const ss = this.sheet.parent;
    const year = Number(formatDate(new Date(ss.clock.now), tz, "yyyy"));
    const t = typed(v, ss.locale, year);
    switch (t.kind) {
      case "empty":
        this.sheet.values.delete(k);
        return;
      case "text":
        this.sheet.values.set(k, t.text);
        return;
      case "number":
      case "boolean":
        this.sheet.values.set(k, t.value);
        return;
      case "date":
        this.sheet.values.set(k, new Date(midnightIn(t.iso, tz).getTime() + t.seconds * 1000));
        return;
      case "formula": {
        this.sheet.formulas.set(k, t.formula);
        const link = /^=HYPERLINK\("([^"]*)"\s*[,;]\s*"((?:[^"]|"")*)"\)$/i.exec(t.formula);
        if (link) {
          this.sheet.values.set(k, link[2]!.replace(/""/g, '"'));
          this.sheet.links.set(k, link[1]!);
        } else this.sheet.values.set(k, "#ERROR!");
      }
    }
  }

  private setGrid(name: string, map: Map<string, string>, data: unknown[][]) {
    const rows = this.checkShape(name, data);
    this.sheet.clock.spend(name);
    rows.forEach((row, i) => {
      row.forEach((v, j) => {
        const k = key(this.row + i, this.col + j);
        if (v === null || v === "") map.delete(k);
        else map.set(k, String(v));
      });
    });
    return this;
  }
  setNumberFormats(data: string[][]) {
    return this.setGrid("Range.setNumberFormats", this.sheet.numberFormats, data);
  }
  setBackgrounds(data: (string | null)[][]) {
    return this.setGrid("Range.setBackgrounds", this.sheet.backgrounds, data);
  }
  setFontWeights(data: (string | null)[][]) {
    return this.setGrid("Range.setFontWeights", this.sheet.fontWeights, data);
  }
  setFontColors(data: (string | null)[][]) {
    return this.setGrid("Range.setFontColors", this.sheet.fontColors, data);
  }
  setFontWeight(w: string) {
    return this.setFontWeights(this.each(() => w));
  }
  setFontSize(_n: number) {
    return this;
  }
  setWrap(b: boolean) {
    return this.setWrapStrategies(this.each(() => (b ? "WRAP" : "OVERFLOW")));
  }
  setWrapStrategies(data: string[][]) {
    return this.setGrid("Range.setWrapStrategies", this.sheet.wraps, data);
  }
  setRichTextValues(data: FakeRichTextValue[][]) {
    const rows = this.checkShape("Range.setRichTextValues", data);
    this.sheet.clock.spend("Range.setRichTextValues", this.rows * this.cols);
    rows.forEach((row, i) => {
      row.forEach((v, j) => {
        if (!(v instanceof FakeRichTextValue)) throw new Error("Exception: Expected RichTextValue");
        const k = key(this.row + i, this.col + j);
        this.sheet.formulas.delete(k);
        if (v.text === "") this.sheet.values.delete(k);
        else this.sheet.values.set(k, v.text);
        if (v.url) this.sheet.links.set(k, v.url);
        else this.sheet.links.delete(k);
      });
    });
    return this;
  }
  setDataValidation(rule: { values: string[]; allowInvalid: boolean } | null) {
    this.sheet.clock.spend("Range.setDataValidation");
    const a1 = this.getA1Notation();
    this.sheet.validations = this.sheet.validations.filter((v) => v.range !== a1);
    if (rule) this.sheet.validations.push({ range: a1, values: rule.values, allowInvalid: rule.allowInvalid });
    return this;
  }
  clearDataValidations() {
    const r1 = this.row;
    const r2 = this.row + this.rows - 1;
    const c1 = this.col;
    const c2 = this.col + this.cols - 1;
    this.sheet.validations = this.sheet.validations.filter((v) => {
      const m = this.sheet.getRange(v.range);
      return m.row > r2 || m.row + m.rows - 1 < r1 || m.col > c2 || m.col + m.cols - 1 < c1;
    });
    return this;
  }
  createFilter() {
    this.sheet.clock.spend("Range.createFilter");
    if (this.sheet.filter !== null)
      throw new Error("Exception: You can't create a filter in a sheet that already has a filter.");
    this.sheet.filter = this.getA1Notation();
    return this.sheet.getFilter();
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
