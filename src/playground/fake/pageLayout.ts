/**
 * The fake `worksheet.pageLayout` (ExcelApi 1.9, "Control worksheet display settings",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheet-display): what the
 * add-in sets is recorded on the sheet, queued until sync like every change.
 */
import { FakeOfficeError } from "./context.js";
import type { MemSheet } from "./memory.js";

/** The print set-up of a sheet, as set through `PageLayout`. */
export interface PageLayoutRecord {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  centerHorizontally?: boolean;
  /** `setPrintTitleRows` / `setPrintTitleColumns`, as given (`$1:$2`, `$A:$B`). */
  titleRows?: string;
  titleColumns?: string;
  /** `setPrintMargins(unit, …)`. */
  margins?: { readonly unit: string } & Readonly<Record<string, number | string>>;
  /** `headersFooters.defaultForAllPages`: section → text with Excel's codes. */
  footer: Record<string, string>;
  header: Record<string, string>;
}

type Change = (fn: (sheet: MemSheet) => void) => void;

function layoutOf(sheet: MemSheet): PageLayoutRecord {
  sheet.pageLayout ??= { footer: {}, header: {} };
  return sheet.pageLayout;
}

const PAPER = new Set(["A3", "A4", "A5", "Letter", "Legal"]);
const ORIENTATION = new Set(["Portrait", "Landscape"]);

export class FakePageLayout {
  readonly headersFooters: { readonly defaultForAllPages: Record<string, string> };
  private readonly change: Change;

  /** `change` queues a change of the sheet (refused on a protected one, as any change). */
  constructor(change: Change) {
    this.change = change;
    const sections = {} as Record<string, string>;
    for (const place of ["left", "center", "right"]) {
      for (const part of ["Header", "Footer"] as const) {
        Object.defineProperty(sections, `${place}${part}`, {
          enumerable: true,
          set: (text: string) =>
            this.set((layout) => {
              layout[part === "Footer" ? "footer" : "header"][place] = text;
            }),
        });
      }
    }
    this.headersFooters = { defaultForAllPages: sections };
  }

  private set(fn: (layout: PageLayoutRecord) => void): void {
    this.change((sheet) => fn(layoutOf(sheet)));
  }

  set orientation(value: string) {
    if (!ORIENTATION.has(value)) throw new FakeOfficeError("InvalidArgument", `orientation ${value}`);
    this.set((l) => (l.orientation = value));
  }
  set paperSize(value: string) {
    if (!PAPER.has(value)) throw new FakeOfficeError("InvalidArgument", `paperSize ${value}`);
    this.set((l) => (l.paperSize = value));
  }
  set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.set((l) => (l.zoom = { ...value }));
  }
  set centerHorizontally(value: boolean) {
    this.set((l) => (l.centerHorizontally = value));
  }
  /** "The rows to be repeated at the top of each page. The range must span the entire row to be valid." */
  setPrintTitleRows(rows: string): void {
    if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new FakeOfficeError("InvalidArgument", `title rows ${rows}`);
    this.set((l) => (l.titleRows = rows));
  }
  /** "The range must span the entire column to be valid." */
  setPrintTitleColumns(columns: string): void {
    if (!/^\$?[A-Z]+:\$?[A-Z]+$/.test(columns))
      throw new FakeOfficeError("InvalidArgument", `title columns ${columns}`);
    this.set((l) => (l.titleColumns = columns));
  }
  setPrintMargins(unit: string, margins: Readonly<Record<string, number>>): void {
    this.set((l) => (l.margins = { unit, ...margins }));
  }
}

/**
 * The fake `worksheet.horizontalPageBreaks` (ExcelApi 1.9, `PageBreakCollection`): `add(range)`
 * "adds a page break before the top-left cell of the range specified"; `removePageBreaks()`
 * "resets all manual page breaks in the collection"
 * (https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection).
 */
export class FakePageBreaks {
  private readonly change: Change;

  constructor(change: Change) {
    this.change = change;
  }

  add(pageBreakRange: string): void {
    const cell = /^\$?[A-Z]+\$?(\d+)(?::\$?[A-Z]+\$?\d+)?$/.exec(pageBreakRange);
    if (!cell) throw new FakeOfficeError("InvalidArgument", `page break range ${pageBreakRange}`);
    const row = Number(cell[1]) - 1;
    this.change((sheet) => {
      if (!sheet.pageBreaks.includes(row)) sheet.pageBreaks = [...sheet.pageBreaks, row].sort((a, b) => a - b);
    });
  }

  removePageBreaks(): void {
    this.change((sheet) => (sheet.pageBreaks = []));
  }
}
