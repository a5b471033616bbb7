/** The matching rules of "what changed", one named case per edge. */
import { describe, expect, it } from "vitest";
import { deltaOf } from "../../../src/core/compare/change.js";
import { linesOf } from "../../../src/core/compare/ficheSnapshot.js";
import { healthWorsening } from "../../../src/core/compare/health.js";
import { issueChanges, matchIssues } from "../../../src/core/compare/issues.js";
import { lineChanges } from "../../../src/core/compare/lines.js";
import { changePath } from "../../../src/core/compare/path.js";
import { sortEvolutions } from "../../../src/core/compare/portfolio.js";
import { stepChanges } from "../../../src/core/compare/steps.js";
import type { ProjectEvolution, StepSnapshot } from "../../../src/core/compare/types.js";
import type { BudgetLine, Issue } from "../../../src/core/types.js";

describe("changePath", () => {
  it.each([
    ["plain words", ["steps", "E3", "forecastFinish"], "steps.E3.forecastFinish"],
    ["a code with dashes", ["projects", "VOI-2026-01", "health", "overall"], "projects.VOI-2026-01.health.overall"],
    ["accented letters stay plain", ["budget", "lines", "Études"], "budget.lines.Études"],
    [
      "a Poste with spaces",
      ["budget", "expenses", "lines", "Mobilier urbain", "forecast"],
      'budget.expenses.lines["Mobilier urbain"].forecast',
    ],
    [
      "a dot inside a segment",
      ["budget", "expenses", "lines", "Lot 1. Gros œuvre"],
      'budget.expenses.lines["Lot 1. Gros œuvre"]',
    ],
    ["a quote inside a segment", ["x", 'dit "le pont"'], 'x["dit \\"le pont\\""]'],
    ["a cell address", ["issues", "STEP_LATE", "Calendrier!F7"], 'issues.STEP_LATE["Calendrier!F7"]'],
  ])("%s", (_name, segments, expected) => {
    expect(changePath(...segments)).toBe(expected);
  });
});

describe("deltaOf", () => {
  it.each([
    ["money: new − old", "money", 880_000, 925_000, 45_000],
    ["money: float noise removed", "money", 0.1, 0.3, 0.2],
    ["money: a decrease is negative", "money", 120_000, 80_000.5, -39_999.5],
    ["ratio: to 4 decimals", "ratio", 0.7, 0.9, 0.2],
    ["integer: slip", "integer", 12, 126, 114],
    ["date: days, over a year end", "date", "2026-12-04", "2027-01-15", 42],
    ["date: earlier is negative", "date", "2027-05-28", "2027-04-30", -28],
    ["a side missing", "money", null, 12, null],
    ["words have none", "health", "green", "red", null],
    ["dates of a side missing", "date", "2026-12-04", null, null],
  ] as const)("%s", (_name, kind, old, now, expected) => {
    expect(deltaOf(kind, old, now)).toBe(expected);
  });
});

const issue = (code: Issue["code"], sheet: string | null, cell: string | null, message: string): Issue => ({
  severity: "warning",
  code,
  sheet,
  cell,
  message,
});
const late = (cell: string, message = "Étape « E6 » en retard") => issue("STEP_LATE", "Calendrier", cell, message);

describe("matchIssues: code + tab + cell, else code + message", () => {
  it.each([
    ["same place: the same issue", [late("F7")], [late("F7", "autre texte, la date d'état a changé")], 0, 0],
    ["the row moved, same message: the same issue", [late("F7")], [late("F8")], 0, 0],
    [
      "row moved and message changed: resolved and appeared",
      [late("F7")],
      [late("F8", "Étape « E7 » en retard")],
      1,
      1,
    ],
    [
      "same cell, another code: resolved and appeared",
      [late("F7")],
      [issue("STEP_FORECAST_IN_PAST", "Calendrier", "F7", "x")],
      1,
      1,
    ],
    ["twice at one place, then once: one resolved", [late("F7"), late("F7")], [late("F7")], 0, 1],
    [
      "a whole-tab issue (no cell) stays",
      [issue("TAB_MISSING", "Évaluation", null, "a")],
      [issue("TAB_MISSING", "Évaluation", null, "a")],
      0,
      0,
    ],
    ["nothing before: all appeared", [], [late("F7"), late("F9", "b")], 2, 0],
    ["nothing after: all resolved", [late("F7")], [], 0, 1],
  ])("%s", (_name, olds, news, appeared, resolved) => {
    const m = matchIssues(olds, news);
    expect([m.appeared.length, m.resolved.length]).toEqual([appeared, resolved]);
  });

  it("an issue's change holds the issue itself, at a path naming its code and cell", () => {
    const [appeared, resolved] = issueChanges([late("F7")], [issue("BUDGET_FORECAST_OVERRUN", "Budget", "N5", "m")]);
    expect(appeared).toMatchObject({ what: 'issues.BUDGET_FORECAST_OVERRUN["Budget!N5"]', old: null, delta: null });
    expect(appeared?.new).toEqual({
      severity: "warning",
      code: "BUDGET_FORECAST_OVERRUN",
      sheet: "Budget",
      cell: "N5",
      message: "m",
    });
    expect(resolved).toMatchObject({ what: 'issues.STEP_LATE["Calendrier!F7"]', new: null });
  });
});

const budgetLine = (l: Partial<BudgetLine> & Pick<BudgetLine, "line">): BudgetLine => ({
  row: 2,
  section: "Investissement",
  type: "Dépense",
  year: 2026,
  account: null,
  service: null,
  step: null,
  funder: null,
  fctva: false,
  initial: 100,
  open: 100,
  committed: 0,
  paid: 0,
  forecast: 100,
  ...l,
});

describe("budget lines: matched by Sens and Poste", () => {
  it.each([
    [
      "a Poste over two Exercices is one line, its measures added up",
      [
        budgetLine({ line: "Travaux", year: 2026, forecast: 250 }),
        budgetLine({ line: "Travaux", year: 2027, forecast: 800 }),
      ],
      [{ flow: "expenses", name: "Travaux", forecast: 1050 }],
    ],
    [
      "an expense and a revenue of one name stay two lines",
      [budgetLine({ line: "DETR" }), budgetLine({ line: "DETR", type: "Recette", forecast: 40 })],
      [
        { flow: "expenses", name: "DETR", forecast: 100 },
        { flow: "revenues", name: "DETR", forecast: 40 },
      ],
    ],
    [
      "case, accents and spaces aside, the first spelling shown",
      [budgetLine({ line: "Maîtrise d'œuvre " }), budgetLine({ line: "MAITRISE  d'œuvre", forecast: 5 })],
      [{ flow: "expenses", name: "Maîtrise d'œuvre", forecast: 105 }],
    ],
  ] as const)("%s", (_name, lines, expected) => {
    expect(linesOf(lines).map((l) => ({ flow: l.flow, name: l.name, forecast: l.measures.forecast }))).toEqual(
      expected,
    );
  });

  it("a line moved, added and removed: its measures, then the new line's, then the old one's", () => {
    const before = linesOf([
      budgetLine({ line: "Travaux", forecast: 880_000 }),
      budgetLine({ line: "Étude", forecast: 30_000 }),
    ]);
    const after = linesOf([
      budgetLine({ line: "Travaux", forecast: 925_000 }),
      budgetLine({ line: "Révision de prix", initial: 0, open: 0, forecast: 12_000 }),
    ]);
    expect(lineChanges(before, after).map((c) => [c.what, c.old, c.new, c.delta])).toEqual([
      ["budget.expenses.lines.Travaux.forecast", 880_000, 925_000, 45_000],
      ['budget.expenses.lines["Révision de prix"]', null, "Révision de prix", null],
      ['budget.expenses.lines["Révision de prix"].forecast', null, 12_000, null],
      ["budget.expenses.lines.Étude", "Étude", null, null],
      ["budget.expenses.lines.Étude.initial", 100, null, null],
      ["budget.expenses.lines.Étude.open", 100, null, null],
      ["budget.expenses.lines.Étude.forecast", 30_000, null, null],
    ]);
  });
});

const step = (s: Partial<StepSnapshot> & Pick<StepSnapshot, "id">): StepSnapshot => ({
  name: `Étape ${s.id}`,
  baselineFinish: "2026-10-30",
  forecastFinish: "2026-12-04",
  percentComplete: 0.85,
  actualStart: "2026-04-07",
  actualFinish: null,
  ...s,
});

describe("steps: matched by ID", () => {
  it.each([
    [
      "forecast finish moved",
      [step({ id: "E6" })],
      [step({ id: "E6", forecastFinish: "2027-01-15" })],
      [["steps.E6.forecastFinish", 42]],
    ],
    [
      "progress moved",
      [step({ id: "E8" })],
      [step({ id: "E8", percentComplete: 0.9 })],
      [["steps.E8.percentComplete", 0.05]],
    ],
    [
      "finished: actual finish and 100 %",
      [step({ id: "E6" })],
      [step({ id: "E6", actualFinish: "2026-12-11", percentComplete: 1, forecastFinish: "2026-12-11" })],
      [
        ["steps.E6.forecastFinish", 7],
        ["steps.E6.percentComplete", 0.15],
        ["steps.E6.actualFinish", null],
      ],
    ],
    [
      "IDs are exact: E1 and e1 are two steps",
      [step({ id: "E1" })],
      [step({ id: "e1" })],
      [
        ["steps.e1", null],
        ["steps.E1", null],
      ],
    ],
    [
      "a duplicated ID: its first row is matched",
      [step({ id: "E2" })],
      [step({ id: "E2" }), step({ id: "E2", forecastFinish: "2030-01-01" })],
      [],
    ],
    ["the name alone is not a change", [step({ id: "E3" })], [step({ id: "E3", name: "Renommée" })], []],
  ] as const)("%s", (_name, olds, news, expected) => {
    expect(stepChanges(olds, news).map((c) => [c.what, c.delta])).toEqual(expected);
  });
});

describe("healthWorsening: red 3, à vérifier 2, amber 1, green 0", () => {
  it.each([
    ["green → red", "green", "red", 3],
    ["amber → à vérifier", "amber", "unknown", 1],
    ["à vérifier → red", "unknown", "red", 1],
    ["red → amber: better", "red", "amber", -2],
    ["unchanged", "amber", "amber", 0],
    ["a side the tab did not say", null, "red", 0],
  ] as const)("%s", (_name, old, now, expected) => {
    expect(healthWorsening(old, now)).toBe(expected);
  });
});

const evolution = (code: string, e: Partial<ProjectEvolution> = {}): ProjectEvolution => ({
  code,
  title: null,
  move: "kept",
  old: null,
  new: null,
  healthWorsening: 0,
  slipDelta: 0,
  forecastFinishDelta: 0,
  expensesForecastDelta: 0,
  changed: true,
  ...e,
});

describe("sortEvolutions: what changed most first", () => {
  it("health worse first (most ranks first), then more slip, then the larger expenses move; added, removed, unchanged after", () => {
    const sorted = sortEvolutions([
      evolution("UNCHANGED", { changed: false }),
      evolution("REMOVED", { move: "removed" }),
      evolution("ADDED", { move: "added" }),
      evolution("BETTER", { healthWorsening: -2 }),
      evolution("MONEY", { expensesForecastDelta: -50_000 }),
      evolution("SLIP", { slipDelta: 14 }),
      evolution("AMBER", { healthWorsening: 1 }),
      evolution("RED", { healthWorsening: 3 }),
      evolution("B-TIE"),
      evolution("A-TIE"),
    ]);
    expect(sorted.map((e) => e.code)).toEqual([
      "RED",
      "AMBER",
      "SLIP",
      "MONEY",
      "A-TIE",
      "B-TIE",
      "BETTER",
      "ADDED",
      "REMOVED",
      "UNCHANGED",
    ]);
  });
});
