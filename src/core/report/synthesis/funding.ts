/**
 * Synthèse, « Plan de financement » block (SPEC §5): per funder what is expected, received and
 * still to receive; the totals; the owner's share; the public aid rate against 80 %; the FCTVA
 * by year of receipt.
 */
import { COFINANCING_LIMIT } from "../../checks/cofinancing.js";
import type { Analysis, FctvaYear, FunderResult, FundingResult, Lang, Style } from "../../types.js";
import { numberCell } from "../cells.js";
import { enumWord } from "../labels.js";
import { pushBlank, pushRow, type SheetDraft, styleArea } from "../sheetDraft.js";
import { pushPairs, pushTable } from "../table.js";
import { fctvaTitle, fundingLabels } from "./fundingLabels.js";

/** The verdict beside the public aid rate, and its style: amber above 80 % unless waived. */
export function rateVerdict(f: FundingResult, waived: boolean, lang: Lang): { text: string; style?: Style } {
  const t = fundingLabels(lang);
  if (f.publicAidRate === null) return { text: t("noRate"), style: "muted" };
  if (f.publicAidRate <= COFINANCING_LIMIT) return { text: t("withinLimit") };
  return waived ? { text: t("waived"), style: "muted" } : { text: t("aboveLimit"), style: "amber" };
}

/** One row per funder (refused ones muted), then the total. */
function pushFunders(draft: SheetDraft, funders: readonly FunderResult[], f: FundingResult, lang: Lang): void {
  const t = fundingLabels(lang);
  pushTable(
    draft,
    [
      { header: t("funder"), value: (r: FunderResult) => r.funder },
      { header: t("scheme"), value: (r) => r.scheme },
      { header: t("category"), value: (r) => enumWord(r.category, lang) },
      { header: t("status"), value: (r) => enumWord(r.status, lang) },
      { header: t("expected"), value: (r) => r.expected, style: "money" },
      { header: t("received"), value: (r) => r.received, style: "money" },
      { header: t("toReceive"), value: (r) => r.toReceive, style: "money" },
    ],
    funders,
    { rowStyle: (r) => (r.status === "refusé" ? "muted" : undefined) },
  );
  const total = pushRow(draft, [t("total"), null, null, null, f.expected, f.received, f.toReceive], "subtitle");
  styleArea(draft, { row: total, col: 4, rows: 1, cols: 3 }, "money");
}

/** The totals, the owner's share and the public aid rate with its verdict. */
function pushTotals(draft: SheetDraft, analysis: Analysis): void {
  const { lang } = analysis;
  const t = fundingLabels(lang);
  const f = analysis.results.funding;
  pushPairs(draft, [
    [t("investment"), f.investmentExpenses, "money"],
    [t("expectedTotal"), f.expected, "money"],
    [t("publicExpected"), f.publicExpected, "money"],
    [t("privateExpected"), f.privateExpected, "money"],
    ...(f.requested === null ? [] : [[t("requested"), f.requested, "money"] as const]),
    [t("awarded"), f.awarded, "money"],
    [t("receivedTotal"), f.received, "money"],
    [t("toReceiveTotal"), f.toReceive, "money"],
    [t("awardedToReceive"), f.awardedToReceive, "money"],
    [t("ownerShare"), f.ownerShare, "money"],
    [t("ownerShareRate"), numberCell(f.ownerShareRate), "percent"],
  ]);
  const verdict = rateVerdict(f, analysis.fiche.project.ownerShareWaiver, lang);
  const row = pushRow(draft, [t("publicAidRate"), numberCell(f.publicAidRate), verdict.text]);
  styleArea(draft, { row, col: 1, rows: 1, cols: 1 }, "percent2");
  if (verdict.style) styleArea(draft, { row, col: 2, rows: 1, cols: 1 }, verdict.style);
}

/** The FCTVA by year of receipt, or a line saying there is none. */
function pushFctva(draft: SheetDraft, years: readonly FctvaYear[], analysis: Analysis): void {
  const { lang } = analysis;
  const t = fundingLabels(lang);
  pushRow(draft, [fctvaTitle(analysis.fiche.project.fctvaTiming, lang)], "subtitle");
  if (years.length === 0) {
    pushRow(draft, [t("noFctva")], "muted");
    return;
  }
  pushTable(
    draft,
    [
      // Years as text, as the budget chart's: a year is a label, not an amount.
      { header: t("year"), value: (y: FctvaYear) => String(y.year) },
      { header: t("fctva"), value: (y) => y.amount, style: "money" },
    ],
    years,
  );
}

/**
 * The « Plan de financement » block: the funders' table (or, without a plan, a line saying the
 * Budget's revenues stand for it), the totals and rates, then the FCTVA by year.
 */
export function pushFunding(draft: SheetDraft, analysis: Analysis): void {
  const t = fundingLabels(analysis.lang);
  const f = analysis.results.funding;
  pushRow(draft, [t("plan")], "subtitle");
  if (f.source === "plan") pushFunders(draft, f.byFunder, f, analysis.lang);
  else pushRow(draft, [t("fromBudget")], "muted");
  pushBlank(draft);
  pushTotals(draft, analysis);
  pushBlank(draft);
  pushFctva(draft, analysis.results.budget.fctvaByYear, analysis);
  pushBlank(draft);
}
