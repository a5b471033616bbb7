import { describe, expect, it } from "vitest";
import { checkFiche, checkFunding } from "../../../src/core/checks/index.js";
import { computeFunding } from "../../../src/core/compute/funding.js";
import type { FicheProjet, FundingRow, IsoDate, IssueCode, IssueDraft } from "../../../src/core/types.js";
import { aid, fiche, line, project, step } from "./helpers.js";

const D = "2026-11-15";

/** The funding checks of one code, as the computation runs them (forecast finish given). */
function funding<C extends IssueCode>(f: FicheProjet, code: C, forecastFinish: IsoDate | null = null) {
  const drafts = checkFunding(f, { statusDate: D, funding: computeFunding(f), forecastFinish });
  return drafts.filter((i): i is Extract<IssueDraft, { code: C }> => i.code === code);
}

/** The place of each issue: `Sheet!cell`, `Sheet!-` for a whole tab. */
const places = (issues: readonly IssueDraft[]) => issues.map((i) => `${i.sheet}!${i.cell ?? "-"}`);

/** A project with `e` € of investment expenses and these rows of plan. */
const planned = (e: number, rows: FundingRow[], more: Partial<FicheProjet> = {}) =>
  fiche({ budget: [line(2, { initial: e, open: e, forecast: e })], funding: rows, ...more });

describe("COFINANCING_ABOVE_80: public aid over public aid + the owner's share (CGCT L1111-10)", () => {
  const cofinancing = (f: FicheProjet) =>
    checkFiche(f, { statusDate: D }).filter((i) => i.code === "COFINANCING_ABOVE_80");

  it.each<[string, number, FundingRow[], string[]]>([
    ["exactly 80 % is not above", 1_000_000, [aid(2, { requested: 800_000 })], []],
    ["80 % and one cent above", 1_000_000, [aid(2, { requested: 800_000.01 })], ["Financement!-"]],
    [
      "exactly 80 % in binary-unfriendly amounts",
      1_000_000.3,
      [aid(2, { requested: 300_000.1 }), aid(3, { requested: 500_000.14 })],
      [],
    ],
    [
      "the issue's 1 M€: Région 600 k€ + private 250 k€ → owner 150 k€ = 20 % of 750 k€, not flagged",
      1_000_000,
      [aid(2, { category: "Collectivité", requested: 600_000 }), aid(3, { category: "Privé", requested: 250_000 })],
      [],
    ],
    [
      "the same with 10 k€ more from the Région: flagged",
      1_000_000,
      [aid(2, { category: "Collectivité", requested: 610_000 }), aid(3, { category: "Privé", requested: 250_000 })],
      ["Financement!-"],
    ],
    [
      "a refused aid does not count",
      1_000_000,
      [aid(2, { requested: 700_000 }), aid(3, { status: "refusé", requested: 300_000 })],
      [],
    ],
  ])("%s", (_name, e, rows, where) => {
    expect(places(cofinancing(planned(e, rows)))).toEqual(where);
  });

  it("the rate is the unrounded public aid rate", () => {
    const [issue] = cofinancing(planned(1_000_000, [aid(2, { requested: 800_040 })]));
    expect(issue?.params).toEqual({ rate: 800_040 / 1_000_000 });
  });

  it("Dérogation 20 % = oui: no warning, however high the rate", () => {
    const f = planned(1_000_000, [aid(2, { requested: 950_000 })], { project: project({ ownerShareWaiver: true }) });
    expect(cofinancing(f)).toEqual([]);
  });

  it.each<[string, FicheProjet, string[]]>([
    [
      "without a plan: the Budget's Investissement revenues, on the Budget tab",
      fiche({ budget: [line(2), line(3, { type: "Recette", forecast: 900, open: 900 })] }),
      ["Budget!-"],
    ],
    [
      "without a plan: operating revenues are outside the base",
      fiche({ budget: [line(2), line(3, { type: "Recette", section: "Fonctionnement", forecast: 900, open: 900 })] }),
      [],
    ],
    [
      "without a plan: operating expenses are outside the base too",
      fiche({
        budget: [
          line(2),
          line(3, { section: "Fonctionnement", forecast: 9000, open: 9000 }),
          line(4, { type: "Recette", forecast: 900, open: 900 }),
        ],
      }),
      ["Budget!-"],
    ],
  ])("%s", (_name, f, where) => {
    expect(places(cofinancing(f))).toEqual(where);
  });
});

describe("FUNDING_OVERFUNDED: the owner's share below 0 €", () => {
  it.each<[string, FundingRow[], string[]]>([
    [
      "funding = expenses: owner's share 0, fine",
      [aid(2, { requested: 600 }), aid(3, { category: "Privé", requested: 400 })],
      [],
    ],
    [
      "one cent over",
      [aid(2, { requested: 600 }), aid(3, { category: "Privé", requested: 400.01 })],
      ["Financement!-"],
    ],
  ])("%s", (_name, rows, where) => {
    expect(places(funding(planned(1000, rows), "FUNDING_OVERFUNDED"))).toEqual(where);
  });

  it("names the funding expected and the investment expenses", () => {
    const [issue] = funding(planned(1000, [aid(2, { requested: 1200 })]), "FUNDING_OVERFUNDED");
    expect(issue?.params).toEqual({ expected: 1200, expenses: 1000 });
  });

  it("never from the Budget fallback: a v1 workbook keeps its v1 issues", () => {
    const f = fiche({ budget: [line(2), line(3, { type: "Recette", forecast: 5000, open: 5000 })] });
    expect(funding(f, "FUNDING_OVERFUNDED")).toEqual([]);
  });
});

describe("FUNDING_AWARD_ABOVE_BASE: Montant notifié > Taux × Assiette + 1 €", () => {
  it.each<[string, Partial<FundingRow>, string[]]>([
    [
      "1 € above: tolerated (a decision rounds to the euro)",
      { rate: 0.25, eligibleBase: 1_600_000, awarded: 400_001 },
      [],
    ],
    ["1,01 € above", { rate: 0.25, eligibleBase: 1_600_000, awarded: 400_001.01 }, ["Financement!H4"]],
    ["below", { rate: 0.25, eligibleBase: 1_600_000, awarded: 380_000 }, []],
    ["no Taux: nothing to compare", { eligibleBase: 1_600_000, awarded: 500_000 }, []],
    ["no Assiette: nothing to compare", { rate: 0.25, awarded: 500_000 }, []],
    ["no Montant notifié", { rate: 0.25, eligibleBase: 1_600_000, requested: 500_000 }, []],
  ])("%s", (_name, row, where) => {
    expect(
      places(funding(planned(2_000_000, [aid(4, { status: "notifié", ...row })]), "FUNDING_AWARD_ABOVE_BASE")),
    ).toEqual(where);
  });

  it("names the row and the ceiling", () => {
    const row = aid(4, { funder: "État", scheme: "DETR", rate: 0.25, eligibleBase: 1_600_000, awarded: 420_000 });
    const [issue] = funding(planned(2_000_000, [row]), "FUNDING_AWARD_ABOVE_BASE");
    expect(issue?.params).toEqual({
      funder: "État",
      scheme: "DETR",
      awarded: 420_000,
      rate: 0.25,
      base: 1_600_000,
      ceiling: 400_000,
    });
  });
});

describe("FUNDING_RECEIVED_EXCEEDS_AWARDED: Montant encaissé > Montant notifié", () => {
  it.each<[string, Partial<FundingRow>, string[]]>([
    ["notifié, received above", { status: "notifié", awarded: 300_000, received: 320_000 }, ["Financement!J3"]],
    ["soldé, received above", { status: "soldé", awarded: 300_000, received: 300_000.01 }, ["Financement!J3"]],
    ["notifié, received equal", { status: "notifié", awarded: 300_000, received: 300_000 }, []],
    ["sollicité: nothing was awarded yet", { status: "sollicité", awarded: 300_000, received: 320_000 }, []],
    ["notifié without Montant notifié", { status: "notifié", requested: 300_000, received: 320_000 }, []],
  ])("%s", (_name, row, where) => {
    expect(places(funding(planned(1_000_000, [aid(3, row)]), "FUNDING_RECEIVED_EXCEEDS_AWARDED"))).toEqual(where);
  });
});

describe("FUNDING_START_DEADLINE: Début au plus tard passed and nothing started by then", () => {
  const steps = (actualStart: IsoDate | null) => [step("E1", 2), step("E2", 3, { actualStart })];
  it.each<[string, Partial<FundingRow>, IsoDate | null, string[]]>([
    ["passed, no step started", { startBy: "2026-09-15" }, null, ["Financement!L2"]],
    ["passed, a step started after it", { startBy: "2026-09-15" }, "2026-09-16", ["Financement!L2"]],
    ["passed, a step started on that day", { startBy: "2026-09-15" }, "2026-09-15", []],
    ["the deadline is the status date: not passed", { startBy: D }, null, []],
    ["not yet", { startBy: "2027-05-12" }, null, []],
    ["refusé: exempt", { startBy: "2026-09-15", status: "refusé" }, null, []],
    ["soldé: not exempt (SPEC §5.3)", { startBy: "2026-09-15", status: "soldé" }, null, ["Financement!L2"]],
  ])("%s", (_name, row, started, where) => {
    const f = planned(1_000_000, [aid(2, { status: "notifié", awarded: 1, ...row })], { steps: steps(started) });
    expect(places(funding(f, "FUNDING_START_DEADLINE"))).toEqual(where);
  });
});

describe("FUNDING_COMPLETION_DEADLINE: Achèvement au plus tard before the forecast finish", () => {
  it.each<[string, Partial<FundingRow>, IsoDate | null, string[]]>([
    ["before", { completeBy: "2027-03-31" }, "2027-05-31", ["Financement!M5"]],
    ["on the day", { completeBy: "2027-05-31" }, "2027-05-31", []],
    ["after", { completeBy: "2029-05-12" }, "2027-05-31", []],
    ["no forecast finish (no dated step)", { completeBy: "2027-03-31" }, null, []],
    ["refusé: exempt", { completeBy: "2027-03-31", status: "refusé" }, "2027-05-31", []],
    ["soldé: exempt", { completeBy: "2027-03-31", status: "soldé" }, "2027-05-31", []],
    ["envisagé: checked", { completeBy: "2027-03-31", status: "envisagé" }, "2027-05-31", ["Financement!M5"]],
  ])("%s", (_name, row, finish, where) => {
    const f = planned(1_000_000, [aid(5, { status: "notifié", awarded: 1, ...row })]);
    expect(places(funding(f, "FUNDING_COMPLETION_DEADLINE", finish))).toEqual(where);
  });
});

describe("FUNDING_BUDGET_MISMATCH: the plan and the Budget's Investissement revenues disagree", () => {
  const revenue = (forecast: number, section: "Investissement" | "Fonctionnement" = "Investissement") =>
    line(3, { type: "Recette", section, initial: forecast, open: forecast, forecast });
  const withBudget = (rows: FundingRow[], ...revenues: ReturnType<typeof revenue>[]) =>
    fiche({ budget: [line(2, { initial: 1e6, open: 1e6, forecast: 1e6 }), ...revenues], funding: rows });

  it.each<[string, FicheProjet, string[]]>([
    ["1 € apart: tolerated", withBudget([aid(2, { requested: 400_001 })], revenue(400_000)), []],
    ["1,01 € apart", withBudget([aid(2, { requested: 400_001.01 })], revenue(400_000)), ["Financement!-"]],
    [
      "a refused aid counts for 0",
      withBudget([aid(2, { requested: 400_000 }), aid(3, { status: "refusé", requested: 9 })], revenue(400_000)),
      [],
    ],
    [
      "no Investissement revenue line: nothing to compare",
      withBudget([aid(2, { requested: 9 })], revenue(400_000, "Fonctionnement")),
      [],
    ],
    ["no plan: the Budget is the plan", withBudget([], revenue(400_000)), []],
  ])("%s", (_name, f, where) => {
    expect(places(funding(f, "FUNDING_BUDGET_MISMATCH"))).toEqual(where);
  });
});

describe("the funding checks together", () => {
  it("row by row in sheet order, then the totals", () => {
    const f = planned(
      100,
      [
        aid(2, {
          status: "notifié",
          awarded: 500,
          received: 600,
          rate: 0.1,
          eligibleBase: 100,
          completeBy: "2027-01-01",
        }),
        aid(3, { status: "sollicité", requested: 50, startBy: "2026-01-01" }),
      ],
      { budget: [line(2, { initial: 100, open: 100, forecast: 100 }), line(4, { type: "Recette", forecast: 1 })] },
    );
    const drafts = checkFunding(f, { statusDate: D, funding: computeFunding(f), forecastFinish: "2027-06-30" });
    expect(drafts.map((d) => `${d.code} ${d.cell ?? "-"}`)).toEqual([
      "FUNDING_AWARD_ABOVE_BASE H2",
      "FUNDING_RECEIVED_EXCEEDS_AWARDED J2",
      "FUNDING_COMPLETION_DEADLINE M2",
      "FUNDING_START_DEADLINE L3",
      "FUNDING_OVERFUNDED -",
      "FUNDING_BUDGET_MISMATCH -",
    ]);
  });
});
