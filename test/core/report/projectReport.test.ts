import { describe, expect, it } from "vitest";
import { buildProjectReport } from "../../../src/core/report/projectReport.js";
import { makeAnalysis } from "../output/fixtures.js";
import { allCells, expectWellFormed, rowOf, stylesAt } from "./invariants.js";

describe("buildProjectReport", () => {
  const [synthesis, controls] = buildProjectReport(makeAnalysis());
  if (!synthesis || !controls) throw new Error("two tabs expected");

  it("writes Synthèse then Contrôles, both well formed with the mark in A1", () => {
    expect([synthesis.name, controls.name]).toEqual(["Synthèse", "Contrôles"]);
    expectWellFormed(synthesis);
    expectWellFormed(controls);
    expect(synthesis.rows[0]?.[0]).toBe("Généré par fiche-projet — MEDIA-2026 — état au 09/06/2026");
  });

  it.each([
    ["Budget", "orange", "amber"],
    ["Équipe", "rouge", "red"],
    ["Global", "rouge", "red"],
  ])("health %s shows the word %s on style %s", (label, word, style) => {
    const row = rowOf(synthesis, label, rowOf(synthesis, "Santé du projet"));
    expect(synthesis.rows[row]?.[1]).toBe(word);
    expect(stylesAt(synthesis, row, 1)).toContain(style);
  });

  it("keeps numbers raw with their format intent", () => {
    const row = rowOf(synthesis, "Dépenses");
    expect(synthesis.rows[row]?.slice(1, 6)).toEqual([100000, 120000.555, 90000.3, 45000, 125000.004]);
    expect(stylesAt(synthesis, row, 2)).toContain("money");
    const rate = rowOf(synthesis, "Taux de réalisation");
    expect(synthesis.rows[rate]?.[1]).toBe(45000 / 120000.555);
    expect(stylesAt(synthesis, rate, 1)).toContain("percent");
    const date = rowOf(synthesis, "Date d'état");
    expect(synthesis.rows[date]?.[1]).toEqual({ kind: "date", iso: "2026-06-09" });
  });

  it("colours late steps and overloaded months", () => {
    const e1 = rowOf(synthesis, "E1");
    expect(stylesAt(synthesis, e1, 0)).toContain("amber");
    expect(synthesis.rows[e1]?.slice(0, 8)).toEqual([
      "E1",
      "Étude de programmation",
      { kind: "date", iso: "2026-05-29" },
      { kind: "date", iso: "2026-06-19" },
      15,
      21,
      "oui",
      "oui",
    ]);
    const overloaded = rowOf(synthesis, "Services techniques");
    expect(stylesAt(synthesis, overloaded, 5)).toEqual(expect.arrayContaining(["overload", "percent"]));
    const fine = rowOf(synthesis, "Usages numériques", rowOf(synthesis, "Charge des services"));
    expect(stylesAt(synthesis, fine, 0)).not.toContain("overload");
  });

  it("draws a column chart of the budget and a bar chart of the slip", () => {
    expect(synthesis.charts.map((c) => c.kind)).toEqual(["column", "bar"]);
    const budget = synthesis.charts[0];
    expect(synthesis.rows[budget?.data.row ?? 0]?.slice(0, 3)).toEqual([
      "Exercice",
      "Investissement",
      "Fonctionnement",
    ]);
    expect(synthesis.rows[(budget?.data.row ?? 0) + 1]?.slice(0, 3)).toEqual(["2026", 72000, 10000]);
  });

  it("lists every issue in Contrôles with a link to its cell, styled by severity", () => {
    expect(controls.rows[1]?.slice(0, 5)).toEqual(["Gravité", "Code", "Onglet", "Cellule", "Message"]);
    expect(controls.rows[2]?.slice(0, 4)).toEqual([
      "erreur",
      "VALUE_INVALID",
      "Budget",
      { kind: "link", text: "Budget!J7", sheet: "Budget", cell: "J7" },
    ]);
    expect(controls.rows[4]?.[3]).toBe("Évaluation");
    expect(stylesAt(controls, 2, 0)).toContain("error");
    expect(stylesAt(controls, 3, 0)).toContain("warning");
    expect(controls.filters).toEqual([{ row: 1, col: 0, rows: 5, cols: 5 }]);
    expect(controls.frozenRows).toBe(2);
  });

  it("writes a hostile title as plain text, never a formula", () => {
    const [s] = buildProjectReport(makeAnalysis({ title: '=HYPERLINK("x")' }));
    if (!s) throw new Error("no synthesis");
    expect(allCells(s)).toContain('=HYPERLINK("x")');
    expect(allCells(s).some((c) => typeof c === "object" && c !== null && "formula" in c)).toBe(false);
  });

  it("writes English words inside but keeps the French tab names", () => {
    const [s, c] = buildProjectReport(makeAnalysis({ lang: "en" }));
    if (!s || !c) throw new Error("two tabs expected");
    expect([s.name, c.name]).toEqual(["Synthèse", "Contrôles"]);
    expect(s.rows[0]?.[0]).toBe("Généré par fiche-projet — MEDIA-2026 — as of 2026-06-09");
    const row = rowOf(s, "Overall");
    expect(s.rows[row]?.[1]).toBe("red");
    expect(c.rows[1]?.[0]).toBe("Severity");
    expect(c.rows[2]?.[0]).toBe("error");
    expect(allCells(s)).toContain("in progress");
  });

  it("says so when there is no issue, and handles an empty project", () => {
    const empty = makeAnalysis({ issues: [], code: null, title: null, status: null });
    const [s, c] = buildProjectReport(empty);
    if (!s || !c) throw new Error("two tabs expected");
    expectWellFormed(s);
    expectWellFormed(c);
    expect(c.rows[0]?.[0]).toBe("Généré par fiche-projet — sans code — état au 09/06/2026");
    expect(c.rows[2]?.[0]).toBe("Aucun problème détecté.");
  });
});
