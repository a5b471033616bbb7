/**
 * The fake `Excel.Worksheet`, its collection and the sheet-level objects a taskpane uses
 * (freeze panes, auto-filter, protection, page layout; charts are in chart.ts). A worksheet
 * proxy finds its sheet by name at sync time, so a sheet added earlier in the same batch is
 * found. Changes to a protected sheet, or to the sheets of a protected or read-only workbook,
 * are refused with `AccessDenied` (context.ts).
 */
import { FakeChartCollection } from "./chart.js";
import { ClientObject, type FakeContext, FakeOfficeError, propList } from "./context.js";
import type { MemSheet } from "./memory.js";
import { FakePageBreaks, FakePageLayout } from "./pageLayout.js";
import { addressOf, FakeRange } from "./range.js";

type Resolver = () => MemSheet | null;

/** `worksheet.protection` (ExcelApi 1.2): only `protected` is read by the add-in. */
export class FakeWorksheetProtection extends ClientObject {
  private readonly sheet: FakeWorksheet;
  constructor(sheet: FakeWorksheet) {
    super(sheet.context);
    this.sheet = sheet;
  }
  protected override snapshot(props: readonly string[]): number {
    const mem = this.sheet.must();
    for (const prop of props) {
      if (prop === "protected") this.store(prop, mem.protected);
      else throw new FakeOfficeError("InvalidArgument", `The fake cannot load WorksheetProtection.${prop}`);
    }
    return 0;
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

function addressOfRange(range: FakeRange): string {
  const place = range.locate();
  return place ? addressOf(place.rect) : "";
}

/** `worksheet.autoFilter`: one filter per sheet; like Excel, removing a filter that is not there fails. */
export class FakeAutoFilter extends ClientObject {
  private readonly sheet: FakeWorksheet;
  constructor(sheet: FakeWorksheet) {
    super(sheet.context);
    this.sheet = sheet;
  }
  apply(range: FakeRange | string): void {
    this.sheet.change((s) => {
      s.autoFilter = typeof range === "string" ? range : addressOfRange(range);
    });
  }
  remove(): void {
    this.sheet.change((s) => {
      if (s.autoFilter === null) throw new FakeOfficeError("InvalidOperation", "The sheet has no AutoFilter.");
      s.autoFilter = null;
    });
  }
  protected override snapshot(props: readonly string[]): number {
    const mem = this.sheet.must();
    for (const prop of props) {
      if (prop === "enabled") this.store(prop, mem.autoFilter !== null);
      else throw new FakeOfficeError("InvalidArgument", `The fake cannot load AutoFilter.${prop}`);
    }
    return 0;
  }
  get enabled(): boolean {
    return this.read("enabled");
  }
}

export class FakeWorksheet extends ClientObject {
  private readonly resolver: Resolver;
  readonly charts: FakeChartCollection;
  readonly freezePanes: { freezeRows: (n: number) => void; unfreeze: () => void };
  readonly autoFilter: FakeAutoFilter;
  readonly protection: FakeWorksheetProtection;
  readonly pageLayout: FakePageLayout;
  readonly horizontalPageBreaks: FakePageBreaks;

  constructor(ctx: FakeContext, resolver: Resolver, orNull = false) {
    super(ctx);
    this.resolver = resolver;
    this.charts = new FakeChartCollection(this);
    this.protection = new FakeWorksheetProtection(this);
    this.pageLayout = new FakePageLayout((fn) => this.change(fn));
    this.horizontalPageBreaks = new FakePageBreaks((fn) => this.change(fn));
    this.freezePanes = {
      freezeRows: (n) => this.change((s) => (s.frozenRows = n)),
      unfreeze: () => this.change((s) => (s.frozenRows = 0)),
    };
    this.autoFilter = new FakeAutoFilter(this);
    if (orNull) {
      ctx.enqueue(() => {
        this.setNullState(this.resolve() === null);
        return 0;
      });
    }
  }

  resolve(): MemSheet | null {
    return this.resolver();
  }

  must(): MemSheet {
    const sheet = this.resolve();
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return sheet;
  }

  /** Queues a change of the sheet; `structure` when it adds, removes or renames a sheet. */
  change(fn: (sheet: MemSheet) => unknown, structure = false): void {
    this.ctx.enqueue(() => {
      const sheet = this.must();
      this.ctx.guardWrite(sheet, structure);
      fn(sheet);
      return 0;
    });
  }

  protected override snapshot(props: readonly string[]): number {
    const sheet = this.resolve();
    this.setNullState(sheet === null);
    if (!sheet) return 0;
    for (const prop of props) {
      if (prop === "name") this.store(prop, sheet.name);
      else if (prop === "position") this.store(prop, this.ctx.workbookModel.sheets.indexOf(sheet));
      else if (prop === "visibility") this.store(prop, "Visible");
      else if (prop === "id") this.store(prop, `{${sheet.name}}`);
      else throw new FakeOfficeError("InvalidArgument", `The fake cannot load Worksheet.${prop}`);
    }
    return 0;
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.change((sheet) => {
      sheet.name = name;
    });
  }
  get position(): number {
    return this.read("position");
  }
  set position(index: number) {
    this.change((sheet) => {
      const list = this.ctx.workbookModel.sheets;
      list.splice(list.indexOf(sheet), 1);
      list.splice(Math.max(0, Math.min(index, list.length)), 0, sheet);
    }, true);
  }
  set tabColor(color: string) {
    this.change((s) => (s.tabColor = color));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this, address ? { kind: "address", address } : { kind: "whole" });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this, { kind: "rect", rect: { row, col, rows, cols } });
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this, { kind: "used", valuesOnly, orNull: false });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this, { kind: "used", valuesOnly, orNull: true });
  }
  activate(): void {
    this.change((s) => {
      this.ctx.workbookModel.activeSheet = s.name;
    });
  }
  delete(): void {
    this.change((s) => {
      const model = this.ctx.workbookModel;
      model.sheets = model.sheets.filter((x) => x !== s);
    }, true);
  }
}

export class FakeWorksheetCollection extends ClientObject {
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.workbookModel.sheet(name) ?? null);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.workbookModel.sheet(name) ?? null, true);
  }
  add(name: string): FakeWorksheet {
    this.ctx.enqueue(() => {
      this.ctx.guardWrite(null, true);
      this.ctx.workbookModel.add(name);
      return 0;
    });
    return this.getItem(name);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const model = this.ctx.workbookModel;
      return (model.activeSheet ? model.sheet(model.activeSheet) : model.sheets[0]) ?? null;
    });
  }
  protected override snapshot(props: readonly string[]): number {
    const sub = props.flatMap((p) => (p === "items" ? ["name"] : p.startsWith("items/") ? [p.slice(6)] : []));
    const items = this.ctx.workbookModel.sheets.map((sheet) => {
      const ws = new FakeWorksheet(this.ctx, () => (this.ctx.workbookModel.sheets.includes(sheet) ? sheet : null));
      (ws as unknown as { snapshot(p: readonly string[]): number }).snapshot(sub.length ? sub : ["name"]);
      return ws;
    });
    this.store("items", items);
    this.store("count", items.length);
    return 0;
  }
  get items(): FakeWorksheet[] {
    return this.read("items");
  }
  get count(): number {
    return this.read("count");
  }
  override load(props?: string | readonly string[] | { select?: string }): this {
    const list = propList(props);
    return super.load(list.length ? list : ["items/name"]);
  }
}
