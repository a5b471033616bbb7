/** The `Synthèse` tab: one column of blocks a finance officer reads top-down. */
import type { Analysis, OutputSheet } from "../../types.js";
import { markText } from "../mark.js";
import { createDraft, finishSheet, pushBlank, pushRow } from "../sheetDraft.js";
import { pushKeyFigures, pushYearSection } from "./budget.js";
import { pushFunding } from "./funding.js";
import { pushHealth, pushIdentity } from "./identity.js";
import { pushSchedule } from "./schedule.js";
import { pushEarnedValue, pushIndicators, pushStaffing } from "./staffing.js";

export const SYNTHESIS_SHEET = "Synthèse";

/**
 * Column widths (characters): labels (earned value named in words), then names, then figures —
 * 16 for every amount column, so that a bold total of 99 999 999,99 € is shown, not ###.
 */
const WIDTHS = [40, 36, 16, 16, 16, 16, 16, 16, 4, 4];

/**
 * Builds the `Synthèse` tab: mark, identity, health, budget key figures, budget by year and
 * section (with a chart), plan de financement, schedule (with a chart), staffing load, earned
 * value, indicators.
 */
export function buildSynthesis(analysis: Analysis): OutputSheet {
  const draft = createDraft(SYNTHESIS_SHEET);
  const p = analysis.fiche.project;
  pushRow(draft, [markText(p.code, analysis.results.statusDate, analysis.lang)], "mark");
  pushRow(draft, [[p.code, p.title].filter((x) => x !== null).join(" — ")], "title");
  pushBlank(draft);
  pushIdentity(draft, analysis);
  pushHealth(draft, analysis);
  pushKeyFigures(draft, analysis);
  pushYearSection(draft, analysis.results.budget.byYearSection, analysis.lang);
  pushFunding(draft, analysis);
  pushSchedule(draft, analysis);
  pushStaffing(draft, analysis);
  pushEarnedValue(draft, analysis);
  pushIndicators(draft, analysis);
  // About 170 characters wide, and the charts beside the tables: landscape, one page wide.
  return { ...finishSheet(draft, WIDTHS, 2), landscape: true, fitWidth: true };
}
