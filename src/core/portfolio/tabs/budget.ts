/** The `Budget consolidé` tab: totals, by Exercice × Section (with a chart), by lead service. */
import { labels } from "../../report/labels.js";
import { markText } from "../../report/mark.js";
import { createDraft, finishSheet, pushBlank, pushRow } from "../../report/sheetDraft.js";
import { measureColumns, pushYearSection } from "../../report/synthesis/budget.js";
import { pushTable } from "../../report/table.js";
import type { Measures, OutputSheet } from "../../types.js";
import { portfolioTabName } from "../tabNames.js";
import type { LeadServiceTotal, Portfolio } from "../types.js";

/** Builds `Budget consolidé` (`Consolidated budget` in English). */
export function buildBudgetSheet(portfolio: Portfolio): OutputSheet {
  const { lang, totals } = portfolio;
  const t = labels(lang);
  const draft = createDraft(portfolioTabName("budget", lang));
  pushRow(draft, [markText(t("portfolio"), portfolio.statusDate, lang)], "mark");
  pushRow(draft, [t("consolidatedBudget")], "title");
  pushBlank(draft);
  pushRow(draft, [t("total")], "subtitle");
  const overall: [string, Measures][] = [
    [t("expenses"), totals.overall.expenses],
    [t("revenues"), totals.overall.revenues],
    [t("netCost"), totals.overall.netCost],
  ];
  pushTable(
    draft,
    [{ header: "", value: (r) => r[0] }, ...measureColumns(t, (r: [string, Measures]) => r[1])],
    overall,
  );
  pushBlank(draft);
  pushYearSection(draft, totals.byYearSection, lang);
  pushRow(draft, [t("byLeadService")], "subtitle");
  pushTable(
    draft,
    [
      { header: t("leadService"), value: (r: LeadServiceTotal) => r.leadService },
      { header: t("projects"), value: (r) => r.projects, style: "integer" },
      { header: `${t("expenses")} — ${t("open")}`, value: (r) => r.expenses.open, style: "money" },
      { header: `${t("expenses")} — ${t("forecast")}`, value: (r) => r.expenses.forecast, style: "money" },
      { header: `${t("revenues")} — ${t("forecast")}`, value: (r) => r.revenues.forecast, style: "money" },
      { header: `${t("netCost")} — ${t("forecast")}`, value: (r) => r.netCost.forecast, style: "money" },
    ],
    totals.byLeadService,
    { filter: true },
  );
  // 166 characters and the chart beside them: landscape, one page wide.
  return { ...finishSheet(draft, [30, 18, 18, 18, 18, 18, 18, 18, 4, 4], 2), landscape: true, fitWidth: true };
}
