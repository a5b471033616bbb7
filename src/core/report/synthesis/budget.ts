/** Synthèse, budget blocks: key figures, the year × section table and its chart. */
import type { Analysis, Measures, YearSectionTotal } from "../../types.js";
import { CHART_COLUMN, numberCell } from "../cells.js";
import { enumWord, type LabelKey, labels } from "../labels.js";
import { pushBlank, pushRow, type SheetDraft } from "../sheetDraft.js";
import { pushPairs, pushTable, type TableColumn } from "../table.js";

const MEASURE_KEYS = ["initial", "open", "committed", "paid", "forecast"] as const satisfies readonly LabelKey[];

/** The five measure columns of a table whose items carry Measures. */
export function measureColumns<T>(t: (k: LabelKey) => string, pick: (item: T) => Measures): TableColumn<T>[] {
  return MEASURE_KEYS.map((key) => ({ header: t(key), value: (item: T) => pick(item)[key], style: "money" }));
}

/** Expenses, revenues and net cost × measures, then the rates, variance, co-financing and FCTVA. */
export function pushKeyFigures(draft: SheetDraft, analysis: Analysis): void {
  const t = labels(analysis.lang);
  const b = analysis.results.budget;
  pushRow(draft, [t("keyFigures")], "subtitle");
  const rows: [string, Measures][] = [
    [t("expenses"), b.expenses],
    [t("revenues"), b.revenues],
    [t("netCost"), b.netCost],
  ];
  pushTable(draft, [{ header: "", value: (r) => r[0] }, ...measureColumns(t, (r: [string, Measures]) => r[1])], rows);
  pushBlank(draft);
  pushPairs(draft, [
    [t("commitmentRate"), numberCell(b.commitmentRate), "percent"],
    [t("executionRate"), numberCell(b.executionRate), "percent"],
    [t("forecastVariance"), b.forecastVariance, "money"],
    [t("forecastVariancePct"), numberCell(b.forecastVariancePct), "percent"],
    [t("cofinancingRate"), numberCell(b.cofinancingRate), "percent"],
    [t("fctvaRate"), analysis.fiche.project.fctvaRate, "rate"],
    [t("fctva"), b.fctva, "money"],
    [t("netCostAfterFctva"), b.netCostAfterFctva, "money"],
  ]);
  pushBlank(draft);
}

/** Expenses' forecast by year, one column per section: the data of the budget chart. */
export function forecastByYear(totals: readonly YearSectionTotal[]): { year: number; inv: number; fonc: number }[] {
  const byYear = new Map<number, { year: number; inv: number; fonc: number }>();
  for (const t of totals) {
    if (t.type !== "Dépense") continue;
    const entry = byYear.get(t.year) ?? { year: t.year, inv: 0, fonc: 0 };
    if (t.section === "Investissement") entry.inv += t.forecast;
    else entry.fonc += t.forecast;
    byYear.set(t.year, entry);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * The year × section × type table, then expenses' forecast by year and section with a stacked
 * column chart over it (years as text so that every host takes them as categories).
 */
export function pushYearSection(
  draft: SheetDraft,
  totals: readonly YearSectionTotal[],
  analysisLang: Analysis["lang"],
): void {
  const t = labels(analysisLang);
  const subtitleRow = pushRow(draft, [t("byYearSection")], "subtitle");
  pushTable(
    draft,
    [
      { header: t("year"), value: (r: YearSectionTotal) => r.year },
      { header: t("section"), value: (r) => enumWord(r.section, analysisLang) },
      { header: t("type"), value: (r) => enumWord(r.type, analysisLang) },
      ...measureColumns(t, (r: YearSectionTotal) => r),
    ],
    totals,
    { filter: false },
  );
  pushBlank(draft);
  const pivot = forecastByYear(totals);
  if (pivot.length === 0) return;
  pushRow(draft, [t("forecastByYear")], "subtitle");
  const place = pushTable(
    draft,
    [
      { header: t("year"), value: (r: (typeof pivot)[number]) => String(r.year) },
      { header: enumWord("Investissement", analysisLang), value: (r) => r.inv, style: "money" },
      { header: enumWord("Fonctionnement", analysisLang), value: (r) => r.fonc, style: "money" },
    ],
    pivot,
  );
  draft.charts.push({
    kind: "column",
    title: t("forecastByYear"),
    data: { row: place.headerRow, col: 0, rows: place.count + 1, cols: 3 },
    stacked: true,
    anchor: { row: subtitleRow, col: CHART_COLUMN },
  });
  pushBlank(draft);
}
