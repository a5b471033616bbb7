/**
 * SPEC §5: "a v1 workbook stays valid and gives the v1 results; only COFINANCING_ABOVE_80
 * changes (its base)". Every fixture of the parity corpus, its v2 additions taken out (the
 * `Financement` tab, the `Régime FCTVA` and `Dérogation 20 %` rows of Projet), gives the
 * document main computed before template v2 (documents.json, see README.md) but for the keys §5.4
 * adds, `schemaVersion` 2 and the cofinancing issue, which follows its new base.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkWorkbook, consolidate, portfolioDocument, summarizeWorkbook } from "../../../../src/core/app/index.js";
import { EXAMPLES } from "../../../../src/core/examples/index.js";
import { columnKeyOf } from "../../../../src/core/parse/header.js";
import { tabKeyOf } from "../../../../src/core/parse/tabs.js";
import { exampleGrid } from "../../../../src/core/template/grid.js";
import { tabSpec } from "../../../../src/core/template/tabs/index.js";
import type { Cell, CheckDocument, Issue, Sheet, WorkbookGrid } from "../../../../src/core/types.js";
import { buildCorpus } from "../../../fixtures/corpus.js";

const TODAY = "2026-11-20";
const REFERENCE = JSON.parse(readFileSync(new URL("./documents.json", import.meta.url), "utf8")) as Record<
  string,
  unknown
>;

/** The Projet labels template v2 adds. */
const V2_FIELDS: readonly string[] = ["fctvaTiming", "ownerShareWaiver"];

/** A workbook as template v1 had it: without the Financement tab and the two new Projet rows. */
function asV1(grid: WorkbookGrid): WorkbookGrid {
  const projet = tabSpec("projet");
  const isV2Row = (row: readonly Cell[]) =>
    row.some((cell) => V2_FIELDS.includes(String(columnKeyOf(cell ?? null, projet))));
  const sheets: Sheet[] = grid.sheets
    .filter((s) => tabKeyOf(s.name) !== "financement")
    .map((s) => (tabKeyOf(s.name) === "projet" ? { ...s, rows: s.rows.filter((r) => !isV2Row(r)) } : s));
  return { sheets };
}

const isCofinancing = (i: { readonly code: string }) => i.code === "COFINANCING_ABOVE_80";

/** The v2 document as v1 wrote it: no funding, no fctvaByYear, schemaVersion 1, no cofinancing issue. */
function v1Part(doc: CheckDocument): unknown {
  const { funding: _funding, budget, ...rest } = doc;
  const { fctvaByYear: _fctva, ...v1Budget } = budget;
  return { ...rest, schemaVersion: 1, budget: v1Budget, issues: doc.issues.filter((i) => !isCofinancing(i)) };
}

const cases = buildCorpus()
  .filter((f) => f.name !== "large-workbook" && f.name !== "many-issues" && f.since === undefined)
  .flatMap((f) => f.langs.map((lang) => [`${f.name}/${lang}`, f, lang] as const));

describe("a v1 workbook gives its v1 document (SPEC §5)", () => {
  it("the reference holds every case", () => {
    expect(Object.keys(REFERENCE).sort()).toEqual([...cases.map(([key]) => key), "portfolio/fr"].sort());
  });

  it.each(cases)("%s: the v1 document, plus funding, fctvaByYear and schemaVersion 2", (key, fixture, lang) => {
    const { analysis, document } = checkWorkbook(asV1(fixture.grid), { lang, today: TODAY });
    const before = REFERENCE[key] as { issues: Issue[]; budget: { revenues: { forecast: number } } };
    expect(document.schemaVersion).toBe(2);
    expect(v1Part(document)).toEqual({ ...before, issues: before.issues.filter((i) => !isCofinancing(i)) });

    // What v2 adds: the Budget's Investissement revenues stand for the plan; the FCTVA by year adds up.
    const funding = analysis.results.funding;
    expect(funding.source).toBe("budget");
    expect(document.funding.byFunder).toEqual([]);
    expect(document.funding.requested).toBeNull();
    const byYear = analysis.results.budget.fctvaByYear.reduce((sum, y) => sum + y.amount, 0);
    expect(byYear).toBeCloseTo(analysis.results.budget.fctva, 6);

    // The cofinancing issue follows its new base, whatever the old one said.
    const expected = funding.publicAidRate !== null && funding.publicAidRate > 0.8 + 1e-12;
    expect(document.issues.filter(isCofinancing).map((i) => i.sheet)).toEqual(expected ? ["Budget"] : []);
  });

  it("the demo portfolio of the v1 examples: the same, but schemaVersion, fundingToReceive, the v2 portfolio keys and the cofinancing warnings", () => {
    const outcomes = EXAMPLES.map((p) =>
      summarizeWorkbook(p.file, asV1(exampleGrid(p, "fr")), { lang: "fr", today: TODAY }),
    );
    const doc = portfolioDocument(consolidate({ outcomes }, { lang: "fr" }));
    const before = REFERENCE["portfolio/fr"] as { issues: { code: string }[] };
    const withoutCofinancing = <T extends { readonly issues: readonly { code: string }[] }>(d: T) => ({
      ...d,
      issues: d.issues.filter((i) => !isCofinancing(i)),
    });
    // None of the six examples is above 80 % on either base: nothing else may move.
    expect(before.issues.filter(isCofinancing)).toEqual([]);
    expect(doc.schemaVersion).toBe(2);
    // Each project row gains fundingToReceive (SPEC §5.2 toReceive): the Budget's investment revenues not cashed.
    const projects = doc.projects.map(({ fundingToReceive: _added, ...row }) => row);
    // SPEC §6 adds the PPI, the funding (here the Budget fallback of every v1 fiche), the
    // duplicates and the skipped files: added keys, nothing moved.
    const { ppi, funding, duplicates, skipped, ...v1Keys } = doc;
    expect(funding.byCategory.map((c) => c.category)).toEqual(["budget"]);
    expect(ppi).toBeDefined();
    expect([duplicates, skipped]).toEqual([[], []]);
    const { setAside, skipped: skippedCount, ...kpis } = doc.kpis;
    expect([setAside, skippedCount]).toEqual([0, 0]);
    expect(withoutCofinancing({ ...v1Keys, kpis, schemaVersion: 1, projects })).toEqual(withoutCofinancing(before));
  });
});
