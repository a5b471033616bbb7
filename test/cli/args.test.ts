import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { progressLine } from "../../src/cli/progress.js";
import { calendarDateIn } from "../../src/cli/today.js";
import { UsageError } from "../../src/cli/usage.js";

describe("parseArgs", () => {
  it.each([
    ["no argument → help", [], { command: "help" }],
    ["help word", ["help"], { command: "help" }],
    [
      "check with JSON",
      ["check", "a.xlsx", "--json"],
      { command: "check", positionals: ["a.xlsx"], json: true, lang: "fr" },
    ],
    ["--opt=value form", ["check", "a.xlsx", "--status-date=2026-03-09"], { statusDate: "2026-03-09" }],
    ["short -o", ["check", "a.xlsx", "-o", "r.xlsx"], { output: "r.xlsx" }],
    ["options before the command", ["--lang", "en", "template"], { command: "template", lang: "en" }],
    ["-- ends the options", ["check", "--", "-bizarre.xlsx"], { positionals: ["-bizarre.xlsx"] }],
    [
      "consolidate, many inputs",
      ["consolidate", "a", "b", "-o", "p.xlsx", "--capacity", "c.xlsx"],
      { positionals: ["a", "b"], capacity: "c.xlsx" },
    ],
    ["--version wins", ["check", "--version"], { command: "version" }],
    ["leap day", ["check", "a.xlsx", "--status-date", "2028-02-29"], { statusDate: "2028-02-29" }],
  ])("%s", (_name, argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  it.each([
    ["unknown option", ["check", "a", "--nope"]],
    ["twice the same option", ["check", "a", "--json", "--json"]],
    ["flag with a value", ["check", "a", "--json=yes"]],
    ["value missing", ["check", "a", "--status-date"]],
    ["empty value", ["check", "a", "--lang="]],
    ["date not ISO", ["check", "a", "--status-date", "09/03/2026"]],
    ["date impossible", ["check", "a", "--status-date", "2026-13-01"]],
    ["--example on check", ["check", "a", "--example"]],
    ["unknown command", ["valider"]],
  ])("%s → UsageError", (_name, argv) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
  });
});

describe("calendarDateIn (Europe/Paris)", () => {
  it.each([
    ["winter, late evening UTC is the next day in Paris", "2026-11-28T23:30:00Z", "2026-11-29"],
    ["winter, just before Paris midnight", "2026-11-28T22:59:59Z", "2026-11-28"],
    ["summer time (UTC+2)", "2026-07-14T22:00:00Z", "2026-07-15"],
    ["summer, before Paris midnight", "2026-07-14T21:59:00Z", "2026-07-14"],
    ["new year", "2026-12-31T23:00:00Z", "2027-01-01"],
  ])("%s", (_name, instant, expected) => {
    expect(calendarDateIn(new Date(instant))).toBe(expected);
  });
});

describe("progressLine", () => {
  it.each([
    [0, 4, "a.xlsx", "[>                   ] 0/4 a.xlsx"],
    [2, 4, "b.xlsx", "[==========>         ] 2/4 b.xlsx"],
    [4, 4, "", "[====================] 4/4 "],
    [1, 3, "x\u001b[2Jy", "[======>             ] 1/3 x [2Jy"],
  ])("%i/%i %j", (done, total, label, expected) => {
    expect(progressLine(done, total, label)).toBe(expected);
  });
});
