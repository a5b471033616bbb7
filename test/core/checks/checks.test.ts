import { describe, expect, it } from "vitest";
import { checkFiche, findCycles } from "../../../src/core/checks/index.js";
import type { FicheProjet, IssueCode, IssueDraft } from "../../../src/core/types.js";
import { fiche, line, project, staff, step } from "./helpers.js";

const run = (f: FicheProjet, statusDate = "2026-06-30") => checkFiche(f, { statusDate });
/** The drafts of one code, typed as that code's (so a test reads its params by name). */
const only = <C extends IssueCode>(f: FicheProjet, code: C, statusDate?: string) =>
  run(f, statusDate).filter((i): i is Extract<IssueDraft, { code: C }> => i.code === code);

describe("a clean fiche", () => {
  it("has no issue", () => {
    expect(run(fiche({ steps: [step("A", 2), step("B", 3, { predecessors: ["A"] })], budget: [line(2)] }))).toEqual([]);
  });
});

describe("ID_DUPLICATE", () => {
  it("points at the second ID cell and names the first", () => {
    const issues = only(fiche({ steps: [step("A", 2), step("B", 3), step("A", 7), step("A", 9)] }), "ID_DUPLICATE");
    expect(issues).toEqual([
      { code: "ID_DUPLICATE", sheet: "Calendrier", cell: "A7", params: { id: "A", firstCell: "A2" } },
      { code: "ID_DUPLICATE", sheet: "Calendrier", cell: "A9", params: { id: "A", firstCell: "A2" } },
    ]);
  });
});

describe("STEP_UNKNOWN", () => {
  it.each<[string, Partial<FicheProjet>, string[]]>([
    ["unknown predecessor", { steps: [step("A", 2, { predecessors: ["Z"] })] }, ["Calendrier!K2 Z"]],
    ["unknown Budget step", { steps: [step("A", 2)], budget: [line(4, { step: "X" })] }, ["Budget!G4 X"]],
    [
      "unknown Équipe step",
      { steps: [step("A", 2)], team: [staff(2, "Usages numériques"), staff(5, "DSI", { step: "Y" })] },
      ["Équipe!C5 Y"],
    ],
    [
      "known references",
      { steps: [step("A", 2), step("B", 3, { predecessors: ["A"] })], budget: [line(2, { step: "B" })] },
      [],
    ],
    [
      "a row left out for a bad value still counts as known",
      { steps: [step("B", 3, { predecessors: ["A"] })], unreadStepIds: ["A"], budget: [line(2, { step: "A" })] },
      [],
    ],
    ["IDs are case-sensitive", { steps: [step("A", 2), step("B", 3, { predecessors: ["a"] })] }, ["Calendrier!K3 a"]],
  ])("%s", (_name, f, expected) => {
    expect(only(fiche(f), "STEP_UNKNOWN").map((i) => `${i.sheet}!${i.cell} ${i.params.id}`)).toEqual(expected);
  });

  it("says nothing when the Calendrier could not be read", () => {
    const f = fiche({ budget: [line(2, { step: "A" })] });
    const { calendrier: _, ...layout } = f.layout;
    expect(only({ ...f, layout }, "STEP_UNKNOWN")).toEqual([]);
  });
});

describe("SCHEDULE_CYCLE", () => {
  it.each<[string, Array<[string, string[]]>, string[]]>([
    ["self loop", [["A", ["A"]]], ["K2 A → A"]],
    [
      "two steps",
      [
        ["A", ["B"]],
        ["B", ["A"]],
      ],
      ["K2 A → B → A"],
    ],
    [
      "three steps, named in finish-to-start order from the first in the Calendrier",
      [
        ["A", ["C"]],
        ["B", ["A"]],
        ["C", ["B"]],
      ],
      ["K2 A → B → C → A"],
    ],
    [
      "two separate loops, each once",
      [
        ["A", ["B"]],
        ["B", ["A"]],
        ["C", []],
        ["D", ["E", "C"]],
        ["E", ["D"]],
      ],
      ["K2 A → B → A", "K5 D → E → D"],
    ],
    [
      "two loops sharing a step are one group, reported once",
      [
        ["A", ["B", "C"]],
        ["B", ["A"]],
        ["C", ["A"]],
      ],
      ["K2 A → B → A"],
    ],
    [
      "a diamond is no cycle",
      [
        ["A", []],
        ["B", ["A"]],
        ["C", ["A"]],
        ["D", ["B", "C"]],
      ],
      [],
    ],
  ])("%s", (_name, graph, expected) => {
    const steps = graph.map(([id, predecessors], i) => step(id, i + 2, { predecessors }));
    expect(only(fiche({ steps }), "SCHEDULE_CYCLE").map((i) => `${i.cell} ${i.params.ids}`)).toEqual(expected);
  });

  it("handles a 20 000-step chain closed into one loop without recursion", () => {
    const n = 20_000;
    const steps = Array.from({ length: n }, (_, i) => ({ id: `S${i}`, predecessors: [`S${(i + n - 1) % n}`] }));
    const [cycle, ...others] = findCycles(steps);
    expect(others).toEqual([]);
    expect(cycle?.members.length).toBe(n);
    expect(cycle?.cycle.slice(0, 3)).toEqual(["S0", "S1", "S2"]);
    expect(cycle?.cycle.length).toBe(n);
  });

  it("a long chain without loop has none", () => {
    const steps = Array.from({ length: 20_000 }, (_, i) => ({ id: `S${i}`, predecessors: i > 0 ? [`S${i - 1}`] : [] }));
    expect(findCycles(steps)).toEqual([]);
  });
});

describe("DATE_ORDER", () => {
  it.each<[string, Partial<Parameters<typeof step>[2]>, string[]]>([
    ["baseline reversed", { baselineStart: "2026-02-01", baselineFinish: "2026-01-31" }, ["F2 2026-02-01 2026-01-31"]],
    ["actual reversed", { actualStart: "2026-02-01", actualFinish: "2026-01-31" }, ["H2 2026-02-01 2026-01-31"]],
    ["same day is fine", { baselineStart: "2026-02-01", baselineFinish: "2026-02-01" }, []],
    ["actual finish without start is fine", { actualFinish: "2025-01-01" }, []],
  ])("%s", (_name, s, expected) => {
    const issues = only(fiche({ steps: [step("A", 2, s)] }), "DATE_ORDER");
    expect(issues.map((i) => `${i.cell} ${i.params.start} ${i.params.finish}`)).toEqual(expected);
  });
});

describe("budget lines", () => {
  it.each<[string, Partial<Parameters<typeof line>[1]>, string[]]>([
    ["overcommitted", { open: 10000, committed: 12000, forecast: 10000 }, ["BUDGET_OVERCOMMITTED L5"]],
    ["committed equal to open", { open: 10000, committed: 10000, forecast: 10000 }, []],
    ["float noise is not an overrun", { open: 0.3, committed: 0.1 + 0.2, forecast: 0.3 }, []],
    ["one cent over", { open: 100, committed: 100.01, forecast: 100 }, ["BUDGET_OVERCOMMITTED L5"]],
    ["paid above committed", { committed: 500, paid: 600 }, ["BUDGET_PAID_EXCEEDS_COMMITTED M5"]],
    ["paid without commitment is not flagged", { committed: 0, paid: 600 }, []],
    ["forecast overrun", { open: 1000, forecast: 1200 }, ["BUDGET_FORECAST_OVERRUN N5"]],
    [
      "all three on one line, in that order",
      { open: 1000, committed: 1100, paid: 1200, forecast: 1300 },
      ["BUDGET_OVERCOMMITTED L5", "BUDGET_PAID_EXCEEDS_COMMITTED M5", "BUDGET_FORECAST_OVERRUN N5"],
    ],
  ])("%s", (_name, b, expected) => {
    const issues = run(fiche({ budget: [line(5, b)] })).filter((i) => i.code.startsWith("BUDGET_"));
    expect(issues.map((i) => `${i.code} ${i.cell}`)).toEqual(expected);
  });

  it("gives the amounts and the line as params", () => {
    const [issue] = only(
      fiche({ budget: [line(5, { line: "Travaux", open: 10000, committed: 12000, forecast: 10000 })] }),
      "BUDGET_OVERCOMMITTED",
    );
    expect(issue).toEqual({
      code: "BUDGET_OVERCOMMITTED",
      sheet: "Budget",
      cell: "L5",
      params: { line: "Travaux", committed: 12000, open: 10000 },
    });
  });

  it("points a forecast overrun at Prévu initial when there is no Prévision finale column", () => {
    const f = fiche({ budget: [line(5, { open: 1000, forecast: 1200 })] });
    const { forecast: _, ...columns } = f.layout.budget?.columns ?? {};
    const layout = { ...f.layout, budget: { sheet: "Budget", headerRow: 1, columns } };
    expect(only({ ...f, layout }, "BUDGET_FORECAST_OVERRUN").map((i) => i.cell)).toEqual(["J5"]);
  });
});

describe("VALIDATION_OVERDUE", () => {
  const stage = (row: number, plannedDate: string | null, decision: FicheProjet["validation"][number]["decision"]) => ({
    row,
    stage: `Étape ${row}`,
    body: null,
    plannedDate,
    decisionDate: null,
    decision,
  });
  it.each<[string, ReturnType<typeof stage>, boolean]>([
    ["past, no decision", stage(2, "2026-05-01", null), true],
    ["past, en attente", stage(2, "2026-05-01", "en attente"), true],
    ["past, decided", stage(2, "2026-05-01", "favorable"), false],
    ["past, postponed counts as a decision", stage(2, "2026-05-01", "ajourné"), false],
    ["on the status date", stage(2, "2026-06-30", null), false],
    ["future", stage(2, "2026-07-01", null), false],
    ["no planned date", stage(2, null, null), false],
  ])("%s", (_name, v, flagged) => {
    const issues = only(fiche({ validation: [v] }), "VALIDATION_OVERDUE");
    expect(issues).toEqual(
      flagged
        ? [
            {
              code: "VALIDATION_OVERDUE",
              sheet: "Validation",
              cell: "C2",
              params: { stage: v.stage, plannedDate: v.plannedDate },
            },
          ]
        : [],
    );
  });
});

describe("DIGITAL_SERVICE_ABSENT", () => {
  it.each<[string, Partial<FicheProjet>, boolean]>([
    ["staffed", {}, false],
    ["staffed, other case and accents", { team: [staff(2, "  USAGES  NUMERIQUES ")] }, false],
    ["absent", { team: [staff(2, "DSI")] }, true],
    ["empty team", { team: [] }, true],
    ["another digital service", { project: project({ digitalService: "DSI" }), team: [staff(2, "DSI")] }, false],
  ])("%s", (_name, f, flagged) => {
    const issues = only(fiche(f), "DIGITAL_SERVICE_ABSENT");
    expect(issues.length).toBe(flagged ? 1 : 0);
    if (flagged)
      expect(issues[0]).toMatchObject({ sheet: "Équipe", cell: null, params: { service: "Usages numériques" } });
  });

  it("says nothing when Équipe could not be read", () => {
    const f = fiche({ team: [] });
    const { equipe: _, ...layout } = f.layout;
    expect(only({ ...f, layout }, "DIGITAL_SERVICE_ABSENT")).toEqual([]);
  });
});

describe("EVALUATION_MISSING", () => {
  const indicator = (measured: number | null) => ({
    row: 2,
    name: "Taux",
    unit: null,
    baseline: null,
    target: 10,
    measured,
    measuredOn: null,
    direction: "hausse" as const,
  });
  it.each<[string, Partial<FicheProjet>, boolean]>([
    ["done without indicator", { project: project({ status: "réalisé" }) }, true],
    ["done without a measure", { project: project({ status: "réalisé" }), indicators: [indicator(null)] }, true],
    ["done with a measure of 0", { project: project({ status: "réalisé" }), indicators: [indicator(0)] }, false],
    ["in progress without indicator", { project: project({ status: "en cours" }) }, false],
  ])("%s", (_name, f, flagged) => {
    expect(only(fiche(f), "EVALUATION_MISSING")).toEqual(
      flagged ? [{ code: "EVALUATION_MISSING", sheet: "Évaluation", cell: null, params: {} }] : [],
    );
  });
});

describe("AP_EXCEEDED", () => {
  const budget = [
    line(2, { committed: 60000, open: 100000, forecast: 100000, year: 2026 }),
    line(3, { committed: 50000, open: 100000, forecast: 100000, year: 2027 }),
    line(4, { committed: 90000, section: "Fonctionnement", open: 100000, forecast: 100000 }),
    line(5, { committed: 90000, type: "Recette", open: 100000, forecast: 10 }),
  ];
  it.each<[string, number | null, boolean]>([
    ["no AP", null, false],
    ["investment expenses over all years above the AP", 100000, true],
    ["equal to the AP", 110000, false],
  ])("%s", (_name, ap, flagged) => {
    const issues = only(fiche({ budget, project: project({ programmeAuthorisation: ap }) }), "AP_EXCEEDED");
    expect(issues).toEqual(
      flagged ? [{ code: "AP_EXCEEDED", sheet: "Projet", cell: "B13", params: { committed: 110000, ap } }] : [],
    );
  });
});

describe("COFINANCING_ABOVE_80", () => {
  it.each<[string, number, number, number | null]>([
    ["81 %", 1000, 810, 0.81],
    ["exactly 80 %", 1000, 800, null],
    ["no expenses", 0, 500, null],
    ["no revenues", 1000, 0, null],
  ])("%s", (_name, expenses, revenues, rate) => {
    const budget = [
      line(2, { forecast: expenses, open: expenses }),
      line(3, { type: "Recette", forecast: revenues, open: revenues }),
    ];
    const issues = only(fiche({ budget }), "COFINANCING_ABOVE_80");
    expect(issues).toEqual(
      rate === null ? [] : [{ code: "COFINANCING_ABOVE_80", sheet: "Budget", cell: null, params: { rate } }],
    );
  });
});
