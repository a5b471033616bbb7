/**
 * The fake `Excel.Range`: values, number formats and formats are queued and applied at sync;
 * a string starting with `=`, `+`, `-` or `@` written into a cell not formatted as text is
 * flagged as a formula, as Excel would take it (tests use that to catch injection).
 */
import { a1, parseA1 } from "../../core/cells/a1.js";
import { ClientObject, FakeOfficeError, payloadOf } from "./context.js";
import type { MemCell, MemSheet, Rect } from "./memory.js";
import { FakeRangeFormat } from "./rangeFormat.js";
import type { FakeWorksheet } from "./worksheet.js";

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export type RangeTarget =
  | { readonly kind: "address"; readonly address: string }
  | { readonly kind: "whole" }
  | { readonly kind: "used"; readonly valuesOnly: boolean; readonly orNull: boolean }
  | { readonly kind: "rect"; readonly rect: Rect };

/** `'My sheet'` or `Budget`, as Excel writes sheet names in addresses. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `"B2:D5"` → rectangle; throws on anything else (the fake supports plain A1 ranges). */
function rectOf(address: string): Rect {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [from, to] = local.replace(/\$/g, "").toUpperCase().split(":") as [string, string | undefined];
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  if (!a || !b) throw new FakeOfficeError("InvalidArgument", `Unsupported address ${address}`);
  const row = Math.min(a.row, b.row) - 1;
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 };
}

export function addressOf(rect: Rect): string {
  const start = a1(rect.row + 1, rect.col);
  if (rect.rows === 1 && rect.cols === 1) return start;
  return `${start}:${a1(rect.row + rect.rows, rect.col + rect.cols - 1)}`;
}

type Scalar = string | number | boolean | null;

function matrix<T>(input: T | readonly (readonly T[])[], rect: Rect): (row: number, col: number) => T {
  if (!Array.isArray(input)) return () => input as T;
  const rows = input as readonly (readonly T[])[];
  if (rows.length !== rect.rows || rows.some((r) => r.length !== rect.cols)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rect.rows}×${rect.cols}).`,
    );
  }
  return (r, c) => rows[r]?.[c] as T;
}

/** Excel's behaviour on typing a value into a cell. */
function writeValue(cell: MemCell, value: Scalar): void {
  if (value === null) return;
  cell.formula = false;
  cell.error = false;
  if (typeof value !== "string") {
    cell.value = value;
    return;
  }
  if (value.startsWith("'")) {
    cell.value = value.slice(1);
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = value;
    return;
  }
  const trimmed = value.trim();
  if (trimmed !== "" && Number.isFinite(Number(trimmed)) && !/^0x/i.test(trimmed)) {
    cell.value = Number(trimmed);
    return;
  }
  cell.value = value;
  if (/^[=+\-@]/.test(value) && value.length > 1) cell.formula = true;
}

export class FakeRange extends ClientObject {
  readonly worksheet: FakeWorksheet;
  readonly target: RangeTarget;
  readonly format: FakeRangeFormat;
  readonly dataValidation: {
    rule: unknown;
    clear: () => void;
  };

  constructor(worksheet: FakeWorksheet, target: RangeTarget) {
    super(worksheet.context);
    this.worksheet = worksheet;
    this.target = target;
    this.format = new FakeRangeFormat(this);
    const self = this;
    this.dataValidation = {
      set rule(rule: unknown) {
        self.edit((sheet, rect) => {
          sheet.validations.push({ address: addressOf(rect), rule });
        }, payloadOf(rule));
      },
      get rule(): unknown {
        throw new FakeOfficeError("PropertyNotLoaded", "dataValidation.rule is write-only in the fake");
      },
      clear() {
        self.edit((sheet) => {
          sheet.validations = [];
        });
      },
    };
    if (target.kind === "used" && target.orNull) {
      this.ctx.enqueue(() => {
        this.setNullState(this.locate() === null);
        return 0;
      });
    }
  }

  /** The sheet and rectangle this range points to now, or null (a null object). */
  locate(): { sheet: MemSheet; rect: Rect } | null {
    const sheet = this.worksheet.resolve();
    if (!sheet) return null;
    const t = this.target;
    if (t.kind === "address") return { sheet, rect: rectOf(t.address) };
    if (t.kind === "rect") return { sheet, rect: t.rect };
    if (t.kind === "whole") return { sheet, rect: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } };
    const used = sheet.usedRect(t.valuesOnly);
    if (used) return { sheet, rect: used };
    return t.orNull ? null : { sheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  }

  private must(): { sheet: MemSheet; rect: Rect } {
    const place = this.locate();
    if (!place) throw new FakeOfficeError("InvalidObjectPath", "The object path doesn't work (null object).");
    return place;
  }

  /** Queues a change of the cells of this range. */
  edit(change: (sheet: MemSheet, rect: Rect) => void, payload = 0): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.must();
      this.ctx.guardWrite(sheet);
      change(sheet, rect);
      return 0;
    }, payload);
  }

  private eachCell(fn: (cell: MemCell, r: number, c: number) => void): void {
    this.edit((sheet, rect) => {
      const rows = Math.min(rect.rows, MAX_ROWS);
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < rect.cols; c++) fn(sheet.ensure(rect.row + r, rect.col + c), r, c);
    });
  }

  protected override snapshot(props: readonly string[]): number {
    const place = this.locate();
    this.setNullState(place === null);
    if (!place) return 0;
    const { sheet, rect } = place;
    let cells = 0;
    const grid = <T>(pick: (cell: MemCell | undefined) => T): T[][] => {
      cells += rect.rows * rect.cols;
      if (cells > 5_000_000) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "Too many cells read.");
      const out: T[][] = [];
      for (let r = 0; r < rect.rows; r++) {
        const line: T[] = [];
        for (let c = 0; c < rect.cols; c++) line.push(pick(sheet.cell(rect.row + r, rect.col + c)));
        out.push(line);
      }
      this.ctx.addResponse(payloadOf(out));
      return out;
    };
    for (const prop of props) {
      if (prop === "values" || prop === "formulas" || prop === "text")
        this.store(
          prop,
          grid((c) => c?.value ?? ""),
        );
      else if (prop === "numberFormat")
        this.store(
          prop,
          grid((c) => c?.numberFormat ?? "General"),
        );
      else if (prop === "valueTypes") this.store(prop, grid(valueType));
      else if (prop === "address") this.store(prop, `${quoteSheet(sheet.name)}!${addressOf(rect)}`);
      else if (prop === "rowIndex") this.store(prop, rect.row);
      else if (prop === "columnIndex") this.store(prop, rect.col);
      else if (prop === "rowCount") this.store(prop, rect.rows);
      else if (prop === "columnCount") this.store(prop, rect.cols);
      else throw new FakeOfficeError("InvalidArgument", `The fake cannot load Range.${prop}`);
    }
    return cells;
  }

  get values(): Scalar[][] {
    return this.read("values");
  }
  set values(input: Scalar[][]) {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.must();
      this.ctx.guardWrite(sheet);
      const at = matrix<Scalar>(input, rect);
      for (let r = 0; r < rect.rows; r++)
        for (let c = 0; c < rect.cols; c++) writeValue(sheet.ensure(rect.row + r, rect.col + c), at(r, c));
      return 0;
    }, payloadOf(input));
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: string[][]) {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.must();
      this.ctx.guardWrite(sheet);
      const at = matrix<string | null>(input, rect);
      for (let r = 0; r < rect.rows; r++)
        for (let c = 0; c < rect.cols; c++) {
          const format = at(r, c);
          if (format !== null) sheet.ensure(rect.row + r, rect.col + c).numberFormat = format;
        }
      return 0;
    }, payloadOf(input));
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  set hyperlink(link: MemCell["hyperlink"]) {
    this.eachCell((cell) => {
      cell.hyperlink = link;
      if (link?.textToDisplay !== undefined) {
        cell.value = link.textToDisplay;
        cell.formula = false;
      }
    });
  }

  /** Clears contents and formats (Office.js `clear()`); the whole sheet for `getRange()`. */
  clear(applyTo = "All"): void {
    if (applyTo !== "All") throw new FakeOfficeError("InvalidArgument", `The fake clears "All" only, not ${applyTo}`);
    this.edit((sheet, rect) => sheet.clear(this.target.kind === "whole" ? null : rect));
  }

  select(): void {
    this.edit((sheet, rect) => {
      this.ctx.workbookModel.activeSheet = sheet.name;
      this.ctx.workbookModel.selection = { sheet: sheet.name, address: addressOf(rect) };
    });
  }

  getCell(row: number, col: number): FakeRange {
    const place =
      this.target.kind === "address"
        ? rectOf(this.target.address)
        : this.target.kind === "rect"
          ? this.target.rect
          : null;
    if (!place) throw new FakeOfficeError("InvalidArgument", "getCell is supported on address ranges only");
    return new FakeRange(this.worksheet, {
      kind: "rect",
      rect: { row: place.row + row, col: place.col + col, rows: 1, cols: 1 },
    });
  }

  /** Used by the format proxies. */
  forEachCell(fn: (cell: MemCell) => void): void {
    this.eachCell((cell) => fn(cell));
  }
}

function valueType(cell: MemCell | undefined): string {
  if (!cell || cell.value === "") return "Empty";
  if (cell.error) return "Error";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return "String";
}
