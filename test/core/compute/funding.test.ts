import { describe, expect, it } from "vitest";
import { computeBudget } from "../../../src/core/compute/budget.js";
import { fctvaByYear } from "../../../src/core/compute/fctva-by-year.js";
import { computeFunding } from "../../../src/core/compute/funding.js";
import { expectedOf, funderResult } from "../../../src/core/compute/funding-row.js";
import { parseWorkbook } from "../../../src/core/parse/index.js";
import type { Cell, FctvaTiming, FundingRow } from "../../../src/core/types.js";
import { aid, fiche, line } from "../checks/helpers.js";

/** A Budget of `e` € of investment expenses (one line), plus what a test adds. */
const invest = (e: number) => line(2, { initial: e, open: e, forecast: e });

describe("a row's expected amount (SPEC §5.2)", () => {
  it.each<[string, Partial<FundingRow>, number]>([
    ["refusé: 0 whatever was awarded", { status: "refusé", requested: 90_000, awarded: 50_000 }, 0],
    ["soldé: what was received, the final amount", { status: "soldé", awarded: 100_000, received: 96_500 }, 96_500],
    ["notifié: Montant notifié", { status: "notifié", requested: 120_000, awarded: 100_000 }, 100_000],
    ["notifié without Montant notifié: Montant sollicité", { status: "notifié", requested: 120_000 }, 120_000],
    ["notifié with neither: Taux × Assiette", { status: "notifié", rate: 0.25, eligibleBase: 1_600_000 }, 400_000],
    ["notifié with nothing: 0", { status: "notifié" }, 0],
    ["notifié with Montant notifié 0: 0, not the fallback", { status: "notifié", awarded: 0, requested: 5 }, 0],
    ["sollicité: Montant sollicité", { status: "sollicité", requested: 80_000, rate: 0.5, eligibleBase: 1 }, 80_000],
    ["sollicité without it: Taux × Assiette", { status: "sollicité", rate: 0.3, eligibleBase: 500_000 }, 150_000],
    ["sollicité, Taux without Assiette: 0", { status: "sollicité", rate: 0.3 }, 0],
    ["envisagé, Assiette without Taux: 0", { status: "envisagé", eligibleBase: 500_000 }, 0],
    [
      "envisagé: Taux × Assiette kept unrounded",
      { status: "envisagé", rate: 0.333, eligibleBase: 100_001 },
      33_300.333,
    ],
  ])("%s", (_name, row, expected) => {
    expect(expectedOf(aid(2, row))).toBeCloseTo(expected, 9);
  });

  it.each<[string, Partial<FundingRow>, number]>([
    ["notifié, partly received", { status: "notifié", awarded: 100_000, received: 30_000 }, 70_000],
    [
      "notifié, received above the award: nothing more, not negative",
      { status: "notifié", awarded: 100, received: 120 },
      0,
    ],
    ["sollicité", { status: "sollicité", requested: 50_000 }, 50_000],
    ["refusé: not in toReceive", { status: "refusé", requested: 50_000 }, 0],
    ["soldé: nothing left", { status: "soldé", awarded: 100_000, received: 96_500 }, 0],
  ])("still to receive, %s", (_name, row, toReceive) => {
    expect(funderResult(aid(2, row)).toReceive).toBe(toReceive);
  });
});

describe("the default Statut, applied by the parser (SPEC §5.1)", () => {
  const header = ["Financeur", "Catégorie", "Montant sollicité", "Date de dépôt", "Montant notifié", "Statut"];
  it.each<[string, Cell[], string]>([
    ["a Montant notifié > 0: notifié", ["DETR", "État", 100, "10/01/2026", 90, null], "notifié"],
    [
      "a Montant notifié of 0 and a Date de dépôt: sollicité",
      ["DETR", "État", 100, "10/01/2026", 0, null],
      "sollicité",
    ],
    ["a Date de dépôt only: sollicité", ["Région", "Collectivité", 100, "10/01/2026", null, null], "sollicité"],
    ["neither: envisagé", ["LEADER", "Europe", 100, null, null, null], "envisagé"],
    ["a Statut given wins", ["Région", "Collectivité", 100, null, 90, "refusé"], "refusé"],
    ["an English Statut is read", ["Region", "Local authority", 100, null, null, "closed"], "soldé"],
  ])("%s", (_name, cells, status) => {
    const { fiche: parsed, issues } = parseWorkbook({ sheets: [{ name: "Financement", rows: [header, cells] }] });
    expect(issues.filter((i) => i.sheet === "Financement")).toEqual([]);
    expect(parsed.funding.map((f) => f.status)).toEqual([status]);
  });

  it("Montant encaissé defaults to 0; a missing Catégorie leaves the row out with VALUE_REQUIRED", () => {
    const rows: Cell[][] = [header, ["DETR", "État", 100, null, null, null], ["Mécène", null, 5, null, null, null]];
    const { fiche: parsed, issues } = parseWorkbook({ sheets: [{ name: "Funding", rows }] });
    expect(parsed.funding.map((f) => [f.funder, f.received])).toEqual([["DETR", 0]]);
    expect(issues.filter((i) => i.sheet === "Funding").map((i) => `${i.code} ${i.cell}`)).toEqual([
      "VALUE_REQUIRED B3",
    ]);
  });
});

describe("the plan's totals (SPEC §5.2)", () => {
  const plan = [
    aid(2, { category: "État", status: "notifié", requested: 450_000, awarded: 400_000, received: 120_000 }),
    aid(3, { category: "Collectivité", status: "soldé", requested: 150_000, awarded: 150_000, received: 148_000 }),
    aid(4, { category: "Europe", status: "refusé", requested: 90_000 }),
    aid(5, { category: "Collectivité", status: "sollicité", requested: 100_000, received: 10_000 }),
    aid(6, { category: "Privé", status: "envisagé", rate: 0.5, eligibleBase: 50_000 }),
    aid(7, { category: "Autre public", status: "notifié", requested: 40_000 }),
  ];
  const f = computeFunding(fiche({ budget: [invest(2_000_000)], funding: plan }));

  it.each<[string, number | null]>([
    ["requested: every row's Montant sollicité", 830_000],
    ["awarded: Montant notifié of the notifié and soldé rows", 550_000],
    ["received: every row's Montant encaissé", 278_000],
    ["expected: Σ expected", 400_000 + 148_000 + 0 + 100_000 + 25_000 + 40_000],
    ["toReceive: envisagé, sollicité, notifié rows", 280_000 + 90_000 + 25_000 + 40_000],
    ["awardedToReceive: notifié rows only", 280_000 + 40_000],
    ["publicExpected: every category but Privé", 688_000],
    ["privateExpected: Privé rows", 25_000],
    ["ownerShare: E − public − private", 2_000_000 - 713_000],
  ])("%s", (name, value) => {
    const key = name.slice(0, name.indexOf(":")) as keyof typeof f;
    expect(f[key]).toBe(value);
  });

  it("rates: owner's share over E, public aid over public aid + owner's share; byFunder in row order", () => {
    expect(f.source).toBe("plan");
    expect(f.ownerShareRate).toBeCloseTo(1_287_000 / 2_000_000, 12);
    expect(f.publicAidRate).toBeCloseTo(688_000 / (688_000 + 1_287_000), 12);
    expect(f.byFunder.map((b) => [b.row, b.requested, b.awarded, b.expected])).toEqual([
      [2, 450_000, 400_000, 400_000],
      [3, 150_000, 150_000, 148_000],
      [4, 90_000, 0, 0],
      [5, 100_000, 0, 100_000],
      [6, 0, 0, 25_000],
      [7, 40_000, 0, 40_000],
    ]);
  });

  it("the issue's example: 1 M€, Région 600 k€, a private partner 250 k€ → owner 150 k€, exactly 80 % of public", () => {
    const r = computeFunding(
      fiche({
        budget: [invest(1_000_000)],
        funding: [
          aid(2, { category: "Collectivité", status: "notifié", awarded: 600_000 }),
          aid(3, { category: "Privé", status: "notifié", awarded: 250_000 }),
        ],
      }),
    );
    expect([r.ownerShare, r.ownerShareRate, r.publicAidRate]).toEqual([150_000, 0.15, 0.8]);
  });

  it.each<[string, number, FundingRow[], number | null, number | null]>([
    ["no investment expense: both rates null", 0, [aid(2, { requested: 10 })], null, null],
    [
      "funded by private money only: owner's share negative, divisor 0 → null",
      1000,
      [aid(2, { category: "Privé", requested: 1000 }), aid(3, { requested: 1000 })],
      -1,
      null,
    ],
    ["overfunded by public money: the rate exceeds 1", 1000, [aid(2, { requested: 1500 })], -0.5, 1.5],
  ])("%s", (_name, e, funding, ownerShareRate, publicAidRate) => {
    const r = computeFunding(fiche({ budget: e > 0 ? [invest(e)] : [], funding }));
    expect(r.ownerShareRate).toBe(ownerShareRate);
    expect(r.publicAidRate).toBe(publicAidRate);
  });
});

describe("without a plan, the Budget's Investissement revenues stand for it (SPEC §5.2)", () => {
  const budget = [
    invest(1_000_000),
    line(3, { type: "Recette", initial: 400_000, open: 400_000, committed: 400_000, paid: 150_000, forecast: 400_000 }),
    line(4, { type: "Recette", initial: 200_000, open: 200_000, committed: 0, paid: 0, forecast: 250_000 }),
    line(5, { type: "Recette", section: "Fonctionnement", initial: 90_000, forecast: 90_000, paid: 90_000 }),
    line(6, { section: "Fonctionnement", initial: 50_000, forecast: 50_000 }),
  ];

  it.each([
    ["no Financement tab", fiche({ budget })],
    ["a Financement tab without a row", fiche({ budget, funding: [] })],
  ])("%s: all public, requested null, byFunder empty", (_name, f) => {
    expect(computeFunding(f)).toEqual({
      source: "budget",
      requested: null,
      awarded: 400_000,
      received: 150_000,
      expected: 650_000,
      toReceive: 500_000,
      awardedToReceive: 250_000,
      publicExpected: 650_000,
      privateExpected: 0,
      investmentExpenses: 1_000_000,
      ownerShare: 350_000,
      ownerShareRate: 0.35,
      publicAidRate: 0.65,
      byFunder: [],
    });
  });

  it("received above what is expected or awarded: nothing left, never negative", () => {
    const over = [invest(100), line(3, { type: "Recette", initial: 50, forecast: 50, committed: 40, paid: 60 })];
    const r = computeFunding(fiche({ budget: over }));
    expect([r.toReceive, r.awardedToReceive]).toEqual([0, 0]);
  });
});

describe("the FCTVA by year of receipt (SPEC §5.2)", () => {
  const lines = [
    line(2, { year: 2026, fctva: true, forecast: 100_000 }),
    line(3, { year: 2027, fctva: true, forecast: 50_000 }),
    line(4, { year: 2027, fctva: false, forecast: 999_999 }),
    line(5, { year: 2028, type: "Recette", fctva: true, forecast: 999_999 }),
    line(6, { year: 2029, fctva: true, forecast: 0 }),
  ];
  it.each<[FctvaTiming, [number, number][]]>([
    [
      "N",
      [
        [2026, 16_404],
        [2027, 8_202],
      ],
    ],
    [
      "N+1",
      [
        [2027, 16_404],
        [2028, 8_202],
      ],
    ],
    [
      "N+2",
      [
        [2028, 16_404],
        [2029, 8_202],
      ],
    ],
  ])(
    "régime %s: the line's Exercice + its delay, eligible expenses only, years with an amount only",
    (timing, years) => {
      const got = fctvaByYear(lines, 0.16404, timing).map((y) => [y.year, Math.round(y.amount * 100) / 100]);
      expect(got).toEqual(years);
    },
  );

  it("adds up to the budget's FCTVA, whatever the régime", () => {
    const b = computeBudget(lines, 0.16404, "N+2");
    expect(b.fctvaByYear.reduce((sum, y) => sum + y.amount, 0)).toBeCloseTo(b.fctva, 9);
  });
});
