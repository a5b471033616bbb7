/** The fake `range.format` (fill, font, column width); every change is queued until sync. */
import { FakeOfficeError } from "./context.js";
import type { MemCell } from "./memory.js";
import type { FakeRange } from "./range.js";

/** `range.format`: fill, font, column width, alignment; all queued. */
export class FakeRangeFormat {
  readonly fill: { color: string; clear: () => void };
  readonly font: { bold: boolean; italic: boolean; color: string; size: number; name: string };
  private readonly range: FakeRange;

  constructor(range: FakeRange) {
    this.range = range;
    const each = (fn: (cell: MemCell) => void) => range.forEachCell(fn);
    this.fill = {
      set color(color: string) {
        each((cell) => {
          cell.fill = color;
        });
      },
      get color(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "format.fill.color is write-only in the fake");
      },
      clear() {
        each((cell) => {
          cell.fill = undefined as unknown as string;
        });
      },
    };
    const writeOnly = (): never => {
      throw new FakeOfficeError("PropertyNotLoaded", "format.font is write-only in the fake");
    };
    this.font = {
      set bold(v: boolean) {
        each((cell) => {
          cell.bold = v;
        });
      },
      get bold(): boolean {
        return writeOnly();
      },
      set italic(v: boolean) {
        each((cell) => {
          cell.italic = v;
        });
      },
      get italic(): boolean {
        return writeOnly();
      },
      set color(v: string) {
        each((cell) => {
          cell.color = v;
        });
      },
      get color(): string {
        return writeOnly();
      },
      set size(v: number) {
        each((cell) => {
          cell.size = v;
        });
      },
      get size(): number {
        return writeOnly();
      },
      set name(_v: string) {},
      get name(): string {
        return writeOnly();
      },
    };
  }

  set columnWidth(points: number) {
    this.range.edit((sheet, rect) => {
      for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, points);
    });
  }
  set wrapText(_v: boolean) {}
  set horizontalAlignment(_v: string) {}
  set verticalAlignment(_v: string) {}
  autofitColumns(): void {}
}
