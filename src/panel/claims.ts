/**
 * What the panel may claim from a check document, so that it never says more than was checked:
 * whether the workbook has the fiche at all, and for each health dimension whether there is data
 * behind its colour. Pure: no DOM, tested in test/panel/state.test.ts.
 */
import { tabKeyOf } from "../core/parse/tabs.js";
import { TABS } from "../core/template/columns.js";
import type { CheckDocument, Health } from "../core/types.js";

/** The fiche's required tabs in a workbook: none of them, some, or every one. */
export type TemplateCoverage = "none" | "partial" | "complete";

const REQUIRED = TABS.filter((tab) => tab.required).map((tab) => tab.key);

/**
 * How much of the template the checked workbook has, read from its `TAB_MISSING` issues.
 * @example templateCoverage(checkOf(blankWorkbook)) // "none"
 */
export function templateCoverage(doc: CheckDocument): TemplateCoverage {
  const missing = new Set(doc.issues.filter((i) => i.code === "TAB_MISSING").map((i) => tabKeyOf(i.sheet ?? "")));
  const absent = REQUIRED.filter((key) => missing.has(key)).length;
  if (absent === 0) return "complete";
  return absent === REQUIRED.length ? "none" : "partial";
}

/** A chip's value: the core's light, or `empty` where the tab holds no row to judge. */
export type ChipValue = Health | "empty";

/** The three chips of the panel. */
export interface Chips {
  readonly budget: ChipValue;
  readonly schedule: ChipValue;
  readonly staffing: ChipValue;
}

/**
 * Whether each dimension has rows to judge: budget lines, dated steps, team rows. An empty tab
 * (a fiche just created) would otherwise show « bon » for data nobody has entered.
 */
export function dimensionsWithData(doc: CheckDocument): Readonly<Record<keyof Chips, boolean>> {
  return {
    budget: doc.budget.byYearSection.length > 0,
    schedule: doc.schedule.steps.length > 0,
    staffing: doc.staffing.load.length > 0,
  };
}

/**
 * The health chips to show, or null for none: none without the fiche, and none while no
 * dimension has data. A dimension with an error in its tab is `unknown` (« à vérifier ») — the
 * core decides that, and it wins over `empty` (a missing tab is an error, not an empty one).
 * @example healthChips(checkOf(blankWorkbook)) // null
 * @example healthChips(checkOf(mediatheque)) // { budget: "green", schedule: "amber", staffing: "green" }
 */
export function healthChips(doc: CheckDocument): Chips | null {
  if (templateCoverage(doc) === "none") return null;
  const data = dimensionsWithData(doc);
  const value = (key: keyof Chips): ChipValue =>
    doc.health[key] === "unknown" || data[key] ? doc.health[key] : "empty";
  const chips = { budget: value("budget"), schedule: value("schedule"), staffing: value("staffing") };
  return Object.values(chips).every((v) => v === "empty") ? null : chips;
}
