import { describe, expect, it } from "vitest";
import { monthRuns, monthSpan, overloadedServices, shortMonth } from "../../../src/core/portfolio/months.js";

describe("month labels of the portfolio", () => {
  it.each([
    ["January in French", "2026-01", "fr", "janv. 2026"],
    ["a month without abbreviation", "2026-05", "fr", "mai 2026"],
    ["September in French", "2026-09", "fr", "sept. 2026"],
    ["January in English", "2026-01", "en", "Jan 2026"],
    ["December in English", "2027-12", "en", "Dec 2027"],
  ] as const)("%s", (_name, month, lang, label) => {
    expect(shortMonth(month, lang)).toBe(label);
  });

  it.each([
    ["a span within a year", "2026-03", "2026-05", ["2026-03", "2026-04", "2026-05"]],
    ["across the new year", "2026-11", "2027-02", ["2026-11", "2026-12", "2027-01", "2027-02"]],
    ["one month", "2026-07", "2026-07", ["2026-07"]],
    ["reversed: nothing", "2026-07", "2026-06", []],
  ])("monthSpan: %s", (_name, first, last, months) => {
    expect(monthSpan(first, last)).toEqual(months);
  });

  it.each([
    ["one month", ["2026-03"], "fr", "mars 2026"],
    ["a run within a year", ["2026-09", "2026-10", "2026-11", "2026-12"], "fr", "sept.–déc. 2026"],
    ["a run across the new year", ["2026-12", "2027-01", "2027-02"], "fr", "déc. 2026–févr. 2027"],
    ["two runs, unsorted, repeated", ["2026-10", "2026-03", "2026-09", "2026-10"], "fr", "mars 2026, sept.–oct. 2026"],
    ["in English", ["2026-09", "2026-10"], "en", "Sep–Oct 2026"],
    ["nothing", [], "fr", ""],
  ] as const)("monthRuns: %s", (_name, months, lang, text) => {
    expect(monthRuns(months, lang)).toBe(text);
  });

  it("names each overloaded service with its months, no-break spaces in French", () => {
    const overloads = [
      { service: "Usages numériques", month: "2026-09" },
      { service: "SI", month: "2026-03" },
      { service: "Usages numériques", month: "2026-10" },
    ];
    expect(overloadedServices(overloads, "fr")).toBe(
      "Usages numériques\u00A0: sept.–oct. 2026\u00A0; SI\u00A0: mars 2026",
    );
    expect(overloadedServices(overloads, "en")).toBe("Usages numériques: Sep–Oct 2026; SI: Mar 2026");
  });
});
