/** The fakes behave like the real services where a script can tell the difference. */
import { describe, expect, it } from "vitest";
import {
  EXECUTION_LIMIT_MS,
  FakeProperties,
  FakeScriptApp,
  FakeSpreadsheet,
  formatDate,
  GasWorld,
  midnightIn,
  PROPERTY_VALUE_LIMIT,
  SimClock,
  TRIGGER_LIMIT,
} from "../fakes/gas/index.js";

const sheet = () => new FakeSpreadsheet(new SimClock(0), "id", "t", "Pacific/Kiritimati").insertSheet("S");

describe("ranges", () => {
  it.each([
    ["too few rows", [["a", "b"]], /number of rows in the data does not match.*The data has 1 but the range has 2/],
    [
      "too many columns",
      [
        ["a", "b", "c"],
        ["d", "e", "f"],
      ],
      /number of columns.*The data has 3 but the range has 2/,
    ],
    ["a ragged row", [["a", "b"], ["c"]], /number of columns.*The data has 1 but the range has 2/],
  ])("setValues with %s throws like Sheets", (_n, data, message) => {
    expect(() => sheet().getRange(1, 1, 2, 2).setValues(data)).toThrow(message);
  });

  it("empty cells read as '' and a date cell as midnight in the spreadsheet's zone", () => {
    const s = sheet();
    s.getRange(1, 1, 1, 2).setValues([[midnightIn("2026-01-01", "Pacific/Kiritimati"), ""]]);
    const [[d, empty]] = s.getRange(1, 1, 1, 2).getValues() as [[Date, string]];
    expect(empty).toBe("");
    expect(formatDate(d, "Pacific/Kiritimati", "yyyy-MM-dd HH:mm")).toBe("2026-01-01 00:00");
    expect(d.toISOString()).toBe("2025-12-31T10:00:00.000Z");
  });

  it("a new sheet is 1000 × 26: beyond it a range does not exist until the sheet grows", () => {
    const s = sheet();
    expect(() => s.getRange(1, 1, 1, 27)).toThrow(/outside the dimensions/);
    s.insertColumnsAfter(26, 5);
    expect(s.getRange(1, 1, 1, 31).getNumColumns()).toBe(31);
  });

  it("getDataRange covers the used cells", () => {
    const s = sheet();
    s.getRange(3, 2).setValue("x");
    expect(s.getDataRange().getA1Notation()).toBe("A1:B3");
  });
});

describe("services", () => {
  it("PropertiesService: strings only, 9 KB per value, all or nothing", () => {
    const p = new FakeProperties(new SimClock(0));
    p.setProperty("n", 12);
    expect(p.getProperty("n")).toBe("12");
    expect(() => p.setProperties({ a: "x", b: "y".repeat(PROPERTY_VALUE_LIMIT + 1) })).toThrow(/Argument too large/);
    expect(p.getProperty("a")).toBeNull();
  });

  it("PropertiesService: 500 KB per store", () => {
    const p = new FakeProperties(new SimClock(0));
    const big = "z".repeat(9000);
    expect(() => {
      for (let i = 0; i < 60; i++) p.setProperty(`k${i}`, big);
    }).toThrow(/property storage quota/);
  });

  it("ScriptApp: 20 triggers at most", () => {
    const s = new FakeScriptApp(new SimClock(0));
    for (let i = 0; i < TRIGGER_LIMIT; i++) s.newTrigger("f").timeBased().after(1000).create();
    expect(() => s.newTrigger("f").timeBased().after(1000).create()).toThrow(/too many triggers/);
  });

  it("the clock kills an execution past 6 minutes, from whatever call crosses the line", () => {
    const clock = new SimClock(0);
    clock.startExecution();
    clock.advance(EXECUTION_LIMIT_MS - 10);
    expect(() => clock.spend("SpreadsheetApp.openById")).toThrow("Exceeded maximum execution time");
  });

  it("Date.now and new Date() in the script's context follow the simulated clock", () => {
    const w = new GasWorld({ start: Date.UTC(2030, 0, 1) });
    const { Date: ScriptDate } = w.globals() as { Date: DateConstructor };
    w.clock.advance(1000);
    expect(ScriptDate.now()).toBe(Date.UTC(2030, 0, 1) + 1000);
    expect(new ScriptDate().getTime()).toBe(Date.UTC(2030, 0, 1) + 1000);
  });
});
