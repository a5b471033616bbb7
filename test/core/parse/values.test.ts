import { describe, expect, it } from "vitest";
import { readAmount } from "../../../src/core/cells/amount.js";
import { readDate } from "../../../src/core/cells/date.js";
import { readEnum } from "../../../src/core/cells/enum.js";
import { formulaErrorOf } from "../../../src/core/cells/errors.js";
import { readList } from "../../../src/core/cells/list.js";
import { readMonth } from "../../../src/core/cells/month.js";
import { normalizeLabel } from "../../../src/core/cells/normalize.js";
import { readNumber } from "../../../src/core/cells/number.js";
import { readPercent } from "../../../src/core/cells/percent.js";
import { cellText, readText, truncate } from "../../../src/core/cells/text.js";
import { readYear } from "../../../src/core/cells/year.js";
import { readYesNo } from "../../../src/core/cells/yesno.js";
import { isoToSerial, serialToIso } from "../../../src/core/dates.js";
import type { Cell } from "../../../src/core/types.js";

const NBSP = "\u00A0";
const NNBSP = "\u202F";
const date = (iso: string): Cell => ({ kind: "date", iso });
const ok = (value: unknown) => ({ ok: true, value });
const bad = (expected: string) => ({ ok: false, expected });

describe("readText", () => {
  it.each<[string, Cell, unknown]>([
    ["trims spaces", "  Travaux  ", ok("Travaux")],
    ["empty string is empty", "", ok(null)],
    ["only no-break spaces is empty", `${NBSP}${NNBSP} `, ok(null)],
    ["null is empty", null, ok(null)],
    ["integer becomes its digits", 12, ok("12")],
    ["decimal without float noise", 0.1 + 0.2, ok("0.3")],
    ["true becomes oui", true, ok("oui")],
    ["date becomes ISO", date("2026-03-09"), ok("2026-03-09")],
    ["a formula-looking text stays text", "=HYPERLINK(1)", ok("=HYPERLINK(1)")],
  ])("%s", (_name, cell, expected) => {
    expect(readText(cell)).toEqual(expected);
  });

  it("truncates long raw text for messages", () => {
    expect(truncate("x".repeat(50))).toBe(`${"x".repeat(39)}…`);
    expect(truncate("short")).toBe("short");
    expect(cellText({ kind: "error", code: "#N/A" })).toBe("#N/A");
  });

  it.each([
    ["an integer", 12, "12"],
    ["binary noise dropped", 0.1 + 0.2, "0.3"],
    ["minus infinity (found by the Financement property test)", Number.NEGATIVE_INFINITY, "#NUM!"],
    ["infinity", Number.POSITIVE_INFINITY, "#NUM!"],
    ["NaN", Number.NaN, "#NUM!"],
  ])("cellText of %s", (_edge, n, text) => {
    expect(cellText(n)).toBe(text);
  });
});

describe("readList", () => {
  it.each<[string, Cell, unknown]>([
    ["semicolons", "E1;E2", ok(["E1", "E2"])],
    ["commas and spaces", " E1 , E2 ,E3", ok(["E1", "E2", "E3"])],
    ["empties dropped", "E1;;, ;E2", ok(["E1", "E2"])],
    ["a number is one item", 3, ok(["3"])],
    ["blank is empty", "  ", ok(null)],
    ["null is empty", null, ok(null)],
    // A text with no separator, line break or no-break space is one item, without splitting.
    ["one item", "E1", ok(["E1"])],
    ["one item, spaces around", " E1 ", ok(["E1"])],
    ["empty text", "", ok(null)],
    ["a line break", "E1\nE2", ok(["E1", "E2"])],
    ["a carriage return", "E1\r\nE2", ok(["E1", "E2"])],
    ["a no-break space inside", "E1\u00A0bis", ok(["E1 bis"])],
    ["a narrow no-break space around", "\u202FE1\u202F", ok(["E1"])],
    ["a lone separator", ";", ok(null)],
  ])("%s", (_name, cell, expected) => {
    expect(readList(cell)).toEqual(expected);
  });

  it.each<[string, string, unknown]>([
    ["a comma is no separator then", "Dupont, Jean", ok(["Dupont, Jean"])],
    ["a semicolon still is", "Dupont; Martin", ok(["Dupont", "Martin"])],
  ])("';' only: %s", (_name, cell, expected) => {
    expect(readList(cell, ";")).toEqual(expected);
  });

  it("keeps the commas of people's names when only ';' separates (Comité de pilotage)", () => {
    expect(readList("Dupont, Jean; Martin, Anne", ";")).toEqual(ok(["Dupont, Jean", "Martin, Anne"]));
  });
});

describe("readAmount", () => {
  it.each<[string, Cell, unknown]>([
    ["number", 1234.56, ok(1234.56)],
    ["French text with euro sign", "1 234,56 €", ok(1234.56)],
    ["narrow no-break space thousands", `1${NNBSP}234,56`, ok(1234.56)],
    ["no-break space thousands", `1${NBSP}234${NBSP}567,89${NBSP}€`, ok(1234567.89)],
    ["dotted thousands", "1.234.567,89", ok(1234567.89)],
    ["English decimal point", "1234.56", ok(1234.56)],
    ["English grouping", "1,234,567.5", ok(1234567.5)],
    ["one decimal comma", "1234,5", ok(1234.5)],
    ["EUR suffix", "1500 EUR", ok(1500)],
    ["euros word", "1500 euros", ok(1500)],
    ["negative allowed by the reader", "-1 234", ok(-1234)],
    ["unicode minus", "\u22125", ok(-5)],
    ["zero", 0, ok(0)],
    ["empty", "", ok(null)],
    ["12 k€ refused", "12 k€", bad("amountNoMultiplier")],
    ["1,5 M€ refused", "1,5 M€", bad("amountNoMultiplier")],
    ["12k refused", "12k", bad("amountNoMultiplier")],
    ["words refused", "douze mille", bad("amount")],
    ["bad grouping refused", "1.23.4", bad("amount")],
    ["two decimal commas refused", "1,2,3", bad("amount")],
    ["boolean refused", true, bad("amount")],
    ["date refused", date("2026-01-01"), bad("amount")],
    ["NaN refused", Number.NaN, bad("amount")],
    ["Infinity refused", Number.POSITIVE_INFINITY, bad("amount")],
  ])("%s", (_name, cell, expected) => {
    expect(readAmount(cell)).toEqual(expected);
  });
});

describe("readDate", () => {
  it.each<[string, Cell, unknown]>([
    ["date cell", date("2026-12-31"), ok("2026-12-31")],
    ["serial 46022", 46022, ok("2025-12-31")],
    ["serial with time of day", 46022.75, ok("2025-12-31")],
    ["serial 1 is Excel's 1900-01-01", 1, ok("1900-01-01")],
    ["serial 59 is 1900-02-28", 59, ok("1900-02-28")],
    ["serial 60 is Lotus' 29 February 1900, no day", 60, bad("date")],
    ["serial 60 with a time of day, no day either", 60.5, bad("date")],
    ["serial 61 is 1900-03-01", 61, ok("1900-03-01")],
    ["last serial of 2200", 109_939, ok("2200-12-31")],
    ["serial in 2201 is a typo", 109_940, bad("date")],
    ["Excel's largest serial (9999) is a typo", 2958465, bad("date")],
    ["year 2201 in text", "01/01/2201", bad("date")],
    ["year 1899 in text", "1899-12-31", bad("date")],
    ["serial 0 out of range", 0, bad("date")],
    ["negative serial", -5, bad("date")],
    ["slashes", "31/12/2026", ok("2026-12-31")],
    ["dashes", "31-12-2026", ok("2026-12-31")],
    ["dots", "31.12.2026", ok("2026-12-31")],
    ["ISO", "2026-12-31", ok("2026-12-31")],
    ["ISO with time", "2026-12-31T00:00:00Z", ok("2026-12-31")],
    ["single digits", "1/3/2026", ok("2026-03-01")],
    ["two-digit year", "01/03/26", ok("2026-03-01")],
    ["spaces around", "  31/12/2026 ", ok("2026-12-31")],
    ["31/02/2026 impossible", "31/02/2026", bad("date")],
    ["29/02/2026 not a leap year", "29/02/2026", bad("date")],
    ["29/02/2028 leap year", "29/02/2028", ok("2028-02-29")],
    ["month 13", "01/13/2026", bad("date")],
    ["mixed separators", "31/12-2026", bad("date")],
    ["text", "fin juin", bad("date")],
    ["bad date cell", date("2026-02-30"), bad("date")],
    // ISO text of exactly ten characters takes a path without a regular expression.
    ["ISO month 13", "2026-13-01", bad("date")],
    ["ISO day 00", "2026-12-00", bad("date")],
    ["ISO 29 February of a leap year", "2028-02-29", ok("2028-02-29")],
    ["ISO with one-digit month, padded", "2026-3-015", bad("date")],
    ["ISO with one-digit month and day", "2026-3-1", ok("2026-03-01")],
    ["ten characters, not digits", "2026-1a-01", bad("date")],
    ["ISO year 1899 in a date cell", date("1899-12-31"), bad("date")],
    ["boolean", false, bad("date")],
    ["empty", " ", ok(null)],
  ])("%s", (_name, cell, expected) => {
    expect(readDate(cell)).toEqual(expected);
  });
});

describe("isoToSerial and serialToIso, Excel's 1900 numbering", () => {
  it.each([
    ["1900-01-01", 1],
    ["1900-02-28", 59],
    ["1900-03-01", 61],
    ["2025-12-31", 46022],
    ["2200-12-31", 109_939],
  ])("%s is serial %d, and back", (iso, serial) => {
    expect(isoToSerial(iso)).toBe(serial);
    expect(serialToIso(serial)).toBe(iso);
  });
});

describe("readPercent", () => {
  it.each<[string, Cell, unknown]>([
    ["45 %", "45 %", ok(0.45)],
    ["45%", "45%", ok(0.45)],
    ["narrow space before %", `45${NNBSP}%`, ok(0.45)],
    ["62,5 %", "62,5 %", ok(0.625)],
    ["text fraction 0,45", "0,45", ok(0.45)],
    ["number fraction 0.45", 0.45, ok(0.45)],
    ["number percent 45", 45, ok(0.45)],
    ["1 is 100 %", 1, ok(1)],
    ["100 is 100 %", 100, ok(1)],
    ["1 % is a hundredth", "1 %", ok(0.01)],
    ["0", 0, ok(0)],
    ["text percent 45", "45", ok(0.45)],
    ["words", "la moitié", bad("percent")],
    ["empty", null, ok(null)],
  ])("%s", (_name, cell, expected) => {
    const r = readPercent(cell);
    if (r.ok && typeof r.value === "number") expect(r.value).toBeCloseTo((expected as { value: number }).value, 12);
    else expect(r).toEqual(expected);
  });
});

describe("readMonth", () => {
  it.each<[string, Cell, unknown]>([
    ["ISO month", "2026-03", ok("2026-03")],
    ["ISO month one digit", "2026-3", ok("2026-03")],
    ["03/2026", "03/2026", ok("2026-03")],
    ["3/2026", "3/2026", ok("2026-03")],
    ["mars 2026", "mars 2026", ok("2026-03")],
    ["Mars 2026", "Mars 2026", ok("2026-03")],
    ["March 2026", "March 2026", ok("2026-03")],
    ["févr. 2026", "févr. 2026", ok("2026-02")],
    ["fevrier 2026", "fevrier 2026", ok("2026-02")],
    ["août 2026", "août 2026", ok("2026-08")],
    ["Excel display mars-26", "mars-26", ok("2026-03")],
    ["full date text", "15/03/2026", ok("2026-03")],
    ["date cell", date("2026-03-15"), ok("2026-03")],
    ["serial 46082 (1 March 2026)", 46082, ok("2026-03")],
    ["month 13", "13/2026", bad("month")],
    ["year 9999", "9999-01", bad("month")],
    // A canonical YYYY-MM takes a path without a regular expression.
    ["ISO month 12", "2026-12", ok("2026-12")],
    ["ISO month 00", "2026-00", bad("month")],
    ["ISO month 13", "2026-13", bad("month")],
    ["ISO year 1899", "1899-12", bad("month")],
    ["ISO year 2200", "2200-12", ok("2200-12")],
    ["ISO year 2201", "2201-01", bad("month")],
    ["seven characters, not digits", "2026-1a", bad("month")],
    ["seven characters, slash", "2026/03", ok("2026-03")],
    ["seven characters, one-digit month and a space", "2026-3 ", ok("2026-03")],
    ["seven characters, date and month swapped", "03-2026", ok("2026-03")],
    ["unknown name", "brumaire 2026", bad("month")],
    ["bare month", "mars", bad("month")],
    ["empty", "", ok(null)],
  ])("%s", (_name, cell, expected) => {
    expect(readMonth(cell)).toEqual(expected);
  });
});

describe("readYear", () => {
  it.each<[string, Cell, unknown]>([
    ["number", 2026, ok(2026)],
    ["text", " 2026 ", ok(2026)],
    ["lower bound", 1900, ok(1900)],
    ["upper bound", 2200, ok(2200)],
    ["below range", 1899, bad("year")],
    ["above range", 2201, bad("year")],
    ["decimal", 2026.5, bad("year")],
    ["two digits", "26", bad("year")],
    ["words", "deux mille", bad("year")],
    ["empty", null, ok(null)],
  ])("%s", (_name, cell, expected) => {
    expect(readYear(cell)).toEqual(expected);
  });
});

describe("readNumber", () => {
  it.each<[string, Cell, unknown]>([
    ["number", 12.5, ok(12.5)],
    ["French decimal", "12,5", ok(12.5)],
    ["thousands", `1${NNBSP}000`, ok(1000)],
    ["negative", "-3", ok(-3)],
    ["words", "douze", bad("number")],
    ["empty", "", ok(null)],
  ])("%s", (_name, cell, expected) => {
    expect(readNumber(cell)).toEqual(expected);
  });
});

describe("readYesNo", () => {
  it.each<[string, Cell, unknown]>([
    ["oui", "oui", ok(true)],
    ["Oui with spaces", " Oui ", ok(true)],
    ["yes", "YES", ok(true)],
    ["x", "x", ok(true)],
    ["non", "non", ok(false)],
    ["no", "No", ok(false)],
    ["boolean true", true, ok(true)],
    ["boolean false", false, ok(false)],
    ["number 1", 1, ok(true)],
    ["number 0", 0, ok(false)],
    ["peut-être", "peut-être", bad("yesno")],
    ["empty", null, ok(null)],
  ])("%s", (_name, cell, expected) => {
    expect(readYesNo(cell)).toEqual(expected);
  });
});

describe("readEnum", () => {
  it.each<[string, Cell, Parameters<typeof readEnum>[1], unknown]>([
    ["canonical", "en cours", "status", ok("en cours")],
    ["no accents, capitals", "REALISE", "status", ok("réalisé")],
    ["English", "In Progress", "status", ok("en cours")],
    ["alias", "cancelled", "status", ok("abandonné")],
    ["extra spaces", "  en   attente ", "decision", ok("en attente")],
    ["section letter", "I", "section", ok("Investissement")],
    ["English section", "Operating", "section", ok("Fonctionnement")],
    ["flow plural", "Recettes", "flow", ok("Recette")],
    ["holidays none", "none", "holidays", ok("aucun")],
    ["trend English", "down", "trend", ok("baisse")],
    ["unknown", "peut-être", "status", bad("status")],
    ["empty", "", "status", ok(null)],
  ])("%s", (_name, cell, key, expected) => {
    expect(readEnum(cell, key)).toEqual(expected);
  });
});

describe("formulaErrorOf", () => {
  it.each<[string, Cell, string | null]>([
    ["#REF! string (Office.js, Sheets)", "#REF!", "#REF!"],
    ["#N/A string", "#N/A", "#N/A"],
    ["#DIV/0! string", "#DIV/0!", "#DIV/0!"],
    ["#SPILL! string", "#SPILL!", "#SPILL!"],
    ["#GETTING_DATA string", "#GETTING_DATA", "#GETTING_DATA"],
    ["#ERROR! (Sheets) string", "#ERROR!", "#ERROR!"],
    ["error cell", { kind: "error", code: "#VALUE!" }, "#VALUE!"],
    ["error cell without code", { kind: "error", code: "" }, "#ERROR!"],
    ["a hashtag is text", "#projet", null],
    ["a number", 4, null],
    ["null", null, null],
  ])("%s", (_name, cell, expected) => {
    expect(formulaErrorOf(cell)).toBe(expected);
  });
});

describe("normalizeLabel", () => {
  it.each<[string, string, string]>([
    ["accents and case", "Début PRÉVU", "debut prevu"],
    ["collapsed spaces", "  Fin   prévue ", "fin prevue"],
    ["no-break spaces", `Prévu${NBSP}initial`, "prevu initial"],
    ["required star", "Code projet *", "code projet"],
    ["trailing colon", "Statut :", "statut"],
    ["curly apostrophe", "Date d’état", "date d'etat"],
    ["capital with accent", "ÉQUIPE", "equipe"],
  ])("%s", (_name, input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });
});
