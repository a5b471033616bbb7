import { describe, expect, it } from "vitest";
import { modelCell } from "../../../src/core/template/cell-value.js";
import { columnSpec, tabSpec } from "../../../src/core/template/columns.js";
import { enumLabel, headerLabel, tabName } from "../../../src/core/template/labels.js";
import type { TabKey } from "../../../src/core/types.js";

describe("modelCell", () => {
  it.each([
    ["a date", "calendrier", "baselineStart", "2026-03-02", "fr", { kind: "date", iso: "2026-03-02" }],
    ["an absent date", "calendrier", "actualFinish", null, "fr", null],
    ["a fraction stays a fraction", "calendrier", "percentComplete", 0.45, "fr", 0.45],
    ["a finished step", "calendrier", "percentComplete", 1, "fr", 1],
    ["predecessors", "calendrier", "predecessors", ["E1", "E2"], "fr", "E1; E2"],
    ["no predecessor", "calendrier", "predecessors", [], "fr", null],
    ["a milestone", "calendrier", "milestone", true, "fr", "oui"],
    ["not a milestone (en)", "calendrier", "milestone", false, "en", "no"],
    ["a section (en)", "budget", "section", "Fonctionnement", "en", "Operating"],
    ["a revenue", "budget", "type", "Recette", "fr", "Recette"],
    ["an amount with cents", "budget", "paid", 690_120.35, "fr", 690_120.35],
    ["a zero amount", "budget", "committed", 0, "fr", 0],
    ["a year", "budget", "year", 2027, "fr", 2027],
    ["an account code stays text", "budget", "account", "2313", "fr", "2313"],
    ["a month stays text", "equipe", "month", "2026-09", "fr", "2026-09"],
    ["a decision (en)", "validation", "decision", "en attente", "en", "pending"],
    ["a direction", "evaluation", "direction", "baisse", "fr", "baisse"],
    ["a status (en)", "projet", "status", "réalisé", "en", "done"],
    ["a text that looks like a formula stays text", "projet", "title", '=HYPERLINK("x")', "fr", '=HYPERLINK("x")'],
  ] as const)("%s", (_name, tab, column, value, lang, expected) => {
    expect(modelCell(columnSpec(tab as TabKey, column), value, lang)).toEqual(expected);
  });

  it.each([
    ["a value outside its list", "budget", "section", "Capital investment"],
    ["text in an amount column", "budget", "initial", "12 k€"],
  ] as const)("throws on %s (a programmer mistake in example data)", (_name, tab, column, value) => {
    expect(() => modelCell(columnSpec(tab, column), value, "fr")).toThrow();
  });
});

describe("labels", () => {
  it.each([
    ["calendrier", "fr", "Calendrier"],
    ["calendrier", "en", "Schedule"],
    ["equipe", "en", "Team"],
    ["validation", "en", "Approvals"],
  ] as const)("tabName(%s, %s) = %s", (key, lang, name) => {
    expect(tabName(tabSpec(key), lang)).toBe(name);
  });

  it.each([
    ["calendrier", "id", "fr", "ID *"],
    ["calendrier", "objective", "fr", "Objectif opérationnel"],
    ["budget", "initial", "en", "Initial budget *"],
    ["equipe", "planned", "en", "Planned days"],
  ] as const)("headerLabel(%s.%s, %s) = %s", (tab, column, lang, label) => {
    expect(headerLabel(columnSpec(tab, column), lang)).toBe(label);
  });

  it("enumLabel refuses a value that is not canonical", () => {
    expect(enumLabel("status", "en cours", "en")).toBe("in progress");
    expect(() => enumLabel("status", "in progress", "fr")).toThrow();
  });
});
