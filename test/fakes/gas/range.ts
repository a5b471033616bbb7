/**
 * The fake Range: `getValues` / `setValues` with Sheets' limits (the array must match the range, a
 * range must lie inside its sheet), strings typed as Sheets reads them (typed.ts), batched
 * formats, rich text links, validations, wrapping and filters.
 */
import { FakeRichTextValue } from "./builders.js";
import { colLetter, isDate, key, type Stored } from "./cells.js";
import { formatDate, midnightIn } from "./dates.js";
import type { FakeSheet } from "./spreadsheet.js";
import { typed } from "./typed.js";

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
