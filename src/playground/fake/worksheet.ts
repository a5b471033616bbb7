/**
 * The fake `Excel.Worksheet`, its collection and the sheet-level objects a taskpane uses
 * (freeze panes, auto-filter, charts). A worksheet proxy finds its sheet by name at sync
 * time, so a sheet added earlier in the same batch is found.
 */
import { ClientObject, type FakeContext, FakeOfficeError, payloadOf, propList } from "./context.js";
import type { ChartRecord, MemSheet } from "./memory.js";
import { addressOf, FakeRange, quoteSheet } from "./range.js";

type Resolver = () => MemSheet | null;

export class FakeChart extends ClientObject {
  readonly title: { text: string };
  private readonly record: () => ChartRecord;
  constructor(ctx: FakeContext, record: () => ChartRecord) {
    super(ctx);
    this.record = record;
    const self = this;
    this.title = {
      set text(text: string) {
        self.ctx.enqueue(() => {
          self.record().title = text;
          return 0;
        }, payloadOf(text));
      },
      get text(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "title.text is write-only in the fake");
      },
    };
  }
  setPosition(startCell: FakeRange | string, _endCell?: FakeRange | string): void {
    this.ctx.enqueue(() => {
      this.record().position = typeof startCell === "string" ? startCell : addressOfRange(startCell);
      return 0;
    });
  }
  set top(_v: number) {}
  set left(_v: number) {}
  set width(_v: number) {}
  set height(_v: number) {}
  set name(_v: string) {}
  delete(): void {
    this.ctx.enqueue(() => {
      const rec = this.record();
      const sheet = this.ctx.workbookModel.sheets.find((s) => s.charts.includes(rec));
      if (sheet) sheet.charts = sheet.charts.filter((c) => c !== rec);
      return 0;
    });
  }
}

function addressOfRange(range: FakeRange): string {
  const place = range.locate();
  return place ? addressOf(place.rect) : "";
}

export class FakeChartCollection extends ClientObject {
  private readonly sheet: FakeWorksheet;
  constructor(sheet: FakeWorksheet) {
    super(sheet.context);
    this.sheet = sheet;
  }
  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChart {
    let record: ChartRecord | null = null;
    this.ctx.enqueue(() => {
      const place = source.locate();
      const mem = this.sheet.must();
      record = {
        type,
        source: place ? `${quoteSheet(place.sheet.name)}!${addressOf(place.rect)}` : "",
        seriesBy,
        title: "",
        position: null,
      };
      mem.charts.push(record);
      return 0;
    });
    return new FakeChart(this.ctx, () => {
      if (!record) throw new FakeOfficeError("InvalidObjectPath", "chart not created");
      return record;
    });
  }
  getItemAt(index: number): FakeChart {
    let record: ChartRecord | null = null;
    const chart = new FakeChart(this.ctx, () => {
      record ??= this.sheet.must().charts[index] ?? null;
      if (!record) throw new FakeOfficeError("ItemNotFound", `No chart at ${index}`);
      return record;
    });
    return chart;
  }
  protected override snapshot(props: readonly string[]): number {
    const mem = this.sheet.must();
    if (props.some((p) => p === "count" || p.startsWith("items"))) {
      this.store("count", mem.charts.length);
      this.store(
        "items",
        mem.charts.map((_, i) => this.getItemAt(i)),
      );
    }
    return 0;
  }
  get count(): number {
    return this.read("count");
  }
  get items(): FakeChart[] {
    return this.read("items");
  }
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

  constructor(ctx: FakeContext, resolver: Resolver, orNull = false) {
    super(ctx);
    this.resolver = resolver;
    this.charts = new FakeChartCollection(this);
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

  change(fn: (sheet: MemSheet) => unknown): void {
    this.ctx.enqueue(() => {
      fn(this.must());
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
  get position(): number {
    return this.read("position");
  }
  set position(index: number) {
    this.change((sheet) => {
      const list = this.ctx.workbookModel.sheets;
      list.splice(list.indexOf(sheet), 1);
      list.splice(Math.max(0, Math.min(index, list.length)), 0, sheet);
    });
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
    });
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
