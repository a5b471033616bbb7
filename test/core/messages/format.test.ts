import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateLong,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  formatRate,
  wrapWords,
} from "../../../src/core/format.js";
import type { Lang } from "../../../src/core/types.js";

/** Writes U+202F as `_` and U+00A0 as `~` so the expectations show which space is which. */
const show = (s: string) => s.replace(/\u202F/g, "_").replace(/\u00A0/g, "~");

describe("formatMoney", () => {
  it.each<[string, number, Lang, string]>([
    ["thousands, French", 1234.5, "fr", "1_234,50~€"],
    ["millions, French", 1234567.891, "fr", "1_234_567,89~€"],
    ["thousands, English", 1234.5, "en", "€1,234.50"],
    ["negative, French", -1234.5, "fr", "-1_234,50~€"],
    ["negative, English", -1234.5, "en", "-€1,234.50"],
    ["binary noise rounds up (1.005)", 1.005, "fr", "1,01~€"],
    ["0.1 + 0.2", 0.1 + 0.2, "en", "€0.30"],
    ["minus zero after rounding", -0.001, "fr", "0,00~€"],
    ["zero", 0, "en", "€0.00"],
    ["under a thousand", 999.999, "fr", "1_000,00~€"],
    // Digits are grouped by slices of three from the right.
    ["three digits, one group", 123, "fr", "123,00~€"],
    ["four digits", 1234, "en", "€1,234.00"],
    ["six digits, two full groups", 123456, "fr", "123_456,00~€"],
    ["seven digits", 1234567, "en", "€1,234,567.00"],
    ["one digit", 7, "en", "€7.00"],
  ])("%s", (_name, n, lang, expected) => {
    expect(show(formatMoney(n, lang))).toBe(expected);
  });
});

describe("formatNumber", () => {
  it.each<[string, number, Lang, number | undefined, string]>([
    ["trailing zeros dropped", 12.5, "fr", undefined, "12,5"],
    ["integer", 1234, "fr", undefined, "1_234"],
    ["two decimals at most", 1.23456, "en", undefined, "1.23"],
    ["fixed decimals", 12, "en", 2, "12.00"],
    ["negative", -1234.5, "en", 1, "-1,234.5"],
    ["negative rounding to zero", -0.001, "fr", 2, "0,00"],
    // From 1e21 Number#toString uses exponent form: the 15 significant digits, then zeros.
    ["below 1e21, every digit", 123_456_789_012_345_000_000, "en", 0, "123,456,789,012,345,000,000"],
    ["1e21, no exponent form", 1e21, "en", 0, "1,000,000,000,000,000,000,000"],
    ["above 1e21, 15 significant digits", 1.23456789012345e22, "en", 2, "12,345,678,901,234,500,000,000.00"],
    ["≥ 1e21 with decimals", 5.33e29, "fr", undefined, "533_000_000_000_000_000_000_000_000_000"],
    ["one decimal", 0.5, "en", undefined, "0.5"],
  ])("%s", (_name, n, lang, decimals, expected) => {
    expect(show(formatNumber(n, lang, decimals))).toBe(expected);
  });
});

describe("formatPercent", () => {
  it.each<[string, number, Lang, number | undefined, string]>([
    ["fraction, French", 0.625, "fr", undefined, "62,5_%"],
    ["fraction, English", 0.45, "en", undefined, "45%"],
    ["FCTVA rate, 3 decimals", 0.16404, "fr", 3, "16,404_%"],
    ["0.07 has no float noise", 0.07, "en", undefined, "7%"],
    ["above 100 %", 1.666666, "fr", undefined, "166,7_%"],
  ])("%s", (_name, n, lang, decimals, expected) => {
    expect(show(formatPercent(n, lang, decimals))).toBe(expected);
  });
});

describe("formatRate: a typed rate keeps every decimal it carries, up to 3", () => {
  it.each<[string, number, Lang, string]>([
    ["Taux FCTVA, French", 0.16404, "fr", "16,404_%"],
    ["Taux FCTVA, English", 0.16404, "en", "16.404%"],
    ["a round rate shows no decimal", 0.4, "fr", "40_%"],
    ["one decimal", 0.275, "en", "27.5%"],
    ["beyond 3 decimals, rounded", 0.1234567, "fr", "12,346_%"],
    ["0.07 has no float noise", 0.07, "fr", "7_%"],
  ])("%s", (_name, n, lang, expected) => {
    expect(show(formatRate(n, lang))).toBe(expected);
  });

  it("a computed ratio keeps its one decimal", () => {
    expect(show(formatPercent(0.16404, "fr"))).toBe("16,4_%");
  });
});

describe("wrapWords", () => {
  it.each<[string, string, number, string[]]>([
    ["fits on one line", "un deux", 10, ["un deux"]],
    ["breaks at the last space that fits", "un deux trois", 8, ["un deux", "trois"]],
    [
      "a word longer than the width stands alone",
      "a anticonstitutionnellement b",
      10,
      ["a", "anticonstitutionnellement", "b"],
    ],
    ["a no-break space is not a break", "coût\u00A0: bas", 6, ["coût\u00A0:", "bas"]],
    ["repeated spaces collapse", "a  b", 10, ["a b"]],
    ["empty text, no line", "", 10, []],
  ])("%s", (_name, text, width, lines) => {
    expect(wrapWords(text, width)).toEqual(lines);
  });
});

describe("dates and months", () => {
  it.each<[string, string, Lang, string]>([
    ["short French", "2026-12-31", "fr", "31/12/2026"],
    ["short English", "2026-12-31", "en", "2026-12-31"],
  ])("formatDate %s", (_name, iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });
  it.each<[string, string, Lang, string]>([
    ["long French", "2026-06-09", "fr", "9 juin 2026"],
    ["first of the month, French", "2026-06-01", "fr", "1er juin 2026"],
    ["long English", "2026-06-09", "en", "9 June 2026"],
    ["accented month", "2026-08-15", "fr", "15 août 2026"],
  ])("formatDateLong %s", (_name, iso, lang, expected) => {
    expect(formatDateLong(iso, lang)).toBe(expected);
  });
  it.each<[string, string, Lang, string]>([
    ["French", "2026-03", "fr", "mars 2026"],
    ["English", "2026-03", "en", "March 2026"],
    ["December", "2026-12", "fr", "décembre 2026"],
  ])("formatMonth %s", (_name, m, lang, expected) => {
    expect(formatMonth(m, lang)).toBe(expected);
  });
});
