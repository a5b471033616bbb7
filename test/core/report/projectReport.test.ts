import { describe, expect, it } from "vitest";
import { EVM_KEYS, evmLabel, evmMeaning } from "../../../src/core/report/evmTerms.js";
import { LOOKS } from "../../../src/core/report/look.js";
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

  it("shows the Taux FCTVA the user typed with its decimals, a computed rate with one", () => {
    const row = rowOf(synthesis, "Taux FCTVA");
    expect(synthesis.rows[row]?.[1]).toBe(0.16404);
    expect(stylesAt(synthesis, row, 1)).toEqual(["rate"]);
    expect(LOOKS.rate.numberFormat).toBe("0.0## %");
    expect(stylesAt(synthesis, rowOf(synthesis, "Taux de cofinancement"), 1)).toEqual(["percent"]);
  });

  it.each([
    [
      "fr",
      "Suivi par la valeur acquise",
      "Estimation à l'achèvement (EAC)",
      "Prévision finale des dépenses",
      /^L'estimation à l'achèvement \(EAC\) prolonge la performance de coût constatée à ce jour \(BAC ÷ CPI.*tandis que la prévision finale est l'estimation du chef de projet.*n'évoluent pas au même rythme\.$/,
    ],
    [
      "en",
      "Earned value management",
      "Estimate at completion (EAC)",
      "Expenses' forecast (Prévision finale)",
      /^The estimate at completion \(EAC\) extends the cost performance to date \(BAC ÷ CPI.*project lead's own estimate.*do not move together\.$/,
    ],
  ] as const)(
    "earned value (%s): words with the acronym, one line each, and why the EAC is not the forecast",
    (lang, title, eac, forecast, why) => {
      const [s] = buildProjectReport(makeAnalysis({ lang }));
      if (!s) throw new Error("no synthesis");
      const top = rowOf(s, title);
      const labels = EVM_KEYS.map((key) => evmLabel(key, lang));
      expect(s.rows.slice(top + 2, top + 14).map((r) => r[0])).toEqual(labels);
      for (const [i, key] of EVM_KEYS.entries()) {
        expect(s.rows[top + 2 + i]?.[2]).toBe(`  ${evmMeaning(key, lang)}`);
        expect(stylesAt(s, top + 2 + i, 2)).toContain("muted");
      }
      const eacRow = rowOf(s, eac, top);
      expect(s.rows[eacRow]?.[1]).toBeCloseTo(100_000 / (35 / 45), 6);
      expect(stylesAt(s, eacRow, 1)).toContain("money");
      expect(stylesAt(s, rowOf(s, labels[6] as string, top), 1)).toContain("ratio");
      const beside = rowOf(s, forecast, top);
      expect(s.rows[beside]?.[1]).toBe(125_000.004);
      const note: string[] = [];
      for (let r = beside + 1; typeof s.rows[r]?.[0] === "string"; r++) note.push(s.rows[r]?.[0] as string);
      expect(note.join(" ")).toMatch(why);
      for (const line of note) expect(line.length).toBeLessThanOrEqual(165);
      expect(allCells(s).some((c) => typeof c === "string" && /^(BAC|EAC|TCPI) —/.test(c))).toBe(false);
    },
  );

  it("without an estimate at completion (nothing paid yet), no forecast beside it and no comparison", () => {
    const a = makeAnalysis();
    const [s] = buildProjectReport({ ...a, results: { ...a.results, evm: { ...a.results.evm, eac: null } } });
    if (!s) throw new Error("no synthesis");
    expect(s.rows.some((r) => r[0] === "Prévision finale des dépenses")).toBe(false);
    expect(allCells(s).some((c) => typeof c === "string" && c.startsWith("L'estimation à l'achèvement"))).toBe(false);
    expect(s.rows[rowOf(s, "Estimation à l'achèvement (EAC)")]?.[1]).toBeNull();
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
