/** Synthèse, last blocks: service load, earned value, indicators. */
import type { Analysis, IndicatorResult, LoadCell } from "../../types.js";
import { numberCell } from "../cells.js";
import { indicatorStatusWord, labels, yesNo } from "../labels.js";
import { overloadLine } from "../overloads.js";
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
  if (st.load.length > 0 && st.load.every((r) => r.capacity === null)) pushRow(draft, [t("noCapacity")], "muted");
  else {
    const overloads = st.load.filter((r) => isOverload(r.load));
    pushRow(
      draft,
      [overloadLine(overloads, lang), null, null, null, null, null],
      overloads.length > 0 ? "overload" : "muted",
    );
  }
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

/** BAC, PV, EV, AC, CV, SV, CPI, SPI, EAC, ETC, VAC, TCPI, each named in words beside its acronym. */
export function pushEarnedValue(draft: SheetDraft, analysis: Analysis): void {
  const e = analysis.results.evm;
  const t = labels(analysis.lang);
  pushRow(draft, [t("evm")], "subtitle");
  pushPairs(draft, [
    [t("evmBac"), e.bac, "money"],
    [t("evmPv"), e.pv, "money"],
    [t("evmEv"), e.ev, "money"],
    [t("evmAc"), e.ac, "money"],
    [t("evmCv"), e.cv, "money"],
    [t("evmSv"), e.sv, "money"],
    [t("evmCpi"), numberCell(e.cpi), "ratio"],
    [t("evmSpi"), numberCell(e.spi), "ratio"],
    [t("evmEac"), numberCell(e.eac), "money"],
    [t("evmEtc"), numberCell(e.etc), "money"],
    [t("evmVac"), numberCell(e.vac), "money"],
    [t("evmTcpi"), numberCell(e.tcpi), "ratio"],
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
