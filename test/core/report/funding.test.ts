import { describe, expect, it } from "vitest";
import { analyzeWorkbook } from "../../../src/core/analyze.js";
import { computeFunding } from "../../../src/core/compute/funding.js";
import { type ExampleProject, MEDIATHEQUE, PORTAIL } from "../../../src/core/examples/index.js";
import { rateVerdict } from "../../../src/core/report/synthesis/funding.js";
import { buildSynthesis } from "../../../src/core/report/synthesis/index.js";
import { exampleGrid } from "../../../src/core/template/grid.js";
import type { Lang, OutputSheet } from "../../../src/core/types.js";
import { aid, fiche, line } from "../checks/helpers.js";
import { expectWellFormed, rowOf, stylesAt } from "./invariants.js";

const synthesisOf = (p: ExampleProject, lang: Lang = "fr") =>
  buildSynthesis(analyzeWorkbook(exampleGrid(p, lang), { statusDate: "2026-11-15", lang }));

/** The row after the block's subtitle whose first cell is `label`. */
const rowIn = (s: OutputSheet, label: string, block = "Plan de financement") => rowOf(s, label, rowOf(s, block));

describe("Synthèse: the « Plan de financement » block", () => {
  const s = synthesisOf(MEDIATHEQUE);

  it("stays well formed", () => {
    expectWellFormed(s);
  });

  it("lists each funder in row order with scheme, category, status, expected, received and still to receive", () => {
    const header = rowIn(s, "Financeur");
    expect(s.rows[header]?.slice(0, 7)).toEqual([
      "Financeur",
      "Dispositif",
      "Catégorie",
      "Statut",
      "Attendu",
      "Encaissé",
      "Reste à encaisser",
    ]);
    expect(s.rows.slice(header + 1, header + 8).map((r) => r.slice(0, 7))).toEqual([
      ["État (DRAC)", "DGD bibliothèques", "État", "notifié", 520_000, 156_000, 364_000],
      ["État (préfecture)", "DETR", "État", "notifié", 400_000, 120_000, 280_000],
      ["État (préfecture de région)", "DSIL", "État", "notifié", 250_000, 0, 250_000],
      ["Région Pays de la Loire", "Équipements culturels structurants", "Collectivité", "notifié", 300_000, 0, 300_000],
      ["Département de la Vendée", "Lecture publique", "Collectivité", "sollicité", 150_000, 0, 150_000],
      ["Union européenne", "FEDER (axe numérique)", "Europe", "refusé", 0, 0, 0],
      ["Total", null, null, null, 1_620_000, 276_000, 1_344_000],
    ]);
    expect(stylesAt(s, header + 6, 0)).toContain("muted");
    expect(stylesAt(s, header + 1, 4)).toContain("money");
    expect(stylesAt(s, header + 7, 6)).toContain("money");
  });

  it.each([
    ["Financements attendus", 1_620_000, "money"],
    ["dont financements privés", 0, "money"],
    ["Montants sollicités", 1_760_000, "money"],
    ["Reste à encaisser", 1_344_000, "money"],
    ["dont notifié non encaissé", 1_194_000, "money"],
    ["Autofinancement", 973_500, "money"],
    ["Part d'autofinancement", 973_500 / 2_593_500, "percent"],
  ])("%s: %d (%s)", (label, value, style) => {
    const row = rowIn(s, label, "Dépenses d'investissement (prév. finale)");
    expect(s.rows[row]?.[1]).toBeCloseTo(value, 9);
    expect(stylesAt(s, row, 1)).toContain(style);
  });

  it("the public aid rate to two decimals of a percent, with its verdict against 80 %", () => {
    const row = rowIn(s, "Taux d'aides publiques (plafond 80\u202F%)");
    expect(s.rows[row]?.slice(1, 3)).toEqual([1_620_000 / 2_593_500, "dans le plafond de 80\u202F% (CGCT L1111-10)"]);
    expect(stylesAt(s, row, 1)).toEqual(["percent2"]);
  });

  it("the FCTVA by year of receipt, with the régime, years as text", () => {
    const title = rowOf(s, "FCTVA par année de versement (régime N)");
    expect(s.rows.slice(title + 1, title + 5).map((r) => r.slice(0, 2))).toEqual([
      ["Année", "FCTVA"],
      ["2025", expect.closeTo(14_763.6, 6)],
      ["2026", expect.closeTo(214_892.4, 6)],
      ["2027", expect.closeTo(167_320.8, 6)],
    ]);
  });

  it("in English: the words and the list values follow the language", () => {
    const en = synthesisOf(MEDIATHEQUE, "en");
    const header = rowIn(en, "Funder", "Financing plan");
    expect(en.rows[header + 1]?.slice(2, 4)).toEqual(["State", "awarded"]);
    expect(en.rows[header + 6]?.slice(2, 4)).toEqual(["EU", "refused"]);
    expect(() => rowOf(en, "VAT refund (FCTVA) by year received (N timing)")).not.toThrow();
  });

  it("without a plan: says the Budget's revenues stand for it, no funder table, no amount requested", () => {
    const p = synthesisOf(PORTAIL);
    const start = rowOf(p, "Plan de financement");
    expect(String(p.rows[start + 1]?.[0])).toMatch(/^Pas de ligne dans l'onglet Financement/);
    expect(() => rowIn(p, "Financeur")).toThrow();
    expect(() => rowIn(p, "Montants sollicités")).toThrow();
    expect(p.rows[rowIn(p, "Financements attendus")]?.[1]).toBe(30_000);
    expect(p.rows[rowOf(p, "FCTVA par année de versement (régime N)") + 1]?.[0]).toBe(
      "Aucune dépense éligible au FCTVA.",
    );
  });
});

describe("the verdict beside the public aid rate", () => {
  const planFor = (publicAid: number, e = 1000) =>
    computeFunding(
      fiche({ budget: [line(2, { forecast: e, open: e, initial: e })], funding: [aid(2, { requested: publicAid })] }),
    );

  it.each([
    ["exactly 80 %: within", planFor(800), false, "dans le plafond de 80\u202F% (CGCT L1111-10)", undefined],
    ["above: amber", planFor(801), false, "au-dessus du plafond de 80\u202F% (CGCT L1111-10)", "amber"],
    [
      "above with the waiver: said, not coloured",
      planFor(950),
      true,
      "au-dessus de 80\u202F%, dérogation 20\u202F% déclarée",
      "muted",
    ],
    [
      "no rate: said why",
      planFor(10, 0),
      false,
      "non calculable (aucun financement public ou autofinancement négatif)",
      "muted",
    ],
  ])("%s", (_name, f, waived, text, style) => {
    expect(rateVerdict(f, waived, "fr")).toEqual(style ? { text, style } : { text });
  });
});
