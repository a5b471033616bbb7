/** The fake behaves like Office.js where the host depends on it. */
import { describe, expect, it } from "vitest";
import {
  createFakeExcel,
  FAKE_DATE_FORMAT,
  type MemWorkbook,
  memWorkbookFromGrid,
  PAYLOAD_LIMIT_BYTES,
} from "../fakes/excel.js";

const fakeWith = () =>
  createFakeExcel(
    memWorkbookFromGrid({
      sheets: [
        {
          name: "Budget",
          rows: [[], [null, null, "Poste", { kind: "date", iso: "2026-06-09" }, { kind: "error", code: "#REF!" }]],
        },
      ],
    }),
  );

describe("fake Excel", () => {
  it("throws like Office.js when a property is read before load + sync", async () => {
    const fake = fakeWith();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Budget").getUsedRange(true);
      range.load("values");
      expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
      await context.sync();
      expect(range.values).toEqual([["Poste", 46182, "#REF!"]]);
      expect(() => range.address).toThrow(/not available/);
    });
  });

  it("stores dates as serials with a date format and reports the used range's offset", async () => {
    const fake = fakeWith();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Budget").getUsedRangeOrNullObject(true);
      range.load("numberFormat,rowIndex,columnIndex,address");
      await context.sync();
      expect(range.numberFormat[0]?.[1]).toBe(FAKE_DATE_FORMAT);
      expect([range.rowIndex, range.columnIndex, range.address]).toEqual([1, 2, "Budget!C2:E2"]);
    });
  });

  it("answers isNullObject after a sync, for a missing sheet and an empty used range", async () => {
    const fake = fakeWith();
    await fake.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const added = context.workbook.worksheets.add("Vide");
      const used = added.getUsedRangeOrNullObject(true);
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
    });
  });

  it("counts syncs, including the implicit one at the end of Excel.run", async () => {
    const fake = fakeWith();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Budget").getRange("A1").values = [["x"]];
      await context.sync();
      context.workbook.worksheets.getItem("Budget").getRange("A2").values = [["y"]];
    });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.model.sheet("Budget")?.cell(1, 0)?.value).toBe("y");
  });

  it("refuses a request whose values exceed 5 MB, writing nothing", async () => {
    const fake = fakeWith();
    const rows = Array.from({ length: 60_000 }, () => ["y".repeat(100)]);
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Budget").getRange(`A1:A${rows.length}`).values = rows;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.stats.payloads[0]).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.model.sheet("Budget")?.cell(0, 0)).toBeUndefined();
  });

  it("refuses to read more than five million cells in one request", async () => {
    const fake = fakeWith();
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Budget").getRange().load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it.each([
    ["a formula typed into a General cell becomes a formula", "General", "=1+1", true],
    ["the same text into a text cell stays text", "@", "=1+1", false],
    ["a leading apostrophe makes text (and is eaten)", "General", "'=1+1", false],
  ])("%s", async (_name, format, value, isFormula) => {
    const fake = fakeWith();
    await fake.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Budget").getRange("A1");
      cell.numberFormat = [[format]];
      cell.values = [[value]];
      await context.sync();
    });
    expect(fake.model.sheet("Budget")?.cell(0, 0)?.formula).toBe(isFormula);
  });

  it("records charts and rejects a values matrix of the wrong size", async () => {
    const fake = fakeWith();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Budget");
      const chart = ws.charts.add("ColumnClustered", ws.getRange("C2:E2"), "Auto");
      chart.title.text = "Budget par exercice";
      chart.setPosition("H2");
      await context.sync();
    });
    expect(fake.model.sheet("Budget")?.charts).toEqual([
      {
        type: "ColumnClustered",
        source: "Budget!C2:E2",
        seriesBy: "Auto",
        title: "Budget par exercice",
        position: "H2",
        legend: {},
        axes: { value: {}, category: {} },
        // "Auto" plots the shorter side as series: one row of three values is one series.
        series: [{ name: "Series1", pointFills: {}, dataLabels: {} }],
      },
    ]);
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Budget").getRange("A1:B1").values = [["only one"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("fake Excel: the failure modes the host meets", () => {
  it("a plain run during a cell edit fails with InvalidOperationInCellEditMode; a delayed one waits", async () => {
    const fake = fakeWith();
    fake.startCellEdit();
    const plain = await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Budget").getRange("A1").values = [["x"]];
      await context.sync();
    }).catch((e: unknown) => e);
    expect(plain).toMatchObject({
      code: "InvalidOperationInCellEditMode",
      debugInfo: { code: "InvalidOperationInCellEditMode" },
    });
    expect(fake.model.sheet("Budget")?.cell(0, 0)).toBeUndefined();
    let done = false;
    const delayed = fake.Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Budget").getRange("A1").values = [["y"]];
      await context.sync();
      done = true;
    });
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(done).toBe(false);
    fake.endCellEdit();
    await delayed;
    expect(fake.model.sheet("Budget")?.cell(0, 0)?.value).toBe("y");
    expect(fake.stats.runs).toEqual([{ delayForCellEdit: false }, { delayForCellEdit: true }]);
  });

  it.each([
    ["refused whole", 0, ["", ""]],
    ["the first command applied, not the second", 1, ["a", ""]],
  ] as const)("a scheduled fault at the Nth sync: %s", async (_edge, afterOps, cells) => {
    const fake = fakeWith();
    fake.fail({ code: "GeneralException", message: "Erreur interne (localisée)", atSync: 2, afterOps });
    const error = await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Budget");
      await context.sync();
      ws.getRange("A1").values = [["a"]];
      ws.getRange("B1").values = [["b"]];
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "GeneralException", message: "Erreur interne (localisée)" });
    const sheet = fake.model.sheet("Budget");
    expect([sheet?.cell(0, 0)?.value ?? "", sheet?.cell(0, 1)?.value ?? ""]).toEqual(cells);
  });

  type Lock = (model: MemWorkbook) => void;
  const readOnly: Lock = (model) => {
    model.readOnly = true;
  };
  const sheetProtected: Lock = (model) => {
    model.sheet("Budget")!.protected = true;
  };
  const structure: Lock = (model) => {
    model.structureProtected = true;
  };
  it.each([
    ["a read-only workbook refuses any change", readOnly, "Budget"],
    ["a protected sheet refuses changes to it", sheetProtected, "Budget"],
    ["a protected structure refuses a new sheet", structure, null],
  ] as const)("%s (AccessDenied)", async (_edge, lock, target) => {
    const fake = fakeWith();
    lock(fake.model);
    const error = await fake.Excel.run(async (context) => {
      if (target) context.workbook.worksheets.getItem(target).getRange("A1").values = [["x"]];
      else context.workbook.worksheets.add("Nouvelle");
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "AccessDenied" });
  });

  it("loads what forbids writing: workbook.readOnly, workbook and sheet protection", async () => {
    const fake = fakeWith();
    fake.model.readOnly = true;
    fake.model.sheet("Budget")!.protected = true;
    await fake.Excel.run(async (context) => {
      const wb = context.workbook;
      wb.load("readOnly");
      wb.protection.load("protected");
      const sheet = wb.worksheets.getItem("Budget").protection;
      sheet.load("protected");
      await context.sync();
      expect([wb.readOnly, wb.protection.protected, sheet.protected]).toEqual([true, false, true]);
    });
  });

  it.each([
    ["1900 system: DATE(1904;1;1) is 1462", false, 1904, 1462, null],
    ["1904 system: DATE(1904;1;1) is 0", true, 1904, 0, null],
    ["1904 system: a year before 1904 is #NUM!", true, 1903, null, "#NUM!"],
  ] as const)("workbook.functions.date: %s", async (_edge, date1904, year, value, error) => {
    const fake = fakeWith();
    fake.model.date1904 = date1904;
    await fake.Excel.run(async (context) => {
      const result = context.workbook.functions.date(year, 1, 1);
      result.load("value,error");
      await context.sync();
      expect([result.value, result.error]).toEqual([value, error]);
    });
  });

  it("a second sheet of the same name, whatever its case, is ItemAlreadyExists", async () => {
    const fake = fakeWith();
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.add("BUDGET");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("print title rows must span whole rows", () => {
    const fake = fakeWith();
    return fake.Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Budget").pageLayout;
      expect(() => layout.setPrintTitleRows("A1:B2")).toThrow(/title rows/);
      layout.setPrintTitleRows("$1:$2");
      await context.sync();
      expect(fake.model.sheet("Budget")?.pageLayout?.titleRows).toBe("$1:$2");
    });
  });
});
