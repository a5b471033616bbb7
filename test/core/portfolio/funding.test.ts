/**
 * SPEC §6 Financements, the PPI's FCTVA and « Financements à encaisser »: every Financement row of
 * every counted project, the Budget fallback as one row, totals by category and status.
 */
import { describe, expect, it } from "vitest";
import { consolidatePortfolio, summarizeProject, toPortfolioDocument } from "../../../src/core/portfolio/index.js";
import { buildDashboardSheet } from "../../../src/core/portfolio/tabs/dashboard.js";
import { buildFundingSheet } from "../../../src/core/portfolio/tabs/funding.js";
import { buildPpiSheet } from "../../../src/core/portfolio/tabs/ppi.js";
import type { PortfolioFunder } from "../../../src/core/portfolio/types.js";
import type { Lang } from "../../../src/core/types.js";
import { makeAnalysis } from "../output/fixtures.js";
import { expectWellFormed } from "../report/invariants.js";

const funder = (over: Partial<PortfolioFunder>): PortfolioFunder => ({
  funder: "État",
  scheme: "DETR",
  category: "État",
  status: "notifié",
  requested: 100,
  awarded: 100,
  received: 40,
  expected: 100,
  toReceive: 60,
  ...over,
});
const fallback = (expected: number, received: number): PortfolioFunder => ({
  funder: null,
  scheme: null,
  category: null,
  status: null,
  requested: null,
  awarded: expected,
  received,
  expected,
  toReceive: Math.max(0, expected - received),
});
const project = (code: string, funders: PortfolioFunder[], fctva: { year: number; amount: number }[] = []) => {
  const s = summarizeProject(`${code}.xlsx`, makeAnalysis({ code }));
  return {
    ...s,
    funders,
    fctvaByYear: fctva,
    fundingToReceive: funders.reduce((sum, f) => sum + f.toReceive, 0),
  };
};
const portfolioOf = (summaries: ReturnType<typeof project>[], lang: Lang = "fr") =>
  consolidatePortfolio(summaries, { capacity: [], lang });

describe("the portfolio's funding", () => {
  it.each([
    ["a project with no funding is named, no row", [project("A", [])], 0, ["A"], 0],
    [
      "every row of every project, by code",
      [
        project("B", [funder({}), funder({ funder: "Région", category: "Collectivité", status: "sollicité" })]),
        project("A", [funder({ funder: "CAF", category: "Autre public", status: "envisagé" })]),
      ],
      3,
      [],
      180,
    ],
    ["the Budget fallback is one row", [project("V", [fallback(185_000, 75_000)])], 1, [], 110_000],
    [
      "a refused row counts nothing to receive",
      [project("R", [funder({ status: "refusé", expected: 0, toReceive: 0, received: 0, awarded: 0 })])],
      1,
      [],
      0,
    ],
  ])("%s", (_, summaries, rows, without, toReceive) => {
    const p = portfolioOf(summaries);
    expect(p.funding.rows).toHaveLength(rows);
    expect(p.funding.withoutFunding).toEqual(without);
    expect(p.funding.total.toReceive).toBe(toReceive);
    expect(p.funding.rows.map((r) => r.code)).toEqual([...p.funding.rows.map((r) => r.code)].sort());
  });

  it("totals by category and by status, in the lists' order, the fallback last", () => {
    const p = portfolioOf([
      project("A", [
        funder({ category: "Europe", status: "sollicité", expected: 10, toReceive: 10, received: 0 }),
        funder({ category: "État", status: "notifié", expected: 20, toReceive: 5, received: 15 }),
        funder({ category: "État", status: "soldé", expected: 7, toReceive: 0, received: 7 }),
      ]),
      project("B", [fallback(50, 20)]),
    ]);
    expect(p.funding.byCategory.map((g) => [g.key, g.rows, g.expected, g.toReceive])).toEqual([
      ["État", 2, 27, 5],
      ["Europe", 1, 10, 10],
      ["budget", 1, 50, 30],
    ]);
    expect(p.funding.byStatus.map((g) => [g.key, g.rows, g.received])).toEqual([
      ["sollicité", 1, 0],
      ["notifié", 1, 15],
      ["soldé", 1, 7],
      ["budget", 1, 20],
    ]);
    expect(p.funding.total).toMatchObject({ expected: 87, received: 42, toReceive: 45 });
  });

  it.each([
    ["fr", "Financements", "Recettes du budget", "Financements à encaisser"],
    ["en", "Financing", "Budget revenues", "Funding to receive"],
  ] as const)("%s: the tab, the fallback's funder, the dashboard's last column", (lang, name, word, column) => {
    const p = portfolioOf([project("V", [fallback(185_000, 75_000)]), project("A", [funder({})])], lang);
    const sheet = buildFundingSheet(p);
    expectWellFormed(sheet);
    expect(sheet.name).toBe(name);
    expect(sheet.fitWidth).toBe(true);
    expect(sheet.rows.some((r) => r[0] === "V" && r[2] === word)).toBe(true);
    const dashboard = buildDashboardSheet(p);
    const header = dashboard.rows.find((r) => r[0] === (lang === "fr" ? "Code projet" : "Project code")) ?? [];
    expect(header.at(-1)).toBe(column);
    const v = dashboard.rows.find((r) => r[0] === "V") ?? [];
    expect(v.at(-1)).toBe(110_000);
  });
});

describe("the PPI's FCTVA by year of receipt", () => {
  it.each([
    ["none", [project("A", [])], [], []],
    ["one year", [project("A", [], [{ year: 2027, amount: 16_404 }])], [2027], [["A", [16_404], 16_404]]],
    [
      "years past the PPI's (régime N+2), 0 where a project receives nothing",
      [
        project("B", [], [{ year: 2028, amount: 10 }]),
        project(
          "A",
          [],
          [
            { year: 2026, amount: 5 },
            { year: 2027, amount: 1 },
          ],
        ),
      ],
      [2026, 2027, 2028],
      [
        ["A", [5, 1, 0], 6],
        ["B", [0, 0, 10], 10],
      ],
    ],
  ])("%s", (_, summaries, years, rows) => {
    const p = portfolioOf(summaries);
    expect(p.ppi.fctva.years).toEqual(years);
    expect(p.ppi.fctva.rows.map((r) => [r.code, r.amounts, r.total])).toEqual(rows);
    const sheet = buildPpiSheet(p);
    expectWellFormed(sheet);
    expect(sheet.rows.some((r) => r[0] === "FCTVA par année de versement")).toBe(true);
    // Its long titles wrap as the PPI's do: one more wrapped area when some project receives FCTVA.
    expect(sheet.wrap).toHaveLength(rows.length > 0 ? 2 : 1);
  });
});

describe("consolidate --json's funding", () => {
  it("totals by category and status in English codes, toReceive, keys in a fixed order", () => {
    const p = portfolioOf([project("A", [funder({ received: 40.004, toReceive: 59.996 })]), project("B", [])]);
    const doc = toPortfolioDocument(p);
    expect(Object.keys(doc.funding)).toEqual([
      "requested",
      "awarded",
      "received",
      "expected",
      "toReceive",
      "byCategory",
      "byStatus",
      "withoutFunding",
    ]);
    expect(doc.funding.byCategory).toEqual([
      { category: "state", rows: 1, requested: 100, awarded: 100, received: 40, expected: 100, toReceive: 60 },
    ]);
    expect(doc.funding.byStatus[0]?.status).toBe("awarded");
    expect(doc.funding.withoutFunding).toEqual(["B"]);
  });
});
