/** The `Charge services` tab: cross-project planned days per service × month against capacity. */
import { numberCell } from "../../report/cells.js";
import { labels, yesNo } from "../../report/labels.js";
import { markText } from "../../report/mark.js";
import { overloadLine } from "../../report/overloads.js";
import { createDraft, finishSheet, pushBlank, pushRow } from "../../report/sheetDraft.js";
import { pushTable } from "../../report/table.js";
import type { OutputSheet } from "../../types.js";
import type { Portfolio, PortfolioLoad } from "../types.js";

export const STAFFING_SHEET = "Charge services";

/** Builds `Charge services`: a line naming the overloads, then the table (overloaded rows styled `overload`), filtered, header frozen. */
export function buildStaffingSheet(portfolio: Portfolio): OutputSheet {
  const { lang } = portfolio;
  const t = labels(lang);
  const draft = createDraft(STAFFING_SHEET);
  pushRow(draft, [markText(t("portfolio"), portfolio.statusDate, lang)], "mark");
  pushRow(draft, [t("crossLoad")], "title");
  const overloads = portfolio.staffing.filter((r) => r.overloaded);
  pushRow(
    draft,
    [overloadLine(overloads, lang), null, null, null, null, null],
    overloads.length > 0 ? "overload" : "muted",
  );
  pushBlank(draft);
  const place = pushTable(
    draft,
    [
      { header: t("service"), value: (r: PortfolioLoad) => r.service },
      { header: t("month"), value: (r) => r.month },
      { header: t("planned"), value: (r) => r.planned },
      { header: t("capacity"), value: (r) => numberCell(r.capacity) },
      { header: t("load"), value: (r) => numberCell(r.load), style: "percent" },
      { header: t("overloaded"), value: (r) => yesNo(r.overloaded, lang) },
    ],
    portfolio.staffing,
    { filter: true, rowStyle: (r) => (r.overloaded ? "overload" : undefined) },
  );
  return finishSheet(draft, [30, 10, 16, 16, 12, 12], place.headerRow + 1);
}
