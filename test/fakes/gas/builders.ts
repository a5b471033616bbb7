/**
 * The builders of SpreadsheetApp the scripts use: rich text (links), data validation
 * (drop-downs) and embedded charts, each recording what a test asserts.
 */
import type { FakeRange } from "./range.js";
import type { FakeSheet } from "./spreadsheet.js";

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
