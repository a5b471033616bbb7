/** Synthèse, last blocks: service load, earned value, indicators. */
import type { Analysis, IndicatorResult, LoadCell } from "../../types.js";
import { numberCell } from "../cells.js";
import { indicatorStatusWord, labels, yesNo } from "../labels.js";
import { pushBlank, pushRow, type SheetDraft } from "../sheetDraft.js";
import { pushPairs, pushTable } from "../table.js";

/** A load above 100 % of capacity. */
export function isOverload(load: number | null): boolean {
  return load !== null && load > 1;
}

/** Service × month: planned, actual, capacity, load; overloaded rows styled `overload`. */
export function pushStaffing(draft: SheetDraft, analysis: Analysis): void {
  const { lang } = analysis;
  const t = labels(lang);
  const st = analysis.results.staffing;
  pushRow(draft, [t("staffing")], "subtitle");
  pushPairs(draft, [[t("digitalInvolved"), yesNo(st.digitalServiceInvolved, lang)]]);
  pushTable(
    draft,
    [
      { header: t("service"), value: (r: LoadCell) => r.service },
      { header: t("month"), value: (r) => r.month },
      { header: t("planned"), value: (r) => r.planned },
      { header: t("actual"), value: (r) => r.actual },
      { header: t("capacity"), value: (r) => numberCell(r.capacity) },
      { header: t("load"), value: (r) => numberCell(r.load), style: "percent" },
    ],
    st.load,
    { rowStyle: (r) => (isOverload(r.load) ? "overload" : undefined) },
  );
  pushBlank(draft);
}

/** BAC, PV, EV, AC, CV, SV, CPI, SPI, EAC, ETC, VAC, TCPI. */
export function pushEarnedValue(draft: SheetDraft, analysis: Analysis): void {
  const e = analysis.results.evm;
  pushRow(draft, [labels(analysis.lang)("evm")], "subtitle");
  pushPairs(draft, [
    ["BAC", e.bac, "money"],
    ["PV", e.pv, "money"],
    ["EV", e.ev, "money"],
    ["AC", e.ac, "money"],
    ["CV", e.cv, "money"],
    ["SV", e.sv, "money"],
    ["CPI", numberCell(e.cpi), "ratio"],
    ["SPI", numberCell(e.spi), "ratio"],
    ["EAC", numberCell(e.eac), "money"],
    ["ETC", numberCell(e.etc), "money"],
    ["VAC", numberCell(e.vac), "money"],
    ["TCPI", numberCell(e.tcpi), "ratio"],
  ]);
  pushBlank(draft);
}

/** Indicator, attainment, status. */
export function pushIndicators(draft: SheetDraft, analysis: Analysis): void {
  const { lang } = analysis;
  const t = labels(lang);
  pushRow(draft, [t("indicators")], "subtitle");
  pushTable(
    draft,
    [
      { header: t("indicator"), value: (r: IndicatorResult) => r.name },
      { header: t("attainment"), value: (r) => numberCell(r.attainment), style: "percent" },
      { header: t("status"), value: (r) => indicatorStatusWord(r.status, lang) },
    ],
    analysis.results.evaluation,
    { rowStyle: (r) => (r.status === "non mesuré" ? "muted" : undefined) },
  );
}
