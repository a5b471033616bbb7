/** Synthèse, last blocks: service load, earned value, indicators. */
import { wrapWords } from "../../format.js";
import type { Analysis, IndicatorResult, LoadCell, OutCell, Style } from "../../types.js";
import { numberCell } from "../cells.js";
import { EVM_KEYS, type EvmKey, evmLabel, evmMeaning, evmWords } from "../evmTerms.js";
import { indicatorStatusWord, labels, yesNo } from "../labels.js";
import { overloadLine } from "../overloads.js";
import { pushBlank, pushRow, type SheetDraft, styleArea } from "../sheetDraft.js";
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

/** How each earned-value figure is displayed: ratios as indices, the rest in euros. */
const EVM_STYLE: Readonly<Record<EvmKey, Style>> = {
  bac: "money",
  pv: "money",
  ev: "money",
  ac: "money",
  cv: "money",
  sv: "money",
  cpi: "ratio",
  spi: "ratio",
  eac: "money",
  etc: "money",
  vac: "money",
  tcpi: "ratio",
};

/** Characters per line of a note written across the tab (its columns hold about 176). */
const NOTE_WIDTH = 165;

/**
 * Earned value for a finance officer: one line saying what it measures, then each figure named in
 * words with its acronym, its value and what it means; where the estimate at completion exists,
 * the lead's Prévision finale beside it and the sentence saying why the two differ.
 */
export function pushEarnedValue(draft: SheetDraft, analysis: Analysis): void {
  const { lang } = analysis;
  const e = analysis.results.evm;
  pushRow(draft, [evmWords(lang, "title")], "subtitle");
  pushRow(draft, [evmWords(lang, "intro")], "muted");
  const row = (label: string, value: OutCell, style: Style, means: string) => {
    // The meaning starts two spaces in: the value beside it is right-aligned against it.
    const at = pushRow(draft, [label, value, `  ${means}`]);
    styleArea(draft, { row: at, col: 1, rows: 1, cols: 1 }, style);
    styleArea(draft, { row: at, col: 2, rows: 1, cols: 1 }, "muted");
  };
  for (const key of EVM_KEYS) row(evmLabel(key, lang), numberCell(e[key]), EVM_STYLE[key], evmMeaning(key, lang));
  if (e.eac !== null) {
    row(
      evmWords(lang, "forecast"),
      analysis.results.budget.expenses.forecast,
      "money",
      evmWords(lang, "forecastMeans"),
    );
    for (const line of wrapWords(evmWords(lang, "eacVersusForecast"), NOTE_WIDTH)) pushRow(draft, [line], "muted");
  }
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
