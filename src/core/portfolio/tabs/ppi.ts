/**
 * The `PPI` tab (plan pluriannuel d'investissement, SPEC §6): one row per project, one column per
 * Exercice, the investment expenses' Prévision finale, with the totals of each row and column;
 * the projects without investment named below; then the FCTVA by year of receipt.
 */
import { labels } from "../../report/labels.js";
import { markText } from "../../report/mark.js";
import { createDraft, finishSheet, pushBlank, pushRow, type SheetDraft, styleArea } from "../../report/sheetDraft.js";
import { pushTable, type TableColumn } from "../../report/table.js";
import type { OutputSheet } from "../../types.js";
import { portfolioLabels } from "../labels.js";
import { portfolioTabName } from "../tabNames.js";
import type { Portfolio, PpiRow } from "../types.js";

const CODE_WIDTH = 14;
const TITLE_WIDTH = 40;
const YEAR_WIDTH = 15;
const TOTAL_WIDTH = 16;
/** Up to this many years the table prints one page wide (landscape); beyond, as many pages as it needs. */
const YEARS_ON_ONE_PAGE = 9;

/**
 * Below the PPI: the FCTVA by year of receipt (SPEC §5.2), one row per project that receives
 * some, one column per year — years may run past the PPI's (a régime N+1 or N+2) — with totals.
 * Returns where its rows are (to wrap), or null when no project receives FCTVA.
 */
function pushFctva(draft: SheetDraft, portfolio: Portfolio): { row: number; rows: number; cols: number } | null {
  const { lang } = portfolio;
  const { fctva } = portfolio.ppi;
  const t = labels(lang);
  const w = portfolioLabels(lang);
  pushRow(draft, [w("fctvaTitle")], "subtitle");
  if (fctva.rows.length === 0) {
    pushRow(draft, [w("noFctva")], "muted");
    return null;
  }
  const header = pushRow(draft, [t("code"), t("title"), ...fctva.years, t("total")], "header");
  styleArea(draft, { row: header, col: 2, rows: 1, cols: fctva.years.length }, "integer");
  for (const r of fctva.rows) {
    const row = pushRow(draft, [r.code, r.title, ...r.amounts, r.total]);
    styleArea(draft, { row, col: 2, rows: 1, cols: fctva.years.length + 1 }, "money");
  }
  const totalRow = pushRow(draft, [t("total"), null, ...fctva.totals, fctva.total]);
  styleArea(draft, { row: totalRow, col: 0, rows: 1, cols: fctva.years.length + 3 }, "header");
  styleArea(draft, { row: totalRow, col: 2, rows: 1, cols: fctva.years.length + 1 }, "money");
  return { row: header + 1, rows: fctva.rows.length, cols: fctva.years.length + 3 };
}

/** Builds `PPI` (`Capital plan` in English). */
export function buildPpiSheet(portfolio: Portfolio): OutputSheet {
  const { lang, ppi } = portfolio;
  const t = labels(lang);
  const w = portfolioLabels(lang);
  const draft = createDraft(portfolioTabName("ppi", lang));
  pushRow(draft, [markText(t("portfolio"), portfolio.statusDate, lang)], "mark");
  pushRow(draft, [w("ppiTitle")], "title");
  pushRow(draft, [w("ppiNote")], "muted");
  pushBlank(draft);
  const columns: TableColumn<PpiRow>[] = [
    { header: t("code"), value: (r) => r.code },
    { header: t("title"), value: (r) => r.title },
    ...ppi.years.map((year, i) => ({
      header: String(year),
      value: (r: PpiRow) => r.amounts[i] ?? 0,
      style: "money" as const,
    })),
    { header: t("total"), value: (r) => r.total, style: "money" },
  ];
  const place = pushTable(draft, columns, ppi.rows);
  // Years as numbers in the header: right-aligned over their amounts.
  const header = draft.rows[place.headerRow] ?? [];
  ppi.years.forEach((year, i) => {
    header[2 + i] = year;
  });
  styleArea(draft, { row: place.headerRow, col: 2, rows: 1, cols: ppi.years.length }, "integer");
  const totalRow = pushRow(draft, [t("total"), null, ...ppi.totals, ppi.total]);
  styleArea(draft, { row: totalRow, col: 0, rows: 1, cols: columns.length }, "header");
  styleArea(draft, { row: totalRow, col: 2, rows: 1, cols: columns.length - 2 }, "money");
  if (ppi.rows.length === 0) pushRow(draft, [w("noInvestment")], "muted");
  if (ppi.withoutInvestment.length > 0) {
    pushBlank(draft);
    const colon = lang === "fr" ? "\u00A0: " : ": ";
    pushRow(draft, [`${w("withoutInvestment")}${colon}${ppi.withoutInvestment.join(", ")}`], "muted");
  }
  pushBlank(draft);
  const fctva = pushFctva(draft, portfolio);
  const years = Math.max(ppi.years.length, ppi.fctva.years.length);
  const widths = [CODE_WIDTH, TITLE_WIDTH, ...Array.from({ length: years }, () => YEAR_WIDTH), TOTAL_WIDTH];
  return {
    ...finishSheet(draft, widths, place.headerRow + 1),
    frozenColumns: 2,
    landscape: true,
    fitWidth: years <= YEARS_ON_ONE_PAGE,
    wrap: [
      { row: place.firstRow, col: 0, rows: place.count, cols: columns.length },
      ...(fctva ? [{ ...fctva, col: 0 }] : []),
    ],
  };
}
