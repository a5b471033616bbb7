import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { progressLine } from "../../src/cli/progress.js";
import { typoDistance } from "../../src/cli/suggest.js";
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
    [
      "compare, two files",
      ["compare", "avant.xlsx", "apres.xlsx", "--json", "--status-date", "2026-12-15"],
      { command: "compare", positionals: ["avant.xlsx", "apres.xlsx"], json: true, statusDate: "2026-12-15" },
    ],
    [
      "consolidate --previous",
      ["consolidate", "projets", "-o", "p.xlsx", "--previous", "octobre.xlsx"],
      { command: "consolidate", previous: "octobre.xlsx" },
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
    ["--previous on check", ["check", "a", "--previous", "p.xlsx"]],
    ["-o on compare", ["compare", "a", "b", "-o", "r.xlsx"]],
    ["--capacity on compare", ["compare", "a", "b", "--capacity", "c.xlsx"]],
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

describe("did you mean", () => {
  const message = (argv: string[]) => {
    try {
      parseArgs(argv);
    } catch (e) {
      if (e instanceof UsageError) return { fr: e.message, en: e.en };
    }
    throw new Error("expected a UsageError");
  };

  it.each([
    ["a typo", ["chek", "a.xlsx"], "check"],
    ["two letters swapped", ["chekc", "a.xlsx"], "check"],
    ["French, no accent", ["verifier", "a.xlsx"], "check"],
    ["French, accents", ["vérifier", "a.xlsx"], "check"],
    ["French, capitals", ["Vérifier"], "check"],
    ["contrôler", ["contrôler", "a.xlsx"], "check"],
    ["consolider", ["consolider", "."], "consolidate"],
    ["a typo in consolidate", ["consolidat", "."], "consolidate"],
    ["comparer", ["comparer", "a.xlsx", "b.xlsx"], "compare"],
    ["Comparer, capital", ["Comparer"], "compare"],
    ["évolution", ["évolution", "a.xlsx", "b.xlsx"], "compare"],
    ["diff", ["diff", "a.xlsx", "b.xlsx"], "compare"],
    ["a typo in compare", ["compar", "a.xlsx", "b.xlsx"], "compare"],
    ["modele", ["modele"], "template"],
    ["modèle", ["modèle"], "template"],
    ["templat", ["templat"], "template"],
    ["démo", ["démo"], "demo"],
    ["aide", ["aide"], "--help"],
    ["a workbook without a command", ["projet.xlsx"], "check projet.xlsx"],
  ])("command: %s", (_name, argv, suggestion) => {
    const m = message(argv);
    expect(m.fr).toBe(`commande inconnue : ${argv[0]} ; vouliez-vous dire « ${suggestion} » ?`);
    expect(m.en).toBe(`unknown command: ${argv[0]}; did you mean "${suggestion}"?`);
  });

  it.each([
    ["--exemple", ["template", "--exemple"], "--example"],
    ["--langue", ["check", "a.xlsx", "--langue", "en"], "--lang"],
    ["--langue=en", ["check", "a.xlsx", "--langue=en"], "--lang"],
    ["--capacite", ["consolidate", ".", "--capacite", "c.xlsx"], "--capacity"],
    ["--capacité", ["consolidate", ".", "--capacité", "c.xlsx"], "--capacity"],
    ["--date-etat", ["check", "a.xlsx", "--date-etat", "2026-01-05"], "--status-date"],
    ["--date-état", ["check", "a.xlsx", "--date-état", "2026-01-05"], "--status-date"],
    ["--sortie", ["check", "a.xlsx", "--sortie", "r.xlsx"], "-o"],
    ["--forcer", ["template", "--forcer"], "--force"],
    ["--precedent", ["consolidate", ".", "--precedent", "p.xlsx"], "--previous"],
    ["--précédent", ["consolidate", ".", "--précédent", "p.xlsx"], "--previous"],
    ["a typo: --previuos", ["consolidate", ".", "--previuos", "p.xlsx"], "--previous"],
    ["--aide", ["--aide"], "--help"],
    ["a typo: --jsonn", ["check", "a.xlsx", "--jsonn"], "--json"],
    ["two letters swapped: --stauts-date", ["check", "a.xlsx", "--stauts-date", "2026-01-05"], "--status-date"],
    ["two typos: --capasity", ["consolidate", ".", "--capasity", "c.xlsx"], "--capacity"],
    ["case: -v", ["-v"], "-V"],
    ["case: -O", ["check", "a.xlsx", "-O", "r.xlsx"], "-o"],
  ])("option: %s", (_name, argv, suggestion) => {
    const flag = argv.find((a) => a.startsWith("-"))?.split("=")[0];
    const m = message(argv);
    expect(m.fr).toBe(`option inconnue : ${flag} ; vouliez-vous dire « ${suggestion} » ?`);
    expect(m.en).toBe(`unknown option: ${flag}; did you mean "${suggestion}"?`);
  });

  it.each([
    ["nothing close", ["fabriquer"], "commande inconnue : fabriquer"],
    ["three typos are too many", ["cjexq"], "commande inconnue : cjexq"],
    ["a one-letter option is not guessed", ["check", "a.xlsx", "-x"], "option inconnue : -x"],
    ["nothing close to an option", ["check", "a.xlsx", "--couleur"], "option inconnue : --couleur"],
  ])("no suggestion: %s", (_name, argv, expected) => {
    expect(message(argv).fr).toBe(expected);
  });
});

describe("typoDistance", () => {
  it.each([
    ["same", "check", "check", 0],
    ["one missing", "chek", "check", 1],
    ["one extra", "checkk", "check", 1],
    ["one wrong", "chack", "check", 1],
    ["two swapped", "chekc", "check", 1],
    ["empty", "", "demo", 4],
    ["unrelated", "abc", "xyz", 3],
  ])("%s: %s → %s is %i", (_name, a, b, expected) => {
    expect(typoDistance(a, b)).toBe(expected);
  });
});
