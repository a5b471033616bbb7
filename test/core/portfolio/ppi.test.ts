/** SPEC §6 PPI: investment expenses' Prévision finale per project and Exercice, with totals. */
import { describe, expect, it } from "vitest";
import { consolidatePortfolio, summarizeProject, toPortfolioDocument } from "../../../src/core/portfolio/index.js";
import { buildPpiSheet } from "../../../src/core/portfolio/tabs/ppi.js";
import type { YearSectionTotal } from "../../../src/core/types.js";
import { makeAnalysis, measures } from "../output/fixtures.js";
import { expectWellFormed, rowOf, stylesAt } from "../report/invariants.js";

const line = (
  year: number,
  section: YearSectionTotal["section"],
  type: YearSectionTotal["type"],
  forecast: number,
) => ({
  year,
  section,
  type,
  ...measures(0, 0, 0, 0, forecast),
});
const project = (code: string, lines: YearSectionTotal[]) => ({
  ...summarizeProject(`${code}.xlsx`, makeAnalysis({ code })),
  byYearSection: lines,
  // The FCTVA below the PPI is tested in funding.test.ts.
  fctvaByYear: [],
});

describe("the PPI", () => {
  it.each([
    ["no investment at all", [project("F", [line(2026, "Fonctionnement", "Dépense", 10)])], [], [], ["F"]],
    ["one year", [project("A", [line(2026, "Investissement", "Dépense", 100)])], [2026], [["A", [100], 100]], []],
    [
      "revenues and operating lines are outside it",
      [
        project("A", [
          line(2026, "Investissement", "Dépense", 100),
          line(2026, "Investissement", "Recette", 60),
          line(2027, "Fonctionnement", "Dépense", 5),
        ]),
      ],
      [2026],
      [["A", [100], 100]],
      [],
    ],
    [
      "several projects and years, sorted by code, 0 where a project has nothing",
      [
        project("B", [line(2027, "Investissement", "Dépense", 30), line(2025, "Investissement", "Dépense", 5)]),
        project("A", [line(2026, "Investissement", "Dépense", 100), line(2026, "Investissement", "Dépense", 1)]),
        project("C", []),
      ],
      [2025, 2026, 2027],
      [
        ["A", [0, 101, 0], 101],
        ["B", [5, 0, 30], 35],
      ],
      ["C"],
    ],
    [
      "an investment line forecast at 0 keeps its project in the PPI",
      [project("Z", [line(2028, "Investissement", "Dépense", 0)])],
      [2028],
      [["Z", [0], 0]],
      [],
    ],
  ] as const)("%s", (_name, summaries, years, rows, without) => {
    const { ppi } = consolidatePortfolio(summaries as never, {});
    expect(ppi.years).toEqual(years);
    expect(ppi.rows.map((r) => [r.code, r.amounts, r.total])).toEqual(rows);
    expect(ppi.withoutInvestment).toEqual(without);
    const totals = years.map((_, i) => rows.reduce((s, r) => s + (r[1][i] ?? 0), 0));
    expect(ppi.totals).toEqual(totals);
    expect(ppi.total).toBe(totals.reduce((a, b) => a + b, 0));
  });

  const p = consolidatePortfolio(
    [
      project("B", [line(2027, "Investissement", "Dépense", 30.004), line(2026, "Investissement", "Dépense", 5)]),
      project("A", [line(2026, "Investissement", "Dépense", 100)]),
      project("F", [line(2026, "Fonctionnement", "Dépense", 10)]),
    ],
    {},
  );

  it("the tab: one row per project, one column per year, totals of rows and columns, the others named", () => {
    const sheet = buildPpiSheet(p);
    expectWellFormed(sheet);
    expect(sheet.name).toBe("PPI");
    const header = rowOf(sheet, "Code projet");
    expect(sheet.rows[header]).toEqual(["Code projet", "Intitulé", 2026, 2027, "Total"]);
    expect(stylesAt(sheet, header, 2)).toEqual(["header", "integer"]);
    expect(sheet.rows[header + 1]).toEqual(["A", "Médiathèque intercommunale", 100, 0, 100]);
    expect(sheet.rows[header + 2]).toEqual(["B", "Médiathèque intercommunale", 5, 30.004, expect.closeTo(35.004, 9)]);
    const total = rowOf(sheet, "Total");
    expect(sheet.rows[total]).toEqual(["Total", null, 105, 30.004, expect.closeTo(135.004, 9)]);
    expect(stylesAt(sheet, total, 4)).toContain("money");
    expect(sheet.rows.flat()).toContain("Sans dépense d'investissement\u00A0: F");
    expect(sheet).toMatchObject({ frozenRows: header + 1, frozenColumns: 2, landscape: true, fitWidth: true });
    expect(buildPpiSheet({ ...p, lang: "en" }).name).toBe("Capital plan");
  });

  it("the JSON: every year on every project, rounded once", () => {
    expect(toPortfolioDocument(p).ppi).toEqual({
      years: [2026, 2027],
      projects: [
        {
          code: "A",
          title: "Médiathèque intercommunale",
          byYear: [
            { year: 2026, amount: 100 },
            { year: 2027, amount: 0 },
          ],
          total: 100,
        },
        {
          code: "B",
          title: "Médiathèque intercommunale",
          byYear: [
            { year: 2026, amount: 5 },
            { year: 2027, amount: 30 },
          ],
          total: 35,
        },
      ],
      byYear: [
        { year: 2026, amount: 105 },
        { year: 2027, amount: 30 },
      ],
      total: 135,
      withoutInvestment: ["F"],
      fctva: { years: [], projects: [], byYear: [], total: 0 },
    });
  });

  it("no investment in the portfolio: the tab says so", () => {
    const sheet = buildPpiSheet(consolidatePortfolio([project("F", [])], {}));
    expectWellFormed(sheet);
    expect(sheet.rows.flat()).toContain("Aucune dépense d'investissement");
  });
});
