/**
 * The `Financements` tab (SPEC §6): every Financement row of every counted project, its code
 * first — a project funded through the §5.2 Budget fallback as one row, Financeur « Recettes du
 * budget » — then the totals by category and by status. A4 landscape, one page wide, the table's
 * header repeated on every printed page.
 */
import { enumWord, labels } from "../../report/labels.js";
import { markText } from "../../report/mark.js";
import { createDraft, finishSheet, pushBlank, pushRow, styleArea } from "../../report/sheetDraft.js";
import { pushTable, type TableColumn } from "../../report/table.js";
import type { Lang, OutputSheet } from "../../types.js";
import { portfolioLabels } from "../labels.js";
import { portfolioTabName } from "../tabNames.js";
import type { FundingAmounts, FundingGroup, Portfolio, PortfolioFundingRow } from "../types.js";

/** Code, Intitulé, Financeur, Dispositif, Catégorie, Statut, then five amounts. */
const WIDTHS = [14, 30, 24, 20, 13, 11, 14, 14, 14, 14, 14];
const AMOUNTS_COL = 6;

/** The five amounts' columns, shared by the rows and the totals. */
function amountColumns<T extends Omit<FundingAmounts, "requested"> & { readonly requested: number | null }>(
  lang: Lang,
): TableColumn<T>[] {
  const w = portfolioLabels(lang);
  return [
    { header: w("requested"), value: (r) => r.requested, style: "money" },
    { header: w("awarded"), value: (r) => r.awarded, style: "money" },
    { header: w("received"), value: (r) => r.received, style: "money" },
    { header: w("expected"), value: (r) => r.expected, style: "money" },
    { header: w("toReceiveShort"), value: (r) => r.toReceive, style: "money" },
  ];
}

function rowColumns(lang: Lang): TableColumn<PortfolioFundingRow>[] {
  const t = labels(lang);
  const w = portfolioLabels(lang);
  return [
    { header: t("code"), value: (r) => r.code },
    { header: t("title"), value: (r) => r.title },
    { header: w("funder"), value: (r) => r.funder ?? w("budgetRevenues") },
    { header: w("scheme"), value: (r) => r.scheme },
    { header: w("category"), value: (r) => (r.category === null ? null : enumWord(r.category, lang)) },
    { header: t("status"), value: (r) => (r.status === null ? null : enumWord(r.status, lang)) },
    ...amountColumns<PortfolioFundingRow>(lang),
  ];
}

/** A totals block: the key's word over the first six columns' place, the rows counted, the amounts. */
function pushGroups<K extends string>(
  draft: ReturnType<typeof createDraft>,
  title: string,
  head: string,
  groups: readonly FundingGroup<K>[],
  total: FundingAmounts,
  lang: Lang,
): void {
  const t = labels(lang);
  const w = portfolioLabels(lang);
  pushRow(draft, [title], "subtitle");
  const word = (k: K | "budget") => (k === "budget" ? w("budgetRevenues") : enumWord(k, lang));
  const columns: TableColumn<FundingGroup<K>>[] = [
    { header: head, value: (g) => word(g.key) },
    { header: "", value: () => null },
    { header: "", value: () => null },
    { header: "", value: () => null },
    { header: "", value: () => null },
    { header: w("fundingRows"), value: (g) => g.rows, style: "integer" },
    ...amountColumns<FundingGroup<K>>(lang),
  ];
  const place = pushTable(draft, columns, groups);
  const totalRow = pushRow(draft, [
    t("total"),
    null,
    null,
    null,
    null,
    groups.reduce((n, g) => n + g.rows, 0),
    total.requested,
    total.awarded,
    total.received,
    total.expected,
    total.toReceive,
  ]);
  styleArea(draft, { row: totalRow, col: 0, rows: 1, cols: place.cols }, "header");
  styleArea(draft, { row: totalRow, col: 5, rows: 1, cols: 1 }, "integer");
  styleArea(draft, { row: totalRow, col: AMOUNTS_COL, rows: 1, cols: 5 }, "money");
}

/** Builds `Financements` (`Funding` in English). */
export function buildFundingSheet(portfolio: Portfolio): OutputSheet {
  const { lang, funding } = portfolio;
  const t = labels(lang);
  const w = portfolioLabels(lang);
  const draft = createDraft(portfolioTabName("funding", lang));
  pushRow(draft, [markText(t("portfolio"), portfolio.statusDate, lang)], "mark");
  pushRow(draft, [w("fundingTitle")], "title");
  pushRow(draft, [w("fundingNote")], "muted");
  pushBlank(draft);
  const place = pushTable(draft, rowColumns(lang), funding.rows, { filter: true });
  const totalRow = pushRow(draft, [
    t("total"),
    null,
    null,
    null,
    null,
    null,
    funding.total.requested,
    funding.total.awarded,
    funding.total.received,
    funding.total.expected,
    funding.total.toReceive,
  ]);
  styleArea(draft, { row: totalRow, col: 0, rows: 1, cols: place.cols }, "header");
  styleArea(draft, { row: totalRow, col: AMOUNTS_COL, rows: 1, cols: 5 }, "money");
  if (funding.rows.length === 0) pushRow(draft, [w("noFunding")], "muted");
  if (funding.withoutFunding.length > 0) {
    const colon = lang === "fr" ? "\u00A0: " : ": ";
    pushRow(draft, [`${w("withoutFunding")}${colon}${funding.withoutFunding.join(", ")}`], "muted");
  }
  pushBlank(draft);
  pushGroups(draft, w("byCategory"), w("category"), funding.byCategory, funding.total, lang);
  pushBlank(draft);
  pushGroups(draft, w("byStatus"), t("status"), funding.byStatus, funding.total, lang);
  return {
    ...finishSheet(draft, WIDTHS, place.headerRow + 1),
    landscape: true,
    fitWidth: true,
    printTitleRows: { row: place.headerRow, rows: 1 },
    wrap: [{ row: place.firstRow, col: 0, rows: place.count, cols: place.cols }],
  };
}
