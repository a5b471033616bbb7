/** The fake `range.format` (fill, font, borders, wrap, alignment, sizes); every change is queued until sync. */
import { FakeOfficeError } from "./context.js";
import type { MemCell } from "./memory.js";
import type { FakeRange } from "./range.js";

/** `range.format`: fill, font, borders, column width, wrap, alignment, row autofit; all queued. */
export class FakeRangeFormat {
  readonly fill: { color: string; clear: () => void };
  /** Only the bottom edge is modelled (a header's rule); other edges are accepted and dropped. */
  readonly borders: { getItem(edge: string): { style: string; color: string } };
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
    this.borders = {
      getItem(edge: string) {
        const bottom = edge === "EdgeBottom";
        return {
          set style(_v: string) {},
          set color(color: string) {
            if (bottom)
              each((cell) => {
                cell.bottomBorder = color;
              });
          },
        } as { style: string; color: string };
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
  set wrapText(wrap: boolean) {
    this.range.forEachCell((cell) => {
      cell.wrap = wrap;
    });
  }
  set horizontalAlignment(_v: string) {}
  set verticalAlignment(value: string) {
    this.range.forEachCell((cell) => {
      cell.verticalAlignment = value;
    });
  }
  autofitColumns(): void {}
  /** Rows fitted to their content (wrapped text grows them); recorded, heights are not modelled. */
  autofitRows(): void {
    this.range.edit((sheet, rect) => {
      for (let r = rect.row; r < rect.row + rect.rows; r++) sheet.autofitRows.add(r);
    });
  }
}
