/** SPEC §6 `Charge services`: a service × month matrix of the load, coloured above 100 % and 120 %. */
import { describe, expect, it } from "vitest";
import { consolidatePortfolio, summarizeProject } from "../../../src/core/portfolio/index.js";
import type { MatrixCell } from "../../../src/core/portfolio/staffingMatrix.js";
import { buildStaffingSheet, loadStyle } from "../../../src/core/portfolio/tabs/staffing.js";
import type { CapacityRow } from "../../../src/core/types.js";
import { makeAnalysis } from "../output/fixtures.js";
import { expectWellFormed, rowOf, stylesAt } from "../report/invariants.js";

const cell = (load: number | null, overloaded = load !== null && load > 1): MatrixCell => ({
  planned: 1,
  capacity: 1,
  load,
  overloaded,
});

describe("the colour of a load", () => {
  it.each([
    ["below capacity", cell(0.5), undefined],
    ["exactly 100 %: not coloured", cell(1), undefined],
    ["just above 100 %: amber", cell(1.0001), "amber"],
    ["exactly 120 %: amber, not red", cell(1.2), "amber"],
    ["just above 120 %: red", cell(1.2001), "red"],
    ["no capacity that month: not coloured", cell(null, false), undefined],
    ["planned days against a capacity of zero: red", cell(null, true), "red"],
  ] as const)("%s", (_name, c, style) => {
    expect(loadStyle(c)).toBe(style);
  });
});

const capacity = (service: string, month: string, available: number): CapacityRow => ({
  row: 2,
  service,
  month,
  available,
});
const project = (code: string, load: [string, string, number][]) => ({
  ...summarizeProject(`${code}.xlsx`, makeAnalysis({ code })),
  plannedLoad: load.map(([service, month, planned]) => ({ service, month, planned })),
});

describe("Charge services", () => {
  const p = consolidatePortfolio(
    [
      project("A", [
        ["Usages numériques", "2026-09", 6],
        ["Usages numériques", "2026-10", 10.1],
        ["Voirie", "2026-09", 4],
      ]),
      project("B", [
        ["usages numeriques", "2026-09", 4],
        ["Usages numériques", "2026-11", 12],
        ["Usages numériques", "2026-12", 12.1],
        ["Usages numériques", "2027-02", 3],
        ["Voirie", "2027-02", 1],
      ]),
    ],
    {
      capacity: ["2026-09", "2026-10", "2026-11", "2026-12", "2027-01"]
        .map((m) => capacity("Usages numériques", m, 10))
        .concat([capacity("Usages numériques", "2027-02", 0)]),
    },
  );
  const sheet = buildStaffingSheet(p);
  const months = ["sept. 2026", "oct. 2026", "nov. 2026", "déc. 2026", "janv. 2027", "févr. 2027"];

  it("is well formed, with one column per month of the span (January included, with nothing planned)", () => {
    expectWellFormed(sheet);
    const header = rowOf(sheet, "Service");
    expect(sheet.rows[header]).toEqual(["Service", ...months]);
    expect(sheet.frozenRows).toBe(header + 1);
    expect(sheet).toMatchObject({ frozenColumns: 1, landscape: true, printTitleRows: { row: header, rows: 1 } });
  });

  it("the load: services merged across projects, each month coloured by its load", () => {
    const row = rowOf(sheet, "Usages numériques");
    expect(sheet.rows[row]).toEqual(["Usages numériques", 1, 1.01, 1.2, 1.21, 0, "capacité 0"]);
    expect([1, 2, 3, 4, 5, 6].map((col) => stylesAt(sheet, row, col).filter((s) => s !== "percent"))).toEqual([
      [],
      ["amber"],
      ["amber"],
      ["red"],
      [],
      ["red"],
    ]);
    // A service without any capacity: no load, no colour.
    const voirie = rowOf(sheet, "Voirie");
    expect(sheet.rows[voirie]).toEqual(["Voirie", null, null, null, null, null, null]);
    expect(stylesAt(sheet, voirie, 1)).toEqual(["percent"]);
  });

  it("below it, the planned days and the capacity, same columns", () => {
    const planned = rowOf(sheet, "Jours prévus");
    expect(sheet.rows[planned + 1]).toEqual(["Service", ...months]);
    expect(sheet.rows[planned + 2]).toEqual(["Usages numériques", 10, 10.1, 12, 12.1, 0, 3]);
    expect(sheet.rows[planned + 3]).toEqual(["Voirie", 4, 0, 0, 0, 0, 1]);
    const cap = rowOf(sheet, "Capacité (jours)");
    expect(sheet.rows[cap + 2]).toEqual(["Usages numériques", 10, 10, 10, 10, 10, 0]);
    expect(sheet.rows[cap + 3]).toEqual(["Voirie", null, null, null, null, null, null]);
  });

  it("one combo chart per overloaded service, from a new page, over its own data block", () => {
    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    if (!chart) throw new Error("no chart");
    expect(chart).toMatchObject({
      kind: "column",
      seriesIn: "rows",
      title: "Usages numériques\u00A0: jours prévus / capacité (jours)",
    });
    expect(chart.series?.map((s) => [s.name, s.line ?? false])).toEqual([
      ["Jours prévus", false],
      ["Capacité (jours)", true],
    ]);
    const { row, col, rows, cols } = chart.data;
    expect(sheet.rows[row]).toEqual(["Usages numériques", ...months]);
    expect(sheet.rows[row + 1]?.[0]).toBe("Jours prévus");
    expect(sheet.rows[row + 2]?.[0]).toBe("Capacité (jours)");
    expect([col, rows, cols]).toEqual([0, 3, months.length + 1]);
    const charts = rowOf(sheet, "Services en surcharge\u00A0: jours prévus et capacité");
    expect(sheet.pageBreaks).toEqual([charts]);
    expect(chart.anchor).toEqual({ row: charts + 1, col: 0 });
  });

  it("names the overloaded services and their months on one line", () => {
    expect(sheet.rows[2]?.[0]).toBe("Services en surcharge\u00A0: Usages numériques\u00A0: oct.–déc. 2026, févr. 2027");
    expect(stylesAt(sheet, 2, 0)).toEqual(["overload"]);
  });

  it("five overloaded services: two charts a row, two rows a page, a break before each page", () => {
    const services = ["S1", "S2", "S3", "S4", "S5"];
    const many = consolidatePortfolio(
      [
        project(
          "A",
          services.map((s) => [s, "2026-03", 2]),
        ),
      ],
      {
        capacity: services.map((s) => capacity(s, "2026-03", 1)),
      },
    );
    const tab = buildStaffingSheet(many);
    expectWellFormed(tab);
    const anchors = tab.charts.map((c) => c.anchor);
    const first = anchors[0]?.row ?? 0;
    expect(anchors.map((a) => [a.row - first, a.col > 0])).toEqual([
      [0, false],
      [0, true],
      [14, false],
      [14, true],
      [28, false],
    ]);
    expect(tab.pageBreaks).toEqual([first - 1, first + 28]);
  });

  it("in English: tab name and month labels", () => {
    const en = buildStaffingSheet({ ...p, lang: "en" });
    expect(en.name).toBe("Service load");
    expect(en.rows[rowOf(en, "Service")]).toEqual([
      "Service",
      "Sep 2026",
      "Oct 2026",
      "Nov 2026",
      "Dec 2026",
      "Jan 2027",
      "Feb 2027",
    ]);
  });

  it.each([
    [
      "no planned days",
      consolidatePortfolio([project("A", [])], {}),
      "Aucune charge prévue dans les projets consolidés.",
    ],
    [
      "no capacity given",
      consolidatePortfolio([project("A", [["SI", "2026-03", 2]])], {}),
      "Capacité des services non fournie (onglet Capacité)\u00A0: la charge ne peut pas être comparée.",
    ],
  ])("%s: says so", (_name, portfolio, text) => {
    const tab = buildStaffingSheet(portfolio);
    expectWellFormed(tab);
    expect(tab.rows.flat()).toContain(text);
    expect(tab.charts).toEqual([]);
  });
});
