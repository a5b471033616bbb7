import { describe, expect, it } from "vitest";
import {
  buildPortfolioSheets,
  consolidateEntries,
  consolidatePortfolio,
  renderPortfolioDocumentJson,
  summarizeProject,
  toPortfolioDocument,
} from "../../../src/core/portfolio/index.js";
import { compareKeys, compareKeysWith, matchKey, matchKeyCache } from "../../../src/core/portfolio/normalize.js";
import type { CapacityRow, LoadCell } from "../../../src/core/types.js";
import { type FixtureOptions, makeAnalysis, measures } from "../output/fixtures.js";
import { allCells, expectWellFormed, rowOf, stylesAt } from "../report/invariants.js";

const load = (service: string, month: string, planned: number): LoadCell => ({
  service,
  month,
  planned,
  actual: 0,
  capacity: null,
  load: null,
});
const capacity = (service: string, month: string, available: number): CapacityRow => ({
  row: 2,
  service,
  month,
  available,
});
const summary = (file: string, o: FixtureOptions = {}) => summarizeProject(file, makeAnalysis(o));

describe("summarizeProject", () => {
  it("is small, plain data that survives a JSON round trip", () => {
    const s = summary("media.xlsx");
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(s.codePlace).toEqual({ sheet: "Projet", cell: "B2" });
    expect(s.plannedLoad).toEqual([
      { service: "Services techniques", month: "2026-03", planned: 12.5 },
      { service: "Usages numériques", month: "2026-03", planned: 2 },
      { service: "Usages numériques", month: "2026-04", planned: 3 },
    ]);
  });
});

describe("consolidatePortfolio: cross-project staffing load", () => {
  const projects = [
    summary("a.xlsx", { code: "A", staffing: { load: [load("Informatique", "2026-03", 10)] } }),
    summary("b.xlsx", {
      code: "B",
      staffing: { load: [load(" informatique ", "2026-03", 10), load("Voirie", "2026-04", 4)] },
    }),
  ];

  it.each([
    ["summed load over capacity is an overload", 15, { planned: 20, capacity: 15, load: 20 / 15, overloaded: true }],
    ["exactly at capacity is not", 20, { planned: 20, capacity: 20, load: 1, overloaded: false }],
    [
      "a zero capacity with planned days is an overload without ratio",
      0,
      { planned: 20, capacity: 0, load: null, overloaded: true },
    ],
  ])("%s", (_name, available, expected) => {
    const p = consolidatePortfolio(projects, { capacity: [capacity("INFORMATIQUE", "2026-03", available)] });
    expect(p.staffing[0]).toEqual({ service: "Informatique", month: "2026-03", ...expected });
  });

  it("keeps months without capacity with a null load, sorted by service then month", () => {
    const p = consolidatePortfolio(projects, { capacity: [capacity("Informatique", "2026-03", 15)] });
    expect(p.staffing.map((c) => [c.service, c.month, c.capacity, c.load])).toEqual([
      ["Informatique", "2026-03", 15, 20 / 15],
      ["Voirie", "2026-04", null, null],
    ]);
    expect(toPortfolioDocument(p).staffing[0]).toEqual({
      service: "Informatique",
      month: "2026-03",
      planned: 20,
      capacity: 15,
      load: 1.3333,
      overloaded: true,
    });
  });
});

describe("matching keys remembered per text", () => {
  it.each([
    ["accents and case", "Usages Numériques", "usages numeriques"],
    ["spaces around and inside", "  Voirie   et  réseaux ", "voirie et reseaux"],
    ["a decomposed accent", "Bâtiments", "batiments"],
    ["an empty name", "", ""],
  ])("matchKeyCache gives matchKey's key: %s", (_edge, text, key) => {
    const keyOf = matchKeyCache();
    expect(keyOf(text)).toBe(key);
    expect(keyOf(text)).toBe(matchKey(text));
  });

  it.each([
    ["different keys", "École", "ecole a"],
    ["same key, spellings ordered by code unit", "SI", "si"],
    ["the same text", "Voirie", "Voirie"],
    ["accent against none", "été", "ete"],
  ])("compareKeysWith(cache) orders as compareKeys: %s", (_edge, a, b) => {
    const byKey = compareKeysWith(matchKeyCache());
    expect(byKey(a, b)).toBe(compareKeys(a, b));
    expect(byKey(b, a)).toBe(compareKeys(b, a));
  });

  it("sums one service's spellings per month and sorts by service, then month", () => {
    const p = consolidatePortfolio(
      [
        summary("a.xlsx", {
          code: "A",
          staffing: { load: [load("Voirie", "2026-04", 1), load("École", "2026-05", 2)] },
        }),
        summary("b.xlsx", {
          code: "B",
          staffing: { load: [load("ecole", "2026-04", 3), load("VOIRIE", "2026-04", 4)] },
        }),
      ],
      { capacity: [capacity("voirie", "2026-04", 2), capacity("Voirie ", "2026-04", 3)] },
    );
    expect(p.staffing.map((c) => [c.service, c.month, c.planned, c.capacity])).toEqual([
      ["ecole", "2026-04", 3, null],
      ["École", "2026-05", 2, null],
      ["Voirie", "2026-04", 5, 5],
    ]);
  });
});

describe("consolidatePortfolio: codes and failures", () => {
  const projects = [
    summary("media.xlsx", { code: "MEDIA-2026" }),
    summary("piscine.xlsx", { code: "PISC-01", issues: [] }),
    summary("media-copie.xlsx", { code: " média-2026", issues: [] }),
    summary("sans-code.xlsx", { code: null }),
  ];
  const p = consolidatePortfolio(projects, { failures: [{ file: "casse.xlsx", message: "Fichier illisible" }] });

  it("counts a shared code once: the copy is set aside, each workbook gets an error at its Code projet cell", () => {
    expect(p.rows.map((r) => r.file)).toEqual(["media.xlsx", "piscine.xlsx"]);
    const dup = p.issues.filter((i) => i.code === "PORTFOLIO_DUPLICATE_CODE");
    expect(dup.map((i) => [i.file, i.severity, i.sheet, i.cell])).toEqual([
      ["media.xlsx", "error", "Projet", "B2"],
      ["media-copie.xlsx", "error", "Projet", "B2"],
    ]);
    for (const d of dup) expect(d.message).toContain("media.xlsx, media-copie.xlsx");
    expect(p.rows.map((r) => [r.errors, r.warnings])).toEqual([
      [2, 2],
      [0, 0],
    ]);
    expect(p.duplicates).toEqual([
      {
        code: "MEDIA-2026",
        kept: { file: "media.xlsx", statusDate: "2026-06-09" },
        setAside: [{ file: "media-copie.xlsx", statusDate: "2026-06-09" }],
      },
    ]);
    expect(p.kpis).toMatchObject({ projects: 2, setAside: 1, errors: 2 });
  });

  it("lists unreadable workbooks and projects without a code as failures", () => {
    expect(p.failures).toEqual([
      { file: "casse.xlsx", message: "Fichier illisible" },
      { file: "sans-code.xlsx", message: "Code projet manquant\u00A0: le classeur n'est pas consolidé." },
    ]);
    expect(p.kpis.failures).toBe(2);
    expect(p.issues.some((i) => i.file === "sans-code.xlsx")).toBe(false);
  });

  it("prefixes every project issue with its file, duplicate first", () => {
    expect(p.issues.filter((i) => i.file === "media.xlsx").map((i) => i.code)).toEqual([
      "PORTFOLIO_DUPLICATE_CODE",
      "VALUE_INVALID",
      "BUDGET_OVERCOMMITTED",
      "EVALUATION_MISSING",
      "DIGITAL_SERVICE_ABSENT",
    ]);
  });
});

describe("consolidatePortfolio: totals and KPIs", () => {
  const p = consolidatePortfolio([
    summary("a.xlsx", { code: "A", leadService: "Culture", status: "en cours" }),
    summary("b.xlsx", {
      code: "B",
      leadService: "culture ",
      status: "prévu",
      expenses: measures(1, 2, 3, 4, 5),
      revenues: measures(0, 0, 0, 0, 1),
      health: { budget: "green", schedule: "green", staffing: "green", overall: "green" },
      staffing: { digitalServiceInvolved: false },
    }),
    summary("c.xlsx", { code: "C", leadService: "Voirie", status: "en cours" }),
  ]);

  it("sums the flows overall and by lead service", () => {
    const a = makeAnalysis().results.budget;
    expect(p.totals.overall.expenses.forecast).toBe(a.expenses.forecast * 2 + 5);
    expect(p.totals.overall.netCost.forecast).toBe(a.expenses.forecast * 2 + 5 - (a.revenues.forecast * 2 + 1));
    expect(p.totals.byLeadService.map((l) => [l.leadService, l.projects])).toEqual([
      ["Culture", 2],
      ["Voirie", 1],
    ]);
    expect(p.totals.byLeadService[0]?.expenses.paid).toBe(a.expenses.paid + 4);
  });

  it("sums by Exercice × Section × Sens across projects", () => {
    expect(p.totals.byYearSection.map((t) => [t.year, t.section, t.type, t.forecast])).toEqual([
      [2026, "Investissement", "Dépense", 72_000 * 3],
      [2026, "Investissement", "Recette", 40_000 + 40_000 + 1],
      [2026, "Fonctionnement", "Dépense", 10_000 * 3],
      [2027, "Investissement", "Dépense", 43_000.004 * 3],
    ]);
  });

  it("counts projects by status and health, and the digital involvement rate", () => {
    expect(p.kpis).toMatchObject({
      projects: 3,
      byStatus: { prévu: 1, "en cours": 2, réalisé: 0, suspendu: 0, abandonné: 0 },
      projectsInGreen: 1,
      projectsInAmber: 0,
      projectsInRed: 2,
      errors: 3,
      warnings: 6,
      failures: 0,
      setAside: 0,
      skipped: 0,
    });
    expect(p.kpis.digitalInvolvementRate).toBe(2 / 3);
    expect(toPortfolioDocument(p).kpis.digitalInvolvementRate).toBe(0.6667);
  });
});

describe("toPortfolioDocument", () => {
  const p = consolidateEntries([{ file: "a.xlsx", analysis: makeAnalysis() }], {});
  const doc = toPortfolioDocument(p);

  it("writes the documented keys in order, rounded", () => {
    expect(Object.keys(doc)).toEqual([
      "schemaVersion",
      "statusDate",
      "projects",
      "totals",
      "ppi",
      "funding",
      "staffing",
      "kpis",
      "issues",
      "failures",
      "duplicates",
      "skipped",
    ]);
    expect(Object.keys(doc.projects[0] ?? {}).join(",")).toBe(
      "file,code,title,lead,leadService,status,expenses,revenues,netCost,executionRate,forecastVariance," +
        "fundingToReceive,baselineFinish,forecastFinish,slipWorkingDays,cpi,spi,digitalServiceInvolved,errors,warnings,health",
    );
    expect(doc.schemaVersion).toBe(2);
    // The fixture's plan: 29 999,445 € still to receive, to the cent.
    expect(doc.projects[0]?.fundingToReceive).toBe(29999.45);
    expect(doc.projects[0]?.expenses.open).toBe(120000.56);
    expect(doc.projects[0]?.cpi).toBe(0.7778);
    expect(doc.projects[0]?.slipWorkingDays).toBe(13);
    expect(Object.keys(doc.issues[0] ?? {}).join(",")).toBe("file,severity,code,sheet,cell,message");
    expect(doc.statusDate).toBe("2026-06-09");
  });

  it("renders stable JSON", () => {
    expect(renderPortfolioDocumentJson(doc)).toBe(renderPortfolioDocumentJson(toPortfolioDocument(p)));
    expect(JSON.parse(renderPortfolioDocumentJson(doc))).toEqual(doc);
  });
});

describe("buildPortfolioSheets", () => {
  const p = consolidatePortfolio(
    [
      summary("a.xlsx", { code: "A", title: '=HYPERLINK("x")', staffing: { load: [load("SI", "2026-03", 10)] } }),
      summary("b.xlsx", { code: "B", staffing: { load: [load("SI", "2026-03", 10)] } }),
      summary("c.xlsx", { code: null }),
    ],
    { capacity: [capacity("SI", "2026-03", 15)] },
  );
  const sheets = buildPortfolioSheets(p, "fr");
  const tab = (name: string) => {
    const found = sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no tab ${name}`);
    return found;
  };

  it("writes the dashboard first, then the v1 tabs and the new ones, each well formed with the mark in A1", () => {
    expect(sheets.map((s) => s.name)).toEqual([
      "Tableau de bord",
      "Portefeuille",
      "PPI",
      "Financements",
      "Budget consolidé",
      "Charge services",
      "Contrôles",
    ]);
    for (const s of sheets) expectWellFormed(s);
    expect(sheets[0]?.rows[0]?.[0]).toBe("Généré par fiche-projet — Portefeuille de projets — état au 09/06/2026");
  });

  it("Portefeuille: one row per project with health words on their colours, code and title frozen, file last", () => {
    const overview = tab("Portefeuille");
    const header = rowOf(overview, "Code projet");
    expect(overview.frozenRows).toBe(header + 1);
    expect(overview.frozenColumns).toBe(2);
    const headers = overview.rows[header] ?? [];
    const overallCol = headers.indexOf("Global");
    expect(headers[headers.length - 1]).toBe("Fichier");
    expect(overview.filters).toEqual([{ row: header, col: 0, rows: 3, cols: headers.length }]);
    const a = rowOf(overview, "A");
    expect(overview.rows[a]?.[overallCol]).toBe("rouge");
    expect(overview.rows[a]?.[headers.length - 1]).toBe("a.xlsx");
    expect(stylesAt(overview, a, overallCol)).toContain("red");
    expect(overview.rows[a]?.[1]).toBe('=HYPERLINK("x")');
    expect(allCells(overview)).toContain("Projets");
  });

  it("Charge services: the overloaded service month is coloured in the matrix", () => {
    const staffing = tab("Charge services");
    const row = rowOf(staffing, "SI");
    expect(staffing.rows[row - 1]?.slice(0, 2)).toEqual(["Service", "mars 2026"]);
    expect(staffing.rows[row]?.slice(0, 2)).toEqual(["SI", 20 / 15]);
    expect(stylesAt(staffing, row, 1)).toContain("red");
  });

  it("Contrôles: every issue with its file, and the failures with their reason", () => {
    const controls = tab("Contrôles");
    expect(controls.rows[1]?.slice(0, 6)).toEqual(["Fichier", "Gravité", "Code", "Onglet", "Cellule", "Message"]);
    expect(controls.rows[2]?.slice(0, 5)).toEqual(["a.xlsx", "erreur", "VALUE_INVALID", "Budget", "Budget!J7"]);
    const failure = rowOf(controls, "c.xlsx");
    expect(controls.rows[failure]?.[1]).toBe("Code projet manquant\u00A0: le classeur n'est pas consolidé.");
  });

  it("switches the tab names and the words to English on request", () => {
    const english = buildPortfolioSheets(p, "en");
    expect(english.map((s) => s.name)).toEqual([
      "Dashboard",
      "Portfolio",
      "Capital plan",
      "Financing",
      "Consolidated budget",
      "Service load",
      "Checks",
    ]);
    const overview = english[1];
    expect(overview?.rows[0]?.[0]).toBe("Généré par fiche-projet — Project portfolio — as of 2026-06-09");
    expect(allCells(overview ?? ({ rows: [] } as never))).toContain("File");
    const load = english.find((s) => s.name === "Service load");
    expect(allCells(load ?? ({ rows: [] } as never))).toContain("Mar 2026");
  });

  it("handles an empty portfolio", () => {
    const empty = consolidatePortfolio([], {});
    expect(empty.kpis.digitalInvolvementRate).toBeNull();
    for (const s of buildPortfolioSheets(empty)) expectWellFormed(s);
  });
});

describe("a large portfolio", () => {
  it("consolidates 1 000 summaries", () => {
    const base = summary("x.xlsx");
    const summaries = Array.from({ length: 1000 }, (_, i) => ({ ...base, file: `p${i}.xlsx`, code: `P-${i}` }));
    const p = consolidatePortfolio(summaries, { capacity: [capacity("Services techniques", "2026-03", 100)] });
    expect(p.rows).toHaveLength(1000);
    expect(p.issues).toHaveLength(4000);
    expect(p.staffing[0]).toMatchObject({ service: "Services techniques", planned: 12_500, overloaded: true });
    expect(p.totals.overall.expenses.paid).toBe(45_000_000);
    const sheets = buildPortfolioSheets(p);
    expect(sheets[0]?.rows.length).toBeGreaterThan(1000);
  });
});
